"""Small helpers to make objects in tests (no factory library)."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

from django.contrib.auth.models import Group, User

from decisions.models import ActionItem, Body, Decision, Report, Status

REPORTS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "reports"
MALI_REPORT = REPORTS_DIR / "OIC-ACM-2017-MALI-REP.fr.md"

_seq = itertools.count(1)


def make_user(username: str | None = None, *, groups: tuple[str, ...] = (), **kwargs) -> User:
    username = username or f"user{next(_seq)}"
    user = User.objects.create_user(username=username, password="secret-pass-123", **kwargs)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def make_body(slug: str | None = None, **kwargs) -> Body:
    slug = slug or f"body-{next(_seq)}"
    kwargs.setdefault("name_en", slug.replace("-", " ").title())
    kwargs.setdefault("name_fr", kwargs["name_en"])
    return Body.objects.create(slug=slug, **kwargs)


def make_report(symbol: str | None = None, **kwargs) -> Report:
    symbol = symbol or f"OIC/TEST-{next(_seq)}/REP"
    kwargs.setdefault("title", f"Report {symbol}")
    kwargs.setdefault("date", datetime.date(2017, 9, 20))
    kwargs.setdefault("source_text", "")
    kwargs.setdefault("source_sha256", "0" * 64)
    return Report.objects.create(symbol=symbol, **kwargs)


def make_decision(report: Report | None = None, **kwargs) -> Decision:
    report = report or make_report()
    position = kwargs.pop("position", report.decisions.count() + 1)
    kwargs.setdefault("number", str(position))
    kwargs.setdefault("text", f"The meeting requests body {position} to act.")
    kwargs.setdefault("kind", "request")
    return Decision.objects.create(report=report, position=position, **kwargs)


def make_item(decision: Decision | None = None, owner: Body | None = None, **kwargs) -> ActionItem:
    kwargs.setdefault("summary", "Act on the request.")
    kwargs.setdefault("status", Status.NOT_STARTED)
    return ActionItem.objects.create(
        decision=decision or make_decision(), owner=owner or make_body(), **kwargs
    )


def make_update(item: ActionItem, *, note: str, at: datetime.datetime, by, status=None) -> None:
    """An internal update of `item` (its status unchanged unless given),
    dated `at`; the item is refreshed."""
    from decisions import services

    services.action_item_set_status(item=item, status=status or item.status, note=note, by=by)
    latest = item.updates.order_by("-pk").first()
    type(latest).objects.filter(pk=latest.pk).update(created_at=at)
    item.refresh_from_db()


def make_public_status(item: ActionItem, *, status: str, note: str = "", at: datetime.datetime, by):
    """The public status and note of `item`, set at `at`."""
    from decisions.services_workflow import public_status_set

    public = public_status_set(item=item, status=status, note=note, by=by)
    type(public).objects.filter(pk=public.pk).update(updated_at=at)
    return public
