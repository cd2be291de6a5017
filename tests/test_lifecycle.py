"""Lifecycle decisions on an item: keep, update or close, with a reason
from a fixed list and who approved it, kept as append-only history;
closing sets the status through the service."""

from __future__ import annotations

import pytest
from django.urls import reverse

from decisions.models import LifecycleDecision, Status
from tests.factory import make_item

pytestmark = pytest.mark.django_db


def post(client, item, **data):
    return client.post(reverse("decisions:item_lifecycle", args=[item.pk]), data)


@pytest.fixture
def item(db):
    return make_item(status=Status.IN_PROGRESS)


def test_closing_as_a_duplicate_records_the_decision_and_cancels_the_item(client, editor, item):
    client.force_login(editor)
    response = post(client, item, action="close", reason="duplicate",
                    approved_by="Director, Political Affairs", note="Same as ¶ iv.")  # fmt: skip
    assert response.status_code == 302
    decision = LifecycleDecision.objects.get(item=item)
    assert (decision.action, decision.reason) == ("close", "duplicate")
    assert decision.approved_by == "Director, Political Affairs"
    assert decision.recorded_by == editor
    item.refresh_from_db()
    assert item.status == Status.CANCELLED
    update = item.updates.get()
    assert (
        update.note == "Closed: Duplicate (approved by Director, Political Affairs). Same as ¶ iv."
    )
    assert update.author == editor


def test_closing_as_delivered_completes_the_item(client, editor, item):
    client.force_login(editor)
    post(client, item, action="close", reason="delivered", approved_by="Contact Group 2018")
    item.refresh_from_db()
    assert item.status == Status.COMPLETED


def test_keeping_an_item_changes_no_status_and_every_decision_is_kept(client, editor, item):
    client.force_login(editor)
    post(client, item, action="keep", reason="better_placed", approved_by="A. Director")
    post(client, item, action="update", reason="overtaken", approved_by="B. Director")
    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS and not item.updates.exists()
    assert list(LifecycleDecision.objects.filter(item=item).values_list("action", flat=True)) == [
        "update",
        "keep",
    ]
    content = client.get(item.get_absolute_url()).content.decode()
    assert "Lifecycle decisions" in content
    assert "approved by B. Director" in content and "Another body is better placed" in content


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"action": "close", "reason": "boredom", "approved_by": "X"},
        {"action": "archive", "reason": "delivered", "approved_by": "X"},
        {"action": "close", "reason": "delivered", "approved_by": "   "},
        {"action": "close", "reason": "delivered", "approved_by": "x" * 201},
    ],
)
def test_bad_input_is_a_400_and_writes_nothing(client, editor, item, data):
    client.force_login(editor)
    response = post(client, item, **data)
    assert response.status_code == 400
    assert not LifecycleDecision.objects.exists()
    item.refresh_from_db()
    assert item.status == Status.IN_PROGRESS


def test_a_viewer_or_a_focal_point_cannot_decide(client, viewer, item):
    client.force_login(viewer)
    assert post(client, item, action="keep", reason="delivered", approved_by="X").status_code == 403
    assert not LifecycleDecision.objects.exists()


def test_the_form_is_shown_to_editors_only(client, editor, viewer, item):
    client.force_login(viewer)
    assert "Record the decision" not in client.get(item.get_absolute_url()).content.decode()
    client.force_login(editor)
    content = client.get(item.get_absolute_url()).content.decode()
    assert "Record the decision" in content and "Overtaken by a later decision" in content
