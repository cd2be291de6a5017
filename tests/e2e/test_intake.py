"""Importing a report in the browser: upload the Mali Word file, correct an
owner and a paragraph's kind, import, and find the items as corrected."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission, User
from playwright.sync_api import Page, expect

from decisions.models import ActionItem, Decision, ImportDraft, Report
from tests.e2e.conftest import PASSWORD, log_in
from tests.formats import builders

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def importer(registry_and_roles) -> User:
    """A member of `importers`, as migration 0007 makes the group."""
    group, _ = Group.objects.get_or_create(name="importers")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="decisions",
            codename__in=["import_report", "view_actionitem", "view_report"],
        )
    )
    user = User.objects.create_user("imane", password=PASSWORD)
    user.groups.add(group)
    return user


def test_upload_correct_and_import_the_mali_word_file(page: Page, importer, tmp_path):
    path = tmp_path / "mali.docx"
    path.write_bytes(builders.mali_docx_cached())
    log_in(page, importer, "/reports/")
    page.get_by_role("link", name="Import a report").click()
    page.get_by_label("Report file").set_input_files(str(path))
    page.get_by_role("button", name="Read the report").click()
    page.wait_for_url("**/reports/import/drafts/*/")
    expect(page.locator(".intake-para")).to_have_count(14)
    expect(page.locator("#para-xiii mark.hl-owner").first).to_have_text("ISESCO")

    # vi: "Auteurs de troubles" is really the Secretary-General's to act on.
    vi = page.locator("#para-vi")
    owner = vi.locator("input[value='Auteurs de troubles']")
    owner.fill("Secrétaire général")
    # iii: read as a request, it only states a position.
    iii = page.locator("#para-iii")
    iii.get_by_label("Kind of paragraph iii").select_option("statement")
    # Both are saved together: one form for the whole review.
    page.get_by_role("button", name="Save the review").first.click()
    expect(page.get_by_role("status").first).to_contain_text("paragraphs iii, vi corrected")
    expect(iii.get_by_label("Kind of paragraph iii")).to_have_value("statement")
    expect(page.locator("#para-vi input[value='Secretary-General']")).to_have_count(1)

    page.get_by_role("button", name="Import").first.click()
    page.wait_for_url("**/reports/*/")
    report = Report.objects.get(symbol="OIC/ACM-2017/MALI-REP")
    assert page.url.endswith(report.get_absolute_url())
    assert Decision.objects.get(report=report, number="iii").kind == "statement"
    vi_owners = set(
        ActionItem.objects.filter(decision__number="vi").values_list("owner__slug", flat=True)
    )
    assert "secretary-general" in vi_owners and "auteurs-de-troubles" not in vi_owners
    # The report page shows them so.
    expect(page.locator("#para-iii .para-items")).to_have_count(0)
    expect(page.locator("#para-vi .para-items")).to_contain_text("Secretary-General")
    assert ImportDraft.objects.get().report == report


def test_two_paragraphs_edited_are_saved_together_and_leaving_warns(page: Page, importer):
    from decisions.intake.drafts import draft_start
    from tests.factory import MALI_REPORT

    draft, _ = draft_start(user=importer, text=MALI_REPORT.read_text(encoding="utf-8"))
    log_in(page, importer, draft.get_absolute_url())
    page.locator("#para-xiv input[type=date]").first.fill("2018-06-30")
    page.locator("#para-ii").get_by_label("Kind of paragraph ii").select_option("request")
    page.locator("#para-ii input[list=bodies]").first.fill("ISESCO")

    # Leaving with edits not saved asks first; dismissed, the page stays.
    dialogs: list[str] = []

    def answer(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", answer)
    page.get_by_role("link", name="Your drafts").click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert page.url.endswith(draft.get_absolute_url())
    expect(page.locator("#para-ii input[list=bodies]").first).to_have_value("ISESCO")

    # Saving is not leaving: no question, and both edits are kept.
    page.get_by_role("button", name="Save the review").last.click()
    expect(page.get_by_role("status").first).to_contain_text("paragraphs ii, xiv corrected")
    assert dialogs == ["beforeunload"]
    expect(page.locator("#para-xiv input[type=date]").first).to_have_value("2018-06-30")
    # ISESCO, found in the registry, is shown by its name.
    expect(page.locator("#para-ii input[list=bodies]").first).to_have_value(
        "Islamic World Educational, Scientific and Cultural Organization"
    )
    expect(page.locator("#para-ii").get_by_label("Kind of paragraph ii")).to_have_value("request")
    draft.refresh_from_db()
    assert set(draft.corrections["paragraphs"]) == {"ii", "xiv"}

    # Once saved, leaving asks nothing.
    page.get_by_role("link", name="Your drafts").click()
    page.wait_for_url("**/reports/import/drafts/")
    assert dialogs == ["beforeunload"]


def test_a_volume_page_with_two_resolutions_is_imported_as_two_reports(
    page: Page, importer, tmp_path
):
    """A page of a yearly volume holds two resolutions, each numbered from 1:
    the review page lists both parts, and one click imports each as its own
    report, with the symbol of its heading."""
    from tests.e2e.conftest import screenshot
    from tests.test_parts_text import VOLUME_FR

    path = tmp_path / "volume-1950-p12.txt"
    path.write_text(VOLUME_FR, encoding="utf-8")
    log_in(page, importer, "/reports/")
    page.get_by_role("link", name="Import a report").click()
    page.get_by_label("Report file").set_input_files(str(path))
    page.get_by_role("button", name="Read the report").click()
    page.wait_for_url("**/reports/import/drafts/*/")
    parts = page.locator("#parts")
    expect(parts.get_by_role("heading")).to_contain_text("This document holds 2 resolutions")
    expect(parts.locator("tbody tr")).to_have_count(2)
    expect(parts).to_contain_text("S/RES/13 (1950)")
    screenshot(page, "import-parts.png")
    parts.get_by_role("button", name="Import each of the 2 parts as its own report").click()
    page.wait_for_load_state()
    symbols = set(Report.objects.values_list("symbol", flat=True))
    assert len(symbols) == 2 and "S/RES/13 (1950)" in symbols


# A title block that gives no symbol the importer reads (issue 18/19); written for the test.
NO_SYMBOL = """بيان ختامي
بشأن التعاون في مجال مكافحة التصحر
إسلام آباد، ٢٢ مارس ٢٠٢٢

إن المؤتمر،

١- يطلب من الأمانة العامة متابعة تنفيذ هذا البيان وتقديم تقرير بشأنه.
٢- يدعو الدول الأعضاء إلى دعم برامج مكافحة التصحر.
"""


def test_a_report_without_a_symbol_is_imported_with_the_one_typed(page: Page, importer):
    from decisions.intake.drafts import draft_start

    draft, _ = draft_start(user=importer, text=NO_SYMBOL)
    log_in(page, importer, draft.get_absolute_url())
    symbol = page.get_by_label("Document symbol")
    expect(symbol).to_have_value("")
    expect(page.locator("#symbol-missing")).to_be_visible()

    # Importing first is refused, and the message leads to the field.
    page.get_by_role("button", name="Import").first.click()
    expect(page.get_by_role("alert")).to_contain_text("Type the symbol")
    expect(page.get_by_label("Document symbol")).to_be_focused()
    page.get_by_role("link", name="Go to the field").click()
    assert not Report.objects.exists()

    # Typed, the page warns before being left unsaved; saved, it is kept.
    page.get_by_label("Document symbol").fill("قرار رقم: 8913 د.ع (159)")
    dialogs: list[str] = []

    def answer(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", answer)
    page.get_by_role("link", name="Your drafts").click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    page.get_by_role("button", name="Save the review").first.click()
    expect(page.get_by_role("status").first).to_contain_text("the title block as typed")
    expect(page.get_by_label("Document symbol")).to_have_value("قرار رقم: 8913 د.ع (159)")
    expect(page.locator("#symbol-missing")).to_have_count(0)

    page.get_by_role("button", name="Import").first.click()
    page.wait_for_url("**/reports/*/")
    report = Report.objects.get()
    assert report.symbol == "قرار رقم: 8913 د.ع (159)"
    assert report.decisions.count() == 2


def test_on_a_phone_the_field_the_refusal_leads_to_shows_below_the_sticky_save_bar(
    page: Page, importer
):
    """The save bar sticks at the top, three lines high at 390 px: the symbol
    field reached by "Go to the field" must not scroll under it."""
    from decisions.intake.drafts import draft_start

    page.set_viewport_size({"width": 390, "height": 844})
    draft, _ = draft_start(user=importer, text=NO_SYMBOL)
    log_in(page, importer, draft.get_absolute_url())
    page.get_by_role("button", name="Import").first.click()
    page.get_by_role("link", name="Go to the field").click()
    field = page.get_by_label("Document symbol")
    expect(field).to_be_focused()
    bar = page.locator(".intake-save").first.bounding_box()
    box = field.bounding_box()
    assert box["y"] >= bar["y"] + bar["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
