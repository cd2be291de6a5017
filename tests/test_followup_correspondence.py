"""The follow-up report cites the correspondence about each item: the note
verbale, its reminders, the reply or how long one has been awaited; in
English, French and Arabic; only for readers who may see the letters."""

from __future__ import annotations

import datetime
import io
from collections import Counter

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone
from docx import Document
from docx.oxml.ns import qn

from decisions.correspondence import followup_letters
from decisions.correspondence import services as correspondence
from decisions.models import ActionItem, LetterKind, Report
from decisions.reporting import followup, followup_files
from decisions.reporting.views import letters_scope
from tests.factory import make_body, make_decision, make_item, make_report, make_user
from tests.test_followup import docx_text, pdf_text

pytestmark = pytest.mark.django_db

AS_OF = datetime.date(2018, 3, 3)
MALI_CITATION = "Note verbale OIC/GS/2017/123 of 2 October 2017; reply of 15 November 2017"
NIGER_SENT = (
    "Note verbale OIC/GS/2017/124 of 1 October 2017; reminder OIC/GS/2017/140 of 1 December 2017"
)
NIGER_PENDING = "no reply as of 3 March 2018 (awaited for 153 days)"
VIEWS = ["decisions:report_followup_pdf", "decisions:report_followup_docx"]


@pytest.fixture
def mali(db):
    return make_body("fc-mali", name_en="Mali", name_fr="Mali", name_ar="مالي")


@pytest.fixture
def niger(db):
    return make_body("fc-niger", name_en="Niger", name_fr="Niger", name_ar="النيجر")


@pytest.fixture
def report(mali, niger) -> Report:
    report = make_report("OIC/ACM-2017/FC-REP", meeting="Contact Group", place="Jeddah")
    make_item(make_decision(report, number="1"), owner=mali)
    make_item(make_decision(report, number="2"), owner=niger)
    make_item(make_decision(report, number="3"), owner=mali)  # no letter about it
    return report


def item(report: Report, number: str) -> ActionItem:
    return ActionItem.objects.get(decision__report=report, decision__number=number)


def send(reference, sent_on, *, to, items=(), chases=None, by=None, kind=LetterKind.NOTE_VERBALE):
    return correspondence.letter_record(
        reference=reference,
        sent_on=sent_on,
        subject="Implementation of the Contact Group's decisions",
        recipients=to,
        items=items,
        chases=chases,
        kind=kind,
        by=by,
    )


@pytest.fixture
def letters(report, mali, niger, editor):
    """Mali was written to about ¶1 and replied; Niger was written to about
    ¶2, reminded, and has not replied."""
    to_mali = send(
        "OIC/GS/2017/123", datetime.date(2017, 10, 2), to=[mali], items=[item(report, "1")]
    )
    correspondence.reply_record(
        letter=to_mali, sender=mali, received_on=datetime.date(2017, 11, 15), by=editor
    )
    to_niger = send(
        "OIC/GS/2017/124", datetime.date(2017, 10, 1), to=[niger], items=[item(report, "2")]
    )
    send("OIC/GS/2017/140", datetime.date(2017, 12, 1), to=[niger], chases=to_niger)
    return to_mali, to_niger


@pytest.fixture
def mali_focal(mali):
    user = make_user("fc-mali-focal", groups=("focal points",))
    mali.focal_points.add(user)
    return user


def cited(doc: followup.FollowUp) -> dict[str, list[str]]:
    """Paragraph number -> the text of each citation of its (one) item."""
    return {p.number: [c.text for c in p.items[0].letters] for p in doc.paragraphs}


def build(report, lang="en", scope=followup_letters.ALL):
    return followup.followup_build(report, lang, AS_OF, correspondence=scope)


def flat(text: str) -> str:
    return " ".join(text.split())


# --- What is cited --------------------------------------------------------------


def test_each_item_cites_its_letters_the_reply_and_the_reminders(report, letters):
    assert cited(build(report)) == {
        "1": [MALI_CITATION],
        "2": [f"{NIGER_SENT}; {NIGER_PENDING}"],
        "3": [],
    }


def test_what_awaits_a_reply_is_marked_apart(report, letters):
    (niger,) = build(report).paragraphs[1].items[0].letters
    assert niger.pending == NIGER_PENDING
    (mali,) = build(report).paragraphs[0].items[0].letters
    assert mali.pending == ""


def test_a_reply_to_the_reminder_answers_the_first_letter(report, letters, niger, editor):
    _, to_niger = letters
    reminder = to_niger.chasers.get()
    correspondence.reply_record(
        letter=reminder, sender=niger, received_on=datetime.date(2018, 1, 10), by=editor
    )
    assert cited(build(report))["2"] == [f"{NIGER_SENT}; reply of 10 January 2018"]


def test_the_exchange_reads_in_the_order_it_happened(report, mali, editor):
    first = send(
        "OIC/GS/2017/200", datetime.date(2017, 10, 2), to=[mali], items=[item(report, "3")]
    )
    correspondence.reply_record(
        letter=first, sender=mali, received_on=datetime.date(2017, 11, 1), by=editor
    )
    send(
        "OIC/GS/2018/7", datetime.date(2018, 1, 5), to=[mali], chases=first, kind=LetterKind.LETTER
    )
    assert cited(build(report))["3"] == [
        "Note verbale OIC/GS/2017/200 of 2 October 2017; reply of 1 November 2017; "
        "reminder OIC/GS/2018/7 of 5 January 2018"
    ]


def test_two_exchanges_about_one_item_are_cited_oldest_first(report, mali):
    send("OIC/GS/2018/9", datetime.date(2018, 2, 1), to=[mali], items=[item(report, "3")])
    send(
        "OIC/GS/2017/9",
        datetime.date(2017, 12, 1),
        to=[mali],
        items=[item(report, "3")],
        kind=LetterKind.LETTER,
    )
    assert cited(build(report))["3"] == [
        "Letter OIC/GS/2017/9 of 1 December 2017; "
        "no reply as of 3 March 2018 (awaited for 92 days)",
        "Note verbale OIC/GS/2018/9 of 1 February 2018; "
        "no reply as of 3 March 2018 (awaited for 30 days)",
    ]


def test_a_letter_to_several_bodies_counts_the_owners_reply_only(report, mali, niger, editor):
    both = send(
        "OIC/GS/2017/300", datetime.date(2017, 10, 2), to=[mali, niger], items=[item(report, "3")]
    )
    correspondence.reply_record(
        letter=both, sender=niger, received_on=datetime.date(2017, 10, 20), by=editor
    )
    assert cited(build(report))["3"] == [
        "Note verbale OIC/GS/2017/300 of 2 October 2017; "
        "no reply as of 3 March 2018 (awaited for 152 days)"
    ]


def test_a_letter_to_a_partner_names_who_replied(report, niger, editor):
    about = send(
        "OIC/GS/2017/301", datetime.date(2017, 10, 2), to=[niger], items=[item(report, "3")]
    )
    correspondence.reply_record(
        letter=about, sender=niger, received_on=datetime.date(2017, 10, 20), by=editor
    )
    assert cited(build(report))["3"] == [
        "Note verbale OIC/GS/2017/301 of 2 October 2017; reply from Niger of 20 October 2017"
    ]


# --- Languages --------------------------------------------------------------------


def test_in_french_with_french_dates(report, letters):
    assert cited(build(report, "fr")) == {
        "1": ["Note verbale OIC/GS/2017/123 du 2 octobre 2017; réponse du 15 novembre 2017"],
        "2": [
            "Note verbale OIC/GS/2017/124 du 1er octobre 2017; "
            "rappel OIC/GS/2017/140 du 1er décembre 2017; "
            "pas de réponse au 3 mars 2018 (en attente depuis 153 jours)"
        ],
        "3": [],
    }


def test_in_arabic_with_arabic_months_and_separator(report, letters):
    assert cited(build(report, "ar")) == {
        "1": ["مذكرة شفوية رقم OIC/GS/2017/123 بتاريخ 2 أكتوبر 2017؛ رد بتاريخ 15 نوفمبر 2017"],
        "2": [
            "مذكرة شفوية رقم OIC/GS/2017/124 بتاريخ 1 أكتوبر 2017؛ "
            "تذكير رقم OIC/GS/2017/140 بتاريخ 1 ديسمبر 2017؛ "
            "لا رد حتى 3 مارس 2018 (في الانتظار منذ 153 يومًا)"
        ],
        "3": [],
    }


# --- The documents -----------------------------------------------------------------


def test_the_html_cites_the_letters_under_each_item(report, letters):
    html = followup_files.followup_html(build(report))
    assert "<strong>Correspondence:</strong>" in html
    assert MALI_CITATION in html
    assert f'{NIGER_SENT}; <span class="awaiting">{NIGER_PENDING}</span>' in html
    assert html.count('class="citation"') == 2


def test_the_arabic_html_is_right_to_left(report, letters):
    html = followup_files.followup_html(build(report, "ar"))
    assert '<html lang="ar" dir="rtl">' in html
    assert "<strong>المراسلات:</strong>" in html
    assert "تذكير رقم OIC/GS/2017/140 بتاريخ 1 ديسمبر 2017" in html


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_editors_pdf_cites_the_letters(client, editor, report, letters, lang):
    client.force_login(editor)
    url = reverse("decisions:report_followup_pdf", args=[report.pk])
    text = flat(pdf_text(client.get(url, {"lang": lang}).content))
    today = followup._date(timezone.localdate(), lang)
    days = (timezone.localdate() - datetime.date(2017, 10, 1)).days
    if lang == "en":
        assert MALI_CITATION in text
        assert NIGER_SENT in text
        assert f"no reply as of {today} (awaited for {days} days)" in text
    else:
        assert "Note verbale OIC/GS/2017/123 du 2 octobre 2017; réponse du 15 novembre 2017" in text
        assert "rappel OIC/GS/2017/140 du 1er décembre 2017" in text
        assert f"pas de réponse au {today} (en attente depuis {days} jours)" in text


def test_the_arabic_pdf_cites_the_letters_in_arabic(client, editor, report, letters):
    client.force_login(editor)
    url = reverse("decisions:report_followup_pdf", args=[report.pk])
    response = client.get(url, {"lang": "ar"})
    assert response["Content-Disposition"].endswith('-followup-ar.pdf"')
    text = pdf_text(response.content)
    # The references keep their order; shaped Arabic comes out in visual
    # order, so its words are compared by their letters.
    for reference in ("OIC/GS/2017/123", "OIC/GS/2017/124", "OIC/GS/2017/140"):
        assert reference in text
    arabic = Counter(c for c in text if "\u0600" <= c <= "\u06ff")
    for word in ("مذكرة", "شفوية", "تذكير", "بتاريخ", "المراسلات"):
        assert all(arabic[c] >= n for c, n in Counter(word).items()), word


def test_the_editors_docx_cites_the_letters(client, editor, report, letters):
    client.force_login(editor)
    url = reverse("decisions:report_followup_docx", args=[report.pk])
    text = docx_text(client.get(url, {"lang": "en"}).content)
    assert f"Correspondence: {MALI_CITATION}" in text
    assert f"Correspondence: {NIGER_SENT}; no reply as of" in text


def test_the_arabic_docx_is_right_to_left_and_cites_in_arabic(client, editor, report, letters):
    client.force_login(editor)
    url = reverse("decisions:report_followup_docx", args=[report.pk])
    content = client.get(url, {"lang": "ar"}).content
    assert (
        "المراسلات: مذكرة شفوية رقم OIC/GS/2017/123 بتاريخ 2 أكتوبر 2017؛ رد بتاريخ 15 نوفمبر 2017"
        in docx_text(content)
    )
    document = Document(io.BytesIO(content))
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None
    for paragraph in document.paragraphs:
        p_pr = paragraph._p.pPr
        tags = [child.tag for child in p_pr] if p_pr is not None else []
        if paragraph.text.startswith("The meeting requests"):
            # The report's own (English) words stay left to right.
            assert qn("w:bidi") not in tags, paragraph.text
            continue
        assert qn("w:bidi") in tags, paragraph.text
        # In the schema's order, or Word refuses the file.
        assert tags.index(qn("w:bidi")) < tags.index(qn("w:jc")), paragraph.text
    citation = next(p for p in document.paragraphs if "OIC/GS/2017/123" in p.text)
    assert all(run._r.rPr.find(qn("w:rtl")) is not None for run in citation.runs)


# --- Who sees the correspondence ----------------------------------------------------------


@pytest.mark.parametrize("name", VIEWS)
def test_a_viewer_gets_the_report_without_the_correspondence(client, viewer, report, letters, name):
    client.force_login(viewer)
    response = client.get(reverse(name, args=[report.pk]), {"lang": "en"})
    assert response.status_code == 200
    text = pdf_text(response.content) if name.endswith("pdf") else docx_text(response.content)
    assert "Paragraph 2" in text
    assert "OIC/GS/" not in text
    assert "Correspondence" not in text


def test_a_focal_point_sees_only_the_letters_to_its_bodies(client, mali_focal, report, letters):
    client.force_login(mali_focal)
    url = reverse("decisions:report_followup_docx", args=[report.pk])
    text = docx_text(client.get(url, {"lang": "en"}).content)
    assert MALI_CITATION in text
    assert "OIC/GS/2017/124" not in text
    assert "OIC/GS/2017/140" not in text


def test_a_focal_point_does_not_see_another_bodys_reply_to_a_shared_letter(
    report, mali, niger, mali_focal, editor
):
    shared = send(
        "OIC/GS/2017/400", datetime.date(2017, 10, 2), to=[mali, niger], items=[item(report, "2")]
    )
    correspondence.reply_record(
        letter=shared, sender=niger, received_on=datetime.date(2017, 10, 20), by=editor
    )
    doc = build(report, scope=letters_scope(mali_focal))
    # The letter went to Mali too; Niger's reply is not Mali's to read.
    assert cited(doc)["2"] == [
        "Note verbale OIC/GS/2017/400 of 2 October 2017; "
        "no reply as of 3 March 2018 (awaited for 152 days)"
    ]


def test_the_readers_scopes(editor, viewer, mali_focal, mali):
    assert letters_scope(editor) == followup_letters.ALL
    assert letters_scope(viewer) is None
    assert letters_scope(mali_focal) == frozenset({mali.pk})
    assert letters_scope(AnonymousUser()) is None


def test_without_a_scope_nothing_is_cited(report, letters):
    assert cited(build(report, scope=None)) == {"1": [], "2": [], "3": []}


@pytest.mark.parametrize("name", VIEWS)
def test_the_public_never_gets_the_correspondence(client, settings, report, letters, name):
    """PUBLIC_READ opens the progress pages, not the follow-up report: it
    holds internal notes and the correspondence. Anonymous visitors are sent
    to log in, and the report page does not offer them the download."""
    settings.PUBLIC_READ = True
    response = client.get(reverse(name, args=[report.pk]), {"lang": "en"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert b"OIC/GS/" not in response.content
    page = client.get(report.get_absolute_url())
    assert page.status_code == 200
    assert reverse(name, args=[report.pk]).encode() not in page.content


def test_the_report_page_offers_the_report_in_three_languages_to_signed_in_users(
    client, viewer, report
):
    client.force_login(viewer)
    page = client.get(report.get_absolute_url()).content.decode()
    for name in VIEWS:
        for lang in followup.LANGUAGES:
            assert f'{reverse(name, args=[report.pk])}?lang={lang}"' in page


# --- The cached file follows the correspondence ------------------------------------------


@pytest.mark.parametrize("name", VIEWS)
def test_a_reply_recorded_makes_a_new_file(client, editor, report, letters, niger, builds, name):
    client.force_login(editor)
    url = reverse(name, args=[report.pk])
    client.get(url, {"lang": "en"})
    client.get(url, {"lang": "en"})
    assert len(builds) == 1
    correspondence.reply_record(
        letter=letters[1], sender=niger, received_on=datetime.date(2018, 2, 2), by=editor
    )
    response = client.get(url, {"lang": "en"})
    assert len(builds) == 2
    text = flat(pdf_text(response.content) if name.endswith("pdf") else docx_text(response.content))
    assert f"{NIGER_SENT}; reply of 2 February 2018" in text


def test_a_letter_or_a_reminder_recorded_makes_a_new_file(client, editor, report, mali, builds):
    client.force_login(editor)
    url = reverse("decisions:report_followup_docx", args=[report.pk]) + "?lang=en"
    assert "OIC/GS/" not in docx_text(client.get(url).content)
    first = send(
        "OIC/GS/2017/500", datetime.date(2017, 10, 2), to=[mali], items=[item(report, "1")]
    )
    assert "OIC/GS/2017/500" in docx_text(client.get(url).content)
    send("OIC/GS/2017/501", datetime.date(2017, 11, 2), to=[mali], chases=first)
    assert "reminder OIC/GS/2017/501 of 2 November 2017" in docx_text(client.get(url).content)
    assert len(builds) == 3


def test_the_secretariat_and_the_others_get_separate_files(
    client, editor, viewer, report, letters, builds
):
    url = reverse("decisions:report_followup_docx", args=[report.pk])
    client.force_login(editor)
    assert "OIC/GS/2017/123" in docx_text(client.get(url).content)
    client.force_login(viewer)
    assert "OIC/GS/2017/123" not in docx_text(client.get(url).content)
    assert len(builds) == 2


def test_a_cached_download_with_correspondence_costs_a_fixed_number_of_queries(
    client, editor, report, letters, django_assert_num_queries
):
    client.force_login(editor)
    url = reverse("decisions:report_followup_docx", args=[report.pk])
    client.get(url)
    # session, user, role check (groups); report; the secretariat check
    # (user and group permissions); items' stamp and count; letters' stamp; the
    # stamp of the meeting's series ("since the last meeting")
    with django_assert_num_queries(10):
        client.get(url)


def test_no_text_says_awaiting_for():
    """'awaiting for 59 days' is not English: a reply is awaited for 59 days."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sources = [*root.joinpath("decisions").rglob("*.py"), *root.joinpath("templates").rglob("*")]
    for path in sources:
        if path.is_file():
            assert "awaiting for" not in path.read_text(encoding="utf-8"), path
