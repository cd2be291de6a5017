"""A focal point of a member State finds, on its home page, the requests
made of all the members ("Member States", a group) that its State has not
answered yet, each with a link to record the State's own response: the
response page existed, but no link a focal point would look at led there."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from decisions.models import BodyKind, Membership, Status
from decisions.responses.services import ResponseValues, member_response_record
from tests.factory import make_body, make_decision, make_item, make_report, make_user

pytestmark = pytest.mark.django_db

URL = reverse("decisions:home")


@pytest.fixture
def world(editor):
    report = make_report("OIC/HOME/ALL")
    states = make_body("home-states", name_en="All States", kind=BodyKind.MEMBER_STATES)
    ngos = make_body("home-ngos", name_en="Some Group", kind=BodyKind.GROUP)
    mine = make_body("home-state", name_en="My State")
    Membership.objects.create(collective=states, member=mine)
    # A membership that ended: that group's requests are no longer the State's.
    Membership.objects.create(
        collective=ngos,
        member=mine,
        since=datetime.date(2000, 1, 1),
        until=datetime.date(2001, 1, 1),
    )
    focal = make_user("statefocal", groups=("focal points",))
    mine.focal_points.add(focal)

    def item(owner, summary, **kwargs):
        return make_item(make_decision(report), owner=owner, summary=summary, **kwargs)

    asked = item(states, "Every State reports on the fund.")
    answered = item(states, "Every State names a contact.")
    member_response_record(
        item=answered,
        member=mine,
        values=ResponseValues(status="answered"),
        by=editor,
        expected_version=0,
    )
    return {
        "focal": focal,
        "mine": mine,
        "states": states,
        "asked": asked,
        "answered": answered,
        "closed": item(states, "Every State paid.", status=Status.COMPLETED),
        "former": item(ngos, "Every member of the group meets."),
    }


def responses_section(client, user):
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    (section,) = [s for s in response.context["sections"] if s.key == "responses"]
    return response, section


def test_it_lists_the_open_requests_made_of_all_that_the_state_has_not_answered(client, world):
    _, section = responses_section(client, world["focal"])
    assert section.rows == [world["asked"]]
    assert section.count == 1


def test_each_row_links_to_the_states_own_response_which_opens(client, world):
    response, _ = responses_section(client, world["focal"])
    edit = reverse("decisions:item_response_edit", args=[world["asked"].pk, world["mine"].pk])
    assert f'href="{edit}"' in response.content.decode()
    assert client.get(edit).status_code == 200
    # The section's own link: the collective's open items.
    assert "owner=home-states" in response.content.decode()


def test_a_focal_point_of_no_member_sees_the_section_empty(client, world):
    other = make_body("home-alone", name_en="Alone Body")
    alone = make_user("alonefocal", groups=("focal points",))
    other.focal_points.add(alone)
    response, section = responses_section(client, alone)
    assert (section.rows, section.count) == ([], 0)
    assert "No request made of all members waits for your response." in response.content.decode()
