"""Renewals: proposing the earlier request a new item renews, and deciding."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from decisions.lineage.kin import kin_of
from decisions.lineage.matching import (
    DecisionError,
    Probe,
    Proposal,
    _ByBody,
    _candidates,
    _later_items,
    _links,
    _Measures,
    _probe_of,
    _probes_of_report,
    names_of,
)
from decisions.models import ActionItem, Body, Report, Status
from decisions.models.lineage import (
    LinkState,
    RenewalLink,
)


def renewals_propose(*, report: Report) -> dict[tuple[str, str], list[Proposal]]:
    """Propose links between the requests of `report` and those of the
    other meetings, by meeting date whatever the order of import: each
    request may renew requests of earlier meetings, and requests of later
    meetings may renew it (a report imported after a newer one; its items
    are then the renewed ones). See decisions.text.similarity for the score
    and threshold. Idempotent: a pair already proposed, confirmed or
    rejected is left as it is. Returns what each request renews, by
    (paragraph number, owner slug), for the import's JSON."""
    if report.date is None:
        return {}
    with transaction.atomic():
        probes = _probes_of_report(report)
        measures = _Measures()
        earliers = _ByBody(_probe_of(i) for i in _candidates(probes, exclude_report=report))
        out: dict[tuple[str, str], list[Proposal]] = {}
        for probe, found in _links(probes, earliers, measures):
            proposals = []
            for earlier, score, signals in found:
                RenewalLink.objects.get_or_create(
                    earlier_item=earlier.item,
                    later_item=probe.item,
                    defaults={"score": score, "signals": signals},
                )
                proposals.append(Proposal(earlier=earlier.item, score=score, signals=signals))
            out[probe.key] = proposals
        news = _ByBody(probes)
        laters = (_probe_of(i) for i in _later_items(probes, exclude_report=report))
        for later, found in _links(laters, news, measures):
            for earlier, score, signals in found:
                RenewalLink.objects.get_or_create(
                    earlier_item=earlier.item,
                    later_item=later.item,
                    defaults={"score": score, "signals": signals},
                )
    return out


def _plan_probes(
    *, date: datetime.date | None, planned: Iterable, symbol: str, language: str = ""
) -> list[Probe]:
    """The requests of a plan (services.PlannedDecision) whose owner is a
    known body, as probes; one query."""
    planned = list(planned)
    slugs = {
        ref.slug
        for plan in planned
        for item in plan.items
        for ref in (item.owner, *item.partners)
        if ref.registered
    }
    bodies = {b.slug: b for b in Body.objects.filter(slug__in=slugs).select_related("parent")}
    probes = []
    for plan in planned:
        for item in plan.items:
            if item.owner.slug not in bodies:
                continue
            probes.append(
                Probe(
                    key=(plan.number, item.owner.slug),
                    summary=item.summary,
                    paragraph=plan.text,
                    owner_id=bodies[item.owner.slug].pk,
                    partner_ids=frozenset(
                        bodies[p.slug].pk for p in item.partners if p.slug in bodies
                    ),
                    date=date,
                    symbol=symbol,
                    language=language,
                    position=plan.position,
                    kin_ids=kin_of(bodies[item.owner.slug]),
                    # A partner not in the registry is masked by the name the
                    # text gives it, as the import would (it creates the body).
                    names=names_of(
                        bodies[item.owner.slug],
                        *(bodies[p.slug] for p in item.partners if p.slug in bodies),
                    )
                    + tuple(p.name for p in item.partners if p.slug not in bodies and p.name),
                )
            )
    return probes


def renewals_for_plan(
    *, date: datetime.date | None, planned: Iterable, symbol: str = "", language: str = ""
) -> dict:
    """What renewals_propose would propose for a report not imported (a dry
    run): what each request renews, by (paragraph number, owner slug).
    `planned` are services.PlannedDecision. Writes nothing."""
    if date is None:
        return {}
    probes = _plan_probes(date=date, planned=planned, symbol=symbol, language=language)
    measures = _Measures()
    earliers = _ByBody(_probe_of(i) for i in _candidates(probes, exclude_report=None))
    return {
        probe.key: [Proposal(earlier=e.item, score=s, signals=g) for e, s, g in found]
        for probe, found in _links(probes, earliers, measures)
    }


@dataclass
class PlanLink:
    """A renewal a draft's request may take part in, shown in the review
    before import: `renews` True when the request renews `other` (an item
    of an earlier meeting), False when `other` (of a later meeting) renews it."""

    key: tuple[str, str]  # the draft's request: (paragraph number, owner slug)
    other: ActionItem
    renews: bool
    score: float
    signals: dict

    @property
    def id(self) -> str:
        """How a reviewer's decision on it is kept in the draft."""
        return f"{self.key[0]}|{self.key[1]}|{self.other.pk}"


def _later_items_probes(probes: list[Probe]) -> list[Probe]:
    return [_probe_of(i) for i in _later_items(probes, exclude_report=None)]


def renewals_for_draft(
    *, date: datetime.date | None, planned: Iterable, symbol: str = "", language: str = ""
) -> dict[tuple[str, str], list[PlanLink]]:
    """Both ways, what the import of a draft would propose, by (paragraph
    number, owner slug): the earlier requests each request may renew, and
    the requests of later meetings that may renew it. Five queries; writes
    nothing."""
    if date is None:
        return {}
    probes = _plan_probes(date=date, planned=planned, symbol=symbol, language=language)
    if not probes:
        return {}
    measures = _Measures()
    out: dict[tuple[str, str], list[PlanLink]] = defaultdict(list)
    earliers = _ByBody(_probe_of(i) for i in _candidates(probes, exclude_report=None))
    for probe, found in _links(probes, earliers, measures):
        for earlier, score, signals in found:
            out[probe.key].append(PlanLink(probe.key, earlier.item, True, score, signals))
    news = _ByBody(probes)
    for later, found in _links(_later_items_probes(probes), news, measures):
        for earlier, score, signals in found:
            out[earlier.key].append(PlanLink(earlier.key, later.item, False, score, signals))
    return dict(out)


def _origin(item: ActionItem) -> ActionItem:
    """Where `item`'s request was first asked: the earliest first item of
    its confirmed incoming links, else the item itself."""
    links = (
        RenewalLink.objects.confirmed()
        .filter(later_item=item, first_item__isnull=False)
        .select_related("first_item__decision__report")
        .order_by("first_item__decision__report__date", "first_item__pk")
    )
    first = links.first()
    return first.first_item if first is not None else item


def _propagate_origin(item: ActionItem, origin: ActionItem) -> None:
    """Set `origin` as the first item of the confirmed links downstream of
    `item` (a chain confirmed from its end backwards)."""
    seen = {item.pk}
    frontier = [item.pk]
    origin_date = origin.decision.report.date
    while frontier:
        links = list(
            RenewalLink.objects.confirmed()
            .filter(earlier_item__in=frontier)
            .select_related("first_item__decision__report")
        )
        frontier = []
        for link in links:
            current = link.first_item
            if current is None or (current.decision.report.date or origin_date) > origin_date:
                link.first_item = origin
                link.save(update_fields=["first_item"])
            if link.later_item_id not in seen:
                seen.add(link.later_item_id)
                frontier.append(link.later_item_id)


def renewal_decide(*, link: RenewalLink, confirm: bool, by, close_earlier: bool = False):
    """Confirm or reject a proposed renewal. Confirming with
    `close_earlier` closes the earlier item as overtaken, through
    services.action_item_set_status, its history saying by what. Raises
    DecisionError if the link was already decided."""
    from decisions.items.services import action_item_set_status

    with transaction.atomic():
        current = (
            RenewalLink.objects.select_for_update(of=("self",))
            .filter(pk=link.pk)
            .with_items()
            .first()
        )
        if current is None or current.state != LinkState.PROPOSED:
            raise DecisionError(gettext("this proposal was already decided"))
        current.state = LinkState.CONFIRMED if confirm else LinkState.REJECTED
        current.decided_by = by if by is not None and by.is_authenticated else None
        current.decided_at = timezone.now()
        if confirm:
            origin = _origin(current.earlier_item)
            current.first_item = origin
        current.save(update_fields=["state", "decided_by", "decided_at", "first_item"])
        if confirm:
            _propagate_origin(current.later_item, origin)
            earlier = current.earlier_item
            if close_earlier and earlier.is_open():
                later = current.later_item
                action_item_set_status(
                    item=earlier,
                    status=Status.CANCELLED,
                    note=f"Renewed by {later.decision.report.symbol}, ¶ {later.decision.number}",
                    by=by,
                )
    return current
