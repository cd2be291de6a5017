"""A day of follow-up, role by role, in a real browser, each step on a page
reached by a link from the one before (issue 20): the focal point of the
Secretary-General logs in, finds an item on their home page and submits an
update; the editor finds it on their home page, accepts it with an edit from
the queue, records a letter from the body's page by ticking two of its items,
and records the reply from the letter. Each step is a screenshot
(journey-N-*.png), which `make screenshots` writes into docs/screenshots/ for
the README."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import Page, expect

from decisions.models import Body, Letter, Reply, StatusUpdate, Submission, SubmissionState
from tests.e2e.conftest import PASSWORD, log_in, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BODY = "secretary-general"
NOTE = "The needs-assessment mission went to Bamako on 3 October."
EDITED = "The needs-assessment mission went to Bamako on 3 October; its report is out."


@pytest.fixture
def focal_point(registry_and_roles) -> User:
    user = User.objects.create_user("fatou", password=PASSWORD, first_name="Fatou", last_name="Sow")
    user.groups.add(Group.objects.get(name="focal points"))
    Body.objects.get(slug=BODY).focal_points.add(user)
    return user


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")


def test_a_focal_point_and_an_editor_follow_up_a_request_from_their_home_pages(
    page: Page, mali_report, focal_point, editor
):
    # 1. The focal point lands on their own bodies' items.
    log_in(page, focal_point)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your bodies' items")
    open_items = page.get_by_role("region", name=re.compile("^Open items"))
    expect(open_items.get_by_role("listitem")).not_to_have_count(0)
    screenshot(page, "journey-1-focal-point-home.png")

    # 2. They open the first of them and submit what was done.
    open_items.get_by_role("listitem").first.get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Secretary-General")
    form = page.get_by_role("region", name="Submit an update for review")
    form.get_by_label("Proposed status").select_option(label="In progress")
    form.get_by_label("What was done").fill(NOTE)
    screenshot(page, "journey-2-focal-point-submits.png")
    form.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_role("status")).to_have_text("Your update was submitted for review.")
    submission = Submission.objects.get()
    log_out(page)

    # 3. The editor's home page counts it among what waits for them.
    log_in(page, editor)
    expect(page.get_by_role("heading", level=1)).to_have_text("What waits for you")
    waiting = page.get_by_role("region", name=re.compile("^Submissions to review"))
    expect(waiting.locator(".home-count")).to_have_text("1")
    screenshot(page, "journey-3-editor-home.png")

    # 4. From the queue, accepted with an edit, without leaving it.
    waiting.get_by_role("link", name="Review them").click()
    entry = page.locator(f"#submission-{submission.pk}")
    expect(entry).to_contain_text(NOTE)
    entry.get_by_label("Note to record").fill(EDITED)
    screenshot(page, "journey-4-editor-reviews.png")
    entry.get_by_role("button", name="Accept", exact=True).click()
    expect(page.get_by_role("status")).to_have_text(
        "The submission was accepted and recorded as an update."
    )
    assert StatusUpdate.objects.get(item=submission.item).note == EDITED
    assert Submission.objects.get().state == SubmissionState.ACCEPTED

    # 5. A letter from the body's page, by ticking two of its open items.
    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_role("link", name="Bodies").click()
    page.get_by_role("link", name="Secretary-General", exact=True).first.click()
    page.get_by_role("link", name="Record a letter sent").click()
    items = page.locator("input[name=items]")
    items.nth(0).check()
    items.nth(1).check()
    ticked = {int(items.nth(i).get_attribute("value")) for i in (0, 1)}
    page.get_by_label("Reference").fill("OIC/GS/2026/MALI-7")
    page.get_by_label("Subject").fill("Follow-up of the Contact Group on Mali")
    screenshot(page, "journey-5-editor-records-a-letter.png")
    page.get_by_role("button", name="Record", exact=True).click()
    expect(page.get_by_role("heading", name="OIC/GS/2026/MALI-7")).to_be_visible()
    letter = Letter.objects.get(reference="OIC/GS/2026/MALI-7")
    assert {i.pk for i in letter.items.all()} == ticked

    # 6. The reply, recorded from the letter it answers; the thread shows both.
    page.get_by_role("link", name="Record the reply").click()
    page.get_by_label("Their reference").fill("SG/REP/12")
    page.get_by_label("Summary").fill("The Secretary-General's office confirms the mission.")
    page.get_by_role("button", name="Record the reply").click()
    thread = page.locator("section[aria-labelledby=thread-heading]")
    expect(thread).to_contain_text("SG/REP/12")
    assert Reply.objects.get().letter == letter
    screenshot(page, "journey-6-editor-records-the-reply.png")
