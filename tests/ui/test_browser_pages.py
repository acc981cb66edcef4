"""The other pages in a real browser: ingest with live status, search facets, speaker and
claim pages, the login page, and the layout in a narrow laptop window."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = (
    "KYIV, May 30 (Test Wire): Ukraine's defence minister said the delegation was ready.\n"
    "He said Kyiv would send its proposals before Monday."
)


def test_an_editor_pastes_an_article_and_watches_its_extraction_status_update(
    live_server, page, log_in, editor, screenshot
):
    log_in(page, editor)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Ingest").click()
    page.get_by_label("Article text").fill(TEXT)
    page.get_by_label("Title").fill("Kyiv readies its proposals")
    page.get_by_role("button", name="Add article").click()
    expect(page.locator(".message-success")).to_contain_text("1 new, 0 duplicate, 0 failed")
    status = page.locator("#batch [data-status]")
    expect(status).to_have_text("Pending")
    screenshot(page, "ingest")
    Article.objects.update(status=Article.Status.EXTRACTED)  # as the worker would
    expect(page.locator("#batch [data-status]")).to_have_text("Extracted", timeout=6000)


def test_the_ingest_tabs_switch_between_paste_upload_and_url(live_server, page, log_in, editor):
    log_in(page, editor)
    page.goto(f"{live_server.url}/articles/ingest/")
    expect(page.get_by_label("Article text")).to_be_visible()
    page.get_by_role("tab", name="URL or feed").click()
    expect(page.get_by_label("Page or feed URL")).to_be_visible()
    expect(page.get_by_label("Article text")).to_be_hidden()


def test_an_analyst_narrows_a_search_with_a_facet(
    live_server, page, log_in, story, analyst, screenshot
):
    log_in(page, analyst)
    page.get_by_label("Search statements and articles").first.fill("memorandum")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=re.compile("Statements"))).to_contain_text("(2)")
    screenshot(page, "search")
    page.locator(".facets").get_by_role("link", name=re.compile("Radio Free Europe")).click()
    expect(page).to_have_url(re.compile(r"outlet=radio-free-europe"))
    expect(page.get_by_role("heading", name=re.compile("Statements"))).to_contain_text("(1)")


def test_the_speaker_and_claim_pages_show_umerov_across_outlets(
    live_server, page, log_in, story, editor, screenshot
):
    log_in(page, editor)
    page.goto(f"{live_server.url}/speakers/{story.umerov.pk}/")
    expect(page.get_by_role("heading", name="Rustem Umerov", level=1)).to_be_visible()
    expect(page.locator(".timeline li")).to_have_count(5)
    expect(page.get_by_role("button", name="Merge into Rustem Umerov")).to_be_visible()
    screenshot(page, "speaker")
    page.get_by_role("link", name=story.umerov_claim.summary).click()
    expect(page.get_by_role("heading", name="Every outlet's version")).to_be_visible()
    expect(page.locator(".versions .cell")).to_have_count(2)  # one column per outlet
    expect(page.locator(".versions .cmp-statement")).to_have_count(4)
    screenshot(page, "claim")


def test_the_login_page_and_errors_look_designed(live_server, page, analyst, screenshot):
    page.goto(f"{live_server.url}/review/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/review/"))
    page.get_by_label("User name").fill(analyst.username)
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match")
    screenshot(page, "login")


def test_pages_fit_a_900_pixel_wide_laptop_window(
    live_server, page, log_in, story, analyst, screenshot
):
    page.set_viewport_size({"width": 900, "height": 800})
    log_in(page, analyst)
    for name, url in [
        ("narrow-article", f"/articles/{story.alliance.pk}/"),
        ("narrow-compare", f"/compare/?a={story.alliance.pk}&b={story.rferl.pk}"),
        ("narrow-queue", "/review/"),
    ]:
        page.goto(f"{live_server.url}{url}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 900, f"{url} scrolls sideways ({width}px)"
        screenshot(page, name)


def test_keyboard_focus_on_a_highlight_shows_who_said_it(live_server, page, log_in, story, analyst):
    log_in(page, analyst)
    page.goto(f"{live_server.url}/articles/{story.rferl.pk}/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "MARK":
            break
    focused = page.locator("mark.stmt:focus")
    expect(focused.get_by_role("tooltip")).to_be_visible()
    outline = focused.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
