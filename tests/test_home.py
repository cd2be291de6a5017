"""Each role's home page: an editor's queues, a focal point's bodies'
items, each counted and linked to the page that acts on it; everyone else
lands where they did before (the dashboard)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from decisions.correspondence.services import letter_record, reply_record
from decisions.models import ImportDraft, OverlapFlag, RenewalLink, Status
from decisions.models.trends import trend_days_fresh
from decisions.workflow.services import submission_create, submission_return
from tests.factory import make_body, make_decision, make_item, make_report, make_user

URL = reverse("decisions:home")
LATE = datetime.date(2001, 1, 1)
LATER = datetime.date(2099, 1, 1)


@pytest.fixture
def world(db, editor):
    """Two bodies, each with a focal point, an overdue and an open item; a
    pending submission, a returned one, a letter awaiting each body's
    reply, a renewal and a duplicate to decide, a draft to import."""
    report = make_report("OIC/HOME/REP")
    mine = make_body("home-mine", name_en="Mine Body")
    other = make_body("home-other", name_en="Other Body")
    focal = make_user("homefocal", groups=("focal points",))
    mine.focal_points.add(focal)
    other_focal = make_user("otherfocal", groups=("focal points",))
    other.focal_points.add(other_focal)
    items = {}
    for body in (mine, other):
        items[body.slug, "late"] = make_item(
            make_decision(report), owner=body, due_date=LATE, summary=f"Late {body.slug}."
        )
        items[body.slug, "open"] = make_item(
            make_decision(report),
            owner=body,
            due_date=LATER,
            status=Status.IN_PROGRESS,
            summary=f"Open {body.slug}.",
        )
        make_item(make_decision(report), owner=body, status=Status.COMPLETED)
    submission_create(
        item=items["home-mine", "open"], status="completed", note="Done.", by=focal,
        base_version=0,
    )  # fmt: skip
    returned = submission_create(
        item=items["home-mine", "late"], status="in_progress", note="Begun.", by=focal,
        base_version=0,
    )  # fmt: skip
    submission_return(submission=returned, by=editor, comment="Which budget line?")
    letter_record(
        reference="NV/HOME/1", sent_on=datetime.date(2024, 3, 1), subject="Report please",
        recipients=[mine, other], by=editor,
    )  # fmt: skip
    answered = letter_record(
        reference="NV/HOME/2", sent_on=datetime.date(2024, 4, 1), subject="Answered",
        recipients=[other], by=editor,
    )  # fmt: skip
    reply_record(letter=answered, sender=other, received_on=datetime.date(2024, 5, 1), by=editor)
    RenewalLink.objects.create(
        earlier_item=items["home-mine", "late"], later_item=items["home-mine", "open"], score=0.9
    )
    OverlapFlag.objects.create(
        item_a=items["home-mine", "late"], item_b=items["home-other", "late"], similarity=0.8
    )
    return {"focal": focal, "other_focal": other_focal, "items": items, "mine": mine}


def section(response, key):
    (found,) = [s for s in response.context["sections"] if s.key == key]
    return found


def test_logging_in_lands_on_the_home_page(client, world):
    response = client.post(
        reverse("login"), {"username": "homefocal", "password": "secret-pass-123"}
    )
    assert response.status_code == 302
    assert response["Location"] == URL


def test_logging_in_from_the_sites_root_lands_on_the_home_page_too(client, world):
    url = reverse("login") + "?next=/"
    response = client.post(url, {"username": "homefocal", "password": "secret-pass-123"})
    assert response["Location"] == URL
    # Any other page asked for is where one goes back to.
    client.logout()
    url = reverse("login") + "?next=/items/"
    response = client.post(url, {"username": "homefocal", "password": "secret-pass-123"})
    assert response["Location"] == "/items/"


def test_an_editor_sees_each_queue_counted_with_its_link(client, editor, world):
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    counts = {s.key: s.count for s in response.context["sections"]}
    # No draft: an editor who is no importer has no draft queue.
    assert counts == {
        "submissions": 1,
        "overdue": 2,
        "letters": 1,
        "renewals": 1,
        "duplicates": 1,
        "bodies": 0,
    }
    content = response.content.decode()
    assert 'href="/review/"' in content
    assert "NV/HOME/1" in content and "NV/HOME/2" not in content
    assert f'href="{reverse("decisions:dashboard")}"' in content


def test_an_importer_also_sees_the_drafts_to_import(client, editor, world):
    importer = make_user("importer", groups=("editors", "importers"))
    ImportDraft.objects.create(user=importer, source_text="x", source_sha256="0" * 64, symbol="D/1")
    ImportDraft.objects.create(user=editor, source_text="x", source_sha256="1" * 64, symbol="D/2")
    client.force_login(importer)
    drafts = section(client.get(URL), "drafts")
    assert ([str(d) for d in drafts.rows], drafts.url) == (
        ["D/1"],
        reverse("decisions:intake_drafts"),
    )


def test_a_focal_point_sees_only_its_own_bodies_items(client, world):
    client.force_login(world["focal"])
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["role"] == "focal"
    rows = {s.key: s.rows for s in response.context["sections"]}
    items = world["items"]
    assert rows["overdue"] == [items["home-mine", "late"]]
    # Open items, the soonest due first.
    assert rows["open"] == [items["home-mine", "late"], items["home-mine", "open"]]
    assert [s.review_comment for s in rows["returned"]] == ["Which budget line?"]
    assert [s.item for s in rows["pending"]] == [items["home-mine", "open"]]
    assert [letter.reference for letter in rows["letters"]] == ["NV/HOME/1"]
    content = response.content.decode()
    assert "Other Body" not in content
    assert "Which budget line?" in content
    assert "?overdue=yes&amp;o=due&amp;owner=home-mine" in content


def test_the_other_focal_point_sees_its_letter_answered_and_nothing_of_mine(client, world):
    client.force_login(world["other_focal"])
    response = client.get(URL)
    rows = {s.key: s.rows for s in response.context["sections"]}
    assert [letter.reference for letter in rows["letters"]] == ["NV/HOME/1"]
    assert rows["returned"] == rows["pending"] == []
    assert "Mine Body" not in response.content.decode()


def test_a_returned_submission_answered_by_a_new_one_leaves_the_list(client, world):
    focal, item = world["focal"], world["items"]["home-mine", "late"]
    submission_create(item=item, status="in_progress", note="Line 4.", by=focal, base_version=0)
    client.force_login(focal)
    assert section(client.get(URL), "returned").rows == []


def test_without_a_home_one_lands_where_one_did_before(client, viewer, world):
    dashboard = reverse("decisions:dashboard")
    for user in (viewer, make_user("norole")):
        client.force_login(user)
        response = client.get(URL)
        assert (response.status_code, response["Location"]) == (302, dashboard)
    client.logout()
    response = client.get(URL)
    assert (response.status_code, response["Location"]) == (302, dashboard)
    # ...where an anonymous visitor is asked to log in, and one with no role refused.
    assert client.get(dashboard).status_code == 302


def test_it_refuses_other_methods(client, editor, world):
    client.force_login(editor)
    assert client.post(URL).status_code == 405


def test_the_menu_leads_home_and_to_the_dashboard(client, world):
    client.force_login(world["focal"])
    content = client.get(URL).content.decode()
    assert f'<a href="{URL}" aria-current="page">Home</a>' in content
    assert f'href="{reverse("decisions:dashboard")}">Dashboard</a>' in content


def add_items(body, n, report):
    for _ in range(n):
        make_item(make_decision(report), owner=body, due_date=LATE)


# Session, user, role check (3); the navigation's permissions (2); then the
# page's own: the editor's six sections each list their first rows (the
# letters with their recipients), and count them only when the list is full
# (overdue: six items or more); the focal point's bodies, then six
# sections (open and overdue full, so counted), the collective bodies theirs
# belong to (the link of the requests made of all members, 1); the trend
# over time (3; the editor's, of every item, from the table aggregated by
# day, up to date after its first reader: its state, the three measures,
# its rows, 5).
EDITOR_QUERIES = 3 + 2 + 6 + 1 + 1 + 5
FOCAL_QUERIES = 3 + 2 + 1 + 6 + 2 + 1 + 3


@pytest.mark.parametrize("more", [4, 40])
def test_the_editors_home_runs_a_fixed_number_of_queries(
    client, editor, world, django_assert_num_queries, more
):
    add_items(world["mine"], more, make_report("OIC/HOME/MORE"))
    trend_days_fresh()
    client.force_login(editor)
    with django_assert_num_queries(EDITOR_QUERIES):
        assert client.get(URL).status_code == 200


@pytest.mark.parametrize("more", [4, 40])
def test_the_focal_points_home_runs_a_fixed_number_of_queries(
    client, world, django_assert_num_queries, more
):
    add_items(world["mine"], more, make_report("OIC/HOME/MORE"))
    client.force_login(world["focal"])
    with django_assert_num_queries(FOCAL_QUERIES):
        assert client.get(URL).status_code == 200


def test_a_superusers_home_leads_to_the_users_the_roles_and_the_import(client, world):
    """The administrator's daily pages, one link away: not only through the
    admin's index."""
    admin = make_user("homeboss", is_superuser=True, is_staff=True)
    client.force_login(admin)
    content = client.get(URL).content.decode()
    for name in ("admin:auth_user_changelist", "admin:auth_group_changelist", "admin:index"):
        assert f'href="{reverse(name)}"' in content
    assert f'href="{reverse("decisions:intake_new")}"' in content
