"""The due dates of open action items as an iCalendar feed, for calendar
programs that subscribe to an address with a per-user secret in it
(`CalendarToken.key`): no login, so the key is the whole credential."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from decisions.models import ActionItem, Body, CalendarToken
from decisions.permissions import can_view
from decisions.text.normalize import strip_unsafe
from decisions.web import site_domain, site_url


def user_for_key(key: str):
    """The user behind a feed address, or None when the key is unknown,
    revoked, or its user may not (or no longer) see the items."""
    token = CalendarToken.objects.select_related("user").filter(key=key).first()
    if token is None or not can_view(token.user):
        return None
    return token.user


def calendar_token_renew(*, user) -> CalendarToken:
    """A new secret for the user's feeds; the old addresses stop working."""
    with transaction.atomic():
        CalendarToken.objects.filter(user=user).delete()
        return CalendarToken.objects.create(user=user)


def calendar_token_revoke(*, user) -> bool:
    deleted, _ = CalendarToken.objects.filter(user=user).delete()
    return bool(deleted)


def feed_items(body: Body | None = None):
    return ActionItem.objects.for_calendar(body)


def event_uid(item: ActionItem) -> str:
    return f"action-item-{item.pk}@{site_domain()}"


def feed_ics(items, *, name: str, now: datetime.datetime | None = None) -> bytes:
    """One all-day event per item, on its due date. Stored text goes out
    through strip_unsafe: a control character would break calendar programs."""
    now = now or timezone.now()
    cal = Calendar()
    cal.add("prodid", "-//OIC decisions follow-up//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", strip_unsafe(name))
    base = site_url()
    for item in items:
        decision = item.decision
        symbol = strip_unsafe(decision.report.symbol)
        event = Event()
        event.add("uid", event_uid(item))
        event.add("dtstamp", now)
        event.add("last-modified", item.updated_at)
        event.add("dtstart", item.due_date)
        event.add("dtend", item.due_date + datetime.timedelta(days=1))
        event.add(
            "summary",
            strip_unsafe(
                _("¶%(number)s — owner: %(owner)s")
                % {"number": decision.number, "owner": item.owner.name}
            ),
        )
        event.add(
            "description",
            strip_unsafe(
                _("%(symbol)s, paragraph %(number)s\nStatus: %(status)s\n\n%(summary)s")
                % {
                    "symbol": symbol,
                    "number": decision.number,
                    "status": item.get_status_display(),
                    "summary": item.summary,
                }
            ),
        )
        event.add("url", base + item.get_absolute_url())
        event.add("categories", [symbol])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()
