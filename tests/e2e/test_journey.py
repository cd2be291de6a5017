"""An editor follows up a decision of the Mali report, from the login form to
logging out, in a real browser. The run also refreshes the screenshots in
docs/screenshots/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from decisions.models import ActionItem, Status
from tests.e2e.conftest import PASSWORD, screenshot

pytestmark = [
    pytest.mark.e2e,
    # The live server answers from another thread: it needs committed data.
    pytest.mark.django_db(transaction=True),
]

NOTE = "Letter sent to the Chairman of the Contact Group on 2 October."


def test_an_editor_records_an_update_and_sees_it_everywhere(page: Page, mali_report, editor):
    # A protected page sends an anonymous visitor to the login form; from
    # the site's root, it then brings them to their home page, one click
    # from the dashboard.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    page.get_by_label("User name").fill("amina")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"^http://[^/]+/home/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("What waits for you")
    page.get_by_role("link", name="The organisation-wide dashboard").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Follow-up dashboard")
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("Amina Diallo")

    # The list of action items, filtered through the filter form.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Action items").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Action items")
    expect(page.locator(".result-count")).to_have_text("16 items.")
    page.get_by_text("Filter", exact=True).click()
    page.get_by_label("Owner").select_option(label="Secretary-General")
    page.get_by_role("group", name="Status").get_by_label("Not started").check()
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"[?&]owner=secretary-general(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]status=not_started(&|$)"))
    expect(page.locator(".result-count")).to_have_text("2 items match the filter.")
    rows = page.get_by_role("region", name="Action items").locator("tbody tr")
    expect(rows).to_have_count(2)
    for row in rows.all():
        expect(row.locator("td").nth(2)).to_have_text("Secretary-General")
        expect(row.locator(".status")).to_have_text("Not started")
    # The form shows the filter it applied.
    expect(page.get_by_label("Owner")).to_have_value("secretary-general")

    # The item, and its owner's progress before the update.
    page.get_by_role("link", name="OIC/ACM-2017/MALI-REP ¶xiv").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("¶xiv · Secretary-General")
    expect(page.get_by_role("heading", name="History")).to_be_visible()
    expect(page.get_by_text("No update recorded yet.")).to_be_visible()
    item_url = page.url
    page.get_by_role("region", name="The action item").get_by_role(
        "link", name="Secretary-General"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Secretary-General")
    progress = page.get_by_role("region", name="Progress")
    expect(progress.locator(".progress-text")).to_have_text("0% · 0/2")
    bar = progress.locator("svg.progress-bar")
    expect(bar).to_have_accessible_name("0 of 2 completed; 2 not started")
    page.go_back()
    expect(page).to_have_url(item_url)

    # Record an update: a new status and a note.
    form = page.get_by_role("region", name="Record an update")
    form.get_by_label("Status").select_option(label="Completed")
    form.get_by_label("Note").fill(NOTE)
    form.get_by_role("button", name="Record update").click()
    expect(page).to_have_url(item_url)
    expect(page.get_by_role("status")).to_have_text("Your update was recorded.")
    facts = page.get_by_role("region", name="The action item")
    expect(facts.locator(".status")).to_have_text("Completed")
    history = page.get_by_role("region", name="History").get_by_role("listitem")
    expect(history).to_have_count(1)
    expect(history.first).to_contain_text("amina")
    expect(history.first).to_contain_text("Not started → Completed")
    expect(history.first.locator(".note")).to_have_text(NOTE)
    item = ActionItem.objects.get(decision__number="xiv", owner__slug="secretary-general")
    assert item.status == Status.COMPLETED
    assert list(item.updates.values_list("note", flat=True)) == [NOTE]
    screenshot(page, "item.png")

    # The owner's page counts it.
    facts.get_by_role("link", name="Secretary-General").click()
    progress = page.get_by_role("region", name="Progress")
    expect(progress.locator(".progress-text")).to_have_text("50% · 1/2")
    bar = progress.locator("svg.progress-bar")
    expect(bar).to_have_accessible_name("1 of 2 completed; 1 not started")
    completed = progress.locator(".status-counts > div").filter(has_text="Completed")
    expect(completed.locator("dd")).to_have_text("1")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name="¶xiv"))
    expect(row.locator(".status")).to_have_text("Completed")
    expect(row.locator(".note")).to_have_text(NOTE)
    screenshot(page, "body.png")

    # The annotated report: the badge under paragraph xiv.
    page.get_by_role("link", name="OIC/ACM-2017/MALI-REP").first.click()
    expect(page.locator(".title-block .symbol")).to_have_text("OIC/ACM-2017/MALI-REP")
    badges = page.get_by_role("list", name="Action items of paragraph xiv", exact=True).get_by_role(
        "listitem"
    )
    expect(badges).to_have_count(1)
    expect(badges.first.get_by_role("link")).to_have_text("Secretary-General")
    expect(badges.first.locator(".status")).to_have_text("Completed")
    expect(badges.first.locator(".status")).to_have_class(re.compile(r"\bstatus-completed\b"))
    # The other item of the Secretary-General is untouched.
    other = (
        page.get_by_role("list", name="Action items of paragraph xi", exact=True)
        .get_by_role("listitem")
        .filter(has_text="Secretary-General")
    )
    expect(other.locator(".status")).to_have_text("Not started")
    screenshot(page, "report.png")

    # The dashboard shows the update among the latest.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
    latest = page.get_by_role("region", name="Latest updates")
    expect(latest.get_by_role("listitem")).to_have_count(1)
    expect(latest).to_contain_text("OIC/ACM-2017/MALI-REP ¶xiv")
    expect(latest.locator(".note")).to_have_text(NOTE)
    expect(
        page.get_by_role("region", name="Overall progress").locator(".progress-text")
    ).to_have_text("6% · 1/16")
    screenshot(page, "dashboard.png")

    # Log out (a POST button); the pages are closed again.
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")
    page.goto("/items/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/items/$"))
    expect(page.get_by_label("User name")).to_be_visible()
