"""The admin, as administrators use it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import ActionItem, StatusUpdate
from tests.factory import make_body, make_decision, make_item, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def change_form_data(item: ActionItem, **overrides) -> dict:
    data = {
        "decision": item.decision_id,
        "owner": item.owner_id,
        "summary": item.summary,
        "status": item.status,
        "due_date": "",
        "due_text": "",
        "note": "",
        "expected_version": item.version,
        "updates-TOTAL_FORMS": "0",
        "updates-INITIAL_FORMS": "0",
        "updates-MIN_NUM_FORMS": "0",
        "updates-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_changing_a_status_in_the_admin_writes_its_history_row(admin_client, admin_user):
    item = make_item()
    url = reverse("admin:decisions_actionitem_change", args=[item.pk])
    response = admin_client.post(
        url, change_form_data(item, status="in_progress", note="Focal point named")
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "in_progress"
    update = item.updates.get()
    assert (update.old_status, update.new_status, update.note, update.author) == (
        "not_started",
        "in_progress",
        "Focal point named",
        admin_user,
    )


def test_editing_other_fields_in_the_admin_writes_no_history(admin_client):
    item = make_item()
    url = reverse("admin:decisions_actionitem_change", args=[item.pk])
    admin_client.post(url, change_form_data(item, summary="Reworded"))
    item.refresh_from_db()
    assert item.summary == "Reworded"
    assert not StatusUpdate.objects.exists()


def test_the_item_change_page_shows_its_history(admin_client):
    item = make_item()
    admin_client.post(
        reverse("admin:decisions_actionitem_change", args=[item.pk]),
        change_form_data(item, status="stalled", note="No answer from the ministry"),
    )
    page = admin_client.get(reverse("admin:decisions_actionitem_change", args=[item.pk]))
    assert "No answer from the ministry" in page.content.decode()


def test_bulk_action_sets_many_statuses_with_a_row_each(admin_client):
    items = [make_item() for _ in range(4)]
    response = admin_client.post(
        reverse("admin:decisions_actionitem_changelist"),
        {"action": "set_status_completed", "_selected_action": [i.pk for i in items[:3]]},
    )
    assert response.status_code == 302
    assert ActionItem.objects.filter(status="completed").count() == 3
    assert StatusUpdate.objects.filter(new_status="completed").count() == 3


def test_the_changelist_filters_by_owner_and_searches_text(admin_client):
    body = make_body("isdb-test")
    make_item(owner=body, decision=make_decision(text="Fonds d'affectation spéciale"))
    make_item(decision=make_decision(text="Patrimoine culturel"))
    url = reverse("admin:decisions_actionitem_changelist")
    assert admin_client.get(url, {"owner__id__exact": body.pk}).context["cl"].result_count == 1
    assert admin_client.get(url, {"q": "patrimoine"}).context["cl"].result_count == 1


def test_the_changelist_query_count_does_not_grow_with_rows(admin_client):
    decision = make_decision()
    url = reverse("admin:decisions_actionitem_changelist")

    def queries_with(n_items: int) -> int:
        while ActionItem.objects.count() < n_items:
            make_item(decision=decision)
        with CaptureQueriesContext(connection) as ctx:
            response = admin_client.get(url)
        assert response.context["cl"].result_count == n_items
        return len(ctx)

    assert queries_with(5) == queries_with(80)


def test_the_history_cannot_be_edited_in_the_admin(admin_client):
    item = make_item()
    update = StatusUpdate.objects.create(item=item, old_status="not_started", new_status="stalled")
    url = reverse("admin:decisions_statusupdate_change", args=[update.pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    assert 'name="note"' not in page.content.decode()
    delete = admin_client.post(
        reverse("admin:decisions_statusupdate_delete", args=[update.pk]), {"post": "yes"}
    )
    assert delete.status_code == 403
    assert StatusUpdate.objects.filter(pk=update.pk).exists()


def test_a_stale_change_form_is_refused_and_shows_the_current_state(admin_client, editor):
    item = make_item()
    url = reverse("admin:decisions_actionitem_change", args=[item.pk])
    form = admin_client.get(url).context["adminform"].form
    stale = change_form_data(
        item, status="completed", note="Done", expected_version=form["expected_version"].value()
    )
    # An editor records an update while the admin form is open.
    item_services.action_item_set_status(item=item, status="stalled", note="No answer", by=editor)

    response = admin_client.post(url, stale)

    assert response.status_code == 200
    page = response.content.decode()
    assert "changed by someone else" in page
    item.refresh_from_db()
    assert (item.status, item.version) == ("stalled", 1)
    assert [u.note for u in item.updates.all()] == ["No answer"]
    # The form now carries the current state: saving it again applies.
    current = response.context["adminform"].form
    assert current["status"].value() == "stalled"
    assert str(current["expected_version"].value()) == "1"


def test_a_stale_change_form_does_not_overwrite_other_fields(admin_client, editor):
    item = make_item()
    url = reverse("admin:decisions_actionitem_change", args=[item.pk])
    stale = change_form_data(item, summary="Reworded")
    item_services.action_item_set_status(item=item, status="in_progress", by=editor)
    admin_client.post(url, stale)
    item.refresh_from_db()
    assert (item.summary, item.status) == ("Act on the request.", "in_progress")


def test_a_change_form_with_the_current_version_applies(admin_client, editor):
    item = make_item()
    item_services.action_item_set_status(item=item, status="in_progress", by=editor)
    url = reverse("admin:decisions_actionitem_change", args=[item.pk])
    response = admin_client.post(
        url, change_form_data(item, status="completed", expected_version=1)
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "completed"
    assert item.updates.count() == 2


@pytest.fixture
def staff_focal_point(db):
    """A focal point who was also given the admin (staff) and its change
    permission on items, as an administrator might."""
    user = make_user("staff-focal", groups=("focal points",), is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_actionitem", "change_actionitem"])
    )
    return user


def test_a_staff_focal_point_cannot_bulk_set_the_items_of_another_body(client, staff_focal_point):
    own, other = make_body("own"), make_body("other")
    own.focal_points.add(staff_focal_point)
    mine, theirs = make_item(owner=own), make_item(owner=other)
    client.force_login(staff_focal_point)
    response = client.post(
        reverse("admin:decisions_actionitem_changelist"),
        {"action": "set_status_completed", "_selected_action": [mine.pk, theirs.pk]},
        follow=True,
    )
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.status, theirs.status) == ("completed", "not_started")
    assert not theirs.updates.exists()
    assert "1 item not changed: you may not update it." in response.content.decode()


def test_a_staff_focal_point_cannot_change_another_bodys_item_in_the_form(
    client, staff_focal_point
):
    item = make_item()
    client.force_login(staff_focal_point)
    url = reverse("admin:decisions_actionitem_change", args=[item.pk])
    client.post(url, change_form_data(item, status="completed"))
    item.refresh_from_db()
    assert item.status == "not_started"
