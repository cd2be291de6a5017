"""User text is text everywhere; redirects stay on the site; a focal point
cannot reach another body's item by changing the id."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from decisions.items.services import action_item_set_status
from decisions.models import StatusUpdate
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
NAME = "<b>Bold</b> Body " + SCRIPT
PARAGRAPH = "The meeting requests <img src=x onerror=alert(1)> action " + SCRIPT
NOTE = "Done, see <a href='javascript:alert(1)'>here</a> " + SCRIPT


@pytest.fixture
def hostile(db, editor):
    report = make_report("OIC/XSS-1/REP", meeting=NAME)
    body = make_body("hostile", name_en=NAME, name_fr=NAME, name_ar=NAME)
    item = make_item(decision=make_decision(report, number="i", text=PARAGRAPH), owner=body)
    item.due_date = report.date
    item.save()
    action_item_set_status(item=item, status="in_progress", note=NOTE, by=editor)
    return item


def pages(item) -> list[str]:
    return [
        reverse("decisions:dashboard"),
        reverse("decisions:item_list"),
        item.get_absolute_url(),
        reverse("decisions:body_list"),
        item.owner.get_absolute_url(),
        reverse("decisions:report_list"),
        item.decision.report.get_absolute_url(),
        reverse("admin:decisions_actionitem_change", args=[item.pk]),
        reverse("admin:decisions_body_changelist"),
    ]


def test_html_in_notes_names_and_paragraphs_is_shown_as_text_on_every_page(
    client, admin_user, hostile
):
    client.force_login(admin_user)
    for url in pages(hostile):
        html = client.get(url).content.decode()
        assert SCRIPT not in html, url
        assert "<img src=x" not in html, url
        assert "<b>Bold</b>" not in html, url
        assert "javascript:alert" not in html.replace("&#x27;javascript:alert", ""), url
        assert "&lt;script&gt;" in html, url


def test_exports_keep_user_text_literal(client, viewer, hostile):
    client.force_login(viewer)
    text = client.get(reverse("decisions:items_export_csv")).content.decode("utf-8-sig")
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert SCRIPT in " ".join(row.values())  # a CSV holds text, not markup
    workbook = load_workbook(io.BytesIO(client.get(reverse("decisions:items_export_xlsx")).content))
    cells = [str(c.value) for r in workbook.active.iter_rows() for c in r if c.value]
    assert any(NAME in c for c in cells)
    assert any(PARAGRAPH in c for c in cells)


def test_the_follow_up_pdf_and_docx_print_user_html_as_text(client, viewer, hostile):
    client.force_login(viewer)
    report = hostile.decision.report
    pdf = client.get(reverse("decisions:report_followup_pdf", args=[report.pk]))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "<script>" in text.replace("\n", "")
    assert "<b>Bold</b>" in text.replace("\n", "")
    docx = client.get(reverse("decisions:report_followup_docx", args=[report.pk]))
    body = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    tables = "\n".join(
        c.text for t in Document(io.BytesIO(docx.content)).tables for r in t.rows for c in r.cells
    )
    assert SCRIPT in body + tables


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "http:evil.example", "/\\evil.example"]
)
def test_the_login_next_parameter_cannot_leave_the_site(client, next_url):
    make_user("amina", groups=("viewers",))
    response = client.post(
        f"{reverse('login')}?next={next_url}",
        {"username": "amina", "password": "secret-pass-123", "next": next_url},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("decisions:home")


def test_the_login_next_parameter_keeps_a_local_page(client):
    make_user("amina", groups=("viewers",))
    response = client.post(
        reverse("login"),
        {"username": "amina", "password": "secret-pass-123", "next": "/items/?status=stalled"},
    )
    assert response["Location"] == "/items/?status=stalled"


def test_a_focal_point_cannot_update_another_bodys_item_by_changing_the_id(client):
    own, other = make_body("own"), make_body("other")
    focal = make_user(groups=("focal points",))
    own.focal_points.add(focal)
    mine, theirs = make_item(owner=own), make_item(owner=other)
    client.force_login(focal)
    data = {"status": "completed", "note": "done", "version": "0"}
    assert client.post(mine.get_absolute_url(), data).status_code == 302
    response = client.post(reverse("decisions:item_detail", args=[theirs.pk]), data)
    assert response.status_code == 403
    theirs.refresh_from_db()
    assert theirs.status == "not_started"
    assert not StatusUpdate.objects.filter(item=theirs).exists()
