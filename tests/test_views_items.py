"""The action item list: each filter narrows it, the filter lives in the
URL and survives pagination, columns sort."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from decisions.items import services as item_services
from decisions.lineage import renewals
from decisions.models import RenewalLink, Status
from decisions.models.catalog import Theme
from tests.factory import make_body, make_decision, make_item, make_report

URL = reverse("decisions:item_list")
PAST = datetime.date(2001, 1, 1)
FUTURE = datetime.date(2099, 1, 1)


@pytest.fixture
def items(db, editor):
    """Four items in two reports, two owners, different statuses and dates."""
    mali = make_report("OIC/MALI/REP")
    other = make_report("OIC/OTHER/REP")
    isdb = make_body("t-isdb", name_en="Islamic Development Bank")
    isesco = make_body("t-isesco", name_en="ISESCO")
    found = {
        "fund": make_item(
            make_decision(mali, number="x", text="Asks the IsDB to fund the recovery plan."),
            owner=isdb,
            status=Status.IN_PROGRESS,
            due_date=PAST,
        ),
        "heritage": make_item(
            make_decision(mali, number="xiii", text="Asks ISESCO to restore manuscripts."),
            owner=isesco,
            due_date=FUTURE,
            summary="Restore the heritage of Timbuktu.",
        ),
        "done": make_item(
            make_decision(other, number="3", text="Asks the IsDB to report."),
            owner=isdb,
            status=Status.COMPLETED,
            due_date=PAST,
        ),
        "undated": make_item(
            make_decision(other, number="4", text="Asks ISESCO to consider."), owner=isesco
        ),
    }
    item_services.action_item_set_status(
        item=found["undated"], status=Status.STALLED, note="Waiting for the budget line.", by=editor
    )
    return found


def listed(client, **params) -> set[int]:
    response = client.get(URL, params)
    assert response.status_code == 200
    return {item.pk for item in response.context["page"].object_list}


@pytest.fixture
def signed_in(client, viewer):
    client.force_login(viewer)
    return client


def test_it_lists_every_item_without_a_filter(signed_in, items):
    assert listed(signed_in) == {i.pk for i in items.values()}


def test_it_filters_by_report(signed_in, items):
    report = items["fund"].decision.report
    assert listed(signed_in, report=report.pk) == {items["fund"].pk, items["heritage"].pk}


def test_it_filters_by_paragraph_number(signed_in, items):
    assert listed(signed_in, paragraph="XIII") == {items["heritage"].pk}


def test_it_filters_by_owner_slug(signed_in, items):
    assert listed(signed_in, owner="t-isdb") == {items["fund"].pk, items["done"].pk}


def test_it_filters_by_several_statuses(signed_in, items):
    result = listed(signed_in, status=[Status.COMPLETED, Status.STALLED])
    assert result == {items["done"].pk, items["undated"].pk}


def test_it_filters_overdue_items(signed_in, items):
    assert listed(signed_in, overdue="yes") == {items["fund"].pk}


def test_it_filters_items_not_overdue_including_undated_ones(signed_in, items):
    result = listed(signed_in, overdue="no")
    assert result == {items["heritage"].pk, items["done"].pk, items["undated"].pk}


def test_it_filters_by_due_date_range(signed_in, items):
    assert listed(signed_in, due_after="2050-01-01") == {items["heritage"].pk}
    assert listed(signed_in, due_before="2050-01-01") == {items["fund"].pk, items["done"].pk}


def test_the_search_looks_in_paragraph_summary_and_notes(signed_in, items):
    assert listed(signed_in, q="recovery plan") == {items["fund"].pk}
    assert listed(signed_in, q="timbuktu") == {items["heritage"].pk}
    assert listed(signed_in, q="budget line") == {items["undated"].pk}


def test_an_item_with_two_matching_notes_is_listed_once(signed_in, items, editor):
    item = items["undated"]
    item_services.action_item_set_status(
        item=item, status=item.status, note="budget again", by=editor
    )
    response = signed_in.get(URL, {"q": "budget"})
    assert [i.pk for i in response.context["page"].object_list] == [item.pk]
    assert response.context["page"].paginator.count == 1


def test_an_invalid_filter_value_is_reported_not_a_crash(signed_in, items):
    response = signed_in.get(URL, {"due_after": "not a date", "status": "nonsense"})
    assert response.status_code == 200
    assert response.context["filter"].form.errors


def test_every_filter_field_has_a_label(signed_in, items):
    content = signed_in.get(URL).content.decode()
    for name in ("q", "report", "paragraph", "owner", "overdue", "due_after", "due_before"):
        assert f'<label for="id_{name}">' in content, name
    assert "<legend>Status</legend>" in content


@pytest.mark.parametrize(
    ("o", "expected"),
    [
        ("due", ["fund", "done", "heritage", "undated"]),
        ("-due", ["heritage", "fund", "done", "undated"]),
        ("status", ["heritage", "fund", "done", "undated"]),
        ("owner", ["heritage", "undated", "fund", "done"]),
        ("-paragraph", ["undated", "done", "heritage", "fund"]),
        ("-updated", ["undated", "fund", "heritage", "done"]),
    ],
)
def test_columns_sort(signed_in, items, o, expected):
    response = signed_in.get(URL, {"o": o})
    assert [i.pk for i in response.context["page"].object_list] == [
        items[name].pk for name in expected
    ]


def test_a_sorted_column_header_offers_the_reverse_order(signed_in, items):
    content = signed_in.get(URL, {"o": "due", "owner": "t-isdb"}).content.decode()
    assert 'aria-sort="ascending"' in content
    assert 'href="?o=-due&amp;owner=t-isdb"' in content


@pytest.fixture
def many_items(db):
    report = make_report()
    owner = make_body("many")
    return [make_item(make_decision(report), owner=owner) for _ in range(55)]


def test_it_shows_fifty_items_a_page(signed_in, many_items):
    response = signed_in.get(URL)
    assert len(response.context["page"].object_list) == 50
    response = signed_in.get(URL, {"page": 2})
    assert len(response.context["page"].object_list) == 5


def test_page_links_keep_the_filter_and_the_order(signed_in, many_items):
    content = signed_in.get(URL, {"owner": "many", "o": "-due"}).content.decode()
    assert 'href="?owner=many&amp;o=-due&amp;page=2"' in content


def test_a_note_is_shown_escaped_in_the_list(signed_in, items, editor):
    item = items["fund"]
    item_services.action_item_set_status(
        item=item, status=item.status, note="<script>alert(1)</script>", by=editor
    )
    content = signed_in.get(URL).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_the_overdue_filter_leaves_out_cancelled_items_and_items_due_today(client, viewer):
    today = timezone.localdate()
    late = make_item(due_date=today - datetime.timedelta(days=1))
    today_item = make_item(due_date=today)
    cancelled = make_item(due_date=PAST, status=Status.CANCELLED)
    client.force_login(viewer)
    overdue = client.get(URL, {"overdue": "yes"}).context["page"].object_list
    assert list(overdue) == [late]
    not_overdue = client.get(URL, {"overdue": "no"}).context["page"].object_list
    assert {today_item, cancelled} <= set(not_overdue)
    content = client.get(URL).content.decode()
    assert content.count('<strong class="overdue">') == 1


# --- Themes ---------------------------------------------------------------------


def test_it_filters_by_theme(signed_in, items):
    Theme.objects.get(slug="security").items.add(items["fund"], items["undated"])
    Theme.objects.get(slug="cultural-heritage").items.add(items["heritage"], items["fund"])
    assert listed(signed_in, theme="security") == {items["fund"].pk, items["undated"].pk}
    assert listed(signed_in, theme="cultural-heritage", owner="t-isdb") == {items["fund"].pk}


@pytest.mark.parametrize(
    ("language", "name"), [("en", "Security"), ("fr", "Sécurité"), ("ar", "الأمن")]
)
def test_the_theme_choices_are_named_in_the_users_language(signed_in, items, language, name):
    content = signed_in.get(URL, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert '<label for="id_theme">' in content
    assert f'<option value="security">{name}</option>' in content


@pytest.mark.parametrize("value", ["no-such-theme", "²", "99999999999999999999", "٣٤", "1"])
def test_a_theme_that_is_not_one_is_shown_as_an_error_and_ignored(signed_in, items, value):
    response = signed_in.get(URL, {"theme": value})
    assert response.status_code == 200
    assert "theme" in response.context["filter"].form.errors
    assert "Select a valid choice" in response.content.decode()
    assert response.context["page"].paginator.count == len(items)


# --- Age: since the request was first asked ----------------------------------------


@pytest.fixture
def renewed(db):
    """A 2019 request renewing (confirmed) one of 2012; a 2015 one; a 2017 one."""
    owner = make_body("age-owner")
    old = make_item(make_decision(make_report("OIC/2012/REP", date=datetime.date(2012, 5, 1))),
                    owner=owner, status=Status.CANCELLED)  # fmt: skip
    new = make_item(make_decision(make_report("OIC/2019/REP", date=datetime.date(2019, 5, 1))),
                    owner=owner)  # fmt: skip
    mid = make_item(make_decision(make_report("OIC/2015/REP", date=datetime.date(2015, 5, 1))))
    recent = make_item(make_decision(make_report("OIC/2017/REP", date=datetime.date(2017, 5, 1))))
    link = RenewalLink.objects.create(earlier_item=old, later_item=new, score=0.9)
    renewals.renewal_decide(link=link, confirm=True, by=None)
    return {"old": old, "new": new, "mid": mid, "recent": recent}


def test_the_list_shows_when_each_item_was_first_asked_through_its_lineage(signed_in, renewed):
    response = signed_in.get(URL, {"report": "OIC/2019/REP"})
    (item,) = response.context["page"].object_list
    assert item.first_asked == datetime.date(2012, 5, 1)
    content = response.content.decode()
    assert ">First asked</a></th>" in content
    assert '<time datetime="2012-05-01">1 May 2012</time>' in content
    assert "ago</span>" in content


def test_the_first_asked_column_sorts_oldest_first(signed_in, renewed):
    r = renewed
    response = signed_in.get(URL, {"o": "asked"})
    assert [i.pk for i in response.context["page"].object_list] == [
        r["old"].pk, r["new"].pk, r["mid"].pk, r["recent"].pk
    ]  # fmt: skip
    response = signed_in.get(URL, {"o": "-asked"})
    assert [i.pk for i in response.context["page"].object_list] == [
        r["recent"].pk, r["mid"].pk, r["old"].pk, r["new"].pk
    ]  # fmt: skip
    assert 'aria-sort="descending"' in response.content.decode()


def test_the_age_on_the_list_is_the_age_on_the_item_page(signed_in, renewed):
    item = renewed["new"]
    page = signed_in.get(item.get_absolute_url()).content.decode()
    assert "First asked on 1 May 2012" in page
    listed_page = signed_in.get(URL, {"report": "OIC/2019/REP"}).content.decode()
    assert "1 May 2012" in listed_page
