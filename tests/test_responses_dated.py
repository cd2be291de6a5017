"""Membership is dated: the matrix and its "31 of 57 answered" count the
members on the day, today or as of a date (`?as_of=`), with the responses
as they were then, read from their history (MemberResponseChange);
read-only as of a date (issue 22)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from decisions.models import ActionItem, Body, MemberResponse, MemberResponseChange, Membership
from decisions.responses.services import ResponseValues, member_response_record
from tests.factory import make_item

pytestmark = pytest.mark.django_db

JOINED = datetime.date(2020, 6, 1)


@pytest.fixture
def item() -> ActionItem:
    return make_item(owner=Body.objects.get(slug="member-states"))


def record(item, slug, status, *, at: datetime.datetime | None = None, note: str = "", by=None):
    """Record through the service, then move the response and the change
    just written back to `at`, as if recorded then."""
    member = Body.objects.get(slug=slug)
    current = MemberResponse.objects.filter(item=item, member=member).first()
    response = member_response_record(
        item=item,
        member=member,
        values=ResponseValues(status=status, note=note),
        by=by,
        expected_version=current.version if current else 0,
    )
    if at is not None:
        MemberResponse.objects.filter(pk=response.pk).update(recorded_at=at)
        last = MemberResponseChange.objects.filter(item=item, member=member).newest_first()
        MemberResponseChange.objects.filter(pk=last.values("pk")[:1]).update(recorded_at=at)


def url(item, **query) -> str:
    base = reverse("decisions:item_responses", args=[item.pk])
    return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


@pytest.fixture
def dated(item):
    """Guyana joined on 1 June 2020; Mali left on 1 January 2022; Senegal
    answered in 2021, Egypt in 2023."""
    Membership.objects.filter(member__slug="guyana").update(since=JOINED)
    Membership.objects.filter(member__slug="mali").update(until=datetime.date(2022, 1, 1))
    record(item, "senegal", "acted", at=at(datetime.date(2021, 3, 1)))
    record(item, "egypt", "answered", at=at(datetime.date(2023, 3, 1)))
    return item


def test_today_the_matrix_counts_the_members_of_today(client, viewer, dated):
    client.force_login(viewer)
    r = client.get(url(dated))
    assert "2 of 56 answered" in r.content.decode()
    slugs = {row.body.slug for row in r.context["rows"]}
    assert "guyana" in slugs and "mali" not in slugs


def test_as_of_a_date_the_matrix_counts_the_members_of_that_day(client, viewer, dated):
    client.force_login(viewer)
    r = client.get(url(dated, as_of="2021-06-30"))
    assert r.status_code == 200
    text = r.content.decode()
    assert "As of 30 June 2021: read-only." in text
    assert "1 of 57 answered" in text  # Mali still in, Egypt not yet answered
    rows = {row.body.slug: row for row in r.context["rows"]}
    assert "mali" in rows and "guyana" in rows
    assert rows["senegal"].status == "acted" and rows["egypt"].status == "not_asked"


def test_before_a_state_joined_it_is_not_counted(client, viewer, dated):
    client.force_login(viewer)
    r = client.get(url(dated, as_of="2019-12-31"))
    assert "0 of 56 answered" in r.content.decode()
    assert "guyana" not in {row.body.slug for row in r.context["rows"]}


def test_as_of_a_date_nothing_can_be_recorded_or_drafted(client, editor, dated):
    client.force_login(editor)
    text = client.get(url(dated, as_of="2021-06-30")).content.decode()
    assert "Draft the notes verbales" not in text
    assert "Upload responses" not in text
    assert ">Record</a>" not in text
    assert 'name="as_of" value="2021-06-30"' in text  # the filter stays on that day


def test_the_filter_works_as_of_a_date(client, viewer, dated):
    client.force_login(viewer)
    r = client.get(url(dated, as_of="2023-06-30", status="answered"))
    assert [row.body.slug for row in r.context["rows"]] == ["egypt"]


@pytest.mark.parametrize(
    "value", ["2021-02-30", "30/06/2021", "٢٠٢١-٠٦-٣٠", "2021-06-30\x00", "9" * 500, "2999-01-01"]
)
def test_a_bad_date_is_a_400_with_a_message(client, viewer, dated, value):
    client.force_login(viewer)
    r = client.get(reverse("decisions:item_responses", args=[dated.pk]), {"as_of": value})
    assert r.status_code == 400
    assert b"See today" in r.content or b"today" in r.content


def test_the_public_sees_only_the_counts_as_of_a_date(client, settings, dated):
    settings.PUBLIC_READ = True
    r = client.get(url(dated, as_of="2021-06-30"))
    assert r.status_code == 200
    assert "1 of 57 answered" in r.content.decode()
    assert "rows" not in r.context


def test_the_matrix_as_of_a_date_takes_a_constant_number_of_queries(
    client, viewer, dated, django_assert_num_queries
):
    """As today's matrix less what only today's shows (who may record)."""
    client.force_login(viewer)
    client.get(url(dated, as_of="2021-06-30"))
    with django_assert_num_queries(10):
        client.get(url(dated, as_of="2021-06-30"))
    record(dated, "niger", "answered", at=at(datetime.date(2021, 1, 1)))
    with django_assert_num_queries(10):
        client.get(url(dated, as_of="2021-06-30"))


def test_a_membership_that_ends_before_it_starts_is_refused_in_the_admin(admin_client):
    m = Membership.objects.get(collective__slug="member-states", member__slug="mali")
    r = admin_client.post(
        reverse("admin:decisions_membership_change", args=[m.pk]),
        {
            "collective": m.collective_id,
            "member": m.member_id,
            "since": "2020-01-01",
            "until": "2019-01-01",
        },
    )
    assert r.status_code == 200
    assert "A membership ends after it starts." in r.content.decode()
    m.refresh_from_db()
    assert m.until is None


def test_a_collective_bodys_page_in_the_admin_dates_its_members(admin_client):
    body = Body.objects.get(slug="member-states")
    page = admin_client.get(reverse("admin:decisions_body_change", args=[body.pk]))
    assert page.status_code == 200
    assert b'name="memberships-0-since"' in page.content
