"""Who belongs to a collective body: filled from the registry (undated where
it does not know), editable and dated in the admin, kept through a merge."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from decisions.models import Body, MemberResponse, Membership
from decisions.registry.services import body_merge
from tests.factory import make_body, make_item

pytestmark = pytest.mark.django_db


def test_the_migration_makes_the_57_member_states_members_without_inventing_dates():
    members = Membership.objects.filter(collective__slug="member-states")
    assert members.count() == 57
    assert members.current().count() == 57
    assert not members.exclude(since=None).exists()
    assert members.filter(member__slug="afghanistan", member__kind="member_state").exists()


def test_other_collective_bodies_get_their_members_through_sub_groups():
    institutions = Membership.objects.filter(collective__slug="oic-institutions")
    assert institutions.filter(member__slug="isdb").exists()
    assert not institutions.filter(member__kind="group").exists()
    observers = Membership.objects.filter(collective__slug="observer-states")
    assert observers.count() == 5


def test_load_bodies_adds_no_membership_twice_and_keeps_an_ended_one():
    ended = Membership.objects.get(collective__slug="member-states", member__slug="afghanistan")
    ended.until = datetime.date(2020, 1, 1)
    ended.save()
    out = StringIO()
    call_command("load_bodies", stdout=out)
    assert "0 memberships added" in out.getvalue()
    assert Membership.objects.filter(member__slug="afghanistan").get(
        collective__slug="member-states"
    ).until == datetime.date(2020, 1, 1)
    assert Membership.objects.filter(collective__slug="member-states").current().count() == 56


def test_a_membership_is_current_only_between_its_dates():
    group = make_body(kind="group")
    joined = Membership.objects.create(
        collective=group, member=make_body(), since=datetime.date(2030, 1, 1)
    )
    assert not Membership.objects.filter(pk=joined.pk).current(datetime.date(2029, 12, 31))
    assert Membership.objects.filter(pk=joined.pk).current(datetime.date(2030, 1, 1))


def test_an_administrator_dates_a_membership_in_the_admin(admin_client):
    m = Membership.objects.get(collective__slug="member-states", member__slug="mali")
    url = reverse("admin:decisions_membership_change", args=[m.pk])
    assert admin_client.get(url).status_code == 200
    r = admin_client.post(
        url,
        {
            "collective": m.collective_id,
            "member": m.member_id,
            "since": "1969-09-25",
            "until": "",
        },
    )
    assert r.status_code == 302, r.content[:2000]
    m.refresh_from_db()
    assert m.since == datetime.date(1969, 9, 25)


def test_responses_are_read_only_in_the_admin(admin_client):
    assert admin_client.get(reverse("admin:decisions_memberresponse_add")).status_code == 403


def test_a_merged_state_keeps_its_memberships_and_responses():
    states = Body.objects.get(slug="member-states")
    item = make_item(owner=states)
    dup = make_body(kind="member_state", name_en="Mali (typo)")
    Membership.objects.create(collective=states, member=dup)
    MemberResponse.objects.create(item=item, member=dup, status="acted", note="paid")
    mali = Body.objects.get(slug="mali")
    body_merge(body=dup, into=mali)
    response = MemberResponse.objects.get(item=item)
    assert response.member == mali and response.status == "acted"
    assert Membership.objects.filter(collective=states, member=mali).count() == 1


def test_a_merge_keeps_the_response_recorded_last():
    states = Body.objects.get(slug="member-states")
    item = make_item(owner=states)
    mali = Body.objects.get(slug="mali")
    dup = make_body(kind="member_state")
    t = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    MemberResponse.objects.create(item=item, member=mali, status="asked", recorded_at=t)
    MemberResponse.objects.create(
        item=item, member=dup, status="acted", recorded_at=t + datetime.timedelta(days=1)
    )
    body_merge(body=dup, into=mali)
    kept = MemberResponse.objects.get(item=item)
    assert (kept.member, kept.status, kept.version) == (mali, "acted", 2)
