"""The editor's day in a real browser: logging in lands on the home page,
which counts the submissions to review; the queue shows each one whole and
accepts it with an edit where it stands; the focus moves to the next, which
the keyboard alone accepts. Screenshots of both homes and the queue, on a
desktop, a phone and in Arabic."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from playwright.sync_api import Page, expect

from decisions.models import ActionItem, Body, StatusUpdate, Submission, SubmissionState
from decisions.workflow.services import submission_create
from tests.e2e.conftest import DESKTOP, PASSWORD, PHONE, log_in, screenshot

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def focal_point(registry_and_roles) -> User:
    user = User.objects.create_user("fatou", password=PASSWORD, first_name="Fatou", last_name="Sow")
    user.groups.add(Group.objects.get(name="focal points"))
    Body.objects.get(slug="secretary-general").focal_points.add(user)
    return user


@pytest.fixture
def two_submissions(mali_report, focal_point) -> list[Submission]:
    items = ActionItem.objects.filter(owner__slug="secretary-general").order_by(
        "decision__position"
    )[:2]
    return [
        submission_create(
            item=item,
            status="in_progress",
            note=note,
            by=focal_point,
            base_version=item.version,
            links=["https://www.oic-oci.org/mission/outline"],
        )
        for item, note in zip(
            items, ["A mission went to Bamako.", "The envoy was named."], strict=True
        )
    ]


def focused_button(page: Page) -> str:
    return page.evaluate(
        "() => document.activeElement.tagName + ' ' + document.activeElement.textContent.trim()"
    )


def test_an_editor_accepts_with_an_edit_then_accepts_the_next_by_keyboard(
    page: Page, editor, two_submissions
):
    first, second = two_submissions
    log_in(page, editor)
    # Logging in lands on the home page, which counts what waits.
    expect(page.get_by_role("heading", level=1)).to_have_text("What waits for you")
    queue = page.get_by_role("region", name=re.compile("^Submissions to review"))
    expect(queue.locator(".home-count")).to_have_text("2")
    queue.get_by_role("link", name="Review them").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Submissions awaiting review")
    entry = page.locator(f"#submission-{first.pk}")
    expect(entry).to_contain_text("A mission went to Bamako.")
    expect(
        entry.get_by_role("link", name="https://www.oic-oci.org/mission/outline")
    ).to_be_visible()
    expect(entry.locator("blockquote.paragraph")).not_to_be_empty()
    # Accept with an edit: the status and the note changed in place.
    entry.get_by_label("Status to record").select_option(label="Completed")
    entry.get_by_label("Note to record").fill("A mission went to Bamako; its report is out.")
    entry.get_by_role("button", name="Accept", exact=True).click()

    expect(page.get_by_role("status")).to_have_text(
        "The submission was accepted and recorded as an update."
    )
    expect(page).to_have_url(re.compile("/review/$"))
    expect(page.locator(f"#submission-{first.pk}")).to_have_count(0)
    # The focus is on the next submission's Accept button: Enter accepts it.
    assert focused_button(page) == "BUTTON Accept"
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_contain_text("No submission waits for review.")

    update = StatusUpdate.objects.get(item=first.item)
    assert (update.new_status, update.note) == (
        "completed",
        "A mission went to Bamako; its report is out.",
    )
    assert StatusUpdate.objects.get(item=second.item).note == "The envoy was named."
    assert set(Submission.objects.values_list("state", flat=True)) == {SubmissionState.ACCEPTED}


def test_screenshots_of_the_homes_and_the_queue(
    page: Page, live_server, mali_report, editor, focal_point
):
    """Both homes and the queue, on a desktop, a phone and in Arabic (into
    SCREENSHOTS); each page fits the phone's width."""
    items = list(
        ActionItem.objects.filter(owner__slug="secretary-general").order_by("decision__position")
    )
    for item, note in zip(
        items[:3], ["Mission sent.", "Envoy named.", "Fund opened."], strict=False
    ):
        submission_create(
            item=item, status="completed", note=note, by=focal_point, base_version=item.version
        )
    overflowing = {}
    for user, pages in ((editor, {"home-editor": "/home/", "review": "/review/"}),
                        (focal_point, {"home-focal": "/home/"})):  # fmt: skip
        page.context.clear_cookies()
        log_in(page, user)
        for language in ("en", "ar"):
            page.context.add_cookies(
                [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
            )
            for name, path in pages.items():
                for size_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
                    page.set_viewport_size(size)
                    page.goto(path)
                    expect(page.locator("main h1")).to_be_visible()
                    widths = page.evaluate(
                        "() => [document.documentElement.scrollWidth, window.innerWidth]"
                    )
                    if widths[0] > widths[1]:
                        overflowing[(name, language, size_name)] = widths
                    screenshot(page, f"{name}-{language}-{size_name}.png")
    assert overflowing == {}
