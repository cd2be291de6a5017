"""The follow-up report of a meeting report, as PDF and DOCX, in English
and in French."""

from __future__ import annotations

import datetime
import io
import unicodedata
from collections import Counter

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from decisions.intake import importing
from decisions.items import services as item_services
from decisions.models import ActionItem, Report, Status
from decisions.reporting import followup, followup_files
from tests.factory import MALI_REPORT, make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db

ARABIC_NAME = "البنك الإسلامي للتنمية"


@pytest.fixture
def mali(editor) -> Report:
    importing.report_import(text=MALI_REPORT.read_text("utf-8"), source_name="mali.fr.md")
    report = Report.objects.get()
    item = ActionItem.objects.filter(decision__number="xiv").first()
    item_services.action_item_set_status(
        item=item, status=Status.IN_PROGRESS, note="Mission dates agreed with Bamako.", by=editor
    )
    return report


@pytest.fixture
def small(editor) -> Report:
    report = make_report("OIC/TEST-2024/REP", meeting="Contact Group", place="Jeddah")
    isdb = make_body("isdb-test", name_en="Islamic Development Bank", name_ar=ARABIC_NAME)
    sg = make_body("sg-test", name_en="Secretary-General", name_fr="Secrétaire général")
    make_item(make_decision(report, number="1"), owner=isdb, due_date=datetime.date(2001, 1, 1))
    item = make_item(make_decision(report, number="2"), owner=sg)
    make_decision(report, number="3", kind="statement")
    item_services.action_item_set_status(
        item=item, status=Status.COMPLETED, note="Done.", by=editor
    )
    return report


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFKC", text)


def docx_text(content: bytes) -> str:
    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def owner_names(report: Report, lang: str) -> set[str]:
    from django.utils.translation import override

    with override(lang):
        return {i.owner.name for i in ActionItem.objects.filter(decision__report=report)}


def test_the_pdf_holds_every_paragraph_number_and_owner(client, viewer, mali):
    client.force_login(viewer)
    response = client.get(reverse("decisions:report_followup_pdf", args=[mali.pk]), {"lang": "en"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    flat = " ".join(text.split())
    assert "Follow-up report" in flat
    for decision in mali.decisions.all():
        assert f"Paragraph {decision.number}" in flat
    for name in owner_names(mali, "en"):
        assert " ".join(name.split()) in flat, name
    assert "Mission dates agreed with Bamako." in flat


def test_the_pdf_in_french(client, viewer, mali):
    client.force_login(viewer)
    response = client.get(reverse("decisions:report_followup_pdf", args=[mali.pk]), {"lang": "fr"})
    flat = " ".join(pdf_text(response.content).split())
    assert "Rapport de suivi" in flat
    assert "Paragraphe xiv" in flat
    assert "En cours" in flat
    for name in owner_names(mali, "fr"):
        assert " ".join(name.split()) in flat, name


def test_the_pdf_shapes_arabic_body_names(client, viewer, small):
    client.force_login(viewer)
    response = client.get(reverse("decisions:report_followup_pdf", args=[small.pk]))
    reader = PdfReader(io.BytesIO(response.content))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Arabic" in f for f in fonts), fonts
    text = pdf_text(response.content)
    # Shaped Arabic is extracted in visual order: compare the letters. The
    # name appears twice: in the summary by body and under paragraph 1.
    letters = Counter(c for c in ARABIC_NAME if not c.isspace())
    found = Counter(c for c in text if "\u0600" <= c <= "\u06ff")
    assert found == letters + letters


def test_the_docx_holds_every_paragraph_number_and_owner(client, viewer, mali):
    client.force_login(viewer)
    response = client.get(reverse("decisions:report_followup_docx", args=[mali.pk]), {"lang": "en"})
    assert response.status_code == 200
    assert "wordprocessingml" in response["Content-Type"]
    text = docx_text(response.content)
    for decision in mali.decisions.all():
        assert f"Paragraph {decision.number}" in text
    for name in owner_names(mali, "en"):
        assert name in text
    assert "Mission dates agreed with Bamako." in text


def test_the_docx_in_french_with_an_arabic_name(client, viewer, small):
    client.force_login(viewer)
    url = reverse("decisions:report_followup_docx", args=[small.pk])
    response = client.get(url, {"lang": "fr"})
    text = docx_text(response.content)
    assert "Rapport de suivi" in text
    assert "Secrétaire général" in text
    assert ARABIC_NAME in text
    assert "Achevé" in text


def test_the_summary_counts_per_body_and_status(small):
    doc = followup.followup_build(small, "en", today=datetime.date(2024, 1, 1))
    assert doc.total == 2
    assert doc.n_overdue == 1
    counts = {r["value"]: r["count"] for r in doc.status_rows}
    assert counts["completed"] == counts["not_started"] == 1
    rows = {r["name"]: r for r in doc.body_rows}
    assert rows["Islamic Development Bank"]["counts"]["not_started"] == 1
    assert rows["Islamic Development Bank"]["name_ar"] == ARABIC_NAME
    assert [p.number for p in doc.paragraphs] == ["1", "2", "3"]
    assert doc.paragraphs[2].items == []
    assert doc.paragraphs[1].items[0].notes[0][1] == "Done."


def test_french_dates_and_labels():
    doc_date = followup._date(datetime.date(2017, 9, 1), "fr")
    assert doc_date == "1er septembre 2017"
    assert followup.label("Follow-up report", "fr") == "Rapport de suivi"
    assert followup.label("Follow-up report", "en") == "Follow-up report"


def test_an_unknown_language_falls_back_to_english(client, viewer, small):
    client.force_login(viewer)
    url = reverse("decisions:report_followup_docx", args=[small.pk])
    response = client.get(url, {"lang": "xx"})
    assert "Follow-up report" in docx_text(response.content)
    assert response["Content-Disposition"].endswith('-followup-en.docx"')


# --- Access -----------------------------------------------------------------

VIEWS = ["decisions:report_followup_pdf", "decisions:report_followup_docx"]


@pytest.mark.parametrize("name", VIEWS)
def test_a_user_without_a_role_gets_403(client, small, name):
    client.force_login(make_user("nobody"))
    assert client.get(reverse(name, args=[small.pk])).status_code == 403


@pytest.mark.parametrize("name", VIEWS)
def test_an_anonymous_visitor_is_sent_to_the_login_page(client, small, name):
    response = client.get(reverse(name, args=[small.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", VIEWS)
def test_post_is_not_allowed(client, viewer, small, name):
    client.force_login(viewer)
    assert client.post(reverse(name, args=[small.pk])).status_code == 405


@pytest.mark.parametrize("name", VIEWS)
def test_an_unknown_report_is_404(client, viewer, name):
    client.force_login(viewer)
    assert client.get(reverse(name, args=[999999])).status_code == 404


# --- Cached files -----------------------------------------------------------------


@pytest.mark.parametrize("name", VIEWS)
def test_a_second_download_is_not_built_again(client, viewer, small, builds, name):
    client.force_login(viewer)
    url = reverse(name, args=[small.pk])
    first = client.get(url, {"lang": "en"})
    second = client.get(url, {"lang": "en"})
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert len(builds) == 1
    client.get(url, {"lang": "fr"})  # another language is another file
    assert len(builds) == 2


@pytest.mark.parametrize("name", VIEWS)
def test_an_update_of_an_item_makes_a_new_file(client, viewer, editor, small, builds, name):
    client.force_login(viewer)
    url = reverse(name, args=[small.pk])
    client.get(url, {"lang": "en"})
    item = ActionItem.objects.filter(decision__report=small).first()
    item_services.action_item_set_status(
        item=item, status=item.status, note="Fresh news.", by=editor
    )
    response = client.get(url, {"lang": "en"})
    assert len(builds) == 2
    text = pdf_text(response.content) if name.endswith("pdf") else docx_text(response.content)
    assert "Fresh news." in text


def test_a_deleted_item_makes_a_new_file(client, viewer, small, builds):
    client.force_login(viewer)
    url = reverse("decisions:report_followup_docx", args=[small.pk])
    client.get(url)
    ActionItem.objects.filter(decision__report=small).order_by("pk").first().delete()
    client.get(url)
    assert len(builds) == 2


def test_a_cached_download_costs_two_small_queries_after_the_session(
    client, viewer, small, django_assert_max_num_queries
):
    client.force_login(viewer)
    url = reverse("decisions:report_followup_pdf", args=[small.pk])
    client.get(url)
    # session, user, groups, report; the reader's scope of correspondence
    # (user and group permissions, focal bodies: a viewer sees none); stamp, count;
    # the stamp of the meeting's series ("since the last meeting")
    with django_assert_max_num_queries(10):
        client.get(url)


def _boxes(box):
    yield box
    for child in getattr(box, "children", []):
        yield from _boxes(child)


def _rgb(colour) -> tuple[int, int, int]:
    """A laid-out colour as 0-255 integers, to compare with STATUS_COLOURS."""
    return tuple(round(c * 255) for c in colour.to("srgb").coordinates)


@pytest.mark.parametrize(("lang", "side"), [("en", "left"), ("ar", "right")])
def test_each_item_is_bordered_in_its_status_colour(small, lang, side):
    """As WeasyPrint lays the PDF out: the status rules outweigh the grey default."""
    from weasyprint import HTML

    from decisions.models import STATUS_COLOURS

    doc = followup.followup_build(small, lang, today=datetime.date(2024, 1, 1))
    pages = HTML(string=followup_files.followup_html(doc)).render().pages
    borders = {}
    for page in pages:
        for box in _boxes(page._page_box):
            classes = (box.element.get("class") or "").split() if box.element_tag == "li" else []
            status = next((c[len("status-") :] for c in classes if c.startswith("status-")), None)
            if status and box.style[f"border_{side}_width"]:
                borders[status] = _rgb(box.style[f"border_{side}_color"])
    expected = {
        s: tuple(int(STATUS_COLOURS[s][i : i + 2], 16) for i in (1, 3, 5))
        for s in ("completed", "not_started")
    }
    assert borders == expected


def test_the_pdfs_table_rows_are_never_split_across_pages(small):
    """The rule is in the HTML the PDF is made from, and WeasyPrint applies it
    to every laid-out row."""
    from weasyprint import HTML

    doc = followup.followup_build(small, "en", today=datetime.date(2024, 1, 1))
    html = followup_files.followup_html(doc)
    assert "tr { break-inside: avoid; }" in html
    rows = [
        box
        for page in HTML(string=html).render().pages
        for box in _boxes(page._page_box)
        if box.element_tag == "tr"
    ]
    assert rows
    assert {box.style["break_inside"] for box in rows} == {"avoid"}


def test_the_docx_is_on_a4_paper(client, viewer, small):
    from docx.shared import Cm

    client.force_login(viewer)
    response = client.get(reverse("decisions:report_followup_docx", args=[small.pk]))
    section = Document(io.BytesIO(response.content)).sections[0]
    assert abs(section.page_width - Cm(21)) < 635
    assert abs(section.page_height - Cm(29.7)) < 635
