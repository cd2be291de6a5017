"""Controls that must read as separate actions are drawn apart."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User
from playwright.sync_api import Page, expect

from decisions.intake.drafts import draft_start
from tests.e2e.conftest import log_in
from tests.factory import MALI_REPORT

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def importer(editor) -> User:
    editor.user_permissions.add(Permission.objects.get(codename="import_report"))
    return editor


@pytest.mark.parametrize("language", ["en", "ar"])
def test_split_and_join_on_the_draft_page_are_drawn_apart(page: Page, importer, language):
    """Underlined link-buttons with only a space between them read as one
    phrase ("Split Join with the next paragraph"): at least 1em apart, on
    either side in a right-to-left page."""
    draft, _ = draft_start(user=importer, text=MALI_REPORT.read_text(encoding="utf-8"))
    log_in(page, importer)
    page.set_extra_http_headers({"Accept-Language": language})
    page.goto(draft.get_absolute_url() + "?steps=i")  # the first paragraph's Split and Join
    expect(page.locator("html")).to_have_attribute("lang", language)
    first = page.locator(".intake-para").first
    split, join = first.locator("button[name=split]"), first.locator("button[name=join]")
    a, b = split.bounding_box(), join.bounding_box()
    assert a and b and abs(a["y"] - b["y"]) < 2, "expected on one line"
    left, right = (a, b) if language == "en" else (b, a)
    gap = right["x"] - (left["x"] + left["width"])
    font_size = split.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    assert gap >= font_size, f"{gap:.1f}px between the buttons"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_item_page_s_sections_keep_their_disclosure_marker_inside_the_card(
    page: Page, mali_report, editor, language
):
    """The sections that open on demand (across meetings, evidence, themes...)
    are cards whose summary starts with the disclosure triangle. Drawn
    outside the summary, the triangle sat on the card's border, half out of
    it (seen at 390 px and 1280 px, on either side in Arabic): the heading
    must leave the triangle room within the card's padding."""
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, editor)
    page.set_extra_http_headers({"Accept-Language": language})
    item = mali_report.decisions.get(number="iii").action_items.first()
    page.goto(item.get_absolute_url())
    expect(page.locator("html")).to_have_attribute("lang", language)
    sections = page.locator("details.item-more")
    expect(sections).not_to_have_count(0)
    for section in sections.all():
        room = section.evaluate(
            """d => {
              const card = d.getBoundingClientRect();
              const summary = d.querySelector('summary');
              const h = summary.querySelector('h2').getBoundingClientRect();
              const style = getComputedStyle(d), rtl = style.direction === 'rtl';
              const edge = rtl ? card.right - h.right : h.left - card.left;
              const padding = parseFloat(rtl ? style.paddingRight : style.paddingLeft);
              return (edge - padding) / parseFloat(getComputedStyle(summary).fontSize);
            }"""
        )
        assert room >= 0.6, f"{room:.2f}em before the heading: no room for the marker"
