"""Letters (notes verbales) sent and the replies received."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from decisions.evidence.services import evidence_add
from decisions.models import (
    ActionItem,
    Body,
    Letter,
    LetterKind,
    Reply,
)
from decisions.notifications import services as notifications
from decisions.text.normalize import normalize_text


def _user(by):
    return by if by is not None and by.is_authenticated else None


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
