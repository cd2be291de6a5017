"""The correspondence the follow-up report cites under each item: the
letters and notes verbales concerning it, their reminders (chasers), the
replies received, or how long a reply has been awaited:

    Note verbale OIC/GS/2017/123 of 2 October 2017; reminder OIC/GS/2017/140
    of 1 December 2017; reply of 15 January 2018

Correspondence is internal. What a document may cite is the caller's
decision, given as a `scope`: ALL (the secretariat), the ids of a focal
point's bodies (the letters sent to them and their replies), or None
(nothing: viewers; anonymous visitors never reach the report).

Read in five queries whatever the number of items and letters, none when
no letter concerns the report's items (one to find out) or the scope is None.
"""

from __future__ import annotations

import datetime
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Max
from django.utils.translation import gettext, ngettext, override

from decisions.models import ActionItem, Letter, LetterKind, Reply, Report

ALL = "all"
Scope = str | frozenset[int] | None

# How the parts of a citation are separated (the Arabic semicolon in Arabic).
SEPARATORS = {"ar": "؛ "}


@dataclass
class Citation:
    """One exchange about an item: a letter and its reminders, and the
    replies to any of them, in the order they happened; `pending` says that
    no reply came (shown apart, as the report marks what is overdue)."""

    parts: list[str] = field(default_factory=list)
    pending: str = ""
    sep: str = "; "
    first_sent: datetime.date | None = None

    @property
    def text(self) -> str:
        return self.sep.join([*self.parts, self.pending] if self.pending else self.parts)


def scope_key(scope: Scope) -> str:
    """What a cached document varies on: the letters its reader may see."""
    if not scope:
        return "none"
    if scope == ALL:
        return "all"
    ids = ".".join(map(str, sorted(scope)))
    return "b" + hashlib.sha256(ids.encode()).hexdigest()[:20]


def correspondence_stamp() -> str:
    """Changes whenever a letter, a reminder or a reply is recorded. Letters
    and replies are only ever added (services_workflow.letter_record and
    reply_record, with their recipients and items; there is no edit or
    delete), so the number and the highest id of each say it. One query."""
    stamp = Letter.objects.aggregate(
        n_letters=Count("pk", distinct=True),
        last_letter=Max("pk"),
        n_replies=Count("replies"),
        last_reply=Max("replies__pk"),
    )
    return "{n_letters}.{last_letter}.{n_replies}.{last_reply}".format(**stamp)


def _roots(parents: dict[int, int | None]) -> dict[int, int]:
    """Each letter's first letter of its chain of reminders (a chain
    cannot loop, but the walk would stop if it did)."""
    roots: dict[int, int] = {}
    for pk in parents:
        path, seen, current = [], set(), pk
        while current not in roots and parents.get(current) and current not in seen:
            seen.add(current)
            path.append(current)
            current = parents[current]
        root = roots.get(current, current)
        for p in path:
            roots[p] = root
        roots[current] = root
    return roots


def citations_for(
    report: Report,
    items: Iterable[ActionItem],
    *,
    lang: str,
    today: datetime.date,
    scope: Scope,
    date_text: Callable[[datetime.date], str],
) -> dict[int, list[Citation]]:
    """item pk -> its citations, oldest exchange first. `date_text(date)`
    writes a date as the document does ("1er octobre 2017").

    An item cites every chain of letters one of whose letters names it. The
    exchange is with the item's owner when the letters went to it, else
    with their recipients (a partner written to about the item), within the
    scope; a letter of the chain sent to none of them is left out."""
    if not scope:
        return {}
    links = list(
        Letter.items.through.objects.filter(actionitem__decision__report=report).values_list(
            "actionitem_id", "letter_id"
        )
    )
    if not links:
        return {}
    roots = _roots(dict(Letter.objects.values_list("pk", "chases_id")))
    cited_roots = {roots[letter_id] for _, letter_id in links}
    members = [pk for pk, root in roots.items() if root in cited_roots]
    letters = Letter.objects.filter(pk__in=members).only("kind", "reference", "sent_on", "chases")
    chains: dict[int, list[Letter]] = defaultdict(list)
    for letter in sorted(letters, key=lambda x: (x.sent_on, x.pk)):
        chains[roots[letter.pk]].append(letter)
    recipients: dict[int, set[int]] = defaultdict(set)
    for letter_id, body_id in Letter.recipients.through.objects.filter(
        letter_id__in=members
    ).values_list("letter_id", "body_id"):
        recipients[letter_id].add(body_id)
    replies: dict[int, list[Reply]] = defaultdict(list)
    for reply in (
        Reply.objects.filter(letter_id__in=members)
        .select_related("sender")
        .order_by("received_on", "pk")
    ):
        replies[roots[reply.letter_id]].append(reply)
    item_roots: dict[int, set[int]] = defaultdict(set)
    for item_id, letter_id in links:
        item_roots[item_id].add(roots[letter_id])

    sep = SEPARATORS.get(lang, "; ")
    out: dict[int, list[Citation]] = {}
    with override(lang):
        for item in items:
            citations = []
            for root in sorted(item_roots.get(item.pk, ())):
                chain = chains[root]
                visible = [x for x in chain if scope == ALL or recipients[x.pk] & scope]
                if not visible:
                    continue
                addressees = set().union(*(recipients[x.pk] for x in visible))
                if scope != ALL:
                    addressees &= scope
                if item.owner_id in addressees:
                    addressees = {item.owner_id}
                sent = [x for x in visible if recipients[x.pk] & addressees]
                if not sent:  # a letter without recipients: not recorded so
                    continue
                got = [r for r in replies[root] if r.sender_id in addressees]
                citations.append(
                    _citation(sent, got, item=item, today=today, date_text=date_text, sep=sep)
                )
            if citations:
                # Oldest first; for the same day, in the order recorded.
                out[item.pk] = sorted(citations, key=lambda c: c.first_sent)
    return out


def _citation(sent, got, *, item, today, date_text, sep) -> Citation:
    events: list[tuple[datetime.date, int, str]] = []
    for letter in sent:
        values = {"reference": letter.reference, "date": date_text(letter.sent_on)}
        if letter.chases_id:
            text = gettext("reminder %(reference)s of %(date)s") % values
        else:
            kind = str(LetterKind(letter.kind).label)
            text = gettext("%(kind)s %(reference)s of %(date)s") % {**values, "kind": kind}
        events.append((letter.sent_on, 0, text))
    for reply in got:
        when = date_text(reply.received_on)
        if reply.sender_id == item.owner_id:
            text = gettext("reply of %(date)s") % {"date": when}
        else:
            text = gettext("reply from %(body)s of %(date)s") % {
                "body": reply.sender.name,
                "date": when,
            }
        events.append((reply.received_on, 1, text))
    citation = Citation(
        parts=[text for *_, text in sorted(events)], sep=sep, first_sent=sent[0].sent_on
    )
    if not got:
        days = max((today - sent[0].sent_on).days, 0)
        citation.pending = ngettext(
            "no reply as of %(date)s (awaited for %(days)s day)",
            "no reply as of %(date)s (awaited for %(days)s days)",
            days,
        ) % {"date": date_text(today), "days": days}
    return citation
