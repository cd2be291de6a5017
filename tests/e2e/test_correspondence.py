"""Correspondence where the work is, in a real browser: from a body's page an
editor records a letter by ticking two of the body's open items (and finds a
second recipient by typing part of its name), then records the reply from
the letter's page, where the thread shows both. The body's page lists its
focal points and adds one by email."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from playwright.sync_api import Page, expect

from decisions.models import ActionItem, Body, Letter, Reply
from tests.e2e.conftest import DESKTOP, PASSWORD, PHONE, log_in, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BODY = "secretary-general"


@pytest.fixture
def body(mali_report) -> Body:
    return Body.objects.get(slug=BODY)


def test_an_editor_records_a_letter_from_a_body_page_then_its_reply(
    page: Page, editor: User, body: Body
):
    open_items = list(ActionItem.objects.open().filter(owner=body))
    assert len(open_items) >= 2
    log_in(page, editor, body.get_absolute_url())
    page.get_by_role("link", name="Record a letter sent").click()
    expect(page.get_by_role("heading", name="Record a letter sent")).to_be_visible()
    expect(page.get_by_role("checkbox", name=body.name_en, exact=True)).to_be_checked()

    # Another recipient, found by typing part of its name.
    search = page.get_by_label("Find a body by name")
    search.fill("nige")
    expect(page.get_by_role("checkbox", name="Niger", exact=True)).to_be_visible()
    expect(page.get_by_role("checkbox", name="Mali", exact=True)).to_be_hidden()
    page.get_by_role("checkbox", name="Niger", exact=True).check()
    search.fill("")
    expect(page.get_by_role("checkbox", name="Mali", exact=True)).to_be_visible()

    items = page.locator("input[name=items]")
    expect(items).to_have_count(len(open_items))
    # A recipient with open items of its own: they join the list to tick.
    other = (
        Body.objects.filter(action_items__in=ActionItem.objects.open())
        .exclude(pk=body.pk).order_by("name_en").first()
    )  # fmt: skip
    theirs = ActionItem.objects.open().filter(owner=other).count()
    search.fill(other.name_en)
    page.get_by_role("checkbox", name=other.name_en, exact=True).check()
    search.fill("")
    expect(items).to_have_count(len(open_items) + theirs)
    expect(page.locator("#items-picker")).to_contain_text(other.name_en)
    items = (
        page.locator("#items-picker ul")
        .filter(has=page.locator(f"input[value='{open_items[0].pk}']"))
        .locator("input[name=items]")
    )
    first, second = items.nth(0), items.nth(1)
    first.check()
    second.check()
    ticked = {int(first.get_attribute("value")), int(second.get_attribute("value"))}
    page.get_by_label("Reference").fill("OIC/GS/2026/E2E-1")
    page.get_by_label("Subject").fill("Follow-up of the Contact Group on Mali")
    screenshot(page, "letter-form.png")
    page.get_by_role("button", name="Record", exact=True).click()

    expect(page.get_by_role("heading", name="OIC/GS/2026/E2E-1")).to_be_visible()
    letter = Letter.objects.get(reference="OIC/GS/2026/E2E-1")
    assert {i.pk for i in letter.items.all()} == ticked
    assert {b.slug for b in letter.recipients.all()} == {BODY, "niger", other.slug}

    # The reply, from the letter: filled in with who is awaited and today.
    page.get_by_role("link", name="Record the reply").click()
    expect(page).to_have_url(re.compile(r"#reply-heading$"))
    sender = page.get_by_label("From")
    # All are awaited: the first recipient by name is filled in.
    expect(sender).to_have_value(str(letter.recipients.order_by("name_en").first().pk))
    sender.select_option(str(body.pk))
    page.get_by_label("Their reference").fill("SG/REP/77")
    page.get_by_label("Summary").fill("The mission took place in October.")
    page.get_by_role("button", name="Record the reply").click()

    thread = page.locator("section[aria-labelledby=thread-heading]")
    expect(thread).to_contain_text("SG/REP/77")
    expect(thread).to_contain_text(f"Reply from {body.name_en}")
    assert Reply.objects.get().sender == body
    screenshot(page, "letter-thread.png")


def test_an_editor_adds_a_focal_point_on_the_body_page(page: Page, editor: User, body: Body):
    log_in(page, editor, body.get_absolute_url())
    section = page.locator("section[aria-labelledby=focal-points-heading]")
    expect(section).to_contain_text("No focal point yet.")
    section.get_by_label("Email address").fill("awa.ndiaye@example.org")
    section.get_by_role("button", name="Add a focal point").click()
    expect(page.get_by_text("an invitation was sent")).to_be_visible()
    expect(section).to_contain_text("awa.ndiaye@example.org")
    assert [m.to for m in mail.outbox] == [["awa.ndiaye@example.org"]]
    assert body.focal_points.get().email == "awa.ndiaye@example.org"
    screenshot(page, "body-focal-points.png")


def log_in_as(page: Page, user: User, path: str) -> None:
    """The login form in any language (its labels are translated)."""
    page.goto(f"/accounts/login/?next={path}")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit], #content form button[type=submit]").first.click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


@pytest.mark.parametrize(("viewport", "language"), [(PHONE, "en"), (DESKTOP, "ar"), (PHONE, "ar")])
def test_the_letter_form_fits_a_phone_and_reads_right_to_left(
    page: Page, editor: User, body: Body, viewport, language
):
    page.set_viewport_size(viewport)
    page.set_extra_http_headers({"Accept-Language": language})
    body.focal_points.add(User.objects.create_user("awa", email="awa@example.org"))
    log_in_as(page, editor, body.get_absolute_url())
    name = f"{'phone' if viewport == PHONE else 'desktop'}-{language}"
    screenshot(page, f"body-page-{name}.png")
    page.goto(f"/correspondence/new/?recipients={body.pk}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    # Nothing wider than the screen: no sideways scrolling on a phone.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"] + 1, width
    screenshot(page, f"letter-form-{name}.png")
    if language == "ar":
        # The filter reads Arabic names: part of "النيجر", without its
        # article, finds Niger and leaves out Nigeria (نيجيريا).
        search = page.locator("#recipients-filter")
        search.fill("نيجر")
        expect(page.get_by_role("checkbox", name="النيجر", exact=True)).to_be_visible()
        expect(page.get_by_role("checkbox", name="نيجيريا", exact=True)).to_be_hidden()
        expect(page.get_by_role("checkbox", name="جمهورية مالي", exact=True)).to_be_hidden()
