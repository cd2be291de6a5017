"""Letters in their own language: a note verbale or a follow-up report in a
language quotes each paragraph from the report's version in that language
when one was imported, else the original, marked with its language."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from docx import Document

from decisions.correspondence import notes_verbales
from decisions.intake import importing
from decisions.models import ActionItem, Body, DecisionTranslation, Report
from decisions.reporting import followup, followup_files
from tests.factory import MALI_REPORT, make_body, make_decision, make_item, make_report
from tests.test_followup import pdf_text
from tests.test_translations import MALI_EN

pytestmark = pytest.mark.django_db

# Paragraph xiv, as each version words it.
EN_XIV = "requested the Secretary-General to send to Mali as soon as possible"
FR_XIV = "demandé au Secrétaire général d'envoyer au Mali le plus tôt possible"
AR_XIV = "طلب الاجتماع من الأمين العام إرسال بعثة إلى مالي في أقرب وقت ممكن."


@pytest.fixture
def english() -> Report:
    """The Mali report imported in English, with no other version."""
    importing.report_import(text=MALI_EN, source_name="mali.en.md")
    report = Report.objects.get()
    assert report.language == "en"
    return report


def import_french() -> None:
    result = importing.report_import(text=MALI_REPORT.read_text("utf-8"), source_name="mali.fr.md")
    assert result.translation_of is not None and result.linked_paragraphs == 14


def add_arabic(report: Report) -> None:
    """An Arabic version of paragraph xiv only."""
    decision = report.decisions.get(number="xiv")
    DecisionTranslation.objects.create(decision=decision, language="ar", text=AR_XIV)


def owner_of_xiv() -> Body:
    return ActionItem.objects.select_related("owner").get(decision__number="xiv").owner


def paragraphs(data: bytes) -> list:
    return list(Document(io.BytesIO(data)).paragraphs)


def the_paragraph(data: bytes, words: str):
    found = [p for p in paragraphs(data) if words in p.text]
    assert len(found) == 1, [p.text for p in found]
    return found[0]


def right_to_left(paragraph) -> bool:
    return bool(paragraph._p.xpath("./w:pPr/w:bidi"))


def flat(text: str) -> str:
    return " ".join(text.split())


# --- The note verbale -----------------------------------------------------------------


def test_a_french_note_quotes_the_french_version_of_an_english_report(english):
    import_french()
    data = notes_verbales.note_verbale_docx(body=owner_of_xiv(), language="fr")
    text = "\n".join(p.text for p in paragraphs(data))
    assert FR_XIV in text
    assert EN_XIV not in text
    assert "[original" not in text


def test_without_a_french_version_a_french_note_quotes_the_english_marked(english):
    data = notes_verbales.note_verbale_docx(body=owner_of_xiv(), language="fr")
    texts = [p.text for p in paragraphs(data)]
    quote = next(i for i, t in enumerate(texts) if EN_XIV in t)
    assert texts[quote - 1] == "[original anglais]"
    assert FR_XIV not in "\n".join(texts)


def test_an_english_note_of_an_english_report_carries_no_mark(english):
    import_french()
    data = notes_verbales.note_verbale_docx(body=owner_of_xiv(), language="en")
    text = "\n".join(p.text for p in paragraphs(data))
    assert EN_XIV in text
    assert "original]" not in text


def test_an_arabic_note_quotes_the_arabic_version_right_to_left(english):
    add_arabic(english)
    data = notes_verbales.note_verbale_docx(body=owner_of_xiv(), language="ar")
    assert right_to_left(the_paragraph(data, AR_XIV))
    assert EN_XIV not in "\n".join(p.text for p in paragraphs(data))


def test_an_arabic_note_marks_an_english_quote_in_arabic_and_keeps_it_left_to_right(english):
    data = notes_verbales.note_verbale_docx(body=owner_of_xiv(), language="ar")
    texts = [p.text for p in paragraphs(data)]
    quote = next(i for i, t in enumerate(texts) if EN_XIV in t)
    assert texts[quote - 1] == "[الأصل بالإنجليزية]"
    assert not right_to_left(paragraphs(data)[quote])
    assert right_to_left(paragraphs(data)[quote - 1])


def test_a_french_note_marks_an_arabic_original_and_keeps_it_right_to_left():
    body = make_body("mali-gov", name_en="Mali", name_fr="Mali", kind="national_government")
    report = make_report("OIC/AR-1/REP", language="ar")
    make_item(make_decision(report, number="1", text=AR_XIV), owner=body)
    data = notes_verbales.note_verbale_docx(body=body, language="fr")
    texts = [p.text for p in paragraphs(data)]
    quote = texts.index(AR_XIV)
    assert texts[quote - 1] == "[original arabe]"
    assert right_to_left(paragraphs(data)[quote])
    assert not right_to_left(paragraphs(data)[quote - 1])


# --- The follow-up report -------------------------------------------------------------


def test_the_french_followup_quotes_the_french_version(english):
    import_french()
    doc = followup.followup_build(english, "fr")
    xiv = next(p for p in doc.paragraphs if p.number == "xiv")
    assert FR_XIV in xiv.text
    assert (xiv.language, xiv.original) == ("fr", "")
    assert all(p.language == "fr" for p in doc.paragraphs)


def test_without_a_french_version_the_french_followup_quotes_the_english_marked(english):
    doc = followup.followup_build(english, "fr")
    xiv = next(p for p in doc.paragraphs if p.number == "xiv")
    assert EN_XIV in xiv.text
    assert (xiv.language, xiv.original) == ("en", "[original anglais]")


@pytest.mark.parametrize("french", [True, False], ids=["french-version", "english-only"])
def test_the_french_followup_html_and_pdf_quote_the_french_or_the_marked_english(
    client, viewer, english, french
):
    if french:
        import_french()
    client.force_login(viewer)
    html = followup_files.followup_html(followup.followup_build(english, "fr"))
    response = client.get(
        reverse("decisions:report_followup_pdf", args=[english.pk]), {"lang": "fr"}
    )
    pdf = flat(pdf_text(response.content))
    if french:
        assert FR_XIV.replace("'", "&#x27;") in html and 'lang="fr" dir="ltr"' in html
        assert flat(FR_XIV) in pdf.replace("’", "'")
        assert "[original anglais]" not in html + pdf
        assert EN_XIV not in pdf
    else:
        assert EN_XIV in html and 'lang="en" dir="ltr"' in html
        assert html.count("[original anglais]") == 14
        assert EN_XIV in pdf
        assert "[original anglais]" in pdf


@pytest.mark.parametrize("french", [True, False], ids=["french-version", "english-only"])
def test_the_french_followup_docx_quotes_the_french_or_the_marked_english(
    client, viewer, english, french
):
    if french:
        import_french()
    client.force_login(viewer)
    url = reverse("decisions:report_followup_docx", args=[english.pk])
    data = client.get(url, {"lang": "fr"}).content
    texts = [p.text for p in paragraphs(data)]
    if french:
        assert any(FR_XIV in t for t in texts)
        assert not any(EN_XIV in t for t in texts)
        assert "[original anglais]" not in texts
    else:
        quote = next(i for i, t in enumerate(texts) if EN_XIV in t)
        assert texts[quote - 1] == "[original anglais]"
        assert texts.count("[original anglais]") == 14


def test_the_arabic_followup_docx_quotes_arabic_right_to_left_and_english_left_to_right(
    english,
):
    add_arabic(english)
    data = followup_files.followup_docx(followup.followup_build(english, "ar"))
    assert right_to_left(the_paragraph(data, AR_XIV))
    english_i = the_paragraph(data, "reaffirmed its firm commitment")
    assert not right_to_left(english_i)
    texts = [p.text for p in paragraphs(data)]
    marker = texts.index(english_i.text) - 1
    assert texts[marker] == "[الأصل بالإنجليزية]"
    assert right_to_left(paragraphs(data)[marker])
    assert texts.count("[الأصل بالإنجليزية]") == 13  # every paragraph but xiv


def test_an_arabic_original_stays_right_to_left_in_a_french_followup(client, viewer):
    report = make_report("OIC/AR-2/REP", language="ar")
    make_item(make_decision(report, number="1", text=AR_XIV))
    doc = followup.followup_build(report, "fr")
    assert doc.paragraphs[0].original == "[original arabe]"
    data = followup_files.followup_docx(doc)
    assert right_to_left(the_paragraph(data, AR_XIV))
    assert not right_to_left(the_paragraph(data, "[original arabe]"))
    html = followup_files.followup_html(doc)
    assert f'<p class="para-text" lang="ar" dir="rtl">{AR_XIV}</p>' in html


# --- Queries and the cache ------------------------------------------------------------


def test_quoting_the_versions_costs_no_query_more(english, django_assert_num_queries):
    import_french()
    report = Report.objects.get()
    # decisions (with their French text), items with owners, partners,
    # noted updates, renewals, the Member States that acted: as in English
    # (the French title block is read with the decisions); and seven for
    # "since the last meeting" (followup_since: the meeting before, the lists
    # in one query, the series' trend from the table aggregated by day: four
    # to check it is up to date, one to read it; its first reader builds it)
    followup.followup_build(report, "en")
    with django_assert_num_queries(6 + 7):
        doc = followup.followup_build(report, "fr")
    assert sum(FR_XIV in p.text for p in doc.paragraphs) == 1


def test_importing_the_french_version_makes_a_new_french_file(client, viewer, english, builds):
    calls = builds
    client.force_login(viewer)
    url = reverse("decisions:report_followup_docx", args=[english.pk])
    client.get(url, {"lang": "fr"})
    english_file = client.get(url, {"lang": "en"}).content
    assert len(calls) == 2
    import_french()
    data = client.get(url, {"lang": "fr"}).content
    assert len(calls) == 3
    assert any(FR_XIV in p.text for p in paragraphs(data))
    # The English file quotes the English original: still from the cache.
    assert client.get(url, {"lang": "en"}).content == english_file
    assert len(calls) == 3


def test_the_key_of_a_file_in_the_reports_own_language_ignores_its_versions(english):
    import datetime

    day = datetime.date(2026, 1, 1)
    before = {
        lang: followup_files.followup_cache_key(english, lang, "pdf", day) for lang in ["en", "fr"]
    }
    import_french()
    after = {
        lang: followup_files.followup_cache_key(english, lang, "pdf", day) for lang in ["en", "fr"]
    }
    assert before["en"] == after["en"]
    assert before["fr"] != after["fr"]


# --- The follow-up report's title block ----------------------------------------------


def test_the_french_followup_title_block_is_the_french_versions(client, viewer, english):
    """Title, meeting and place from the French version; the date in French."""
    import_french()
    version = english.translations.get(language="fr")
    assert version.title and version.title != english.title
    client.force_login(viewer)
    url = reverse("decisions:report_followup_docx", args=[english.pk])
    texts = [p.text for p in paragraphs(client.get(url, {"lang": "fr"}).content)]
    assert version.title in texts and english.title not in texts
    assert "Date : 20 septembre 2017" in texts or "Date: 20 septembre 2017" in texts
    html = followup_files.followup_html(followup.followup_build(english, "fr"))
    assert f'<bdi lang="fr">{version.title}</bdi>'.replace("'", "&#x27;") in html
    assert "20 septembre 2017" in html


def test_without_a_french_version_the_title_block_stays_english_and_says_so(english):
    doc = followup.followup_build(english, "fr")
    assert (doc.heading.title, doc.heading.title_lang) == (english.title, "en")
    assert doc.report_date == "20 septembre 2017"
    html = followup_files.followup_html(doc)
    assert f'<bdi lang="en">{english.title}</bdi>' in html


def test_the_arabic_followup_date_is_written_in_arabic(english):
    doc = followup.followup_build(english, "ar")
    assert doc.report_date != "20 September 2017" and "2017" in doc.report_date
    assert doc.heading.title_lang == "en"  # no Arabic version imported


def test_a_report_without_paragraphs_still_takes_its_french_title_block():
    from decisions.models import ReportTranslation
    from tests.factory import make_report

    report = make_report("OIC/EMPTY/REP", language="en", title="Empty report", place="Jeddah")
    ReportTranslation.objects.create(
        report=report, language="fr", title="Rapport vide", place="Djeddah",
        source_text="x", source_sha256="0" * 64,
    )  # fmt: skip
    heading = followup.followup_build(report, "fr").heading
    assert (heading.title, heading.place, heading.meeting) == ("Rapport vide", "Djeddah", "")
