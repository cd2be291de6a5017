"""The XLSX round trip: export, fill in `new status` / `new note`, upload,
preview, confirm. All or nothing, one history row per change."""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from decisions.items import services as item_services
from decisions.models import ActionItem, Status, StatusUpdate, Submission, SubmissionState
from decisions.reporting import exports, sheet_files
from decisions.reporting.views import UPLOAD_SESSION_KEY, XLSX_TYPE
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db

UPLOAD = "decisions:items_upload"
CONFIRM = "decisions:items_upload_confirm"
# The editable columns follow the read-only ones: M and N.
NEW_STATUS_COL = len(exports.HEADERS) + 1
NEW_NOTE_COL = len(exports.HEADERS) + 2


@pytest.fixture
def items(db):
    report = make_report("OIC/ACM-2017/MALI-REP")
    sg = make_body("sg-x", name_en="Secretary-General", name_fr="Secrétaire général")
    isdb = make_body("isdb-x", name_en="Islamic Development Bank")
    return [
        make_item(make_decision(report, number="xi"), owner=sg),
        make_item(make_decision(report, number="xiv"), owner=sg),
        make_item(make_decision(report, number="x"), owner=isdb),
    ]


def exported(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("decisions:items_export_xlsx"), params)
    assert response.status_code == 200
    return load_workbook(io.BytesIO(response.content))


def row_of(ws, item) -> int:
    for row in range(2, ws.max_row + 1):
        if ws.cell(row=row, column=1).value == item.pk:
            return row
    raise AssertionError(f"item {item.pk} not in the sheet")


def fill(ws, item, status=None, note=None) -> int:
    row = row_of(ws, item)
    if status is not None:
        ws.cell(row=row, column=NEW_STATUS_COL).value = status
    if note is not None:
        ws.cell(row=row, column=NEW_NOTE_COL).value = note
    return row


def as_upload(wb, name="items.xlsx") -> SimpleUploadedFile:
    out = io.BytesIO()
    wb.save(out)
    return SimpleUploadedFile(name, out.getvalue(), content_type=XLSX_TYPE)


def upload(client, wb, name="items.xlsx"):
    return client.post(reverse(UPLOAD), {"file": as_upload(wb, name)})


def test_an_editor_previews_then_confirms_the_changes(client, editor, items):
    wb = exported(client, editor)
    ws = wb.active
    fill(ws, items[0], status="In progress", note="Letter sent to the IsDB.")
    fill(ws, items[1], note="Mission planned for March.")
    fill(ws, items[2], status="completed")
    response = upload(client, wb)
    assert response.status_code == 200
    changes = response.context["result"].changes
    assert [(c.item_id, c.old_status, c.new_status) for c in changes] == [
        (items[0].pk, "not_started", "in_progress"),
        (items[1].pk, "not_started", "not_started"),
        (items[2].pk, "not_started", "completed"),
    ]
    html = response.content.decode()
    assert "Letter sent to the IsDB." in html
    assert reverse(CONFIRM) in html and "csrfmiddlewaretoken" in html
    assert not StatusUpdate.objects.exists()  # the preview writes nothing

    response = client.post(reverse(CONFIRM))
    assert response.status_code == 302
    for item, status in zip(items, ["in_progress", "not_started", "completed"], strict=True):
        item.refresh_from_db()
        assert item.status == status
        assert item.updates.count() == 1
    update = items[0].updates.get()
    assert (update.author, update.note) == (editor, "Letter sent to the IsDB.")
    # Confirming twice records nothing more.
    client.post(reverse(CONFIRM))
    assert StatusUpdate.objects.count() == 3


def test_a_french_status_label_is_understood(client, editor, items):
    wb = exported(client, editor)
    fill(wb.active, items[0], status="Achevé")
    fill(wb.active, items[1], status="en cours")
    response = upload(client, wb)
    assert response.status_code == 200
    assert [c.new_status for c in response.context["result"].changes] == [
        "completed",
        "in_progress",
    ]


def test_an_unknown_status_rejects_the_whole_file(client, editor, items):
    wb = exported(client, editor)
    fill(wb.active, items[0], status="In progress")
    row = fill(wb.active, items[1], status="Finished-ish")
    response = upload(client, wb)
    assert response.status_code == 400
    errors = response.context["result"].errors
    assert len(errors) == 1
    assert errors[0].startswith(
        f"row {row} (item {items[1].pk}), column M 'new status': unknown status 'Finished-ish'"
    )
    client.post(reverse(CONFIRM))
    assert not StatusUpdate.objects.exists()


def test_an_unknown_id_is_rejected(client, editor, items):
    wb = exported(client, editor)
    row = fill(wb.active, items[0], status="Stalled")
    wb.active.cell(row=row, column=1).value = 999999
    response = upload(client, wb)
    assert response.status_code == 400
    assert response.context["result"].errors == [f"row {row}: no action item has the id 999999"]


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (2, "OIC/OTHER/REP", "column B 'report': changed (is 'OIC/ACM-2017/MALI-REP')"),
        (3, "xii", "column C 'paragraph': changed (is 'xi')"),
        (4, "The Meeting decided otherwise.", "column D 'paragraph text': changed (is 'The"),
        (5, "Islamic Development Bank", "column E 'owner': changed (is 'Secretary-General')"),
        (6, "Islamic Development Bank", "column F 'partners': changed (is empty)"),
        (7, "Completed", "column G 'status': changed (is Not started;"),
        (8, datetime.date(2030, 1, 1), "column H 'due date': changed (is empty)"),
        (9, datetime.date(2030, 1, 1), "column I 'last update date': changed (is empty)"),
        (10, "All done already.", "column J 'last note': changed (is empty)"),
        (11, datetime.date(2019, 1, 1), "column K 'first asked': changed (is '2017-09-20')"),
    ],
)
def test_a_changed_read_only_cell_is_rejected(client, editor, items, column, value, message):
    wb = exported(client, editor)
    row = fill(wb.active, items[0], note="A note.")
    wb.active.cell(row=row, column=column).value = value
    response = upload(client, wb)
    assert response.status_code == 400
    (error,) = response.context["result"].errors
    assert error.startswith(f"row {row} (item {items[0].pk}), {message}")
    assert not StatusUpdate.objects.exists()


def test_the_age_column_is_not_compared_it_grows_every_day(client, editor, items):
    """A sheet exported days ago still uploads: its age in days is as of then."""
    wb = exported(client, editor)
    row = fill(wb.active, items[0], status="Completed")
    age = wb.active.cell(row=row, column=12)
    assert wb.active.cell(row=1, column=12).value == "age (days)"
    age.value = age.value - 3
    response = upload(client, wb)
    assert response.status_code == 200, response.context["result"].errors
    assert [c.item_id for c in response.context["result"].changes] == [items[0].pk]


def test_a_read_only_cell_changed_in_an_untouched_row_is_rejected(client, editor, items):
    """Not ignored: the user may believe they changed the due date."""
    wb = exported(client, editor)
    row = row_of(wb.active, items[1])
    wb.active.cell(row=row, column=8).value = datetime.date(2030, 1, 1)
    wb.active.cell(row=row, column=5).value = "Someone else"
    response = upload(client, wb)
    assert response.status_code == 400
    assert response.context["result"].errors == [
        f"row {row} (item {items[1].pk}), column E 'owner': changed (is 'Secretary-General'); "
        "this column may not be changed",
        f"row {row} (item {items[1].pk}), column H 'due date': changed (is empty); "
        "this column may not be changed",
    ]


def test_unchanged_read_only_cells_pass_in_another_language(client, editor, items):
    """Exported in French (owner, partners, status in French), uploaded as is."""
    items[0].partners.add(items[2].owner)
    client.force_login(editor)
    response = client.get(reverse("decisions:items_export_xlsx"), HTTP_ACCEPT_LANGUAGE="fr")
    wb = load_workbook(io.BytesIO(response.content))
    fill(wb.active, items[0], note="Une note.")
    response = upload(client, wb)
    assert response.status_code == 200, response.context["result"].errors
    assert [c.item_id for c in response.context["result"].changes] == [items[0].pk]


def test_a_status_changed_in_the_database_since_the_export_is_rejected(client, editor, items):
    wb = exported(client, editor)
    row = fill(wb.active, items[0], status="Completed")
    item_services.action_item_set_status(item=items[0], status="stalled", by=editor)
    response = upload(client, wb)
    assert response.status_code == 400
    assert "column G 'status': changed (is Stalled" in response.context["result"].errors[0]
    assert f"row {row}" in response.context["result"].errors[0]


def test_a_focal_point_may_update_only_the_items_of_its_bodies(client, items):
    user = make_user(groups=("focal points",))
    items[0].owner.focal_points.add(user)
    wb = exported(client, user)
    fill(wb.active, items[0], status="In progress", note="Begun.")
    row = fill(wb.active, items[2], status="In progress", note="Begun.")
    response = upload(client, wb)
    assert response.status_code == 400
    assert response.context["result"].errors == [
        f"row {row} (item {items[2].pk}): you may not update this item"
    ]
    wb = exported(client, user)
    fill(wb.active, items[0], status="In progress", note="Begun.")
    assert upload(client, wb).status_code == 200
    client.post(reverse(CONFIRM))
    # Reviewed: a submission (see the section at the end), not an update.
    assert Submission.objects.get().item_id == items[0].pk


def test_an_item_updated_between_preview_and_confirm_aborts_everything(client, editor, items):
    wb = exported(client, editor)
    fill(wb.active, items[0], status="In progress")
    fill(wb.active, items[1], status="Completed")
    assert upload(client, wb).status_code == 200
    item_services.action_item_set_status(item=items[1], status="stalled", by=editor)
    response = client.post(reverse(CONFIRM), follow=True)
    assert "Nothing was recorded" in response.content.decode()
    assert StatusUpdate.objects.count() == 1  # only the concurrent one
    items[0].refresh_from_db()
    assert items[0].status == Status.NOT_STARTED


def test_a_file_that_is_not_xlsx_gets_a_clear_error(client, editor, items):
    client.force_login(editor)
    fake = SimpleUploadedFile("items.xlsx", b"id,report\n1,x\n", content_type="text/csv")
    response = client.post(reverse(UPLOAD), {"file": fake})
    assert response.status_code == 400
    assert "not an .xlsx file" in response.context["error"]
    csv_named = SimpleUploadedFile("items.csv", b"id,report\n", content_type="text/csv")
    response = client.post(reverse(UPLOAD), {"file": csv_named})
    assert response.status_code == 400
    assert "not an .xlsx file" in str(response.context["form"].errors["file"])


def test_a_file_over_the_size_limit_is_refused(client, editor, items, monkeypatch):
    monkeypatch.setattr(sheet_files, "MAX_UPLOAD_BYTES", 1000)
    wb = exported(client, editor)
    response = upload(client, wb)
    assert response.status_code == 400
    assert "the limit is 1,000" in str(response.context["form"].errors["file"])


def test_a_sheet_without_the_export_columns_is_refused(client, editor, items):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["name", "value"])
    client.force_login(editor)
    response = upload(client, wb)
    assert response.status_code == 400
    assert "the first row has no column 'id'" in response.context["error"]


def test_a_sheet_with_nothing_new_records_nothing(client, editor, items):
    wb = exported(client, editor)
    response = upload(client, wb)
    assert response.status_code == 200
    assert response.context["result"].changes == []
    client.post(reverse(CONFIRM))
    assert not StatusUpdate.objects.exists()


def test_confirm_without_a_preview_records_nothing(client, editor, items):
    client.force_login(editor)
    response = client.post(reverse(CONFIRM))
    assert response.status_code == 302
    assert response["Location"] == reverse(UPLOAD)


def test_another_user_cannot_confirm_a_preview(client, editor, items):
    wb = exported(client, editor)
    fill(wb.active, items[0], status="Completed")
    upload(client, wb)
    session_value = client.session[UPLOAD_SESSION_KEY]
    other = make_user(groups=("editors",))
    client.force_login(other)
    session = client.session
    session[UPLOAD_SESSION_KEY] = session_value
    session.save()
    client.post(reverse(CONFIRM))
    assert not StatusUpdate.objects.exists()


# --- Access -----------------------------------------------------------------


def test_the_upload_page_is_shown_to_an_editor(client, editor):
    client.force_login(editor)
    response = client.get(reverse(UPLOAD))
    assert response.status_code == 200
    assert b'enctype="multipart/form-data"' in response.content
    assert b"csrfmiddlewaretoken" in response.content


@pytest.mark.parametrize("groups", [(), ("viewers",)])
def test_a_user_who_may_update_nothing_gets_403(client, groups):
    client.force_login(make_user(groups=groups))
    assert client.get(reverse(UPLOAD)).status_code == 403
    assert client.post(reverse(CONFIRM)).status_code == 403


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, db):
    for name in (UPLOAD, CONFIRM):
        response = client.post(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_wrong_methods_get_405(client, editor):
    client.force_login(editor)
    assert client.get(reverse(CONFIRM)).status_code == 405
    assert client.put(reverse(UPLOAD)).status_code == 405


# --- What the file holds: limits and damage ----------------------------------------


def as_bytes(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def with_sheet(data: bytes, change) -> bytes:
    """The same .xlsx with its first sheet's XML passed through `change`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = change(content.decode()).encode()
            dst.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _cell_of(xml: str, ref: str) -> str:
    start = xml.index(f'<c r="{ref}"')
    return xml[start : xml.index("</c>", start) + 4]


def post_bytes(client, data: bytes):
    file = SimpleUploadedFile("items.xlsx", data, content_type=XLSX_TYPE)
    return client.post(reverse(UPLOAD), {"file": file})


def test_a_note_over_the_length_limit_is_rejected_as_on_the_item_page(client, editor, items):
    wb = exported(client, editor)
    row = fill(wb.active, items[0], note="x" * 10_001)
    response = upload(client, wb)
    assert response.status_code == 400
    (error,) = response.context["result"].errors
    assert error.startswith(f"row {row} (item {items[0].pk}), column N 'new note': ")
    assert "at most 10000 characters" in error
    assert not StatusUpdate.objects.exists()


def test_a_note_is_stored_without_control_characters(client, editor, items):
    wb = exported(client, editor)
    fill(wb.active, items[0], note="Sent\u202e on time\x7f.")
    response = upload(client, wb)
    assert response.context["result"].changes[0].note == "Sent on time."
    client.post(reverse(CONFIRM))
    assert items[0].updates.get().note == "Sent on time."


def test_a_cell_over_excels_limit_is_refused(client, editor, items):
    wb = exported(client, editor)
    row = fill(wb.active, items[0], note="placeholder")
    long_cell = f'<c r="N{row}" t="inlineStr"><is><t>{"x" * 40_000}</t></is></c>'
    data = with_sheet(as_bytes(wb), lambda xml: xml.replace(_cell_of(xml, f"N{row}"), long_cell))
    response = post_bytes(client, data)
    assert response.status_code == 400
    assert response.context["error"] == (
        f"row {row}, column N: 40,000 characters; the limit is 32,767"
    )


def test_a_file_that_unpacks_to_far_more_than_its_size_is_refused(client, editor, items):
    """A zip bomb: 20 MB of spaces in the sheet compress to a few kB."""
    client.force_login(editor)
    data = with_sheet(as_bytes(exported(client, editor)), lambda xml: xml + " " * 20_000_000)
    assert len(data) < 100_000
    response = post_bytes(client, data)
    assert response.status_code == 400
    assert "unpacks to" in response.context["error"]


def test_a_file_that_unpacks_past_the_total_limit_is_refused(client, editor, items, monkeypatch):
    monkeypatch.setattr(sheet_files, "MAX_UNCOMPRESSED_BYTES", 20_000)
    wb = exported(client, editor)
    fill(wb.active, items[0], note="".join(chr(0x4E00 + i) for i in range(8_000)))
    response = upload(client, wb)
    assert response.status_code == 400
    assert "the limit is 20,000 bytes" in response.context["error"]


def test_a_sheet_wider_than_the_column_limit_is_refused(client, editor, items):
    """One far-right cell per row: read padded, each row had 16,384 cells."""
    wb = exported(client, editor)
    for row in range(1, 5):
        wb.active.cell(row=row, column=16_384).value = "x"
    response = upload(client, wb)
    assert response.status_code == 400
    assert response.context["error"].startswith("the sheet uses 16,384 columns")


def test_a_far_right_cell_without_a_dimension_is_not_read(client, editor, items):
    """With no <dimension> to refuse, reading still stops at the column limit."""
    wb = exported(client, editor)
    fill(wb.active, items[0], status="Completed")
    for row in range(1, 5):
        wb.active.cell(row=row, column=16_384).value = "x"
    data = with_sheet(as_bytes(wb), lambda xml: xml.replace('<dimension ref="A1:XFD4"/>', ""))
    assert b"dimension" not in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    rows = sheet_files._load_rows(data)
    assert {len(r) for r in rows} == {sheet_files.MAX_UPLOAD_COLUMNS}
    client.force_login(editor)
    response = post_bytes(client, data)
    assert response.status_code == 200
    assert [c.item_id for c in response.context["result"].changes] == [items[0].pk]


def test_a_sheet_over_the_row_limit_is_refused(client, editor, items, monkeypatch):
    monkeypatch.setattr(sheet_files, "MAX_UPLOAD_ROWS", 2)
    response = upload(client, exported(client, editor))
    assert response.status_code == 400
    assert response.context["error"] == "the sheet has more than 2 rows"


def test_a_dimension_past_the_row_limit_is_refused_before_reading(client, editor, items):
    data = as_bytes(exported(client, editor))
    data = with_sheet(data, lambda xml: xml.replace('ref="A1:N4"', 'ref="A1:N1048576"'))
    client.force_login(editor)
    response = post_bytes(client, data)
    assert response.status_code == 400
    assert response.context["error"] == "the sheet has more than 5,000 rows"


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda xml: xml.replace("</sheetData>", "<row><c>"), id="bad xml"),
        pytest.param(
            lambda xml: xml.replace(_cell_of(xml, "A2"), '<c r="A2" t="n"><v>abc</v></c>'),
            id="a number that is not one",
        ),
        pytest.param(
            lambda xml: xml.replace('<c r="A2"', '<c r="!!2"'),
            id="a bad cell reference",
        ),
    ],
)
def test_damaged_sheet_content_gets_a_clear_400(client, editor, items, damage):
    data = with_sheet(as_bytes(exported(client, editor)), damage)
    client.force_login(editor)
    response = post_bytes(client, data)
    assert response.status_code == 400
    assert "that can be read" in response.context["error"]


def test_a_corrupt_file_starting_with_pk_gets_a_clear_400(client, editor, items):
    client.force_login(editor)
    response = post_bytes(client, b"PK\x03\x04" + b"\x00garbage" * 100)
    assert response.status_code == 400
    assert "that can be read" in response.context["error"]
    truncated = as_bytes(exported(client, editor))[:-200]
    response = post_bytes(client, truncated)
    assert response.status_code == 400
    assert "that can be read" in response.context["error"]


@pytest.mark.parametrize("value", ["abc", 1.5, "²", "-3", 99999999999999999999, 1e300])
def test_an_id_that_is_not_one_is_rejected(client, editor, items, value):
    wb = exported(client, editor)
    row = fill(wb.active, items[0], status="Completed")
    wb.active.cell(row=row, column=1).value = value
    response = upload(client, wb)
    assert response.status_code == 400
    (error,) = response.context["result"].errors
    assert error.startswith(f"row {row}: the id ")
    assert error.endswith(" is not the number of an action item")


def test_the_same_item_twice_is_rejected(client, editor, items):
    wb = exported(client, editor)
    ws = wb.active
    fill(ws, items[0], status="Completed")
    ws.append([c.value for c in ws[row_of(ws, items[0])]])
    response = upload(client, wb)
    assert response.status_code == 400
    assert response.context["result"].errors == [
        f"row {ws.max_row}: item {items[0].pk} appears twice in the sheet"
    ]


def test_an_empty_sheet_is_refused(client, editor, items):
    from openpyxl import Workbook

    client.force_login(editor)
    response = upload(client, Workbook())
    assert response.status_code == 400
    assert response.context["error"] == "the sheet is empty"


def test_an_item_deleted_between_preview_and_confirm_aborts_everything(client, editor, items):
    wb = exported(client, editor)
    fill(wb.active, items[0], status="In progress")
    row = fill(wb.active, items[1], status="Completed")
    assert upload(client, wb).status_code == 200
    ActionItem.objects.filter(pk=items[1].pk).delete()
    response = client.post(reverse(CONFIRM), follow=True)
    assert f"row {row}: item {items[1].pk} no longer exists" in response.content.decode()
    assert not StatusUpdate.objects.exists()


def test_a_permission_withdrawn_between_preview_and_confirm_aborts_everything(client, items):
    user = make_user(groups=("focal points",))
    items[0].owner.focal_points.add(user)
    items[2].owner.focal_points.add(user)  # still a focal point, of another body
    wb = exported(client, user)
    row = fill(wb.active, items[0], status="In progress", note="Begun.")
    assert upload(client, wb).status_code == 200
    items[0].owner.focal_points.remove(user)
    response = client.post(reverse(CONFIRM), follow=True)
    assert f"row {row}: you may not update this item" in response.content.decode()
    assert not StatusUpdate.objects.exists() and not Submission.objects.exists()


def test_a_date_out_of_range_is_a_changed_cell(client, editor, items):
    def damage(xml):
        return xml.replace(
            _cell_of(xml, "H2"), _cell_of(xml, "H2").replace("></c>", "><v>1e300</v></c>")
        )

    data = with_sheet(as_bytes(exported(client, editor)), damage)
    response = post_bytes(client, data)
    assert response.status_code == 400
    (error,) = response.context["result"].errors
    assert error.startswith(f"row 2 (item {items[0].pk}), column H 'due date': changed")


# --- A focal point whose updates are reviewed: each changed row is a submission


@pytest.fixture
def reviewed_focal(items):
    user = make_user("sheetfocal", groups=("focal points",), email="sheetfocal@example.org")
    items[0].owner.focal_points.add(user)  # sg-x: items 0 and 1
    return user


def test_a_focal_points_rows_become_submissions_not_updates(client, reviewed_focal, items):
    wb = exported(client, reviewed_focal)
    fill(wb.active, items[0], status="Completed", note="Report sent to the Council.")
    fill(wb.active, items[1], note="Mission planned for March.")
    response = upload(client, wb)
    assert response.status_code == 200
    assert "2 rows will be sent for review" in response.content.decode()
    response = client.post(reverse(CONFIRM), follow=True)
    assert "2 rows sent for review" in response.content.decode()
    assert not StatusUpdate.objects.exists()
    for item in items:
        item.refresh_from_db()
        assert (item.status, item.version) == (Status.NOT_STARTED, 0)
    submissions = {s.item_id: s for s in Submission.objects.all()}
    assert set(submissions) == {items[0].pk, items[1].pk}
    first = submissions[items[0].pk]
    assert (first.author, first.status, first.note, first.base_version, first.state) == (
        reviewed_focal,
        Status.COMPLETED,
        "Report sent to the Council.",
        0,
        SubmissionState.PENDING,
    )
    assert submissions[items[1].pk].status == Status.NOT_STARTED


def test_a_submission_from_the_sheet_is_reviewed_as_one_from_the_item_page(
    client, reviewed_focal, editor, items, django_capture_on_commit_callbacks
):
    editor.email = "reviewer@example.org"
    editor.save()
    wb = exported(client, reviewed_focal)
    fill(wb.active, items[0], status="Completed", note="Report sent to the Council.")
    upload(client, wb)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse(CONFIRM))
    assert [m.to for m in mail.outbox] == [["reviewer@example.org"]]  # as from the page
    submission = Submission.objects.get()
    client.force_login(editor)
    assert (
        submission.get_absolute_url()
        in client.get(reverse("decisions:review_queue")).content.decode()
    )
    client.post(reverse("decisions:submission_accept", args=[submission.pk]))
    items[0].refresh_from_db()
    assert items[0].status == Status.COMPLETED
    assert items[0].updates.get().author == editor


def test_a_row_sent_for_review_needs_a_note_as_on_the_item_page(client, reviewed_focal, items):
    wb = exported(client, reviewed_focal)
    row = fill(wb.active, items[0], status="Completed")
    response = upload(client, wb)
    assert response.status_code == 400
    assert response.context["result"].errors == [
        f"row {row} (item {items[0].pk}), column N 'new note': Say what was done."
    ]


def test_rows_of_a_body_that_skips_review_are_recorded_at_once(
    client, reviewed_focal, items, settings
):
    settings.REVIEW_SKIP_BODIES = ["isdb-x"]
    items[2].owner.focal_points.add(reviewed_focal)
    wb = exported(client, reviewed_focal)
    fill(wb.active, items[0], status="Completed", note="Report sent.")
    fill(wb.active, items[2], status="Completed")
    response = upload(client, wb)
    html = response.content.decode()
    assert "1 update to record." in html and "1 row will be sent for review" in html
    client.post(reverse(CONFIRM))
    items[2].refresh_from_db()
    assert items[2].status == Status.COMPLETED
    assert Submission.objects.get().item_id == items[0].pk
    assert StatusUpdate.objects.get().item_id == items[2].pk


def test_a_review_row_on_an_item_updated_since_the_preview_aborts_everything(
    client, reviewed_focal, editor, items
):
    wb = exported(client, reviewed_focal)
    fill(wb.active, items[0], status="Completed", note="Report sent.")
    upload(client, wb)
    item_services.action_item_set_status(item=items[0], status="stalled", by=editor)
    response = client.post(reverse(CONFIRM), follow=True)
    assert "was updated since the preview" in response.content.decode()
    assert not Submission.objects.exists()


def test_a_row_whose_review_rule_changed_since_the_preview_aborts_everything(
    client, reviewed_focal, items, settings
):
    settings.REVIEW_SKIP_BODIES = ["sg-x"]
    wb = exported(client, reviewed_focal)
    row = fill(wb.active, items[0], status="Completed")
    upload(client, wb)
    settings.REVIEW_SKIP_BODIES = []
    response = client.post(reverse(CONFIRM), follow=True)
    assert f"row {row}: " in response.content.decode()
    assert not Submission.objects.exists() and not StatusUpdate.objects.exists()
