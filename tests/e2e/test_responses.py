"""Each Member State's answer, in a real browser: an editor records three
States' answers on a Member States item of the Mali report, sees "3 of 57
answered", exports the matrix, changes a row in the spreadsheet, uploads it
back, confirms the preview, and sees the change."""

from __future__ import annotations

import io

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.urls import reverse
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from decisions.models import ActionItem, Body, MemberResponse
from tests.e2e.conftest import PASSWORD, PHONE, log_in, screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_an_editor_records_three_answers_and_one_more_through_the_spreadsheet(
    page: Page, mali_report, editor, tmp_path
):
    item = ActionItem.objects.filter(
        decision__report=mali_report, owner__slug="member-states"
    ).first()
    assert item is not None
    log_in(page, editor, item.get_absolute_url())
    page.get_by_role("link", name="Each member's response").click()
    for name, status in (("Mali", "Acted"), ("Senegal", "Answered"), ("Egypt", "Declined")):
        page.get_by_role("link", name=f"Record the response of {name}", exact=True).click()
        page.get_by_label("Response").select_option(label=status)
        page.get_by_label("Note").fill(f"{name}: reply of the Permanent Mission.")
        page.get_by_role("button", name="Record the response").click()
        expect(page.get_by_text(f"The response of {name} was recorded.")).to_be_visible()
    expect(page.locator(".response-summary")).to_contain_text("3 of 57 answered")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download the matrix (XLSX)").click()
    path = tmp_path / "matrix.xlsx"
    download.value.save_as(path)
    wb = load_workbook(path)
    ws = wb.active
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "niger")
    ws.cell(row=row, column=3).value = "Acted"
    ws.cell(row=row, column=5).value = "Contribution received."
    out = io.BytesIO()
    wb.save(out)
    (tmp_path / "filled.xlsx").write_bytes(out.getvalue())

    page.get_by_role("link", name="Upload responses from the spreadsheet").click()
    page.get_by_label("Filled-in spreadsheet (.xlsx)").set_input_files(tmp_path / "filled.xlsx")
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_text("1 response to record.")).to_be_visible()
    assert not MemberResponse.objects.filter(member__slug="niger").exists()
    page.get_by_role("button", name="Record 1 response").click()
    expect(page.get_by_text("1 response recorded.")).to_be_visible()
    expect(page.locator(".response-summary")).to_contain_text("4 of 57 answered")
    assert MemberResponse.objects.get(item=item, member__slug="niger").status == "acted"
    # Each member's changes, newest first, open under the member's row.
    history = page.locator("details.response-history").first
    history.locator("summary").click()
    expect(history.locator("li").first).to_be_visible()
    screenshot(page, "responses-matrix.png")


def test_a_states_focal_point_records_its_answer_from_its_home_page_on_a_phone_in_arabic(
    page: Page, mali_report, editor
):
    """The requests made of all members wait on the focal point's home page,
    each with a link to the State's own response: followed on a phone, right
    to left, with nothing wider than the screen."""
    mali = Body.objects.get(slug="mali")
    focal = User.objects.create_user("awa", password=PASSWORD)
    focal.groups.add(Group.objects.get(name="focal points"))
    mali.focal_points.add(focal)
    item = ActionItem.objects.filter(
        decision__report=mali_report, owner__slug="member-states"
    ).first()
    edit = reverse("decisions:item_response_edit", args=[item.pk, mali.pk])

    page.set_viewport_size(PHONE)
    log_in(page, focal)
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": "ar", "url": page.url}]
    )
    page.goto(reverse("decisions:home"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    section = page.locator("section.home-responses")
    expect(section.locator(f'a[href="{edit}"]')).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(page, "responses-focal-home-ar-phone.png")
    section.locator(f'a[href="{edit}"]').click()
    page.locator("select[name=status]").select_option("answered")
    page.locator("form.update-form button[type=submit]").click()
    expect(page.locator(".response-summary")).to_be_visible()
    assert MemberResponse.objects.get(item=item, member=mali).status == "answered"
    # Answered: it leaves the home page's list.
    page.goto(reverse("decisions:home"))
    expect(section.locator(f'a[href="{edit}"]')).to_have_count(0)
