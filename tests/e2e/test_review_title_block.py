"""The title block of the review before import, as a reader sees it: its
heading sits on its fields with no empty band under it, in English, in
Arabic (right to left) and on a phone (issue 18, part 5)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User
from playwright.sync_api import Page, expect

from decisions.intake.drafts import draft_start
from tests.e2e.conftest import PHONE, log_in, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Written for the test: a title block with no symbol, so that the warning shows too.
NO_SYMBOL = """Final communiqué
On the support to displaced families in rural areas
Niamey, 14 April 2021

The Conference,

1. Requests the Secretariat to report on the fund at the next session.
2. Invites Member States to contribute to the fund.
"""


@pytest.fixture
def importer(editor) -> User:
    editor.user_permissions.add(Permission.objects.get(codename="import_report"))
    return editor


@pytest.mark.parametrize("language, phone", [("en", False), ("ar", False), ("en", True), ("ar", True)])
def test_the_title_blocks_heading_sits_on_its_fields(page: Page, importer, language, phone):
    draft, _ = draft_start(user=importer, text=NO_SYMBOL)
    page.set_default_timeout(30_000)  # a loaded machine
    if phone:
        page.set_viewport_size(PHONE)
    log_in(page, importer)
    page.set_extra_http_headers({"Accept-Language": language})
    page.goto(draft.get_absolute_url())
    expect(page.locator("html")).to_have_attribute("lang", language)
    block = page.locator("#title-block")
    legend, first = block.locator("legend"), block.locator("legend + *")
    a, b = legend.bounding_box(), first.bounding_box()
    assert a and b
    font_size = legend.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    gap = b["y"] - (a["y"] + a["height"])
    assert 0 <= gap <= font_size * 0.75, f"{gap:.1f}px under the heading (was 32px)"
    # The fields line up under the heading, on the reading side.
    box = block.bounding_box()
    assert box and box["width"] <= page.viewport_size["width"]
    screenshot(page, f"review-title-block-{language}{'-phone' if phone else ''}.png")
