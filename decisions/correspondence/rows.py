"""Letters with their recipients' state: answered, waiting, overdue."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from decisions.models import Body, Letter, Reply


@dataclass
class RecipientState:
    body: Body
    replies: list[Reply] = field(default_factory=list)
    awaiting_days: int | None = None

    @property
    def answered(self) -> bool:
        return bool(self.replies)


@dataclass
class LetterRow:
    letter: Letter
    recipients: list[RecipientState]

    @property
    def awaiting(self) -> bool:
        return any(not r.answered for r in self.recipients)


def letter_rows(letters, *, body_ids=None, today: datetime.date | None = None) -> list[LetterRow]:
    """For each letter and each recipient (of `body_ids` if given): the
    replies received to it or to any letter of its chain of chasers, or for
    how long a reply has been awaited (since the first letter of the chain).
    Two queries, whatever the number of letters."""
    today = today or timezone.localdate()
    letters = list(letters)
    if not letters:
        return []
    chain = {row["pk"]: row for row in Letter.objects.values("pk", "chases_id", "sent_on")}

    def root(pk: int) -> int:
        seen = set()
        while chain[pk]["chases_id"] and pk not in seen and chain[pk]["chases_id"] in chain:
            seen.add(pk)
            pk = chain[pk]["chases_id"]
        return pk

    first_sent: dict[int, datetime.date] = {}
    for pk, row in chain.items():
        r = root(pk)
        first_sent[r] = min(first_sent.get(r, row["sent_on"]), row["sent_on"])
    roots = {letter.pk: root(letter.pk) for letter in letters}
    replies: dict[tuple[int, int], list[Reply]] = {}
    for reply in Reply.objects.filter(letter__in=list(chain)).select_related("sender", "letter"):
        replies.setdefault((root(reply.letter_id), reply.sender_id), []).append(reply)
    rows = []
    for letter in letters:
        states = []
        for body in letter.recipients.all():
            if body_ids is not None and body.pk not in body_ids:
                continue
            got = replies.get((roots[letter.pk], body.pk), [])
            since = first_sent[roots[letter.pk]]
            states.append(RecipientState(body, got, None if got else (today - since).days))
        rows.append(LetterRow(letter, states))
    return rows


@dataclass
class ThreadEntry:
    """One step of a letter's thread: a letter (the first or a chaser) or a
    reply; `current` marks the letter whose page shows the thread."""

    on: datetime.date
    letter: Letter | None = None
    reply: Reply | None = None
    current: bool = False


THREAD_MAX = 200


def letter_thread(letter: Letter, *, body_ids=None) -> list[ThreadEntry]:
    """The letter's whole thread in date order: the first letter, every
    chaser (of chasers too) and every reply to any of them; with `body_ids`
    (a focal point's bodies), only the letters sent to one of them and
    their replies. A few queries, one per level of chasers; bounded
    (THREAD_MAX letters)."""
    root = letter.thread_root()
    letters = {root.pk: root}
    level = [root.pk]
    while level and len(letters) < THREAD_MAX:
        found = [c for c in Letter.objects.filter(chases__in=level) if c.pk not in letters]
        letters.update((c.pk, c) for c in found[: THREAD_MAX - len(letters)])
        level = [c.pk for c in found]
    if body_ids is not None:
        seen = Letter.objects.filter(pk__in=list(letters), recipients__in=body_ids)
        keep = set(seen.values_list("pk", flat=True)) | {letter.pk}
        letters = {pk: x for pk, x in letters.items() if pk in keep}
    entries = [
        ThreadEntry(on=x.sent_on, letter=x, current=x.pk == letter.pk) for x in letters.values()
    ]
    replies = Reply.objects.filter(letter__in=list(letters)).select_related("sender", "letter")
    if body_ids is not None:
        replies = replies.filter(sender__in=body_ids)
    entries += [ThreadEntry(on=r.received_on, reply=r) for r in replies]
    entries.sort(key=lambda e: (e.on, e.reply is not None, (e.letter or e.reply).pk))
    return entries
