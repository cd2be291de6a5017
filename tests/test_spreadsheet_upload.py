"""The XLSX round trip: export, fill in `new status` / `new note`, upload,
preview, confirm. All or nothing, one history row per change."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from decisions import exports, services
from decisions.models import ActionItem, Status, StatusUpdate
from decisions.views.exports import UPLOAD_SESSION_KEY, XLSX_TYPE
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db

UPLOAD = "decisions:items_upload"
CONFIRM = "decisions:items_upload_confirm"


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
        ws.cell(row=row, column=11).value = status
    if note is not None:
        ws.cell(row=row, column=12).value = note
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
    assert errors[0].startswith(f"row {row} (item {items[1].pk}): unknown status 'Finished-ish'")
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
        (2, "OIC/OTHER/REP", "report changed"),
        (3, "xii", "paragraph changed"),
        (5, "Islamic Development Bank", "owner changed"),
        (7, "Completed", "status changed"),
    ],
)
def test_a_changed_read_only_column_is_rejected(client, editor, items, column, value, message):
    wb = exported(client, editor)
    row = fill(wb.active, items[0], note="A note.")
    wb.active.cell(row=row, column=column).value = value
    response = upload(client, wb)
    assert response.status_code == 400
    (error,) = response.context["result"].errors
    assert error.startswith(f"row {row} (item {items[0].pk}): {message}")
    assert not StatusUpdate.objects.exists()


def test_a_status_changed_in_the_database_since_the_export_is_rejected(client, editor, items):
    wb = exported(client, editor)
    row = fill(wb.active, items[0], status="Completed")
    services.action_item_set_status(item=items[0], status="stalled", by=editor)
    response = upload(client, wb)
    assert response.status_code == 400
    assert "status changed (is Stalled" in response.context["result"].errors[0]
    assert f"row {row}" in response.context["result"].errors[0]


def test_a_focal_point_may_update_only_the_items_of_its_bodies(client, items):
    user = make_user(groups=("focal points",))
    items[0].owner.focal_points.add(user)
    wb = exported(client, user)
    fill(wb.active, items[0], status="In progress")
    row = fill(wb.active, items[2], status="In progress")
    response = upload(client, wb)
    assert response.status_code == 400
    assert response.context["result"].errors == [
        f"row {row} (item {items[2].pk}): you may not update this item"
    ]
    wb = exported(client, user)
    fill(wb.active, items[0], status="In progress")
    assert upload(client, wb).status_code == 200
    client.post(reverse(CONFIRM))
    assert ActionItem.objects.get(pk=items[0].pk).status == Status.IN_PROGRESS


def test_an_item_updated_between_preview_and_confirm_aborts_everything(client, editor, items):
    wb = exported(client, editor)
    fill(wb.active, items[0], status="In progress")
    fill(wb.active, items[1], status="Completed")
    assert upload(client, wb).status_code == 200
    services.action_item_set_status(item=items[1], status="stalled", by=editor)
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
    monkeypatch.setattr(exports, "MAX_UPLOAD_BYTES", 1000)
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
