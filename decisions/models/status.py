"""Status: its values, its one colour, and the counts every progress page
shows (per status and overdue)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """The life of an action item. Every status has one label and one colour
    (see `colour`), used on every page, export and report."""

    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    STALLED = "stalled", _("Stalled")
    CANCELLED = "cancelled", _("Overtaken / cancelled")

    @property
    def colour(self) -> str:
        return STATUS_COLOURS[self.value]


# Colours chosen for a contrast of at least 4.5:1 with white text.
STATUS_COLOURS = {
    "not_started": "#5a6270",
    "in_progress": "#0b5cad",
    "completed": "#1e7a34",
    "stalled": "#b3261e",
    "cancelled": "#6b4e16",
}

# Statuses in which nothing more is expected of the owner.
CLOSED_STATUSES = (Status.COMPLETED, Status.CANCELLED)


def status_q(lookup: str, value, prefix: str = "", *, public: bool = False) -> Q:
    """The items whose status matches `status__<lookup>=value`; with
    `public`, the status the public pages show: the item's public status
    where the secretariat set one (PublicStatus), else its status."""
    if not public:
        return Q(**{f"{prefix}status__{lookup}": value})
    return Q(**{f"{prefix}public_status__status__{lookup}": value}) | Q(
        **{f"{prefix}public_status__isnull": True, f"{prefix}status__{lookup}": value}
    )


def overdue_q(today: datetime.date, prefix: str = "", *, public: bool = False) -> Q:
    """Past its due date and still expected of its owner; `prefix` leads from
    the model queried to its action items (e.g. "action_items__")."""
    return Q(**{f"{prefix}due_date__lt": today}) & ~status_q(
        "in", CLOSED_STATUSES, prefix, public=public
    )


def progress_counts(today: datetime.date, path: str = "", *, public: bool = False) -> dict:
    """Count expressions for n_items, n_overdue and n_<status>, following
    `path` to the action items ("" when counting ActionItem itself); with
    `public`, by the status the public pages show (status_q)."""
    prefix = f"{path}__" if path else ""
    target = path or "pk"
    return {
        "n_items": Count(target),
        "n_overdue": Count(target, filter=overdue_q(today, prefix, public=public)),
        **{
            f"n_{s.value}": Count(target, filter=status_q("exact", s.value, prefix, public=public))
            for s in Status
        },
    }


def status_rows(source) -> list[dict]:
    """One row per status (value, label, count) from a row annotated by
    progress_counts() or the mapping an aggregate returns."""

    def count(key: str) -> int:
        value = source.get(key) if isinstance(source, Mapping) else getattr(source, key, 0)
        return value or 0

    return [{"value": s.value, "label": s.label, "count": count(f"n_{s.value}")} for s in Status]
