"""The writes of the follow-up workflow: submissions and their review,
evidence, letters and replies, comments, the public status.

Keyword-only and atomic, like decisions/services.py; an accepted submission
becomes the item's update through services.action_item_set_status, so the
history keeps exactly one row per update."""

from __future__ import annotations

import datetime
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from decisions import notifications, services
from decisions.models import (
    ActionItem,
    Body,
    Comment,
    Evidence,
    Letter,
    LetterKind,
    Profile,
    PublicStatus,
    Reply,
    Status,
    StatusUpdate,
    Submission,
    SubmissionState,
    Watch,
)
from decisions.models.workflow import MENTION_RE
from decisions.text.normalize import normalize_text

# --- Evidence files: what they are is read from their content ------------------


class EvidenceError(ValueError):
    """A file refused: its message is shown to the user."""


@dataclass(frozen=True)
class FileKind:
    extensions: tuple[str, ...]
    content_type: str
    label: str


FILE_KINDS = {
    "pdf": FileKind((".pdf",), "application/pdf", "PDF"),
    "docx": FileKind(
        (".docx",),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word",
    ),
    "xlsx": FileKind(
        (".xlsx",),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Excel",
    ),
    "png": FileKind((".png",), "image/png", "PNG"),
    "jpeg": FileKind((".jpg", ".jpeg"), "image/jpeg", "JPEG"),
}
ACCEPTED_EXTENSIONS = tuple(ext for kind in FILE_KINDS.values() for ext in kind.extensions)


def _zip_kind(upload) -> str | None:
    """A .docx or .xlsx is a zip holding its main part; anything else is not."""
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    finally:
        upload.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


def sniff(upload) -> str | None:
    """The kind of file from its first bytes (and, for a zip, its parts)."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(upload)
    return None


def display_name(name: str) -> str:
    """The user's file name, for display only: no folders, no control or
    bidi characters, no characters that break a header, at most 150."""
    name = normalize_text(name or "").replace("\n", " ").replace("\t", " ")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        c for c in name if c not in '<>:"|?*' and unicodedata.category(c)[0] != "C"
    ).strip(" .")
    if len(name) > 150:
        suffix = PurePosixPath(name).suffix[:10]
        name = name[: 150 - len(suffix)] + suffix
    return name or "file"


def evidence_check(upload: UploadedFile) -> FileKind:
    """Refuse an empty, oversized or unknown file, or one whose content does
    not match its extension; return its kind."""
    limit = settings.EVIDENCE_MAX_BYTES
    name = display_name(upload.name)
    if not upload.size:
        raise EvidenceError(f"{name}: the file is empty.")
    if upload.size > limit:
        raise EvidenceError(f"{name}: the file is {upload.size:,} bytes; the limit is {limit:,}.")
    ext = PurePosixPath(name.lower()).suffix
    if ext not in ACCEPTED_EXTENSIONS:
        raise EvidenceError(f"{name}: accepted files are PDF, Word .docx, Excel .xlsx, PNG, JPEG.")
    kind = sniff(upload)
    if kind is None or ext not in FILE_KINDS[kind].extensions:
        raise EvidenceError(f"{name}: the content of the file is not what its name ({ext}) says.")
    return FILE_KINDS[kind]


def evidence_add(
    *,
    by,
    files: Sequence[UploadedFile] = (),
    links: Sequence[str] = (),
    item: ActionItem | None = None,
    submission: Submission | None = None,
    update: StatusUpdate | None = None,
    letter: Letter | None = None,
    reply: Reply | None = None,
) -> list[Evidence]:
    """Store files (checked again here, whoever calls) and links, attached
    to what they support. All or nothing: a stored file is removed if the
    transaction fails."""
    kinds = [evidence_check(f) for f in files]
    for link in links:
        if not link.lower().startswith(("http://", "https://")):
            raise EvidenceError(f"{link[:80]}: only http and https links are accepted.")
    created: list[Evidence] = []
    author = by if by is not None and by.is_authenticated else None
    common = {
        "item": item,
        "submission": submission,
        "update": update,
        "letter": letter,
        "reply": reply,
        "added_by": author,
    }
    try:
        with transaction.atomic():
            for upload, kind in zip(files, kinds, strict=True):
                upload.seek(0)
                evidence = Evidence(
                    original_name=display_name(upload.name),
                    content_type=kind.content_type,
                    size=upload.size,
                    **common,
                )
                # The stored name is random; only the checked extension is kept.
                evidence.file.save(f"upload{kind.extensions[0]}", upload, save=False)
                evidence.save()
                created.append(evidence)
            for link in links:
                created.append(Evidence.objects.create(url=link, **common))
    except BaseException:
        for evidence in created:
            if evidence.file:
                evidence.file.delete(save=False)
        raise
    return created


# --- Submissions and review --------------------------------------------------


class SubmissionClosedError(Exception):
    """The submission was already accepted or returned (by someone else)."""


class StaleSubmissionError(Exception):
    """The item changed since the focal point submitted: confirm first."""

    def __init__(self, item: ActionItem):
        super().__init__(f"item {item.pk} changed since the submission")
        self.item = item


def _user(by):
    return by if by is not None and by.is_authenticated else None


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


def submission_accept(*, submission: Submission, by, allow_stale: bool = False) -> StatusUpdate:
    """Make the submission the item's update: one history row, through
    services.action_item_set_status, its note as the focal point wrote it;
    who submitted and when are the row's fields (never the note's text).
    Raises StaleSubmissionError if the item changed since the submission
    (unless `allow_stale`: the reviewer saw the current state and agreed)."""
    with transaction.atomic():
        current = Submission.objects.select_for_update().get(pk=submission.pk)
        if current.state != SubmissionState.PENDING:
            raise SubmissionClosedError(current)
        item = ActionItem.objects.get(pk=current.item_id)
        expected = item.version if allow_stale else current.base_version
        try:
            update = services.action_item_set_status(
                item=item,
                status=current.status,
                note=current.note,
                by=by,
                expected_version=expected,
                submitted_by=current.author,
                submitted_at=current.created_at,
            )
        except services.StaleItemError as e:
            raise StaleSubmissionError(e.item) from e
        current.state = SubmissionState.ACCEPTED
        current.reviewed_by = _user(by)
        current.reviewed_at = update.created_at
        current.update = update
        current.save(update_fields=["state", "reviewed_by", "reviewed_at", "update"])
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


# --- Correspondence ------------------------------------------------------------


def letter_record(
    *,
    reference: str,
    sent_on: datetime.date,
    subject: str,
    recipients: Iterable[Body],
    items: Iterable[ActionItem] = (),
    kind: str = LetterKind.NOTE_VERBALE,
    chases: Letter | None = None,
    by,
    files: Sequence[UploadedFile] = (),
    links: Sequence[str] = (),
) -> Letter:
    """Record a letter or note verbale sent (a chaser when `chases` is given)."""
    recipients = list(recipients)
    if not recipients:
        raise ValueError("a letter needs at least one recipient")
    with transaction.atomic():
        letter = Letter.objects.create(
            kind=kind,
            reference=normalize_text(reference).strip(),
            sent_on=sent_on,
            subject=normalize_text(subject).strip(),
            chases=chases,
            recorded_by=_user(by),
        )
        letter.recipients.set(recipients)
        letter.items.set(list(items))
        evidence_add(by=by, files=files, links=links, letter=letter)
    return letter


def reply_record(
    *,
    letter: Letter,
    sender: Body,
    received_on: datetime.date,
    reference: str = "",
    summary: str = "",
    by,
    files: Sequence[UploadedFile] = (),
    links: Sequence[str] = (),
) -> Reply:
    """Record a reply received to a letter (or to one of its chasers)."""
    with transaction.atomic():
        reply = Reply.objects.create(
            letter=letter,
            sender=sender,
            received_on=received_on,
            reference=normalize_text(reference).strip(),
            summary=normalize_text(summary).strip(),
            recorded_by=_user(by),
        )
        evidence_add(by=by, files=files, links=links, reply=reply)
        notifications.on_commit(notifications.reply_recorded, reply)
    return reply


# --- Comments and the public status ------------------------------------------


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


# --- Watching and the user's choices -----------------------------------------------


def watch_set(*, user, item: ActionItem | None = None, body: Body | None = None, on: bool) -> bool:
    """Watch (or stop watching) an item or a body; idempotent. The focal
    points of a body watch it without a row."""
    if (item is None) == (body is None):
        raise ValueError("watch an item or a body")
    target = {"item": item} if item is not None else {"body": body}
    with transaction.atomic():
        if on:
            Watch.objects.get_or_create(user=user, **target)
        else:
            Watch.objects.filter(user=user, **target).delete()
    return on


def profile_save(*, user, language: str, email_mode: str) -> Profile:
    """The user's language (of the pages and emails) and email mode."""
    profile, _ = Profile.objects.update_or_create(
        user=user, defaults={"language": language, "email_mode": email_mode}
    )
    return profile
