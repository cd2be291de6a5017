"""CSV and XLSX exports of the (filtered) action item list."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from decisions.items import services as item_services
from decisions.models import Status
from decisions.reporting import exports
from decisions.reporting.views import XLSX_TYPE
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db

CSV_URL = "decisions:items_export_csv"
XLSX_URL = "decisions:items_export_xlsx"


@pytest.fixture
def item(db, editor):
    report = make_report("OIC/ACM-2017/MALI-REP")
    decision = make_decision(report, number="xiv", text="La Réunion a demandé au SG.")
    owner = make_body("secretary-general-x", name_en="Secretary-General")
    partner = make_body("isdb-x", name_en="Islamic Development Bank")
    item = make_item(decision, owner=owner, due_date=datetime.date(2018, 1, 31))
    item.partners.add(partner)
    item_services.action_item_set_status(
        item=item, status=Status.IN_PROGRESS, note="Mission sent.", by=editor
    )
    return item


def csv_rows(response) -> list[list[str]]:
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def xlsx_sheet(response):
    return load_workbook(io.BytesIO(response.content)).active


def test_the_csv_holds_every_column(client, viewer, item):
    client.force_login(viewer)
    response = client.get(reverse(CSV_URL))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, row = csv_rows(response)
    assert header == exports.HEADERS
    assert row[0] == str(item.pk)
    assert row[1:6] == [
        "OIC/ACM-2017/MALI-REP",
        "xiv",
        "La Réunion a demandé au SG.",
        "Secretary-General",
        "Islamic Development Bank",
    ]
    assert row[6] == "In progress"
    assert row[7] == "2018-01-31"
    assert row[8] == timezone.localdate().isoformat()
    assert row[9] == "Mission sent."
    first_asked = item.decision.report.date
    assert row[10] == first_asked.isoformat()
    assert row[11] == str((timezone.localdate() - first_asked).days)


def test_the_export_follows_the_list_filter(client, viewer, item):
    other = make_item(status=Status.COMPLETED)
    client.force_login(viewer)
    rows = csv_rows(client.get(reverse(CSV_URL), {"status": "completed"}))
    assert [r[0] for r in rows[1:]] == [str(other.pk)]
    rows = csv_rows(client.get(reverse(CSV_URL), {"owner": item.owner.slug}))
    assert [r[0] for r in rows[1:]] == [str(item.pk)]


def test_the_xlsx_has_a_bold_frozen_header_widths_and_editable_columns(client, viewer, item):
    client.force_login(viewer)
    response = client.get(reverse(XLSX_URL))
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_TYPE
    ws = xlsx_sheet(response)
    header = [c.value for c in ws[1]]
    assert header == exports.HEADERS + ["new status", "new note"]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["D"].width == 70
    row = [c.value for c in ws[2]]
    assert row[0] == item.pk
    assert row[4] == "Secretary-General"
    assert row[7] == datetime.datetime(2018, 1, 31)
    first_asked = item.decision.report.date
    assert row[10] == datetime.datetime.combine(first_asked, datetime.time())
    assert row[11] == (timezone.localdate() - first_asked).days
    assert ws.cell(row=2, column=11).number_format == "yyyy-mm-dd"
    assert row[12:] == [None, None]


@pytest.mark.parametrize("payload", ['=HYPERLINK("http://evil")', "+1+2", "-2+3", "@SUM(A1)"])
def test_a_cell_that_would_be_a_formula_is_neutralised(client, editor, payload):
    owner = make_body(name_en=payload)
    evil = make_item(make_decision(text=payload), owner=owner)
    item_services.action_item_set_status(item=evil, status=Status.STALLED, note=payload, by=editor)
    client.force_login(editor)
    row = csv_rows(client.get(reverse(CSV_URL)))[1]
    assert row[3] == row[4] == row[9] == "'" + payload
    ws = xlsx_sheet(client.get(reverse(XLSX_URL)))
    for col in (4, 5, 10):
        cell = ws.cell(row=2, column=col)
        assert cell.value == "'" + payload
        assert cell.data_type == "s"


def test_neutralise_leaves_ordinary_values_alone():
    assert exports.neutralise("Mali") == "Mali"
    assert exports.neutralise(12) == 12
    assert exports.neutralise("") == ""
    assert exports.neutralise("\tx") == "'\tx"


def test_arabic_names_survive_the_csv(client, viewer):
    body = make_body(name_en="البنك الإسلامي للتنمية")
    make_item(owner=body)
    client.force_login(viewer)
    assert csv_rows(client.get(reverse(CSV_URL)))[1][4] == "البنك الإسلامي للتنمية"


# --- Access -----------------------------------------------------------------


@pytest.mark.parametrize("name", [CSV_URL, XLSX_URL])
def test_a_user_without_a_role_gets_403(client, item, name):
    client.force_login(make_user("nobody"))
    assert client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", [CSV_URL, XLSX_URL])
def test_an_anonymous_visitor_is_sent_to_the_login_page(client, item, name, settings):
    settings.PUBLIC_READ = True  # downloads need a login whatever PUBLIC_READ says
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", [CSV_URL, XLSX_URL])
def test_post_is_not_allowed(client, viewer, item, name):
    client.force_login(viewer)
    assert client.post(reverse(name)).status_code == 405


# --- Query counts -------------------------------------------------------------


def build(n_paragraphs: int, editor) -> None:
    bodies = [make_body(f"x-body-{i}") for i in range(10)]
    report = make_report()
    for _ in range(n_paragraphs * 3):
        decision = make_decision(report)
        for b, owner in enumerate(bodies):
            item = make_item(decision, owner=owner, due_date=datetime.date(2030, 1, 1))
            item.partners.add(bodies[(b + 1) % 10])
            if b % 3 == 0:
                item_services.action_item_set_status(
                    item=item, status=Status.IN_PROGRESS, note="note", by=editor
                )


# session, user, role check (3) + items with their last update, partners (2)
EXPORT_QUERIES = 3 + 2


@pytest.mark.parametrize("n_paragraphs", [1, 10], ids=["30-items", "300-items"])
@pytest.mark.parametrize("name", [CSV_URL, XLSX_URL])
def test_an_export_runs_a_fixed_number_of_queries(
    client, editor, django_assert_num_queries, name, n_paragraphs
):
    build(n_paragraphs, editor)
    client.force_login(editor)
    with django_assert_num_queries(EXPORT_QUERIES):
        response = client.get(reverse(name), {"status": ["in_progress", "not_started"]})
    assert response.status_code == 200


def test_the_export_counts_the_age_from_the_first_meeting(client, viewer, item):
    """A confirmed renewal carries the first meeting's date into the export."""
    from decisions.lineage import renewals
    from decisions.models import RenewalLink

    old = make_item(make_decision(make_report("OIC/OLD/REP", date=datetime.date(2012, 5, 1))),
                    owner=item.owner)  # fmt: skip
    link = RenewalLink.objects.create(earlier_item=old, later_item=item, score=0.9)
    renewals.renewal_decide(link=link, confirm=True, by=None)
    client.force_login(viewer)
    _header, *rows = csv_rows(client.get(reverse(CSV_URL), {"report": "OIC/ACM-2017/MALI-REP"}))
    (row,) = rows
    assert row[10] == "2012-05-01"
    assert row[11] == str((timezone.localdate() - datetime.date(2012, 5, 1)).days)
    mid = make_item(make_decision(make_report("OIC/MID/REP", date=datetime.date(2015, 5, 1))))
    # Oldest first: the 2017 item counts from 2012, before the 2015 one.
    ws = xlsx_sheet(client.get(reverse(XLSX_URL), {"o": "asked"}))
    assert [ws.cell(row=r, column=1).value for r in (2, 3, 4)] == [item.pk, old.pk, mid.pk]


def test_the_item_list_offers_downloads_only_to_readers_with_a_role(client, viewer, item, settings):
    settings.PUBLIC_READ = True
    export_url = reverse(CSV_URL)
    response = client.get(reverse("decisions:item_list"))
    assert response.status_code == 200
    public_page = response.content.decode()
    assert export_url not in public_page
    assert reverse("decisions:items_upload") not in public_page
    client.force_login(make_user("nobody"))
    assert export_url not in client.get(reverse("decisions:item_list")).content.decode()
    client.force_login(viewer)
    assert export_url in client.get(reverse("decisions:item_list")).content.decode()
