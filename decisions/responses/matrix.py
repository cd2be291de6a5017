"""Reading the matrix of an item owned by a collective body: its members
on a day (today, or the day of `?as_of=`: States join and leave), each with
its response and the history of it, in a constant number of queries
whatever the number of members. As of a day, each member's response is the
last change of it recorded by the end of that day (MemberResponseChange):
exact, whatever was recorded since."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from decisions.models import (
    ANSWERED_STATUSES,
    ActionItem,
    Body,
    MemberResponse,
    MemberResponseChange,
    Membership,
)
from decisions.models.responses import ResponseStatus
from decisions.text.folding import collation_key


def _changes(item: ActionItem, day: datetime.date | None) -> QuerySet[MemberResponseChange]:
    """The changes of the responses to `item` recorded by the end of `day`
    (all of them without one), the newest first."""
    return MemberResponseChange.objects.filter(item_id=item.pk).by_end_of(day).newest_first()


def members_of(item: ActionItem, day: datetime.date | None = None) -> QuerySet[Body]:
    """The members the matrix of `item` lists: those of its owner on `day`
    (today by default; a member of unknown start counts, one that has left
    does not), each annotated with its response's status then
    (`response_status`, "not_asked" without one)."""
    on = day or timezone.localdate()
    current = Membership.objects.filter(collective_id=item.owner_id).current(on).values("member")
    if day is None:
        status = MemberResponse.objects.filter(item_id=item.pk, member=OuterRef("pk"))
    else:
        status = _changes(item, day).filter(member=OuterRef("pk"))
    status = status.values("status")
    return Body.objects.filter(pk__in=current).annotate(
        response_status=Coalesce(Subquery(status[:1]), Value(ResponseStatus.NOT_ASKED.value))
    )


def is_collective(item: ActionItem) -> bool:
    """Whether `item` has a matrix: its owner has members today."""
    return members_of(item).exists()


@dataclass
class Row:
    body: Body
    response: MemberResponse | MemberResponseChange | None  # as of a day: the change then
    may_record: bool
    history: list[MemberResponseChange] = field(default_factory=list)  # the newest first

    @property
    def status(self) -> str:
        return self.response.status if self.response else ResponseStatus.NOT_ASKED.value

    @property
    def status_label(self) -> str:
        return ResponseStatus(self.status).label


@dataclass
class Counts:
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def answered(self) -> int:
        return sum(self.by_status.get(s, 0) for s in ANSWERED_STATUSES)

    @property
    def acted(self) -> int:
        return self.by_status.get(ResponseStatus.ACTED, 0)

    @property
    def waiting(self) -> int:
        return self.total - self.answered

    def rows(self) -> list[tuple[str, str, int]]:
        """(value, label, count) for each status, in the list's order."""
        return [(s.value, s.label, self.by_status.get(s.value, 0)) for s in ResponseStatus]


def counts_of(members: QuerySet[Body]) -> Counts:
    """The members per response status, in one query."""
    per = members.order_by().values("response_status").annotate(n=Count("pk"))
    return Counts({r["response_status"]: r["n"] for r in per})


def rows_of(
    item: ActionItem, members: QuerySet[Body], *, may_record, day: datetime.date | None = None
) -> list[Row]:
    """Each member with its response (as of the end of `day`, if given: its
    last change by then) and the history of it up to then, in the reader's
    language order. Two queries as of a day (the members, the changes),
    three today (the responses too)."""
    changes = _changes(item, day).select_related("recorded_by")
    bodies = members.prefetch_related(
        Prefetch("response_changes", queryset=changes, to_attr="history")
    )
    if day is None:
        these = MemberResponse.objects.filter(item_id=item.pk).select_related("recorded_by")
        bodies = bodies.prefetch_related(Prefetch("responses", queryset=these, to_attr="these"))
    rows = []
    for b in bodies:
        if day is None:
            response = b.these[0] if b.these else None
        else:
            last = b.history[0] if b.history else None
            response = last if last is not None and not last.removed else None
        rows.append(Row(body=b, response=response, may_record=may_record(b), history=b.history))
    return sorted(rows, key=lambda r: collation_key(r.body.name))


def not_answered(members: QuerySet[Body]) -> list[Body]:
    """The members that have not answered (none recorded, asked, not asked)."""
    return list(members.exclude(response_status__in=[s.value for s in ANSWERED_STATUSES]))


def former_responses(
    item: ActionItem, members: QuerySet[Body], day: datetime.date | None = None
) -> list[MemberResponse | MemberResponseChange]:
    """The responses (as of the end of `day`, if given) of bodies that are
    not members on that day: kept, shown apart, never counted (one query)."""
    if day is None:
        found = MemberResponse.objects.filter(item_id=item.pk)
    else:
        last = _changes(item, day).filter(member=OuterRef("member")).values("pk")[:1]
        found = _changes(item, day).filter(pk=Subquery(last)).exclude(removed=True)
    return members_sorted_responses(
        found.exclude(member__in=members.values("pk")).select_related("member")
    )


def members_sorted_responses(responses) -> list[MemberResponse]:
    return sorted(responses, key=lambda r: collation_key(r.member.name))
