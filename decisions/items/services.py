"""Writes on action items: recording a status or a note, one item or many."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from decisions.models import (
    ActionItem,
    Status,
    StatusUpdate,
)
from decisions.models.trend_days import trend_day_change
from decisions.text.normalize import normalize_text


class StaleItemError(Exception):
    """The item changed since the form was shown; carries the current item."""

    def __init__(self, item: ActionItem):
        self.item = item
        super().__init__(
            f"this item was updated meanwhile: it is now {item.get_status_display()!s}"
        )


class NothingToRecordError(ValueError):
    pass


def action_item_set_status(
    *,
    item: ActionItem,
    status: str,
    note: str = "",
    by,
    expected_version: int | None = None,
    submitted_by=None,
    submitted_at: datetime.datetime | None = None,
) -> StatusUpdate:
    """Record an update of one item: a new status, a note, or both.

    Writes exactly one history row. With `expected_version` (the version the
    user saw), raises StaleItemError if someone else updated the item since,
    so nothing is overwritten silently. The note is stored normalised
    (normalize_text): whoever calls, no control character gets in.
    `submitted_by` / `submitted_at`: the focal point whose accepted
    submission this is, and when they submitted it (submission_accept)."""
    if status not in Status.values:
        raise ValueError(f"unknown status {status!r}; expected one of {', '.join(Status.values)}")
    note = normalize_text(note or "").strip()
    with transaction.atomic():
        current = (
            ActionItem.objects.select_for_update(of=("self",))
            .select_related("decision__report")
            .defer("decision__report__source_text", "decision__text")
            .get(pk=item.pk)
        )
        if expected_version is not None and current.version != expected_version:
            raise StaleItemError(current)
        if status == current.status and not note:
            raise NothingToRecordError(
                "nothing to record: the status is unchanged and the note is empty"
            )
        now = timezone.now()
        update = StatusUpdate.objects.create(
            item=current,
            author=by if by is not None and by.is_authenticated else None,
            old_status=current.status,
            new_status=status,
            note=note,
            created_at=now,
            submitted_by=submitted_by,
            submitted_at=submitted_at,
        )
        ActionItem.objects.filter(pk=current.pk).update(
            status=status, version=F("version") + 1, updated_at=now
        )
        # The dashboard's trend, aggregated by day, follows in the same transaction.
        trend_day_change(update=update, asked=current.asked_on(), day=timezone.localdate(now))
    item.status = status
    item.version = current.version + 1
    item.updated_at = now
    return update


def action_items_set_status(*, items: Iterable[ActionItem], status: str, note: str = "", by) -> int:
    """Set the status of many items at once, one history row each; all or
    nothing. Items already in that status are skipped unless a note is given.
    Returns the number of items updated."""
    count = 0
    note = normalize_text(note or "").strip()
    with transaction.atomic():
        for item in items:
            if item.status == status and not note:
                continue
            action_item_set_status(item=item, status=status, note=note, by=by)
            count += 1
    return count
