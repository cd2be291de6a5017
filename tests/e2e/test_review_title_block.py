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


@pytest.mark.parametrize(
    "language, phone", [("en", False), ("ar", False), ("en", True), ("ar", True)]
)
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


AR_REPORT = """الاجتماع الوزاري حول الأمن المائي
بشأن الإدارة المشتركة لأحواض الأنهار
لومي

إن الاجتماع الوزاري،

1- يطلب من مرصد المياه نشر تقرير سنوي عن الأحواض.
2- يدعو الدول الأعضاء إلى تبادل بياناتها الهيدرولوجية.
"""


def test_a_typed_symbol_not_saved_warns_on_leaving_and_is_kept_once_saved(
    page: Page, importer, tmp_path
):
    """Upload through the upload page, in Arabic; type the symbol and the
    date; leaving asks first; saved, the warnings they settle are gone and
    coming back shows them; the date reads in Arabic."""
    path = tmp_path / "water.txt"
    path.write_text(AR_REPORT, encoding="utf-8")
    page.set_default_timeout(30_000)  # a loaded machine
    log_in(page, importer, "/reports/import/")
    page.set_extra_http_headers({"Accept-Language": "ar"})
    page.goto("/reports/import/")
    page.locator("input[type=file]").set_input_files(str(path))
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/reports/import/drafts/*/")
    url = page.url
    warnings = page.locator("details.card")
    expect(warnings).to_contain_text("no document symbol")
    page.locator("#report-symbol").fill("قرار رقم 3/25 – م ع")
    page.locator("#report-date").fill("2025-03-12")

    dialogs: list[str] = []

    def answer(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", answer)
    page.locator(".breadcrumb a").last.click()  # "Your drafts"
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"] and page.url == url
    expect(page.locator("#report-symbol")).to_have_value("قرار رقم 3/25 – م ع")

    page.locator(".intake-save button").first.click()
    page.wait_for_load_state()
    expect(page.locator("#report-symbol")).to_have_value("قرار رقم 3/25 – م ع")
    expect(page.locator("details.card")).not_to_contain_text("no document symbol")
    expect(page.locator("details.card")).not_to_contain_text("no meeting date")
    expect(page.locator("time[datetime='2025-03-12']")).to_contain_text("مارس")
    # Saved, leaving asks nothing; coming back shows it all.
    page.locator(".breadcrumb a").last.click()
    page.wait_for_url("**/reports/import/drafts/")
    page.goto(url)
    expect(page.locator("#report-symbol")).to_have_value("قرار رقم 3/25 – م ع")
    expect(page.locator("#report-date")).to_have_value("2025-03-12")
    assert dialogs == ["beforeunload"]
    screenshot(page, "review-title-block-ar-saved.png")
