"""Who is told what, in which language, and when: the follow-up workflow's
emails (a submission, its review, a comment or a mention, a reply).

Users watch items and bodies (`Watch`); the focal points of a body watch it
without a row. Each recipient's email is rendered in the language of their
`Profile` and sent at once, or kept as a `Notification` for the daily digest
(`digests_send`, the `send_digests` command). Nobody is told about what
they may not see, nor about what they did themselves: `may_be_told` is
asked when an email goes out, the digest's included (rights may have been
withdrawn since the event).

Called by services_workflow after the write is committed."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from decisions.models import (
    ActionItem,
    Body,
    Comment,
    DigestSent,
    EmailMode,
    Letter,
    Notification,
    Profile,
    Reply,
    Submission,
)
from decisions.permissions import (
    UPDATE_PERMISSION,
    can_see_reply,
    can_view,
    may_be_told_about_item,
    may_be_told_about_letter,
    may_be_told_about_reply,
)
from decisions.web import site_url

SUBJECT_PREFIX = "[OIC follow-up] "


def profile_of(user) -> Profile:
    """The user's profile, or the defaults (not saved) when there is none."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        return Profile(user=user)


def language_of(user) -> str:
    return profile_of(user).language or settings.LANGUAGE_CODE


def watchers(*, item: ActionItem | None = None, body: Body | None = None) -> set:
    """Who watches the item (or its owner) or the body: Watch rows, and the
    body's focal points by default."""
    body = body or (item.owner if item is not None else None)
    q = Q(watches__body=body) | Q(focal_bodies=body)
    if item is not None:
        q |= Q(watches__item=item)
    return set(get_user_model().objects.filter(q, is_active=True).distinct())


def editors() -> set:
    """The users who review submissions: those holding the update permission
    (through a group or directly); superusers only if they hold it too."""
    app, codename = UPDATE_PERMISSION.split(".")
    perm = {"permissions__codename": codename, "permissions__content_type__app_label": app}
    q = Q(**{f"groups__{k}": v for k, v in perm.items()}) | Q(
        **{f"user_{k}": v for k, v in perm.items()}
    )
    return set(get_user_model().objects.filter(q, is_active=True).distinct())


def may_be_told(
    user,
    *,
    item: ActionItem | None = None,
    letter: Letter | None = None,
    reply: Reply | None = None,
) -> bool:
    """Whether an email about the item (or the letter, or a reply to it) may
    go to the user now: the permissions' predicates, asked at each send. A
    reply is its sender's, narrower than its letter. A notification kept
    from before it recorded its reply (every letter's notification is about
    a reply) needs every reply of the letter to be the user's to see; one
    kept from before it recorded what it was about needs a role at least."""
    if item is not None:
        return may_be_told_about_item(user, item)
    if reply is not None:
        return may_be_told_about_reply(user, reply)
    if letter is not None:
        return may_be_told_about_letter(user, letter) and all(
            can_see_reply(user, r) for r in letter.replies.all()
        )
    return can_view(user)


def _send_or_keep(user, subject: str, text: str, about: dict) -> None:
    if profile_of(user).email_mode == EmailMode.DIGEST:
        Notification.objects.create(user=user, subject=subject, text=text, **about)
        return
    EmailMessage(
        subject=SUBJECT_PREFIX + subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    ).send(fail_silently=True)
    Notification.objects.create(
        user=user, subject=subject, text=text, sent_at=timezone.now(), **about
    )


def notify(
    users: Iterable,
    *,
    template: str,
    subject: Callable[[], str],
    ctx: dict,
    item: ActionItem | None = None,
    letter: Letter | None = None,
    reply: Reply | None = None,
    actor=None,
) -> list:
    """Tell each user (once) who has an address, is not the actor and may
    be told about the item or the letter and its reply (`may_be_told`);
    rendered in the user's language. Returns them."""
    about = {"item": item} if item is not None else {"letter": letter, "reply": reply}
    told = []
    for user in sorted(set(users), key=lambda u: u.pk):
        if not user.email or not user.is_active or (actor is not None and user.pk == actor.pk):
            continue
        if not may_be_told(user, **about):
            continue
        with translation.override(language_of(user)):
            text = render_to_string(f"emails/{template}.txt", ctx | {"user": user})
            _send_or_keep(user, str(subject()), text, about)
        told.append(user)
    return told


def _name(user) -> str:
    if user is None:
        return gettext("Someone")
    return user.get_full_name() or user.get_username()


def _item_ctx(item: ActionItem) -> dict:
    return {"item": item, "item_url": site_url() + item.get_absolute_url(), "site_url": site_url()}


def _item_label(item: ActionItem) -> str:
    return f"{item.decision.report.symbol} ¶{item.decision.number}"


# --- The events ----------------------------------------------------------------


def submission_created(submission: Submission) -> list:
    """To those who watch the item or its body and may review it; if none
    of them may, to every editor, so no submission goes unseen."""
    item = submission.item
    watching = watchers(item=item)
    reviewers = editors()
    recipients = (watching & reviewers) or reviewers
    recipients |= {u for u in watching if may_be_told_about_item(u, item)}
    return notify(
        recipients,
        template="submission_created",
        subject=lambda: gettext("New submission on %(item)s") % {"item": _item_label(item)},
        ctx=_item_ctx(item)
        | {
            "submission": submission,
            "author": _name(submission.author),
            "submission_url": site_url() + submission.get_absolute_url(),
        },
        item=item,
        actor=submission.author,
    )


def submission_reviewed(submission: Submission) -> list:
    """To the focal point who submitted: accepted, or returned and why."""
    item = submission.item
    accepted = submission.state == "accepted"
    return notify(
        [submission.author] if submission.author else [],
        template="submission_reviewed",
        subject=lambda: (
            (
                gettext("Your submission on %(item)s was accepted")
                if accepted
                else gettext("Your submission on %(item)s was returned")
            )
            % {"item": _item_label(item)}
        ),
        ctx=_item_ctx(item)
        | {
            "submission": submission,
            "accepted": accepted,
            "reviewer": _name(submission.reviewed_by),
            "submission_url": site_url() + submission.get_absolute_url(),
        },
        item=item,
        actor=submission.reviewed_by,
    )


def comment_added(comment: Comment, mentioned: Iterable = ()) -> list:
    """A mention to each user mentioned; the comment to the item's other
    watchers who may see it."""
    item = comment.item
    mentioned = set(mentioned)
    ctx = _item_ctx(item) | {
        "comment": comment,
        "author": _name(comment.author),
        "comment_url": site_url() + item.get_absolute_url() + "#comments",
    }
    told = notify(
        mentioned,
        template="comment_added",
        subject=lambda: (
            gettext("%(who)s mentioned you on %(item)s")
            % {"who": _name(comment.author), "item": _item_label(item)}
        ),
        ctx=ctx | {"mention": True},
        item=item,
        actor=comment.author,
    )
    told += notify(
        watchers(item=item) - mentioned,
        template="comment_added",
        subject=lambda: (
            gettext("%(who)s commented on %(item)s")
            % {"who": _name(comment.author), "item": _item_label(item)}
        ),
        ctx=ctx | {"mention": False},
        item=item,
        actor=comment.author,
    )
    return told


def reply_recorded(reply: Reply) -> list:
    """To the watchers of the body that replied (its focal points first) who
    may see the reply: not another recipient's focal point watching it."""
    letter = reply.letter
    return notify(
        {u for u in watchers(body=reply.sender) if may_be_told_about_reply(u, reply)},
        template="reply_recorded",
        subject=lambda: (
            gettext("Reply of %(body)s to %(reference)s")
            % {"body": reply.sender.name, "reference": letter.reference}
        ),
        ctx={
            "reply": reply,
            "letter": letter,
            "letter_url": site_url() + letter.get_absolute_url(),
            "site_url": site_url(),
        },
        letter=letter,
        reply=reply,
        actor=reply.recorded_by,
    )


def on_commit(event: Callable, *args) -> None:
    """Run the event's notifications once the write is committed; a failed
    email never undoes the write."""
    transaction.on_commit(lambda: event(*args))


# --- The daily digest --------------------------------------------------------------


@dataclass
class DigestRun:
    lines: list[str] = field(default_factory=list)
    sent: int = 0
    skipped: int = 0


def digests_send(*, today: datetime.date | None = None, dry_run: bool = False) -> DigestRun:
    """One email a day to each digest user with what was kept for them.
    Safe to run twice: a DigestSent row (unique per user and day) is made in
    the same transaction as the send; a second run that day sends nothing."""
    today = today or timezone.localdate()
    run = DigestRun()
    pending: dict[int, list[Notification]] = defaultdict(list)
    kept = Notification.objects.filter(sent_at__isnull=True).select_related(
        "user__profile", "item", "letter", "reply"
    )
    for n in kept:
        pending[n.user_id].append(n)
    already = set(
        DigestSent.objects.filter(sent_on=today, user_id__in=pending).values_list(
            "user_id", flat=True
        )
    )
    for user_id, events in sorted(pending.items()):
        user = events[0].user
        # Asked again now: the user may have lost a role, a body or the item.
        withheld = [
            e for e in events if not may_be_told(user, item=e.item, letter=e.letter, reply=e.reply)
        ]
        events = [e for e in events if e not in withheld]
        if withheld:
            run.lines.append(
                f"{'would withhold' if dry_run else 'withheld'} {len(withheld)} events "
                f"from {user.get_username()}: no longer visible to them"
            )
            if not dry_run:
                Notification.objects.filter(pk__in=[e.pk for e in withheld]).delete()
        if not events:
            continue
        if user_id in already or not user.email:
            run.skipped += 1
            run.lines.append(f"skipped {user.get_username()}")
            continue
        if dry_run:
            run.lines.append(f"would send {len(events)} events to {user.get_username()}")
            continue
        with transaction.atomic():
            _, created = DigestSent.objects.get_or_create(
                user=user, sent_on=today, defaults={"n_events": len(events)}
            )
            if not created:
                run.skipped += 1
                continue
            with translation.override(language_of(user)):
                subject = gettext("Your daily digest: %(n)d events") % {"n": len(events)}
                text = render_to_string(
                    "emails/digest.txt",
                    {"user": user, "events": events, "today": today, "site_url": site_url()},
                )
            Notification.objects.filter(pk__in=[e.pk for e in events]).update(
                sent_at=timezone.now()
            )
            EmailMessage(
                subject=SUBJECT_PREFIX + subject,
                body=text,
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[user.email],
            ).send()
        run.sent += 1
        run.lines.append(f"sent {len(events)} events to {user.get_username()}")
    return run
