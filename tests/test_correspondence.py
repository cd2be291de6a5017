"""The correspondence log (letters, chasers, replies, what awaits a reply)
and the note verbale draft."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from docx import Document

from decisions import services_workflow as workflow
from decisions.models import DecisionTranslation, Evidence, Letter, Reply
from tests.factory import make_body, make_decision, make_item, make_report, make_user

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def body(db):
    return make_body("cor-mali", name_en="Mali", name_fr="Mali", name_ar="مالي")


@pytest.fixture
def other(db):
    return make_body("cor-niger", name_en="Niger")


@pytest.fixture
def item(body):
    report = make_report("OIC/CFM-50/REP", language="fr")
    decision = make_decision(report, number="12", text="Demande au Mali de rendre compte.")
    DecisionTranslation.objects.create(
        decision=decision, language="ar", text="يطلب من مالي تقديم تقرير."
    )
    DecisionTranslation.objects.create(
        decision=decision, language="en", text="Requests Mali to report back."
    )
    return make_item(decision, owner=body)


@pytest.fixture
def focal(body):
    user = make_user("corfocal", groups=("focal points",))
    body.focal_points.add(user)
    return user


@pytest.fixture
def other_focal(other):
    user = make_user("corother", groups=("focal points",))
    other.focal_points.add(user)
    return user


def days_ago(n: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=n)


def letter(ref="OIC/GS/2025/001", *, to, sent=45, items=(), chases=None, by=None):
    return workflow.letter_record(
        reference=ref,
        sent_on=days_ago(sent),
        subject="Implementation of CFM resolutions",
        recipients=to,
        items=items,
        chases=chases,
        by=by,
    )


def test_an_editor_records_a_letter_with_its_file(client, editor, body, item):
    client.force_login(editor)
    data = {
        "kind": "note_verbale",
        "reference": "OIC/GS/2025/007",
        "sent_on": "2025-03-01",
        "subject": "Suivi des résolutions",
        "recipients": [body.pk],
        "item_ids": str(item.pk),
        "links": "",
        "files": [SimpleUploadedFile("nv.pdf", PDF)],
    }
    response = client.post(reverse("decisions:letter_new"), data)
    assert response.status_code == 302
    sent = Letter.objects.get()
    assert (sent.reference, sent.sent_on, sent.recorded_by) == (
        "OIC/GS/2025/007",
        datetime.date(2025, 3, 1),
        editor,
    )
    assert list(sent.recipients.all()) == [body]
    assert list(sent.items.all()) == [item]
    assert Evidence.objects.get().letter == sent


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"reference": "OIC/GS/DUP"}, "A letter with this reference is recorded."),
        ({"sent_on": "yesterday"}, "Enter a valid date."),
        ({"item_ids": "12, abc"}, "Give item numbers separated by commas."),
        ({"item_ids": "999999"}, "No action item 999999."),
        ({"subject": "x" * 501}, "at most 500 characters"),
        ({"recipients": []}, "This field is required."),
    ],
)
def test_bad_letters_get_400_with_a_message(client, editor, body, change, message):
    letter("OIC/GS/DUP", to=[body])
    client.force_login(editor)
    data = {
        "kind": "letter",
        "reference": "OIC/GS/NEW",
        "sent_on": "2025-03-01",
        "subject": "Subject",
        "recipients": [body.pk],
        "item_ids": "",
        "links": "",
        **change,
    }
    response = client.post(reverse("decisions:letter_new"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Letter.objects.count() == 1


@pytest.mark.parametrize("who", ["focal", "viewer"])
def test_only_editors_record_letters(client, focal, viewer, body, who):
    client.force_login(focal if who == "focal" else viewer)
    assert client.get(reverse("decisions:letter_new")).status_code == 403
    data = {"reference": "R", "sent_on": "2025-01-01", "subject": "S", "recipients": [body.pk]}
    assert client.post(reverse("decisions:letter_new"), data).status_code == 403
    assert not Letter.objects.exists()


def test_anonymous_visitors_go_to_log_in(client, body, settings):
    settings.PUBLIC_READ = True
    sent = letter(to=[body])
    for url in (
        reverse("decisions:correspondence_log"),
        reverse("decisions:letter_new"),
        sent.get_absolute_url(),
        reverse("decisions:body_correspondence", args=[body.slug]),
    ):
        assert client.get(url).status_code == 302, url


def test_the_log_says_how_long_a_reply_has_been_awaited(client, editor, body):
    letter(to=[body], sent=45)
    client.force_login(editor)
    page = client.get(reverse("decisions:correspondence_log")).content.decode()
    assert "awaiting a reply for 45 days" in page


def test_a_reply_to_a_chaser_answers_the_first_letter(client, editor, body, other):
    first = letter(to=[body, other], sent=60)
    chaser = letter("OIC/GS/2025/002", to=[body], sent=20, chases=first)
    workflow.reply_record(letter=chaser, sender=body, received_on=days_ago(3), by=editor)
    client.force_login(editor)
    page = client.get(first.get_absolute_url()).content.decode()
    assert "Mali: answered" in page
    assert "Niger: <strong" in page and "awaiting a reply for 60 days" in page
    assert "OIC/GS/2025/002" in page  # chased by
    body_page = client.get(reverse("decisions:body_correspondence", args=[body.slug]))
    assert "0 letters awaiting a reply." in body_page.content.decode()


def test_an_editor_records_a_reply(client, editor, body):
    sent = letter(to=[body])
    client.force_login(editor)
    url = reverse("decisions:reply_new", args=[sent.pk])
    data = {"sender": body.pk, "received_on": "2025-04-02", "summary": "رد الحكومة", "links": ""}
    assert client.post(url, data).status_code == 302
    reply = Reply.objects.get()
    assert (reply.sender, reply.summary, reply.recorded_by) == (body, "رد الحكومة", editor)
    assert client.get(url).status_code == 405


def test_a_reply_from_a_body_the_letter_was_not_sent_to_gets_400(client, editor, body, other):
    sent = letter(to=[body])
    client.force_login(editor)
    url = reverse("decisions:reply_new", args=[sent.pk])
    data = {"sender": other.pk, "received_on": "2025-04-02"}
    assert client.post(url, data).status_code == 400
    assert not Reply.objects.exists()


def test_a_focal_point_cannot_record_a_reply(client, focal, body):
    sent = letter(to=[body])
    client.force_login(focal)
    url = reverse("decisions:reply_new", args=[sent.pk])
    response = client.post(url, {"sender": body.pk, "received_on": "2025-04-02"})
    assert response.status_code == 403


def test_a_focal_point_sees_only_its_own_bodies_correspondence(
    client, focal, other_focal, body, other
):
    mine = letter("OIC/GS/MINE", to=[body])
    theirs = letter("OIC/GS/THEIRS", to=[other])
    client.force_login(focal)
    log = client.get(reverse("decisions:correspondence_log")).content.decode()
    assert "OIC/GS/MINE" in log
    assert "OIC/GS/THEIRS" not in log
    assert client.get(mine.get_absolute_url()).status_code == 200
    assert client.get(theirs.get_absolute_url()).status_code == 403
    url = reverse("decisions:body_correspondence", args=[other.slug])
    assert client.get(url).status_code == 403
    assert client.post(reverse("decisions:correspondence_log")).status_code == 405


def test_a_letters_file_is_for_its_recipients_focal_points_only(
    client, focal, other_focal, body, editor
):
    sent = letter(to=[body])
    workflow.evidence_add(by=editor, files=[SimpleUploadedFile("nv.pdf", PDF)], letter=sent)
    url = Evidence.objects.get().get_absolute_url()
    client.force_login(focal)
    assert client.get(url).status_code == 200
    client.force_login(other_focal)
    assert client.get(url).status_code == 403


def test_the_item_page_shows_its_letters_to_insiders_only(
    client, editor, viewer, body, item, settings
):
    letter("OIC/GS/ITEM", to=[body], items=[item])
    client.force_login(editor)
    assert "OIC/GS/ITEM" in client.get(item.get_absolute_url()).content.decode()
    client.force_login(viewer)
    assert "OIC/GS/ITEM" not in client.get(item.get_absolute_url()).content.decode()
    client.logout()
    settings.PUBLIC_READ = True
    assert "OIC/GS/ITEM" not in client.get(item.get_absolute_url()).content.decode()


# --- The note verbale draft ----------------------------------------------------


def _docx_text(data: bytes) -> tuple[str, Document]:
    document = Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs), document


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", ["NOTE VERBALE", "présente ses compliments à Mali", "Demande au Mali"]),
        ("en", ["NOTE VERBALE", "presents its compliments to Mali", "Requests Mali to report"]),
        ("ar", ["مذكرة شفوية", "مالي", "يطلب من مالي تقديم تقرير."]),
    ],
)
def test_the_note_verbale_draft_lists_the_open_items(client, editor, item, body, lang, expected):
    client.force_login(editor)
    url = reverse("decisions:note_verbale_docx", args=[body.slug])
    response = client.get(url, {"lang": lang})
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="note-verbale-cor-mali-{lang}.docx"'
    )
    text, document = _docx_text(response.content)
    for phrase in expected:
        assert phrase in text
    assert "OIC/CFM-50/REP" in text
    bidi = document.element.body.xpath(".//w:pPr/w:bidi")
    assert bool(bidi) == (lang == "ar")


def test_the_draft_leaves_out_closed_items(client, editor, item, body):
    item.status = "completed"
    item.save()
    client.force_login(editor)
    url = reverse("decisions:note_verbale_docx", args=[body.slug])
    text, _ = _docx_text(client.get(url, {"lang": "en"}).content)
    assert "OIC/CFM-50/REP" not in text
    assert "(No open item.)" in text


def test_the_draft_is_for_editors_and_refuses_an_unknown_language(client, editor, focal, body):
    url = reverse("decisions:note_verbale_docx", args=[body.slug])
    client.force_login(focal)
    assert client.get(url).status_code == 403
    client.force_login(editor)
    assert client.get(url, {"lang": "xx"}).status_code == 400
    assert client.post(url).status_code == 405
