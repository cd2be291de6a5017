"""Reminder emails to the focal points of each body: the body's open items
that are overdue or due within a few days.

Each email is in its recipient's language (Profile.language).

Safe to run twice a day: a `ReminderSent` row (unique per user, body and
day) is created in the same transaction as the email is sent, so a second
run finds it and sends nothing; a failed send rolls the row back.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from decisions.models import ActionItem, Body, ReminderSent
from decisions.notifications.services import language_of
from decisions.web import site_url


def days_ahead_default() -> int:
    """From settings only (REMINDER_DAYS_AHEAD), where its default lives."""
    return settings.REMINDER_DAYS_AHEAD


@dataclass
class ReminderRun:
    dry_run: bool
    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sent: int = 0
    skipped: int = 0
    failed: int = 0


def items_to_remind(today: datetime.date, days: int):
    """Open items overdue or due by `today + days`, soonest first."""
    return ActionItem.objects.for_reminders(today, days)


def _message(*, user, body: Body, items: list, today: datetime.date, days: int):
    base = site_url()
    overdue = [i for i in items if i.due_date < today]
    upcoming = [i for i in items if i.due_date >= today]
    ctx = {
        "user": user,
        "body": body,
        "overdue": [(i, base + i.get_absolute_url()) for i in overdue],
        "upcoming": [(i, base + i.get_absolute_url()) for i in upcoming],
        "today": today,
        "days": days,
        "site_url": base,
        "body_url": base + body.get_absolute_url(),
    }
    parts = []
    if overdue:
        parts.append(gettext("%(n)d overdue") % {"n": len(overdue)})
    if upcoming:
        parts.append(
            ngettext("%(n)d due within %(days)d day", "%(n)d due within %(days)d days", days)
            % {"n": len(upcoming), "days": days}
        )
    subject = gettext("[OIC follow-up] %(body)s: %(what)s") % {
        "body": body.name,
        "what": ", ".join(parts),
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("emails/reminder.txt", ctx),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    )
    message.attach_alternative(render_to_string("emails/reminder.html", ctx), "text/html")
    return message


def reminders_send(
    *, today: datetime.date | None = None, days: int | None = None, dry_run: bool = False
) -> ReminderRun:
    """Email each focal point of each body with items to remind, once a day."""
    today = today or timezone.localdate()
    days = days_ahead_default() if days is None else days
    run = ReminderRun(dry_run=dry_run)

    by_body: dict[int, list[ActionItem]] = defaultdict(list)
    for item in items_to_remind(today, days):
        by_body[item.owner_id].append(item)
    # Each focal point's profile comes with it: its email is in its language.
    focal_points = get_user_model().objects.select_related("profile")
    bodies = (
        Body.objects.filter(pk__in=by_body)
        .prefetch_related(Prefetch("focal_points", queryset=focal_points))
        .order_by("name_en")
    )
    already = set(
        ReminderSent.objects.filter(sent_on=today, body__in=bodies).values_list(
            "user_id", "body_id"
        )
    )
    for body in bodies:
        items = by_body[body.pk]
        focal_points = [u for u in body.focal_points.all() if u.is_active]
        if not focal_points:
            run.warnings.append(
                gettext("%(body)s: %(n)d items but no focal point")
                % {"body": body.name, "n": len(items)}
            )
            continue
        for user in focal_points:
            who = f"{user.get_username()} <{user.email}>" if user.email else user.get_username()
            what = gettext("%(who)s about %(body)s: %(n)d items") % {
                "who": who,
                "body": body.name,
                "n": len(items),
            }
            if not user.email:
                run.warnings.append(
                    gettext("skipped %(user)s (%(body)s): no email address")
                    % {"user": user.get_username(), "body": body.name}
                )
                run.skipped += 1
                continue
            if (user.pk, body.pk) in already:
                run.lines.append(gettext("already sent today: %(what)s") % {"what": what})
                run.skipped += 1
                continue
            if dry_run:
                run.lines.append(gettext("would send to %(what)s") % {"what": what})
                for item in items:
                    run.lines.append(
                        f"    {item.due_date:%Y-%m-%d}  {item.decision.report.symbol} "
                        f"¶{item.decision.number}  {item.get_status_display()}"
                    )
                continue
            try:
                with transaction.atomic():
                    _, created = ReminderSent.objects.get_or_create(
                        user=user, body=body, sent_on=today, defaults={"n_items": len(items)}
                    )
                    if created:
                        with translation.override(language_of(user)):
                            message = _message(
                                user=user, body=body, items=items, today=today, days=days
                            )
                        message.send()
            except OSError as e:  # SMTP trouble: the row is rolled back, the next run retries
                run.warnings.append(
                    gettext("could not send to %(what)s: %(error)s") % {"what": what, "error": e}
                )
                run.failed += 1
                continue
            if not created:  # another run got there first
                run.lines.append(gettext("already sent today: %(what)s") % {"what": what})
                run.skipped += 1
                continue
            run.lines.append(gettext("sent to %(what)s") % {"what": what})
            run.sent += 1
    return run
