"""The admin, as administrators use it."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from decisions.models import ActionItem, StatusUpdate
from tests.factory import make_body, make_decision, make_item

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
