"""The iCalendar feeds of due dates and the page that manages their address."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from decisions.models import CalendarToken, Status
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(db):
    report = make_report("OIC/ACM-2017/MALI-REP")
    isdb = make_body("isdb-c", name_en="Islamic Development Bank")
    sg = make_body("sg-c", name_en="Secretary-General")
    return {
        "isdb": make_item(
            make_decision(report, number="x"), owner=isdb, due_date=datetime.date(2030, 3, 1)
        ),
        "sg": make_item(
            make_decision(report, number="xiv"), owner=sg, due_date=datetime.date(2030, 4, 1)
        ),
        "done": make_item(
            make_decision(report, number="ix"),
            owner=sg,
            due_date=datetime.date(2030, 5, 1),
            status=Status.COMPLETED,
        ),
        "undated": make_item(make_decision(report, number="iii"), owner=sg),
    }


@pytest.fixture
def token(viewer) -> CalendarToken:
    return CalendarToken.objects.create(user=viewer)


def events(response) -> dict[str, object]:
    assert response["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(response.content)
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_the_overall_feed_has_an_all_day_event_per_open_dated_item(client, items, token, settings):
    settings.SITE_URL = "https://tracker.example.org"
    response = client.get(reverse("decisions:calendar_all", args=[token.key]))
    assert response.status_code == 200
    found = events(response)
    assert set(found) == {
        "¶x — owner: Islamic Development Bank",
        "¶xiv — owner: Secretary-General",
    }
    event = found["¶xiv — owner: Secretary-General"]
    assert event.decoded("dtstart") == datetime.date(2030, 4, 1)
    assert event.decoded("dtend") == datetime.date(2030, 4, 2)
    assert str(event["uid"]) == f"action-item-{items['sg'].pk}@tracker.example.org"
    assert str(event["url"]) == f"https://tracker.example.org/items/{items['sg'].pk}/"


def test_uids_are_stable_from_one_fetch_to_the_next(client, items, token):
    url = reverse("decisions:calendar_all", args=[token.key])
    first = {str(e["uid"]) for e in events(client.get(url)).values()}
    second = {str(e["uid"]) for e in events(client.get(url)).values()}
    assert first == second and len(first) == 2


def test_the_body_feed_has_only_that_bodys_items(client, items, token):
    url = reverse("decisions:calendar_body", args=[token.key, "isdb-c"])
    assert list(events(client.get(url))) == ["¶x — owner: Islamic Development Bank"]


def test_an_unknown_body_is_404(client, items, token):
    url = reverse("decisions:calendar_body", args=[token.key, "nobody"])
    assert client.get(url).status_code == 404


def test_an_unknown_or_revoked_key_is_404(client, items, token):
    url = reverse("decisions:calendar_all", args=[token.key])
    assert client.get(reverse("decisions:calendar_all", args=["not-a-key"])).status_code == 404
    token.delete()
    assert client.get(url).status_code == 404


def test_the_key_of_a_user_who_lost_their_role_is_404(client, items):
    token = CalendarToken.objects.create(user=make_user("nobody"))
    assert client.get(reverse("decisions:calendar_all", args=[token.key])).status_code == 404


def test_a_feed_refuses_post(client, items, token):
    url = reverse("decisions:calendar_all", args=[token.key])
    assert client.post(url).status_code == 405


# --- The page -------------------------------------------------------------------


def test_the_page_offers_to_make_an_address(client, viewer, items):
    client.force_login(viewer)
    response = client.get(reverse("decisions:calendar"))
    assert response.status_code == 200
    assert reverse("decisions:calendar_token_new").encode() in response.content
    assert b"csrfmiddlewaretoken" in response.content


def test_making_an_address_then_seeing_it(client, viewer, items):
    client.force_login(viewer)
    response = client.post(reverse("decisions:calendar_token_new"))
    assert response.status_code == 302
    key = CalendarToken.objects.get(user=viewer).key
    page = client.get(reverse("decisions:calendar")).content.decode()
    assert reverse("decisions:calendar_all", args=[key]) in page
    assert reverse("decisions:calendar_body", args=[key, "sg-c"]) in page


def test_regenerating_revokes_the_old_address(client, viewer, items, token):
    client.force_login(viewer)
    old = reverse("decisions:calendar_all", args=[token.key])
    client.post(reverse("decisions:calendar_token_new"))
    new_key = CalendarToken.objects.get(user=viewer).key
    assert new_key != token.key
    assert client.get(old).status_code == 404
    assert client.get(reverse("decisions:calendar_all", args=[new_key])).status_code == 200


def test_revoking_deletes_the_address(client, viewer, items, token):
    client.force_login(viewer)
    assert client.post(reverse("decisions:calendar_token_delete")).status_code == 302
    assert not CalendarToken.objects.exists()
    assert client.get(reverse("decisions:calendar_all", args=[token.key])).status_code == 404


def test_the_page_is_csrf_protected(viewer, items):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(viewer)
    assert client.post(reverse("decisions:calendar_token_new")).status_code == 403
    assert not CalendarToken.objects.exists()


PAGES = ["decisions:calendar", "decisions:calendar_token_new", "decisions:calendar_token_delete"]


@pytest.mark.parametrize("name", PAGES)
def test_a_user_without_a_role_gets_403(client, name):
    client.force_login(make_user("nobody"))
    method = client.get if name == "decisions:calendar" else client.post
    assert method(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", PAGES)
def test_an_anonymous_visitor_is_sent_to_the_login_page(client, db, name):
    method = client.get if name == "decisions:calendar" else client.post
    response = method(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_wrong_methods_get_405(client, viewer):
    client.force_login(viewer)
    assert client.post(reverse("decisions:calendar")).status_code == 405
    assert client.get(reverse("decisions:calendar_token_new")).status_code == 405
    assert client.get(reverse("decisions:calendar_token_delete")).status_code == 405


def test_the_feed_leaves_out_cancelled_items_and_keeps_one_due_today(client, token):
    today = timezone.localdate()
    body = make_body("edge-c", name_en="Edge Body")
    make_item(make_decision(number="1"), owner=body, due_date=today)
    make_item(make_decision(number="2"), owner=body, due_date=today, status=Status.CANCELLED)
    make_item(
        make_decision(number="3"),
        owner=body,
        due_date=datetime.date(2030, 1, 1),
        status=Status.CANCELLED,
    )
    found = events(client.get(reverse("decisions:calendar_all", args=[token.key])))
    assert list(found) == ["¶1 — owner: Edge Body"]
    assert found["¶1 — owner: Edge Body"].decoded("dtstart") == today
