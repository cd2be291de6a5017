"""Writes on memberships and members' responses: filling the membership
from the registry, and recording one member's answer (with a version check,
as every write of the app)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from decisions.models import (
    ActionItem,
    Body,
    BodyKind,
    MemberResponse,
    MemberResponseChange,
    Membership,
)
from decisions.models.responses import ResponseStatus
from decisions.text.normalize import normalize_text

# The kinds of body that stand for several others ("Member States",
# "OIC institutions", "Islamic NGOs"): the registry names their members as
# their children.
COLLECTIVE_KINDS = (BodyKind.MEMBER_STATES, BodyKind.GROUP)


def memberships_fill(*, body_model=Body, membership_model=Membership) -> int:
    """Give each collective body of the registry its members: the registered
    bodies filed under it (through a sub-group too, as the OIC financial
    institutions under the OIC institutions), that are not groups
    themselves. Idempotent: a pair that has any membership row (ended by
    staff, dated by staff) is left as it is. The start date stays empty:
    the registry does not say when each joined, and none is invented.
    Takes the models so that the data migration can pass its historical
    ones. Returns the number of memberships created."""
    bodies = list(body_model.objects.filter(registered=True).values("pk", "kind", "parent_id"))
    children: dict[int, list[dict]] = {}
    for b in bodies:
        if b["parent_id"] is not None:
            children.setdefault(b["parent_id"], []).append(b)
    known = set(membership_model.objects.values_list("collective_id", "member_id"))
    new = []
    for collective in bodies:
        if collective["kind"] not in COLLECTIVE_KINDS:
            continue
        todo, seen = list(children.get(collective["pk"], [])), {collective["pk"]}
        while todo:
            child = todo.pop()
            if child["pk"] in seen:
                continue
            seen.add(child["pk"])
            if child["kind"] in COLLECTIVE_KINDS:
                todo.extend(children.get(child["pk"], []))
            elif (collective["pk"], child["pk"]) not in known:
                new.append(membership_model(collective_id=collective["pk"], member_id=child["pk"]))
                known.add((collective["pk"], child["pk"]))
    membership_model.objects.bulk_create(new)
    return len(new)


class StaleResponseError(Exception):
    """The response changed since the form was shown; carries the current one."""

    def __init__(self, response: MemberResponse | None):
        self.response = response
        super().__init__("this response was recorded meanwhile by someone else")


@dataclass(frozen=True)
class ResponseValues:
    status: str
    on: datetime.date | None = None
    note: str = ""
    link: str = ""


def member_response_record(
    *, item: ActionItem, member: Body, values: ResponseValues, by, expected_version: int
) -> MemberResponse:
    """Record `member`'s answer to `item`: create its response, or change it.

    `expected_version` is the version the user saw (0: no response yet); if
    someone recorded one since, StaleResponseError and nothing is written.
    The note is stored normalised, whoever calls. Each change is kept as a
    MemberResponseChange written in the same transaction (the matrix as of
    a date reads them). The item's own status is not touched: it stays the
    secretariat's decision."""
    if values.status not in ResponseStatus.values:
        raise ValueError(f"unknown response status {values.status!r}")
    note = normalize_text(values.note or "").strip()
    now = timezone.now()
    user = by if by is not None and by.is_authenticated else None
    fields = {
        "status": values.status,
        "on": values.on,
        "note": note,
        "link": values.link or "",
        "recorded_by": user,
        "recorded_at": now,
    }
    with transaction.atomic():
        ActionItem.objects.select_for_update().filter(pk=item.pk).exists()
        current = (
            MemberResponse.objects.select_for_update().filter(item=item, member=member).first()
        )
        if (current.version if current else 0) != expected_version:
            raise StaleResponseError(current)
        # The item's pages and follow-up files are cached by updated_at; its
        # version (what its own status forms check) does not change.
        ActionItem.objects.filter(pk=item.pk).update(updated_at=now)
        MemberResponseChange.objects.create(item=item, member=member, **fields)
        if current is None:
            return MemberResponse.objects.create(item=item, member=member, version=1, **fields)
        MemberResponse.objects.filter(pk=current.pk).update(version=F("version") + 1, **fields)
        current.refresh_from_db()
        return current


def member_responses_delete(*, responses, by) -> int:
    """Delete responses (the admin's delete action): each member goes back
    to "not asked", and that change is kept in the history, in the same
    transaction, so that the matrix as of a later day does not show the
    response deleted. Returns the number deleted."""
    now = timezone.now()
    user = by if by is not None and by.is_authenticated else None
    with transaction.atomic():
        gone = list(
            MemberResponse.objects.select_for_update().filter(pk__in=[r.pk for r in responses])
        )
        MemberResponseChange.objects.bulk_create(
            MemberResponseChange(
                item_id=r.item_id,
                member_id=r.member_id,
                status=ResponseStatus.NOT_ASKED,
                removed=True,
                recorded_by=user,
                recorded_at=now,
            )
            for r in gone
        )
        ActionItem.objects.filter(pk__in={r.item_id for r in gone}).update(updated_at=now)
        MemberResponse.objects.filter(pk__in=[r.pk for r in gone]).delete()
    return len(gone)
