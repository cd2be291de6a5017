"""Control characters in what users type or what a report holds: cleaned on
the way in (forms, the one service every update goes through), and every
download stays readable whatever is already stored."""

from __future__ import annotations

import datetime
import io

import pytest
from django.db import connection
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from decisions.items import services as item_services
from decisions.models import ActionItem, Body, CalendarToken, Decision, StatusUpdate
from decisions.text.normalize import strip_unsafe
from tests.factory import make_body, make_decision, make_item, make_report
from tests.test_followup import docx_text, pdf_text

pytestmark = pytest.mark.django_db

# Word's manual line break, a NUL, a bell, a right-to-left override, DEL.
DIRTY_NOTE = "Letter sent\x0bto Bamako\x00 on \u202etime\x07 (copy\x7f)."
DIRTY_TEXT = "The Meeting requests\x0bthe Secretary-General\x01 to report\x1f back."
DIRTY_NAME = "Islamic\x0c Development\x02 Bank"


# --- On the way in ------------------------------------------------------------


def test_the_form_stores_a_note_without_control_characters(client, editor):
    item = make_item()
    client.force_login(editor)
    response = client.post(
        item.get_absolute_url(),
        {"status": item.status, "note": DIRTY_NOTE, "version": item.version},
    )
    assert response.status_code == 302
    note = item.updates.get().note
    assert note == "Letter sent\nto Bamako on time (copy)."


def test_the_service_cleans_the_note_for_every_caller(editor):
    item = make_item()
    item_services.action_item_set_status(item=item, status=item.status, note=DIRTY_NOTE, by=editor)
    assert item.updates.get().note == "Letter sent\nto Bamako on time (copy)."


def test_a_note_of_control_characters_only_is_nothing_to_record(editor):
    item = make_item()
    with pytest.raises(item_services.NothingToRecordError):
        item_services.action_item_set_status(
            item=item, status=item.status, note="\x00\x07", by=editor
        )
    assert (
        item_services.action_items_set_status(
            items=[item], status=item.status, note="\x00\u202e", by=editor
        )
        == 0
    )


# --- On the way out: text already stored --------------------------------------


@pytest.fixture
def dirty(editor) -> ActionItem:
    """An item whose paragraph, owner, summary and latest note hold control
    characters, written past the service as older data would be. (PostgreSQL
    cannot store a NUL at all.)"""
    report = make_report("OIC/DIRTY-2024/REP")
    item = make_item(
        make_decision(report, number="1"),
        owner=make_body("isdb-d", name_en="IsDB"),
        due_date=datetime.date(2099, 1, 1),
    )
    Decision.objects.filter(pk=item.decision_id).update(text=DIRTY_TEXT)
    Body.objects.filter(pk=item.owner_id).update(name_en=DIRTY_NAME, name_fr=DIRTY_NAME)
    ActionItem.objects.filter(pk=item.pk).update(summary=DIRTY_TEXT)
    note = DIRTY_NOTE.replace("\x00", "") if connection.vendor == "postgresql" else DIRTY_NOTE
    StatusUpdate.objects.create(
        item=item, old_status=item.status, new_status=item.status, note=note
    )
    return item


def _get(client, user, name, *args, **params):
    client.force_login(user)
    response = client.get(reverse(name, args=args), params)
    assert response.status_code == 200
    return response


def test_the_csv_export_writes_stored_text_cleaned(client, viewer, dirty):
    text = _get(client, viewer, "decisions:items_export_csv").content.decode("utf-8-sig")
    assert strip_unsafe(DIRTY_NOTE) in text
    assert strip_unsafe(DIRTY_TEXT) in text
    assert "\x00" not in text and "\u202e" not in text and "\x0b" not in text


def test_the_xlsx_export_writes_stored_text_cleaned(client, viewer, dirty):
    response = _get(client, viewer, "decisions:items_export_xlsx")
    ws = load_workbook(io.BytesIO(response.content)).active
    row = [c.value for c in ws[2]]
    assert row[0] == dirty.pk
    assert row[3] == strip_unsafe(DIRTY_TEXT)
    assert row[4] == strip_unsafe(DIRTY_NAME)
    assert row[9] == strip_unsafe(DIRTY_NOTE)


def test_the_followup_docx_writes_stored_text_cleaned(client, viewer, dirty):
    report = dirty.decision.report
    response = _get(client, viewer, "decisions:report_followup_docx", report.pk, lang="en")
    text = docx_text(response.content)
    assert strip_unsafe(DIRTY_TEXT) in text
    assert strip_unsafe(DIRTY_NAME) in text
    assert strip_unsafe(DIRTY_NOTE) in text
    assert "\u202e" not in text
    assert Document(io.BytesIO(response.content))  # a file Word can open


def test_the_followup_pdf_writes_stored_text_cleaned(client, viewer, dirty):
    report = dirty.decision.report
    response = _get(client, viewer, "decisions:report_followup_pdf", report.pk, lang="en")
    flat = " ".join(pdf_text(response.content).split())
    assert " ".join(strip_unsafe(DIRTY_NOTE).split()) in flat
    assert "\u202e" not in flat


def test_the_calendar_feed_writes_stored_text_cleaned(client, viewer, dirty):
    token = CalendarToken.objects.create(user=viewer)
    response = client.get(reverse("decisions:calendar_all", args=[token.key]))
    assert response.status_code == 200
    from icalendar import Calendar

    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert strip_unsafe(DIRTY_NAME) in str(event["summary"])
    assert strip_unsafe(DIRTY_TEXT) in str(event["description"])
    raw = response.content.decode()
    assert not any(c in raw for c in "\x00\x01\x02\x07\x0b\x0c\x1f\u202e")
