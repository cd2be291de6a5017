"""Recording updates: one history row per update, nothing overwritten."""

from __future__ import annotations

import pytest

from decisions.items.services import (
    NothingToRecordError,
    StaleItemError,
    action_item_set_status,
    action_items_set_status,
)
from decisions.models import StatusUpdate
from tests.factory import make_item, make_user

pytestmark = pytest.mark.django_db


def test_setting_a_status_writes_one_history_row():
    item, user = make_item(), make_user()
    update = action_item_set_status(item=item, status="in_progress", note="Started", by=user)
    item.refresh_from_db()
    assert item.status == "in_progress"
    assert item.version == 1
    assert (update.old_status, update.new_status, update.note, update.author) == (
        "not_started",
        "in_progress",
        "Started",
        user,
    )
    assert StatusUpdate.objects.count() == 1


def test_a_note_alone_is_recorded_without_changing_the_status():
    item = make_item()
    update = action_item_set_status(item=item, status="not_started", note="Letter sent", by=None)
    assert not update.changes_status
    item.refresh_from_db()
    assert item.status == "not_started"
    assert item.version == 1


def test_an_empty_update_is_refused():
    item = make_item()
    with pytest.raises(NothingToRecordError):
        action_item_set_status(item=item, status="not_started", note="   ", by=None)
    assert not StatusUpdate.objects.exists()


def test_an_unknown_status_is_refused():
    item = make_item()
    with pytest.raises(ValueError, match="unknown status 'done'"):
        action_item_set_status(item=item, status="done", by=None)
    assert not StatusUpdate.objects.exists()


def test_an_update_from_a_stale_page_is_refused_with_the_current_state():
    item = make_item()
    seen_version = item.version
    action_item_set_status(item=make_item_copy(item), status="stalled", by=None)
    with pytest.raises(StaleItemError) as excinfo:
        action_item_set_status(
            item=item, status="completed", note="Done", by=None, expected_version=seen_version
        )
    assert excinfo.value.item.status == "stalled"
    item.refresh_from_db()
    assert item.status == "stalled"
    assert StatusUpdate.objects.count() == 1


def make_item_copy(item):
    return type(item).objects.get(pk=item.pk)


def test_bulk_update_writes_a_row_per_item():
    items = [make_item() for _ in range(3)]
    n = action_items_set_status(items=items, status="completed", by=None)
    assert n == 3
    assert StatusUpdate.objects.filter(new_status="completed").count() == 3


def test_bulk_update_is_all_or_nothing(monkeypatch):
    from decisions.items import services as item_services

    items = [make_item() for _ in range(3)]
    real = item_services.action_item_set_status
    calls = 0

    def failing(**kwargs):
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("connection lost")
        return real(**kwargs)

    monkeypatch.setattr(item_services, "action_item_set_status", failing)
    with pytest.raises(RuntimeError):
        action_items_set_status(items=items, status="completed", by=None)
    assert not StatusUpdate.objects.exists()
    assert {i.status for i in type(items[0]).objects.all()} == {"not_started"}
