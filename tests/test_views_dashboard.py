"""The dashboard: overall progress, a row per body and per report, the
overdue items and the latest updates."""

from __future__ import annotations

import datetime
import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from decisions.items import services as item_services
from decisions.lineage import renewals
from decisions.models import RenewalLink, Status
from decisions.workflow import services as workflow
from tests.factory import make_body, make_decision, make_item, make_report

URL = reverse("decisions:dashboard")


@pytest.fixture
def data(db):
    report = make_report("OIC/DASH/REP")
    owner = make_body("t-owner", name_en="Owner Body")
    items = [
        make_item(make_decision(report), owner=owner, status=status)
        for status in (Status.COMPLETED, Status.COMPLETED, Status.IN_PROGRESS, Status.STALLED)
    ]
    items.append(make_item(make_decision(report), owner=owner, due_date=datetime.date(2001, 5, 1)))
    return report, owner, items


def test_it_shows_the_overall_share_completed_as_an_accessible_bar(client, viewer, data):
    client.force_login(viewer)
    content = client.get(URL).content.decode()
    assert 'role="img" aria-label="2 of 5 completed; 1 in progress; 1 not started; 1 stalled"' in (
        content
    )
    assert "40% · 2/5" in content


def test_the_bar_segments_meet_end_to_end_and_fill_the_bar():
    """Of 16 items (3, 2, 9, 1, 1), shares rounded one by one left a hairline of
    the track between two segments (31.2 + 56.2 = 87.4, the next at 87.5)."""
    counts = {"n_completed": 3, "n_in_progress": 2, "n_not_started": 9}
    counts |= {"n_stalled": 1, "n_cancelled": 1}
    html = Template("{% load progress %}{% progress_bar counts %}").render(
        Context({"counts": counts})
    )
    rects = re.findall(r'<rect(?: x="([\d.]+)%")? width="([\d.]+)%"', html)
    assert len(rects) == 5
    end = 0.0
    for x, width in rects:
        assert float(x or 0) == pytest.approx(end)
        end = float(x or 0) + float(width)
    assert end == pytest.approx(100)


def test_it_shows_a_row_per_body_and_per_report(client, viewer, data):
    report, owner, _ = data
    client.force_login(viewer)
    response = client.get(URL)
    (body_row,) = response.context["dash"].bodies
    assert (body_row, body_row.n_items, body_row.n_completed, body_row.n_overdue) == (
        owner,
        5,
        2,
        1,
    )
    (report_row,) = response.context["dash"].reports
    assert (report_row, report_row.n_items, report_row.n_stalled) == (report, 5, 1)
    content = response.content.decode()
    assert f'href="{owner.get_absolute_url()}">Owner Body</a>' in content
    assert f'href="{report.get_absolute_url()}">OIC/DASH/REP</a>' in content


def test_it_lists_overdue_items_with_a_link_to_the_filtered_list(client, viewer, data):
    *_, items = data
    client.force_login(viewer)
    response = client.get(URL)
    assert list(response.context["dash"].overdue_items) == [items[-1]]
    assert f'href="{reverse("decisions:item_list")}?overdue=yes&amp;o=due"' in (
        response.content.decode()
    )


def test_it_shows_the_latest_updates_escaped(client, viewer, editor, data):
    *_, items = data
    item_services.action_item_set_status(
        item=items[0], status=Status.COMPLETED, note="<script>alert(1)</script>", by=editor
    )
    client.force_login(viewer)
    content = client.get(URL).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "<script>alert(1)</script>" not in content


def test_it_shows_at_most_ten_latest_updates(client, viewer, editor, data):
    *_, items = data
    for n in range(12):
        item_services.action_item_set_status(
            item=items[0], status=items[0].status, note=f"n{n}", by=editor
        )
    client.force_login(viewer)
    updates = list(client.get(URL).context["dash"].latest_updates)
    assert len(updates) == 10
    assert updates[0].note == "n11"


def test_an_empty_database_shows_the_empty_states(client, viewer):
    client.force_login(viewer)
    content = client.get(URL).content.decode()
    assert "No action items yet." in content
    assert "No report imported yet." in content
    assert "Nothing is overdue." in content


def test_an_update_shows_on_the_cached_dashboard_at_once(client, editor):
    item = make_item(summary="Send the mission")
    client.force_login(editor)
    assert "no update recorded yet" in client.get("/").content.decode().lower()
    item_services.action_item_set_status(
        item=item, status="completed", note="Mission sent in May", by=editor
    )
    page = client.get("/").content.decode()
    assert "Mission sent in May" in page


def test_neither_a_cancelled_item_nor_one_due_today_is_overdue(client, viewer, db):
    """Due today is not late yet; cancelled is expected of no one, however
    old its date. Only the open item due yesterday is overdue."""
    today = timezone.localdate()
    owner = make_body("t-edge", name_en="Edge Body")
    late = make_item(owner=owner, due_date=today - datetime.timedelta(days=1))
    make_item(owner=owner, due_date=today)
    make_item(owner=owner, due_date=datetime.date(2001, 1, 1), status=Status.CANCELLED)
    make_item(owner=owner, due_date=datetime.date(2001, 1, 1), status=Status.COMPLETED)
    client.force_login(viewer)
    dash = client.get(URL).context["dash"]
    assert list(dash.overdue_items) == [late]
    assert dash.overall["n_overdue"] == 1
    assert [b.n_overdue for b in dash.bodies] == [1]
    page = client.get(owner.get_absolute_url())
    overdue = {i.pk: i.overdue for group in page.context["by_report"] for i in group["items"]}
    assert [pk for pk, flag in overdue.items() if flag] == [late.pk]


def test_the_overdue_list_shows_when_each_item_was_first_asked(client, viewer, data):
    *_, items = data
    old = make_item(make_decision(make_report("OIC/OLD/REP", date=datetime.date(2010, 3, 2))),
                    owner=items[-1].owner, status=Status.CANCELLED)  # fmt: skip
    link = RenewalLink.objects.create(earlier_item=old, later_item=items[-1], score=0.9)
    renewals.renewal_decide(link=link, confirm=True, by=None)
    client.force_login(viewer)
    response = client.get(URL)
    (overdue,) = response.context["dash"].overdue_items
    assert overdue.first_asked == datetime.date(2010, 3, 2)
    html = response.content.decode()
    section = html[html.index('id="overdue-heading"') :]
    assert '<th scope="col">First asked</th>' in section
    assert '<time datetime="2010-03-02">2 Mar 2010</time>' in section


def test_the_longest_standing_link_lists_every_open_request_oldest_first(client, viewer, data):
    client.force_login(viewer)
    html = client.get(URL).content.decode()
    href = "status=not_started&amp;status=in_progress&amp;status=stalled&amp;o=asked"
    assert f'href="{reverse("decisions:item_list")}?{href}"' in html


def test_public_visitors_see_the_public_status_of_the_longest_standing(client, settings, editor):
    """Open or not by the status they are shown; never the internal one."""
    settings.PUBLIC_READ = True
    shown = make_item(status=Status.STALLED)
    hidden = make_item(status=Status.IN_PROGRESS)
    workflow.public_status_set(item=shown, status=Status.IN_PROGRESS, note="", by=editor)
    workflow.public_status_set(item=hidden, status=Status.COMPLETED, note="", by=editor)
    dash = client.get(URL).context["dash"]
    assert [i.pk for i in dash.longest_standing] == [shown.pk]
    html = client.get(URL).content.decode()
    section = html[html.index('id="longest-heading"') : html.index('id="bodies-heading"')]
    assert 'class="status status-in_progress"' in section
    assert "status-stalled" not in section
    client.force_login(editor)
    dash = client.get(URL).context["dash"]
    assert {i.pk for i in dash.longest_standing} == {shown.pk, hidden.pk}


def test_it_lists_the_bodies_that_most_need_attention_and_links_them_all(
    client, viewer, db, monkeypatch
):
    """Of many bodies, the dashboard lists the most overdue first, then the most
    open requests; a body whose requests are all completed waits on the bodies
    page, which the link reaches with the count of every body."""
    from decisions.progress import views as progress_views

    monkeypatch.setattr(progress_views, "DASHBOARD_BODIES", 2)
    report = make_report("OIC/DASH/BODIES")
    late = make_body("t-late", name_en="Zulu Late Body")
    busy = make_body("t-busy", name_en="Yankee Busy Body")
    done = make_body("t-done", name_en="Alpha Done Body")
    make_item(make_decision(report), owner=late, due_date=datetime.date(2001, 5, 1))
    for _ in range(3):
        make_item(make_decision(report), owner=busy, status=Status.IN_PROGRESS)
    for _ in range(5):
        make_item(make_decision(report), owner=done, status=Status.COMPLETED)
    client.force_login(viewer)
    content = client.get(URL).content.decode()
    section = content[content.index('id="bodies-heading"') : content.index('id="reports-heading"')]
    assert section.index("Zulu Late Body") < section.index("Yankee Busy Body")
    assert "Alpha Done Body" not in section
    assert f'<a href="{reverse("decisions:body_list")}">All 3 bodies</a>' in section
    assert "Alpha Done Body" in client.get(reverse("decisions:body_list")).content.decode()
