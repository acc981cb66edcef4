"""Editors review discrepancies in a real browser; analysts are refused the same change."""

import re

import pytest
from playwright.sync_api import expect

from claims.models import AuditEntry, Relation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_confirms_a_discrepancy_and_the_audit_log_shows_it(
    live_server, page, log_in, story, editor, screenshot
):
    log_in(page, editor)
    page.get_by_role("link", name="Review", exact=True).click()
    expect(page.get_by_role("heading", name="Discrepancies")).to_be_visible()
    row = page.locator(f"#relation-{story.third_year.pk}")
    expect(row).to_contain_text("Number differs")
    screenshot(page, "review-queue")

    row.get_by_role("link", name="Details and history").click()
    expect(page.get_by_role("heading", name="Number differs")).to_be_visible()
    page.get_by_label("Confirm").check()
    page.get_by_label("Note").fill("RFE/RL is right: the full-scale war began in February 2022.")
    page.get_by_role("button", name="Save decision").click()

    expect(page.locator(".message-success")).to_contain_text("Confirmed")
    expect(page.locator("#review-state")).to_contain_text("Confirmed")
    log = page.locator("#audit-log")
    expect(log).to_contain_text("relation.confirmed by ed")
    expect(log).to_contain_text("the full-scale war began in February 2022")
    screenshot(page, "relation")
    story.third_year.refresh_from_db()
    assert story.third_year.review_status == Relation.Review.CONFIRMED
    assert AuditEntry.objects.filter(relation=story.third_year, actor=editor).count() == 1


def test_an_editor_confirms_two_discrepancies_at_once_from_the_queue(
    live_server, page, log_in, story, editor
):
    log_in(page, editor)
    page.goto(f"{live_server.url}/review/")
    page.get_by_label(f"Tick discrepancy {story.third_year.pk}").check()
    page.get_by_label(f"Tick discrepancy {story.four_days.pk}").check()
    expect(page.locator("#bulk-count")).to_have_text("2 ticked")
    page.get_by_role("button", name="Dismiss ticked").click()
    expect(page.locator(".message-success")).to_contain_text("Dismissed 2 discrepancies")
    expect(page.locator(f"#relation-{story.channel.pk}")).to_be_visible()
    expect(page.locator(f"#relation-{story.third_year.pk}")).to_have_count(0)


def test_an_editor_confirms_a_row_in_place_without_leaving_the_queue(
    live_server, page, log_in, story, editor
):
    log_in(page, editor)
    page.goto(f"{live_server.url}/review/?type=channel")
    row = page.locator(f"#relation-{story.channel.pk}")
    row.get_by_role("button", name=f"Confirm discrepancy {story.channel.pk}").click()
    expect(row.locator(".status")).to_have_text("Confirmed")
    expect(row).to_have_class(re.compile(r"\bjust-decided\b"))
    assert page.url.endswith("/review/?type=channel")
    story.channel.refresh_from_db()
    assert story.channel.review_status == Relation.Review.CONFIRMED


def test_an_analyst_gets_403_when_confirming_a_discrepancy(
    live_server, page, log_in, story, analyst, screenshot
):
    log_in(page, analyst)
    page.goto(f"{live_server.url}/relations/{story.third_year.pk}/")
    expect(page.get_by_role("button", name="Save decision")).to_have_count(0)
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"{live_server.url}/relations/{story.third_year.pk}/review/",
        form={"decision": "confirmed", "note": "looks right"},
        headers={"X-CSRFToken": token, "Referer": page.url},
    )
    assert response.status == 403
    assert "You can’t do that here" in response.text()
    page.set_content(response.text())
    story.third_year.refresh_from_db()
    assert story.third_year.review_status == Relation.Review.SUGGESTED
    assert not AuditEntry.objects.exists()
