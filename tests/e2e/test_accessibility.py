"""The pages work with a keyboard alone and fit a phone screen."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from decisions.items import services as item_services
from decisions.models import ActionItem, Status
from tests.e2e.conftest import PHONE, log_in, screenshot

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
]

# A long unbroken link is what most often pushes a phone page sideways.
LONG_NOTE = (
    "Letter sent to the Chairman of the Contact Group on 2 October; see "
    "https://www.oic-oci.org/topic/?t_id=17346&t_ref=9876&lan=fr&mission=mali-needs-assessment"
)


def is_focused(locator: Locator) -> bool:
    return locator.evaluate("el => el === document.activeElement")


def tab_to(page: Page, target: Locator, *, max_presses: int = 40) -> int:
    """Press Tab until `target` has the focus; how many presses it took."""
    for presses in range(1, max_presses + 1):
        page.keyboard.press("Tab")
        if is_focused(target):
            return presses
    raise AssertionError(f"{target} not reached after {max_presses} presses of Tab")


def has_visible_focus_ring(locator: Locator) -> bool:
    return locator.evaluate(
        "el => { const s = getComputedStyle(el);"
        " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0; }"
    )


def test_the_filter_form_works_with_the_keyboard_alone(page: Page, mali_report, editor):
    log_in(page, editor, "/items/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Action items")

    # The first Tab from the top reaches the skip link, which shows itself.
    skip = page.get_by_role("link", name="Skip to content")
    assert tab_to(page, skip, max_presses=1) == 1
    expect(skip).to_be_in_viewport()
    assert has_visible_focus_ring(skip)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#content$"))
    expect(page.locator("main")).to_be_focused()

    # From the content, the next stop is the collapsed filter; Enter opens it.
    summary = page.locator("details.filters > summary")
    assert tab_to(page, summary, max_presses=1) == 1
    assert has_visible_focus_ring(summary)
    page.keyboard.press("Enter")
    expect(page.locator("details.filters")).to_have_attribute("open", "")

    # The fields come in the order they are shown; a select answers to typing.
    # (The header's site-wide search box is another "Search": take the filter's.)
    filters = page.locator("details.filters")
    assert tab_to(page, filters.get_by_label("Search"), max_presses=1) == 1
    owner = filters.get_by_label("Owner")
    tab_to(page, owner, max_presses=5)
    assert has_visible_focus_ring(owner)
    page.keyboard.type("Secretary")
    expect(owner).to_have_value("secretary-general")
    not_started = page.get_by_role("group", name="Status").get_by_label("Not started")
    tab_to(page, not_started, max_presses=15)
    page.keyboard.press("Space")
    expect(not_started).to_be_checked()
    apply = page.get_by_role("button", name="Apply")
    tab_to(page, apply, max_presses=6)
    assert has_visible_focus_ring(apply)
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"[?&]owner=secretary-general(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]status=not_started(&|$)"))
    expect(page.locator(".result-count")).to_have_text("2 items match the filter.")

    # A text field submits the form with Enter too.
    paragraph = page.get_by_role("textbox", name="Paragraph")
    paragraph.focus()
    page.keyboard.type("xiv")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]paragraph=xiv(&|$)"))
    # "match" for one item is a grammar slip of the page; either form passes.
    expect(page.locator(".result-count")).to_have_text(
        re.compile(r"^1 item match(es)? the filter\.$")
    )


def test_the_pages_fit_a_phone_screen(page: Page, mali_report, editor):
    item = ActionItem.objects.get(decision__number="xiv", owner__slug="secretary-general")
    item_services.action_item_set_status(
        item=item, status=Status.COMPLETED, note=LONG_NOTE, by=editor
    )
    log_in(page, editor)
    page.set_viewport_size(PHONE)
    pages = {
        "dashboard": "/",
        "action items": "/items/",
        "item": item.get_absolute_url(),
        "body": item.owner.get_absolute_url(),
        "report": mali_report.get_absolute_url(),
    }
    overflowing = {}
    for name, path in pages.items():
        page.goto(path)
        expect(page.locator("main h1").first).to_be_visible()
        widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        if widths[0] > widths[1]:
            overflowing[name] = widths
        if name == "dashboard":
            screenshot(page, "dashboard-phone.png")
    assert overflowing == {}, f"wider than the screen (scrollWidth, innerWidth): {overflowing}"


def test_on_a_phone_the_item_list_shows_each_item_whole(page: Page, mali_report, editor):
    """No sideways scrolling in the list: each item a card with its owner,
    age and dates on screen; the column headers stay as the sort links."""
    log_in(page, editor, "/items/")
    page.set_viewport_size(PHONE)
    page.reload()
    wrap = page.locator(".table-wrap")
    assert wrap.evaluate("el => el.scrollWidth <= el.clientWidth")
    first = page.locator("table.items tbody tr").first
    for cell in (first.locator(".cell-owner"), first.locator(".age")):
        expect(cell).to_be_visible()
        box = cell.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    # Each date says what it is (the header row is out of sight).
    label = first.locator("td:has(.age)").evaluate("el => getComputedStyle(el, '::before').content")
    assert label == '"First asked: "'
    # The table keeps its roles for screen readers, cards or not.
    expect(page.get_by_role("columnheader", name="First asked")).to_be_visible()
    page.get_by_role("link", name="First asked").click()
    expect(page).to_have_url(re.compile(r"[?&]o=asked(&|$)"))
    expect(page.get_by_role("columnheader", name="First asked")).to_have_attribute(
        "aria-sort", "ascending"
    )
