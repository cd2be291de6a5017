"""The follow-up report opens with what changed since the previous meeting
of the same series (decisions/reporting/followup_since.py)."""

from __future__ import annotations

import datetime
import io
import re
import zipfile

import pytest
from django.urls import reverse

from decisions.models import Status
from decisions.reporting import followup
from decisions.reporting.followup_docx import followup_docx
from decisions.reporting.followup_files import followup_html
from tests.factory import make_body, make_decision, make_item, make_report, make_update
from tests.factory import utc_noon as at

pytestmark = pytest.mark.django_db

MEETING = "Annual Coordination Meeting"
TODAY = datetime.date(2019, 1, 10)


@pytest.fixture
def series(editor) -> dict:
    """Two meetings of one series a year apart, one of another series; the
    requests of the first moved in every way between the two."""
    body = make_body("unit", name_en="Unit")
    first = make_report("OIC/ACM-2017/REP", meeting=MEETING, date=datetime.date(2017, 9, 20))
    second = make_report(
        "OIC/ACM-2018/REP", meeting=MEETING.upper(), date=datetime.date(2018, 9, 20)
    )
    other = make_report("OIC/OTHER/REP", meeting="Another meeting", date=datetime.date(2018, 1, 1))
    done, started, stalled, late, quiet = (make_item(make_decision(first), body) for _ in range(5))
    make_update(done, note="", status=Status.IN_PROGRESS, at=at(2017, 11), by=editor)
    make_update(done, note="", status=Status.COMPLETED, at=at(2018, 6), by=editor)
    make_update(started, note="", status=Status.IN_PROGRESS, at=at(2018, 3), by=editor)
    make_update(stalled, note="", status=Status.STALLED, at=at(2018, 4), by=editor)
    late.due_date = datetime.date(2018, 6, 30)
    late.save()
    new = make_item(make_decision(second, number="xii"), body)
    elsewhere = make_item(make_decision(other), body)
    make_update(elsewhere, note="", status=Status.COMPLETED, at=at(2018, 5), by=editor)
    make_update(quiet, note="Still waiting.", at=at(2018, 5), by=editor)
    return {"first": first, "second": second, "new": new}


def numbers(moved) -> list[str]:
    return [f"{m.symbol} {m.number}" for m in moved]


def test_it_lists_what_moved_since_the_previous_meeting_of_the_series(series):
    doc = followup.followup_build(series["second"], "en", today=TODAY)
    since = doc.since
    assert since.previous == series["first"]
    assert since.start == datetime.date(2017, 9, 20)
    assert numbers(since.lists["completed"]) == ["OIC/ACM-2017/REP 1"]
    assert numbers(since.lists["started"]) == ["OIC/ACM-2017/REP 2"]
    assert numbers(since.lists["stalled"]) == ["OIC/ACM-2017/REP 3"]
    assert numbers(since.lists["overdue"]) == ["OIC/ACM-2017/REP 4"]
    assert numbers(since.lists["new"]) == ["OIC/ACM-2018/REP xii"]
    assert doc.since_text == (
        "From 20 September 2017 (the previous meeting, OIC/ACM-2017/REP) to 10 January 2019."
    )


def test_the_window_ends_on_the_day_the_document_is_made(series):
    doc = followup.followup_build(series["second"], "en", today=datetime.date(2018, 4, 15))
    assert numbers(doc.since.lists["completed"]) == []
    assert numbers(doc.since.lists["started"]) == ["OIC/ACM-2017/REP 1", "OIC/ACM-2017/REP 2"]
    assert doc.since.lists["new"] == []  # the second meeting is not held yet


def test_the_first_meeting_of_a_series_counts_from_its_own_date(series):
    doc = followup.followup_build(series["first"], "en", today=TODAY)
    assert doc.since.previous is None
    assert doc.since_text.startswith("From 20 September 2017 (this meeting")


@pytest.mark.parametrize(
    ("lang", "heading", "completed"),
    [
        ("en", "Since the last meeting", "Requests completed (1)"),
        ("fr", "Depuis la dernière réunion", "Demandes achevées (1)"),
        ("ar", "منذ الاجتماع الأخير", "الطلبات المكتملة (1)"),
    ],
)
def test_the_section_and_its_chart_open_the_document_in_each_language(
    series, lang, heading, completed
):
    doc = followup.followup_build(series["second"], lang, today=TODAY)
    html = followup_html(doc)
    assert heading in html and completed in html
    assert html.index(heading) < html.index(doc.labels["by_status"])
    assert '<svg class="trend-chart"' in html
    # Drawn for WeasyPrint: dates in digits; from right to left in Arabic.
    dates = re.findall(r'<text x="([\d.]+)" y="248"[^>]*>(\d{4}-\d{2}-\d{2})</text>', html)
    assert dates and dates[0][1] < dates[-1][1]
    assert (float(dates[0][0]) > float(dates[-1][0])) == (lang == "ar")


def test_the_word_document_carries_the_section_a_picture_and_the_table(series):
    doc = followup.followup_build(series["second"], "en", today=TODAY)
    content = followup_docx(doc)
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        xml = z.read("word/document.xml").decode()
        pictures = [n for n in z.namelist() if n.startswith("word/media/")]
    assert "Since the last meeting" in xml and "OIC/ACM-2017/REP ¶4" in xml
    assert len(pictures) == 1 and pictures[0].endswith(".png")


def test_the_pdf_is_made_with_the_chart(client, editor, series):
    client.force_login(editor)
    url = reverse("decisions:report_followup_pdf", args=[series["second"].pk])
    response = client.get(url, {"lang": "ar"})
    assert response.status_code == 200
    assert b"".join(response).startswith(b"%PDF")


def test_a_change_at_another_meeting_of_the_series_makes_the_file_again(
    client, editor, series, builds
):
    client.force_login(editor)
    url = reverse("decisions:report_followup_docx", args=[series["second"].pk])
    client.get(url)
    client.get(url)
    assert len(builds) == 1
    earlier = series["first"].decisions.first().action_items.first()
    make_update(earlier, note="", status=Status.CANCELLED, at=at(2018, 10), by=editor)
    client.get(url)
    assert len(builds) == 2
