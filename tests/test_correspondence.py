"""The correspondence log (letters, chasers, replies, what awaits a reply)
and the note verbale draft."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from docx import Document

from decisions.correspondence import notes_verbales
from decisions.correspondence import services as correspondence
from decisions.evidence import services as evidence
from decisions.models import Body, DecisionTranslation, Evidence, Letter, Reply
from tests.factory import make_body, make_decision, make_item, make_report, make_user

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def body(db):
    return make_body(
        "cor-mali", name_en="Mali", name_fr="Mali", name_ar="مالي", kind="national_government"
    )


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
    return correspondence.letter_record(
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
        "items": [item.pk],
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
        ({"items": ["abc"]}, "is not a valid value"),
        ({"items": ["999999"]}, "Select a valid choice. 999999 is not one of the available"),
        ({"items": [str(i) for i in range(1, 502)]}, "Choose at most 500."),
        ({"recipients": [str(i) for i in range(1, 202)]}, "Choose at most 200."),
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
    correspondence.reply_record(letter=chaser, sender=body, received_on=days_ago(3), by=editor)
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
    evidence.evidence_add(by=editor, files=[SimpleUploadedFile("nv.pdf", PDF)], letter=sent)
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
        (
            "fr",
            [
                "NOTE VERBALE",
                "Demande au Mali",
                "de l'Organisation de la Coopération Islamique présente ses compliments à la "
                "Mission permanente du Mali auprès de l'Organisation de la Coopération Islamique "
                "et a l'honneur",
                "Le Secrétariat général saurait gré à la Mission permanente du Mali de bien "
                "vouloir lui communiquer des informations",
                "saisit cette occasion pour renouveler à la Mission permanente du Mali auprès de "
                "l'Organisation de la Coopération Islamique les assurances de sa très haute "
                "considération.",
                "Djeddah, le 29 novembre 2026",
            ],
        ),
        (
            "en",
            [
                "NOTE VERBALE",
                "Requests Mali to report",
                "presents its compliments to the Permanent Mission of Mali to the Organisation "
                "of Islamic Cooperation and has the honour",
                "The General Secretariat would be grateful if the Permanent Mission of Mali "
                "would kindly provide it with information",
                "avails itself of this opportunity to renew to the Permanent Mission of Mali to "
                "the Organisation of Islamic Cooperation the assurances of its highest "
                "consideration.",
                "Jeddah, 29 November 2026",
            ],
        ),
        (
            "ar",
            [
                "مذكرة شفوية",
                "يطلب من مالي تقديم تقرير.",
                "أطيب تحياتها إلى البعثة الدائمة لمالي لدى منظمة التعاون الإسلامي، وتتشرف",
                "وترجو الأمانة العامة من البعثة الدائمة لمالي التكرم بموافاتها",
                "هذه الفرصة لتعرب مجددًا للبعثة الدائمة لمالي لدى منظمة التعاون الإسلامي عن "
                "أسمى آيات تقديرها واحترامها.",
                "جدة في 29 نوفمبر 2026",
            ],
        ),
    ],
)
def test_the_note_verbale_draft_lists_the_open_items(
    client, editor, item, body, lang, expected, monkeypatch
):
    monkeypatch.setattr(timezone, "localdate", lambda *args: datetime.date(2026, 11, 29))
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
    assert "2026-11-29" not in text
    bidi = document.element.body.xpath(".//w:pPr/w:bidi")
    assert bool(bidi) == (lang == "ar")


BANK = ("Islamic Development Bank", "Banque islamique de développement", "البنك الإسلامي للتنمية")


@pytest.mark.parametrize(
    ("names", "kind", "lang", "to", "short"),
    [
        (BANK,
         "oic_institution", "fr", "à la Banque islamique de développement",
         "à la Banque islamique de développement"),
        (BANK,
         "oic_institution", "en", "the Islamic Development Bank", "the Islamic Development Bank"),
        (BANK,
         "oic_institution", "ar", "البنك الإسلامي للتنمية", "البنك الإسلامي للتنمية"),
        (("African Union", "Union africaine", "الاتحاد الأفريقي"),
         "external_partner", "fr", "à l'Union africaine", "à l'Union africaine"),
        (("Islamic Solidarity Fund", "Fonds de solidarité islamique", "صندوق التضامن الإسلامي"),
         "oic_institution", "fr", "au Fonds de solidarité islamique",
         "au Fonds de solidarité islamique"),
        (("Armed groups", "Groupes armés", "الجماعات المسلحة"),
         "non_state_party", "fr", "aux groupes armés", "aux groupes armés"),
        (("Member States", "États membres", "الدول الأعضاء"), "member_states", "fr",
         "aux Missions permanentes des États membres auprès de l'Organisation de la Coopération "
         "Islamique", "aux Missions permanentes des États membres"),
        (("Member States", "États membres", "الدول الأعضاء"), "member_states", "en",
         "the Permanent Missions of the Member States to the Organisation of Islamic Cooperation",
         "the Permanent Missions of the Member States"),
        (("Member States", "États membres", "الدول الأعضاء"), "member_states", "ar",
         "البعثات الدائمة للدول الأعضاء لدى منظمة التعاون الإسلامي",
         "البعثات الدائمة للدول الأعضاء"),
        (("Government of Mali", "Gouvernement du Mali", "حكومة مالي"), "national_government",
         "fr", "à la Mission permanente du Mali auprès de l'Organisation de la Coopération "
         "Islamique", "à la Mission permanente du Mali"),
        (("Government of Mali", "Gouvernement du Mali", "حكومة مالي"), "national_government",
         "en", "the Permanent Mission of Mali to the Organisation of Islamic Cooperation",
         "the Permanent Mission of Mali"),
        (("Government of Mali", "Gouvernement du Mali", "حكومة مالي"), "national_government",
         "ar", "البعثة الدائمة لمالي لدى منظمة التعاون الإسلامي", "البعثة الدائمة لمالي"),
        (("Egypt", "Égypte", "مصر"), "national_government", "fr",
         "à la Mission permanente de l'Égypte auprès de l'Organisation de la Coopération "
         "Islamique", "à la Mission permanente de l'Égypte"),
    ],
)  # fmt: skip
def test_the_note_names_its_addressee_as_notes_verbales_do(names, kind, lang, to, short):
    body = Body(name_en=names[0], name_fr=names[1], name_ar=names[2], kind=kind)
    words = notes_verbales.addressee(body, lang)
    assert (words["to"], words["short"]) == (to, short)


def test_the_arabic_closing_joins_its_preposition_to_the_addressee():
    bank = Body(name_en="Islamic Development Bank", name_ar="البنك الإسلامي للتنمية")
    assert notes_verbales.addressee(bank, "ar")["to_li"] == "للبنك الإسلامي للتنمية"
    state = Body(name_en="Mali", name_ar="مالي", kind="national_government")
    assert notes_verbales.addressee(state, "ar")["to_li"] == (
        "للبعثة الدائمة لمالي لدى منظمة التعاون الإسلامي"
    )


def test_a_paragraph_quoted_in_another_language_keeps_its_direction(body, item):
    report = make_report("OIC/CFM-51/REP", language="fr")
    french_only = make_decision(report, number="4", text="Invite le Mali à participer.")
    make_item(french_only, owner=body)
    data = notes_verbales.note_verbale_docx(body=body, language="ar")
    paragraphs = {p.text: p for p in Document(io.BytesIO(data)).paragraphs}
    assert paragraphs["Invite le Mali à participer."]._p.xpath("./w:pPr/w:bidi") == []
    assert paragraphs["يطلب من مالي تقديم تقرير."]._p.xpath("./w:pPr/w:bidi")
    # And the other way round: Arabic quoted in a French note.
    arabic = make_report("OIC/CFM-52/REP", language="ar")
    make_item(make_decision(arabic, number="5", text="يدعو مالي إلى المشاركة."), owner=body)
    data = notes_verbales.note_verbale_docx(body=body, language="fr")
    paragraphs = {p.text: p for p in Document(io.BytesIO(data)).paragraphs}
    assert paragraphs["يدعو مالي إلى المشاركة."]._p.xpath("./w:pPr/w:bidi")
    assert paragraphs["Invite le Mali à participer."]._p.xpath("./w:pPr/w:bidi") == []


@pytest.mark.parametrize(
    ("day", "lang", "written"),
    [
        (datetime.date(2026, 11, 29), "fr", "29 novembre 2026"),
        (datetime.date(2026, 12, 1), "fr", "1er décembre 2026"),
        (datetime.date(2026, 8, 15), "en", "15 August 2026"),
        (datetime.date(2026, 2, 1), "ar", "1 فبراير 2026"),
    ],
)
def test_the_date_is_written_out_in_the_letters_language(day, lang, written):
    # Whatever language the interface is in.
    with translation.override("en"):
        assert notes_verbales.written_date(day, lang) == written


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


def out_of_schema_order(data: bytes) -> list[str]:
    """Every w:bidi / w:rtl that some element the schema puts after it precedes
    (Word reports such a file as damaged)."""
    from docx.oxml.ns import qn

    from decisions.formats.docx_bidi import AFTER_BIDI

    body = Document(io.BytesIO(data)).element
    wrong = []
    for kind, tag in (("sectPr", "w:bidi"), ("pPr", "w:bidi"), ("rPr", "w:rtl")):
        followers = {qn(name) for name in AFTER_BIDI[kind]}
        for mark in body.iter(qn(tag)):
            if mark.getparent().tag != qn(f"w:{kind}"):
                continue
            before = [el.tag for el in mark.itersiblings(preceding=True)]
            wrong.extend(f"{kind}: {t} before {tag}" for t in before if t in followers)
    return wrong


def test_the_arabic_draft_puts_its_direction_marks_where_word_expects_them(body, item):
    data = notes_verbales.note_verbale_docx(body=body, language="ar")
    assert Document(io.BytesIO(data)).element.xpath(".//w:pPr/w:bidi")
    assert out_of_schema_order(data) == []


# --- Reaching the correspondence from where the work is (issue 20) -------------


def test_the_body_page_links_editors_to_its_correspondence_and_note_verbale(
    client, editor, body, item
):
    client.force_login(editor)
    page = client.get(body.get_absolute_url()).content.decode()
    assert reverse("decisions:body_correspondence", args=[body.slug]) in page
    assert reverse("decisions:note_verbale_docx", args=[body.slug]) + "?lang=fr" in page
    assert reverse("decisions:letter_new") + f"?recipients={body.pk}" in page


def test_the_item_page_links_to_a_letter_with_the_body_and_the_item(client, editor, body, item):
    client.force_login(editor)
    page = client.get(item.get_absolute_url()).content.decode()
    assert reverse("decisions:body_correspondence", args=[body.slug]) in page
    assert reverse("decisions:note_verbale_docx", args=[body.slug]) + "?lang=ar" in page
    new = reverse("decisions:letter_new") + f"?recipients={body.pk}&amp;items={item.pk}"
    assert new in page


def test_a_focal_point_is_linked_to_its_bodys_correspondence_but_not_to_drafts(
    client, focal, body, item
):
    client.force_login(focal)
    for url in (body.get_absolute_url(), item.get_absolute_url()):
        page = client.get(url).content.decode()
        assert reverse("decisions:body_correspondence", args=[body.slug]) in page
        assert reverse("decisions:note_verbale_docx", args=[body.slug]) not in page
        assert reverse("decisions:letter_new") not in page


def test_viewers_and_other_focal_points_get_no_correspondence_link(
    client, viewer, other_focal, body, item
):
    for user in (viewer, other_focal):
        client.force_login(user)
        for url in (body.get_absolute_url(), item.get_absolute_url()):
            page = client.get(url).content.decode()
            assert reverse("decisions:body_correspondence", args=[body.slug]) not in page


def test_record_a_letter_arrives_with_the_recipient_and_the_item_filled_in(
    client, editor, body, other, item
):
    client.force_login(editor)
    url = reverse("decisions:letter_new")
    response = client.get(url, {"recipients": body.pk, "items": item.pk})
    form = response.context["form"]
    assert list(form.initial["recipients"]) == [body.pk]
    assert form.initial["items"] == [item.pk]
    page = response.content.decode()
    assert f'name="recipients" value="{body.pk}"' in page
    assert re.search(rf'value="{body.pk}" id="id_recipients_\d+" checked', page)
    assert f'name="items" value="{item.pk}" id="id_items_0" checked' in page
    assert not re.search(rf'value="{other.pk}" id="id_recipients_\d+" checked', page)
    # The ticked recipient comes first in the list.
    recipients = page.split('id="recipients-list"')[1]
    assert recipients.index(f'value="{body.pk}"') < recipients.index(f'value="{other.pk}"')


def test_record_a_letter_drops_what_is_not_a_body_or_an_item(client, editor, body, item):
    client.force_login(editor)
    query = {"recipients": ["x", "99999999999999999999", "0"], "items": ["0", "999999"]}
    response = client.get(reverse("decisions:letter_new"), query)
    assert response.status_code == 200
    form = response.context["form"]
    assert "recipients" not in form.initial and "items" not in form.initial


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_the_note_verbale_is_on_a4_paper(client, editor, item, body, lang):
    from docx.shared import Cm

    client.force_login(editor)
    url = reverse("decisions:note_verbale_docx", args=[body.slug])
    document = Document(io.BytesIO(client.get(url, {"lang": lang}).content))
    for section in document.sections:
        # Word stores twentieths of a point: within one of them of 21 x 29.7 cm.
        assert abs(section.page_width - Cm(21)) < 635
        assert abs(section.page_height - Cm(29.7)) < 635


# --- Ticking items, every body, replies and threads from the letter (issue 20) ---


def test_the_letter_form_lists_the_recipients_open_items_to_tick(client, editor, body, item):
    closed = make_item(make_decision(item.decision.report, number="13"), owner=body)
    closed.status = "completed"
    closed.save()
    client.force_login(editor)
    page = client.get(reverse("decisions:letter_new"), {"recipients": body.pk}).content.decode()
    items = page.split('id="id_items_helptext"')[1].split("</fieldset>")[0]
    assert f'name="items" value="{item.pk}"' in items
    assert "¶12" in items and item.summary in items
    assert f'value="{closed.pk}"' not in items


def test_a_letter_about_two_ticked_items_is_recorded(client, editor, body, item):
    second = make_item(make_decision(item.decision.report, number="14"), owner=body)
    client.force_login(editor)
    data = {"kind": "letter", "reference": "OIC/GS/TICK", "sent_on": "2025-03-01",
            "subject": "Suivi", "recipients": [body.pk], "items": [item.pk, second.pk],
            "links": ""}  # fmt: skip
    assert client.post(reverse("decisions:letter_new"), data).status_code == 302
    assert set(Letter.objects.get().items.all()) == {item, second}


def test_a_body_still_to_be_reviewed_can_be_written_to(client, editor, body):
    unregistered = make_body("cor-unknown", name_en="Somebody", registered=False)
    client.force_login(editor)
    page = client.get(reverse("decisions:letter_new"), {"recipients": unregistered.pk})
    assert page.context["form"].initial["recipients"] == [unregistered.pk]
    assert "Somebody (to be reviewed)" in page.content.decode()
    data = {"kind": "letter", "reference": "OIC/GS/UNREG", "sent_on": "2025-03-01",
            "subject": "Suivi", "recipients": [unregistered.pk], "links": ""}  # fmt: skip
    assert client.post(reverse("decisions:letter_new"), data).status_code == 302
    assert list(Letter.objects.get().recipients.all()) == [unregistered]


def test_the_recipients_filter_is_a_static_script_and_hidden_without_it(client, editor, body):
    client.force_login(editor)
    page = client.get(reverse("decisions:letter_new")).content.decode()
    assert '<p class="pick-filter" hidden>' in page
    assert "/static/js/filter-list.js" in page
    assert "<script>" not in page


def test_a_chaser_starts_from_the_letter_it_chases(client, editor, body, other, item):
    first = letter(to=[body, other], items=[item])
    client.force_login(editor)
    response = client.get(reverse("decisions:letter_new"), {"chases": first.pk})
    initial = response.context["form"].initial
    assert initial["chases"] == first.pk
    assert sorted(initial["recipients"]) == sorted([body.pk, other.pk])
    assert initial["items"] == [item.pk]
    for bad in ("x", "0", "99999999999999999999999", "\x00"):
        assert client.get(reverse("decisions:letter_new"), {"chases": bad}).status_code == 200


def test_the_reply_form_on_a_letter_is_filled_in_with_who_is_awaited(client, editor, body, other):
    sent = letter(to=[body, other])
    correspondence.reply_record(letter=sent, sender=body, received_on=days_ago(3), by=editor)
    client.force_login(editor)
    response = client.get(sent.get_absolute_url())
    form = response.context["reply_form"]
    assert form.initial == {"sender": other.pk, "received_on": timezone.localdate()}
    page = response.content.decode()
    assert 'href="#reply-heading"' in page and "Record the reply" in page


def test_the_log_offers_to_record_the_reply_of_a_letter_awaited(client, editor, focal, body):
    sent = letter(to=[body])
    client.force_login(editor)
    link = f"{sent.get_absolute_url()}#reply-heading"
    assert link in client.get(reverse("decisions:correspondence_log")).content.decode()
    assert (
        link
        in client.get(reverse("decisions:body_correspondence", args=[body.slug])).content.decode()
    )
    client.force_login(focal)
    assert link not in client.get(reverse("decisions:correspondence_log")).content.decode()


def test_a_letters_page_shows_its_thread(client, editor, body, other):
    first = letter("OIC/GS/T1", to=[body, other], sent=60)
    chaser = letter("OIC/GS/T2", to=[body, other], sent=30, chases=first)
    chaser2 = letter("OIC/GS/T3", to=[body], sent=10, chases=chaser)
    correspondence.reply_record(
        letter=chaser, sender=body, received_on=days_ago(20), reference="MALI/77", by=editor
    )
    correspondence.reply_record(
        letter=first, sender=other, received_on=days_ago(50), reference="NIG/12", by=editor
    )
    client.force_login(editor)
    for shown in (first, chaser, chaser2):
        page = client.get(shown.get_absolute_url()).content.decode()
        thread = page.split('id="thread-heading"')[1].split("</section>")[0]
        order = ["OIC/GS/T1", "NIG/12", "OIC/GS/T2", "MALI/77", "OIC/GS/T3"]
        positions = [thread.index(ref) for ref in order]
        assert positions == sorted(positions), shown
        assert f'aria-current="page"><bdi>{shown.reference}</bdi>' in thread


def test_a_focal_point_sees_only_its_bodys_part_of_a_thread(client, editor, focal, body, other):
    first = letter("OIC/GS/F1", to=[body, other], sent=60)
    letter("OIC/GS/F2", to=[other], sent=30, chases=first)
    correspondence.reply_record(
        letter=first, sender=other, received_on=days_ago(50), reference="NIG/99", by=editor
    )
    client.force_login(focal)
    page = client.get(first.get_absolute_url()).content.decode()
    assert "OIC/GS/F2" not in page and "NIG/99" not in page
    assert "Record the reply" not in page


def test_the_body_correspondence_page_opens_the_letter_form_for_the_body(client, editor, body):
    client.force_login(editor)
    page = client.get(reverse("decisions:body_correspondence", args=[body.slug])).content.decode()
    assert f'{reverse("decisions:letter_new")}?recipients={body.pk}"' in page


@pytest.mark.parametrize("n_items", [3, 60])
def test_the_letter_form_runs_the_same_queries_whatever_the_number_of_items(
    client, editor, body, django_assert_num_queries, n_items
):
    report = make_report("OIC/Q/1")
    for n in range(n_items):
        make_item(make_decision(report, number=str(n + 1)), owner=body)
    letter("OIC/GS/Q", to=[body])
    client.force_login(editor)
    url = reverse("decisions:letter_new")
    client.get(url, {"recipients": body.pk})
    # session, user, role (read once for the request), permissions (2); the
    # bodies asked for; the open items' ids; the bodies to tick; the items
    # with their report and owner; the letters a chaser may chase
    with django_assert_num_queries(10):
        response = client.get(url, {"recipients": body.pk})
    assert response.content.decode().count('name="items"') == n_items
