"""The matrix as XLSX and back: export, change a row, upload, preview,
confirm; bad rows refused by row, nothing written on error; forged files."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from decisions.models import Body, MemberResponse
from decisions.responses.services import ResponseValues, member_response_record
from tests.factory import make_item, make_user
from tests.test_spreadsheet_upload import as_bytes, with_sheet

pytestmark = pytest.mark.django_db

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def item():
    return make_item(owner=Body.objects.get(slug="member-states"))


def exported(client, item):
    r = client.get(reverse("decisions:item_responses_xlsx", args=[item.pk]))
    assert r.status_code == 200 and r["Content-Type"] == XLSX_TYPE
    return load_workbook(io.BytesIO(r.content))


def row_of(ws, slug: str) -> int:
    for n, row in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        if row[0] == slug:
            return n
    raise AssertionError(slug)


def fill(ws, slug, **cols) -> int:
    n = row_of(ws, slug)
    index = {"response": 3, "date": 4, "note": 5, "link": 6, "version": 7, "member": 1}
    for name, value in cols.items():
        ws.cell(row=n, column=index[name]).value = value
    return n


def post_bytes(client, item, data: bytes, name="responses.xlsx"):
    file = SimpleUploadedFile(name, data, content_type=XLSX_TYPE)
    return client.post(reverse("decisions:item_responses_upload", args=[item.pk]), {"file": file})


def upload(client, item, wb):
    return post_bytes(client, item, as_bytes(wb))


def confirm(client, item):
    return client.post(reverse("decisions:item_responses_upload_confirm", args=[item.pk]))


def test_a_round_trip_records_the_changed_rows_after_the_preview(client, editor, item):
    client.force_login(editor)
    wb = exported(client, item)
    assert wb.active.max_row == 58
    fill(wb.active, "mali", response="Acted", date="2024-03-01", note="Paid.")
    fill(wb.active, "senegal", response="a répondu")  # a label in French is read too
    r = upload(client, item, wb)
    assert r.status_code == 200
    assert len(r.context["result"].changes) == 2
    assert not MemberResponse.objects.exists()  # the preview writes nothing
    assert confirm(client, item).status_code == 302
    got = dict(MemberResponse.objects.values_list("member__slug", "status"))
    assert got == {"mali": "acted", "senegal": "answered"}
    page = client.get(reverse("decisions:item_responses", args=[item.pk])).content.decode()
    assert "2 of 57 answered" in page
    # Exported again, the changed row carries its version; unchanged, it is no change.
    r = upload(client, item, exported(client, item))
    assert r.status_code == 200 and r.context["result"].changes == []


def test_bad_rows_are_named_and_nothing_is_written(client, editor, item):
    client.force_login(editor)
    wb = exported(client, item)
    fill(wb.active, "mali", response="Acted")
    bad = fill(wb.active, "senegal", response="Paid")
    fill(wb.active, "egypt", date="not a date")
    fill(wb.active, "niger", link="javascript:alert(1)")
    r = upload(client, item, wb)
    assert r.status_code == 400
    errors = r.context["result"].errors
    assert len(errors) == 3
    assert any(e.startswith(f"Row {bad} (Senegal): “Paid” is not a response") for e in errors)
    assert not MemberResponse.objects.exists()
    assert confirm(client, item).status_code == 302
    assert not MemberResponse.objects.exists()


def test_a_member_not_of_the_item_and_a_twice_named_one_are_refused(client, editor, item):
    client.force_login(editor)
    wb = exported(client, item)
    fill(wb.active, "mali", member="un-security-council", response="Acted")
    wb.active.append(["senegal", "", "Acted", None, "", "", 0])
    wb.active.append(["senegal", "", "Asked", None, "", "", 0])
    r = upload(client, item, wb)
    errors = r.context["result"].errors
    assert r.status_code == 400
    assert any("not a member" in e for e in errors)
    assert any("appears twice" in e for e in errors)


def test_a_focal_point_uploads_its_own_row_only(client, item):
    focal = make_user(groups=("focal points",))
    Body.objects.get(slug="mali").focal_points.add(focal)
    client.force_login(focal)
    wb = exported(client, item)
    fill(wb.active, "mali", response="Answered")
    fill(wb.active, "senegal", response="Answered")
    r = upload(client, item, wb)
    assert r.status_code == 400
    assert r.context["result"].errors == [
        f"Row {row_of(wb.active, 'senegal')} (Senegal): you may not record this response"
    ]
    wb = exported(client, item)
    fill(wb.active, "mali", response="Answered")
    assert upload(client, item, wb).status_code == 200
    assert confirm(client, item).status_code == 302
    assert MemberResponse.objects.get().member.slug == "mali"


def test_a_viewer_may_export_but_not_upload(client, viewer, item):
    client.force_login(viewer)
    wb = exported(client, item)
    assert upload(client, item, wb).status_code == 403


def test_a_response_recorded_after_the_preview_stops_the_whole_upload(client, editor, item):
    client.force_login(editor)
    wb = exported(client, item)
    fill(wb.active, "mali", response="Acted")
    fill(wb.active, "senegal", response="Acted")
    assert upload(client, item, wb).status_code == 200
    member_response_record(
        item=item,
        member=Body.objects.get(slug="senegal"),
        values=ResponseValues(status="declined"),
        by=None,
        expected_version=0,
    )
    r = confirm(client, item)
    assert r.status_code == 302
    assert dict(MemberResponse.objects.values_list("member__slug", "status")) == {
        "senegal": "declined"
    }


def test_a_row_exported_before_someone_recorded_is_refused(client, editor, item):
    client.force_login(editor)
    wb = exported(client, item)
    member_response_record(
        item=item,
        member=Body.objects.get(slug="mali"),
        values=ResponseValues(status="asked"),
        by=None,
        expected_version=0,
    )
    fill(wb.active, "mali", response="Acted")
    r = upload(client, item, wb)
    assert r.status_code == 400
    assert "recorded meanwhile" in r.context["result"].errors[0]


def test_a_note_that_would_be_a_formula_is_written_as_text(client, editor, item):
    member_response_record(
        item=item,
        member=Body.objects.get(slug="mali"),
        values=ResponseValues(status="answered", note='=HYPERLINK("http://x")\x07'),
        by=None,
        expected_version=0,
    )
    client.force_login(editor)
    wb = exported(client, item)
    cell = wb.active.cell(row=row_of(wb.active, "mali"), column=5)
    assert cell.value == '\'=HYPERLINK("http://x")' and cell.data_type == "s"
    # Uploaded back unchanged, the quote is not taken for a change.
    r = upload(client, item, wb)
    assert r.status_code == 200 and r.context["result"].changes == []


def test_control_characters_and_other_scripts_in_a_cell(client, editor, item):
    client.force_login(editor)
    wb = exported(client, item)
    fill(wb.active, "mali", response="تم الرد", note="دفع\u202e المساهمة")
    assert upload(client, item, wb).status_code == 200
    confirm(client, item)
    response = MemberResponse.objects.get()
    assert (response.status, response.note) == ("answered", "دفع المساهمة")


def test_a_file_that_is_not_xlsx_gets_a_clear_error(client, editor, item):
    client.force_login(editor)
    r = post_bytes(client, item, b"member,response\nmali,acted\n", name="x.csv")
    assert r.status_code == 400
    assert "not an .xlsx file" in r.context["error"]


def test_a_zip_bomb_is_refused(client, editor, item):
    client.force_login(editor)
    data = with_sheet(as_bytes(exported(client, item)), lambda xml: xml + " " * 20_000_000)
    assert len(data) < 100_000
    r = post_bytes(client, item, data)
    assert r.status_code == 400
    assert "unpacks to" in r.context["error"]


def test_a_huge_version_number_is_a_row_error(client, editor, item):
    client.force_login(editor)
    wb = exported(client, item)
    fill(wb.active, "mali", response="Acted", version=2**63)
    r = upload(client, item, wb)
    assert r.status_code == 400
    assert "Row" in r.context["result"].errors[0]


def test_a_sheet_without_the_matrix_columns_is_refused(client, editor, item):
    from openpyxl import Workbook

    client.force_login(editor)
    wb = Workbook()
    wb.active.append(["name", "value"])
    r = upload(client, item, wb)
    assert r.status_code == 400
    assert "first row must hold the columns" in r.context["error"]


def test_a_formula_in_the_response_column_is_a_row_error(client, editor, item):
    client.force_login(editor)
    wb = exported(client, item)
    n = fill(wb.active, "mali", response="=1+1")
    wb.active.cell(row=n, column=3).data_type = "f"
    r = upload(client, item, wb)
    assert r.status_code == 400
    assert r.context["result"].errors[0].startswith(f"Row {n} (Mali): ")
    assert not MemberResponse.objects.exists()


@pytest.mark.parametrize("value", [10**20, 2**63, "9" * 40, "２٠٢٤-٠١-٠١"])
def test_a_date_no_calendar_holds_is_a_row_error_never_a_500(client, editor, item, value):
    client.force_login(editor)
    wb = exported(client, item)
    n = fill(wb.active, "mali", response="Acted", date=value)
    r = upload(client, item, wb)
    assert r.status_code == 400
    errors = r.context["result"].errors if r.context.get("result") else [r.context["error"]]
    assert errors and (str(n) in errors[0] or "cannot" in errors[0] or "read" in errors[0])
    assert not MemberResponse.objects.exists()
