"""The trend on the dashboard, body, report and theme pages, and the pages
as of a date (decisions/charts.py, decisions/asof.py)."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse

from decisions.models import Status
from decisions.models.catalog import Theme
from tests.factory import (
    make_body,
    make_decision,
    make_item,
    make_public_status,
    make_report,
    make_update,
)
from tests.factory import utc_noon as at

pytestmark = pytest.mark.django_db

NS, IP, DONE = Status.NOT_STARTED, Status.IN_PROGRESS, Status.COMPLETED


@pytest.fixture
def world(editor) -> dict:
    """A meeting of 20 September 2018 with three requests of one body: one
    started in October 2018 and completed in March 2019, one with a public
    status that differs from its internal one."""
    body = make_body("unit", name_en="Unit")
    report = make_report("OIC/TR-2018/REP", date=datetime.date(2018, 9, 20))
    done = make_item(make_decision(report), body, due_date=datetime.date(2019, 1, 1))
    hidden = make_item(make_decision(report), body, due_date=datetime.date(2019, 1, 1))
    idle = make_item(make_decision(report), body)
    make_update(done, note="", status=IP, at=at(2018, 10), by=editor)
    make_update(done, note="", status=DONE, at=at(2019, 3), by=editor)
    make_update(hidden, note="", status=DONE, at=at(2019, 2), by=editor)
    make_public_status(hidden, status=IP, at=at(2019, 2), by=editor)
    Theme.objects.get(slug="security").items.add(done, hidden, idle)
    return {"body": body, "report": report, "items": [done, hidden, idle]}


def pages(world) -> dict[str, str]:
    return {
        "dashboard": reverse("decisions:dashboard"),
        "body": world["body"].get_absolute_url(),
        "report": world["report"].get_absolute_url(),
        "theme": reverse("decisions:theme_detail", args=["security"]),
    }


def svg_of(html: str) -> str:
    return re.search(r'<svg class="trend-chart".*?</svg>', html, re.S)[0]


@pytest.mark.parametrize("which", ["dashboard", "body", "report", "theme"])
def test_each_page_shows_the_trend_with_its_sentence_and_table(client, viewer, world, which):
    client.force_login(viewer)
    html = client.get(pages(world)[which]).content.decode()
    assert "1 of 3 open; 2 completed since 20 September 2018." in html
    svg = svg_of(html)
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert "style" not in svg  # presentation attributes only: the CSP forbids inline style
    assert "<caption>Items by status at the end of each" in html
    assert '<th scope="row"><time datetime="2018-09-30">30 September 2018</time></th>' in html
    assert 'name="as_of"' in html


def test_the_table_carries_the_numbers_of_each_month(client, viewer, world):
    client.force_login(viewer)
    html = client.get(world["body"].get_absolute_url(), {"as_of": "2019-03-31"}).content.decode()
    rows = re.findall(r'<tr><th scope="row"><time datetime="([\d-]+)">.*?</th>(.*?)</tr>', html)
    cells = {day: re.findall(r'<td class="num">(\d+)</td>', tds) for day, tds in rows}
    # not started, in progress, completed, stalled, cancelled, total
    assert cells["2018-09-30"] == ["3", "0", "0", "0", "0", "3"]
    assert cells["2018-10-31"] == ["2", "1", "0", "0", "0", "3"]
    assert cells["2019-02-28"] == ["1", "1", "1", "0", "0", "3"]
    assert cells["2019-03-31"] == ["1", "0", "2", "0", "0", "3"]


def test_the_page_keeps_its_content_security_policy(client, viewer, world):
    client.force_login(viewer)
    for url in pages(world).values():
        csp = client.get(url)["Content-Security-Policy"]
        assert "style-src 'self';" in csp or csp.endswith("style-src 'self'")
        assert "unsafe-inline" not in csp


def test_the_public_sees_the_public_status_and_no_history(client, settings, world):
    settings.PUBLIC_READ = True
    html = client.get(reverse("decisions:dashboard")).content.decode()
    # The hidden item shows its public status (in progress), never "completed".
    assert "2 of 3 open, by the status each shows today." in html
    rows = re.findall(r'<tr><th scope="row"><time datetime="([\d-]+)">.*?</th>(.*?)</tr>', html)
    first = re.findall(r'<td class="num">(\d+)</td>', rows[0][1])
    assert first == ["1", "1", "1", "0", "0", "3"]  # today's shown statuses, from the start


def test_in_arabic_time_runs_from_right_to_left(client, viewer, world):
    client.force_login(viewer)
    html = client.get(reverse("decisions:dashboard"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    svg = svg_of(html)
    assert 'direction="rtl"' in svg
    xs = [
        float(x)
        for x in re.findall(
            r'<text x="([\d.]+)" y="\d+(?:\.\d)?" text-anchor="(?:start|middle|end)"', svg
        )
    ]
    # The x labels: the first (earliest) stands right of the last.
    dates = re.findall(r'<text x="([\d.]+)" y="248"', svg)
    assert float(dates[0]) > float(dates[-1])
    assert xs


# --- As of a date ---------------------------------------------------------------


@pytest.mark.parametrize("which", ["dashboard", "body", "report", "theme"])
def test_a_page_as_of_a_date_shows_the_statuses_then_read_only(client, editor, world, which):
    client.force_login(editor)
    response = client.get(pages(world)[which], {"as_of": "2018-11-15"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "As of 15 November 2018: read-only." in html
    main = html[html.index("<main") : html.index("</main>")]
    assert "<form" not in main
    statuses = re.findall(r'<span class="status status-(\w+)">', main)
    assert sorted(statuses) == ["in_progress", "not_started", "not_started"]
    assert "3 of 3 open; 0 completed since 20 September 2018." in main
    assert main.count('class="is-overdue"') == 0


def test_as_of_marks_what_was_overdue_then(client, editor, world):
    client.force_login(editor)
    body = pages(world)["body"]
    html = client.get(body, {"as_of": "2019-01-15"}).content.decode()
    assert html.count('class="is-overdue"') == 2  # due 1 January 2019, open then
    html = client.get(body, {"as_of": "2019-02-15"}).content.decode()
    assert html.count('class="is-overdue"') == 1  # one completed on 1 February


def test_as_of_before_the_first_request_says_nothing_was_asked(client, editor, world):
    client.force_login(editor)
    html = client.get(pages(world)["report"], {"as_of": "2018-09-19"}).content.decode()
    assert "No item was asked by that date." in html


def test_the_public_as_of_shows_statuses_shown_today(client, settings, world):
    settings.PUBLIC_READ = True
    html = client.get(pages(world)["dashboard"], {"as_of": "2018-11-15"}).content.decode()
    assert "the history of statuses is not public" in html
    statuses = re.findall(r'<span class="status status-(\w+)">', html)
    assert sorted(statuses) == ["completed", "in_progress", "not_started"]


BAD = [
    "0000-01-01",
    "99999-01-01",
    "2018-09-27\x00",
    "\x00",
    "٢٠١٨-٠٩-٢٧",  # Arabic-Indic digits
    "２０１８-０９-２７",  # full-width digits
    "2018-02-30",
    "1800-01-01",
    "2999-01-01",
    "27/09/2018",
    "",
    "x" * 5000,
]


@pytest.mark.parametrize("which", ["dashboard", "body", "report", "theme"])
@pytest.mark.parametrize("value", BAD)
def test_a_bad_date_gives_a_400_with_a_message(client, viewer, world, which, value):
    client.force_login(viewer)
    response = client.get(pages(world)[which], {"as_of": value})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_a_page_as_of_a_date_runs_a_fixed_number_of_queries(
    client, viewer, world, django_assert_num_queries
):
    client.force_login(viewer)
    url = pages(world)["body"]
    client.get(url, {"as_of": "2019-01-15"})
    # BASE (tests/test_queries.py), the body; the trend (3); count, page of items
    with django_assert_num_queries(5 + 1 + 3 + 2):
        client.get(url, {"as_of": "2019-01-15"})
    for _ in range(5):
        make_item(make_decision(world["report"]), world["body"])
    with django_assert_num_queries(5 + 1 + 3 + 2):
        client.get(url, {"as_of": "2019-01-15"})
