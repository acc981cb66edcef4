"""An analyst reads the seed story in a real browser: highlights, tooltips, the comparison."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_analyst_sees_umerovs_statement_highlighted_and_the_third_year_difference(
    live_server, page, log_in, story, analyst, screenshot
):
    log_in(page, analyst)
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    screenshot(page, "dashboard")

    page.get_by_role("link", name=story.alliance.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(story.alliance.title)
    umerov = page.locator(f"#s{story.statements['a_substantive'].pk}")
    expect(umerov).to_contain_text("diplomacy must be “substantive”")
    assert umerov.evaluate("el => el.tagName") == "MARK"
    umerov.focus()
    tip = umerov.get_by_role("tooltip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Rustem Umerov")
    expect(tip).to_contain_text("stated")
    expect(tip).to_contain_text("Indirect speech")
    screenshot(page, "article")

    side = page.locator(f"#item-s{story.statements['a_third_year'].pk}")
    side.get_by_role("link", name=story.rferl.outlet.name).click()
    expect(page).to_have_url(re.compile(r"/compare/\?a=\d+&b=\d+"))
    row = page.locator(
        ".compare-row", has=page.locator(f"#cmp-s{story.statements['a_third_year'].pk}")
    )
    expect(row.locator(f"#cmp-s{story.statements['a_third_year'].pk}")).to_contain_text(
        "third year"
    )
    expect(row.locator(f"#cmp-s{story.statements['r_three_years'].pk}")).to_contain_text(
        "more than three years"
    )
    expect(row.locator("mark.diff", has_text="third")).to_be_visible()
    expect(row.locator(".fact", has_text="three")).to_be_visible()
    expect(row).to_contain_text("Number differs")
    screenshot(page, "compare")
