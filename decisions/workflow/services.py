"""Submissions for review, comments and the public status of an item."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from decisions.evidence.services import evidence_add
from decisions.items import services as item_services
from decisions.models import (
    ActionItem,
    Comment,
    Evidence,
    PublicStatus,
    Status,
    StatusUpdate,
    Submission,
    SubmissionState,
)
from decisions.models.workflow import MENTION_RE
from decisions.notifications import services as notifications
from decisions.text.normalize import normalize_text


def _user(by):
    return by if by is not None and by.is_authenticated else None


class SubmissionClosedError(Exception):
    """The submission was already accepted or returned (by someone else)."""


class StaleSubmissionError(Exception):
    """The item changed since the focal point submitted: confirm first."""

    def __init__(self, item: ActionItem):
        super().__init__(f"item {item.pk} changed since the submission")
        self.item = item


def submission_create(
    *,
    item: ActionItem,
    status: str,
    note: str,
    by,
    base_version: int,
    files: Sequence[UploadedFile] = (),
    links: Sequence[str] = (),
) -> Submission:
    """A focal point's proposed update, pending an editor's review."""
    if status not in Status.values:
        raise ValueError(f"unknown status {status!r}")
    note = normalize_text(note or "").strip()
    if not note:
        raise ValueError("a submission needs a note: what was done")
    with transaction.atomic():
        submission = Submission.objects.create(
            item=item, status=status, note=note, author=_user(by), base_version=base_version
        )
        evidence_add(by=by, files=files, links=links, item=item, submission=submission)
        notifications.on_commit(notifications.submission_created, submission)
    return submission


def submission_accept(
    *,
    submission: Submission,
    by,
    allow_stale: bool = False,
    status: str | None = None,
    note: str | None = None,
    comment: str = "",
    expected_version: int | None = None,
) -> StatusUpdate:
    """Make the submission the item's update: one history row, through
    item_services.action_item_set_status; who submitted and when are the
    row's fields (never the note's text). The status and the note are the
    focal point's, unless the reviewer edited them (`status`, `note`); a
    `comment` to the focal point is kept with the review.

    The item must be as it was when the focal point submitted, else
    StaleSubmissionError; `allow_stale` accepts it as it is now (the
    reviewer saw the current state and agreed), and `expected_version`
    accepts it as the reviewer saw it (a queue shown before someone else's
    change is stale in its turn)."""
    if status is not None and status not in Status.values:
        raise ValueError(f"unknown status {status!r}")
    with transaction.atomic():
        current = Submission.objects.select_for_update().get(pk=submission.pk)
        if current.state != SubmissionState.PENDING:
            raise SubmissionClosedError(current)
        item = ActionItem.objects.get(pk=current.item_id)
        if expected_version is not None:
            expected = expected_version
        else:
            expected = item.version if allow_stale else current.base_version
        try:
            update = item_services.action_item_set_status(
                item=item,
                status=status or current.status,
                note=current.note if note is None else note,
                by=by,
                expected_version=expected,
                submitted_by=current.author,
                submitted_at=current.created_at,
            )
        except item_services.StaleItemError as e:
            raise StaleSubmissionError(e.item) from e
        current.state = SubmissionState.ACCEPTED
        current.reviewed_by = _user(by)
        current.reviewed_at = update.created_at
        current.review_comment = normalize_text(comment or "").strip()
        current.update = update
        current.save(
            update_fields=["state", "reviewed_by", "reviewed_at", "review_comment", "update"]
        )
        Evidence.objects.filter(submission=current).update(update=update)
        notifications.on_commit(notifications.submission_reviewed, current)
    submission.refresh_from_db()
    return update


def submission_return(*, submission: Submission, by, comment: str) -> Submission:
    """Send the submission back to the focal point with the reason."""
    comment = normalize_text(comment or "").strip()
    if not comment:
        raise ValueError("say why the submission is returned")
    with transaction.atomic():
        current = Submission.objects.select_for_update().get(pk=submission.pk)
        if current.state != SubmissionState.PENDING:
            raise SubmissionClosedError(current)
        current.state = SubmissionState.RETURNED
        current.reviewed_by = _user(by)
        current.reviewed_at = timezone.now()
        current.review_comment = comment
        current.save(update_fields=["state", "reviewed_by", "reviewed_at", "review_comment"])
        notifications.on_commit(notifications.submission_reviewed, current)
    submission.refresh_from_db()
    return submission


def comment_add(*, item: ActionItem, text: str, by, may_see=None) -> Comment:
    """An internal comment; `@username` mentions of users who may see the
    item (`may_see(user)`) are recorded."""
    text = normalize_text(text or "").strip()
    if not text:
        raise ValueError("the comment is empty")
    names = {m.group(1) for m in MENTION_RE.finditer(text)}
    users = get_user_model().objects.filter(is_active=True)
    mentioned = (
        [
            u
            for u in users.filter(username__in=[n for n in names if len(n) <= 150])
            if may_see is None or may_see(u)
        ]
        if names
        else []
    )
    with transaction.atomic():
        comment = Comment.objects.create(item=item, author=_user(by), text=text)
        comment.mentions.set(mentioned)
        notifications.on_commit(notifications.comment_added, comment, mentioned)
    return comment


def public_status_set(*, item: ActionItem, status: str, note: str, by) -> PublicStatus:
    """What the public pages say about the item (anonymous visitors see it
    in place of the status, and its note, never the internal notes)."""
    if status not in Status.values:
        raise ValueError(f"unknown status {status!r}")
    with transaction.atomic():
        public, _ = PublicStatus.objects.update_or_create(
            item=item,
            defaults={
                "status": status,
                "note": normalize_text(note or "").strip(),
                "updated_by": _user(by),
                "updated_at": timezone.now(),
            },
        )
        # The item's change stamp moves, so the cached dashboard is redrawn.
        ActionItem.objects.filter(pk=item.pk).update(updated_at=timezone.now())
    return public
