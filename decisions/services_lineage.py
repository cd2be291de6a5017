"""Across meetings: the writes that link a report's requests to earlier
ones (renewals), flag items that ask the same thing (overlaps), and record
lifecycle decisions. Keyword-only and atomic, like services.py; the views,
commands and tests all call these. Nothing is linked without a reviewer:
an import only *proposes* (RenewalLink in state "proposed")."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from decisions.models import ActionItem, Body, DecisionKind, Report, Status
from decisions.models.lineage import (
    LifecycleAction,
    LifecycleDecision,
    LifecycleReason,
    LinkState,
    OverlapFlag,
    OverlapState,
    RenewalLink,
)
from decisions.text.similarity import (
    RENEWAL_THRESHOLD,
    cited_symbols,
    content_words,
    cosine,
    has_renewal_words,
    renewal_score,
    trigrams,
)

# An earlier item is a candidate while open, or for this long after its
# meeting whatever its status (a completed request may still be renewed).
RECENT_YEARS = 3
# At most this many proposals per new item, best first.
MAX_PROPOSALS_PER_ITEM = 3


class DecisionError(ValueError):
    """A review decision that cannot be applied (already decided, unknown
    choice); the view answers 400 with this message."""


# --- Renewals: proposing --------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """A request of the new report, saved or only planned (dry run)."""

    key: tuple[str, str]  # (paragraph number, owner slug)
    summary: str
    paragraph: str
    owner_id: int
    partner_ids: frozenset[int]
    date: datetime.date
    item: ActionItem | None = None


@dataclass
class Proposal:
    earlier: ActionItem
    score: float
    signals: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "symbol": self.earlier.decision.report.symbol,
            "number": self.earlier.decision.number,
            "owner": self.earlier.owner.slug,
            "score": self.score,
        }


def _candidates(probes: list[Probe], *, exclude_report: Report | None) -> list[ActionItem]:
    """Items of earlier reports that share an owner (as owner or partner)
    with a probe, open or of a recent meeting: one query."""
    if not probes:
        return []
    date = min(p.date for p in probes)
    bodies = {p.owner_id for p in probes} | {b for p in probes for b in p.partner_ids}
    recent = datetime.date(max(date.year - RECENT_YEARS, 1), date.month, min(date.day, 28))
    items = (
        ActionItem.objects.filter(
            decision__report__date__lt=max(p.date for p in probes),
            decision__kind=DecisionKind.REQUEST,
        )
        .filter(Q(owner_id__in=bodies) | Q(partners__in=bodies))
        .filter(
            ~Q(status__in=(Status.COMPLETED, Status.CANCELLED))
            | Q(decision__report__date__gte=recent)
        )
        .select_related("decision__report", "owner")
        .defer("decision__report__source_text")
        .prefetch_related("partners")
        .distinct()
        .order_by("pk")
    )
    if exclude_report is not None:
        items = items.exclude(decision__report=exclude_report)
    return list(items)


def _owner_signal(probe: Probe, earlier: ActionItem) -> float:
    if earlier.owner_id == probe.owner_id:
        return 1.0
    partners = {b.pk for b in earlier.partners.all()}
    if probe.owner_id in partners or earlier.owner_id in probe.partner_ids:
        return 0.5
    return 0.0


def _proposals_for(probe: Probe, candidates: list[ActionItem], grams: dict) -> list[Proposal]:
    """The earlier items `probe` may renew, scored, best first, at most
    MAX_PROPOSALS_PER_ITEM, each scoring RENEWAL_THRESHOLD or more."""
    renewal = has_renewal_words(probe.paragraph)
    cited = set(cited_symbols(probe.paragraph))
    probe_grams = trigrams(probe.summary)
    found = []
    for earlier in candidates:
        report = earlier.decision.report
        if report.date is None or report.date >= probe.date:
            continue
        owner = _owner_signal(probe, earlier)
        if owner == 0.0:
            continue
        if earlier.pk not in grams:
            grams[earlier.pk] = trigrams(earlier.summary)
        similarity = cosine(probe_grams, grams[earlier.pk])
        cites = report.symbol.upper() in cited
        score = renewal_score(
            similarity=similarity, owner=owner, renewal_words=renewal, cites=cites
        )
        if score >= RENEWAL_THRESHOLD:
            signals = {
                "wording": round(similarity, 3),
                "owner": owner,
                "renewal_words": renewal,
                "cites": cites,
            }
            found.append(Proposal(earlier=earlier, score=score, signals=signals))
    found.sort(
        key=lambda p: (-p.score, -(p.earlier.decision.report.date.toordinal()), p.earlier.pk)
    )
    return found[:MAX_PROPOSALS_PER_ITEM]


def _probes_of_report(report: Report) -> list[Probe]:
    items = (
        ActionItem.objects.filter(decision__report=report)
        .select_related("decision", "owner")
        .prefetch_related("partners")
        .order_by("decision__position", "pk")
    )
    return [
        Probe(
            key=(item.decision.number, item.owner.slug),
            summary=item.summary,
            paragraph=item.decision.text,
            owner_id=item.owner_id,
            partner_ids=frozenset(b.pk for b in item.partners.all()),
            date=report.date,
            item=item,
        )
        for item in items
    ]


def renewals_propose(*, report: Report) -> dict[tuple[str, str], list[Proposal]]:
    """Propose links from each request of `report` to the requests of
    earlier reports it may renew (see decisions.text.similarity for the
    score and threshold). Idempotent: a pair already proposed, confirmed
    or rejected is left as it is. Returns the proposals by (paragraph
    number, owner slug), for the import's JSON."""
    if report.date is None:
        return {}
    with transaction.atomic():
        probes = _probes_of_report(report)
        candidates = _candidates(probes, exclude_report=report)
        grams: dict = {}
        out: dict[tuple[str, str], list[Proposal]] = {}
        for probe in probes:
            proposals = _proposals_for(probe, candidates, grams)
            for proposal in proposals:
                RenewalLink.objects.get_or_create(
                    earlier_item=proposal.earlier,
                    later_item=probe.item,
                    defaults={"score": proposal.score, "signals": proposal.signals},
                )
            if proposals:
                out[probe.key] = proposals
    return out


def renewals_for_plan(*, date: datetime.date | None, planned: Iterable) -> dict:
    """What renewals_propose would propose for a report not imported (a dry
    run): `planned` are services.PlannedDecision. Writes nothing."""
    if date is None:
        return {}
    slugs = {
        ref.slug
        for plan in planned
        for item in plan.items
        for ref in (item.owner, *item.partners)
        if ref.registered
    }
    bodies = dict(Body.objects.filter(slug__in=slugs).values_list("slug", "pk"))
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
                    owner_id=bodies[item.owner.slug],
                    partner_ids=frozenset(
                        bodies[p.slug] for p in item.partners if p.slug in bodies
                    ),
                    date=date,
                )
            )
    candidates = _candidates(probes, exclude_report=None)
    grams: dict = {}
    out = {}
    for probe in probes:
        proposals = _proposals_for(probe, candidates, grams)
        if proposals:
            out[probe.key] = proposals
    return out


# --- Renewals: deciding ---------------------------------------------------------


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
    from decisions.services import action_item_set_status

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


# --- Overlaps ---------------------------------------------------------------------

# Two items whose requests measure this or more (trigram cosine of their
# wording) are flagged as possible duplicates. On the Mali reports the
# same request repeated measures 0.78 to 0.94, different requests to the
# same body 0.4 to 0.6.
OVERLAP_THRESHOLD = 0.75
# Only pairs of meetings this close are compared, and only items sharing
# OVERLAP_MIN_SHARED longer words none of which is common (in more than
# OVERLAP_COMMON_SHARE of items, or OVERLAP_COMMON_MIN items): this keeps
# the candidate set small (see tests/test_overlap.py, 10,000 items).
OVERLAP_WINDOW_DAYS = 3 * 366
OVERLAP_MIN_SHARED = 3
OVERLAP_COMMON_SHARE = 0.02
OVERLAP_COMMON_MIN = 40


@dataclass
class OverlapResult:
    items: int = 0
    compared: int = 0
    flagged: int = 0
    updated: int = 0


def _renewal_decision_pairs() -> set[tuple[int, int]]:
    pairs = set()
    for a, b in RenewalLink.objects.values_list("earlier_item__decision", "later_item__decision"):
        pairs.add((min(a, b), max(a, b)))
    return pairs


def overlaps_find() -> OverlapResult:
    """Flag pairs of items of different bodies or meetings that ask the
    same thing. Items of one paragraph, and paragraphs already linked as a
    renewal, are not flagged. A flag already decided (related, dismissed)
    is kept as decided; an open flag gets its new similarity."""
    rows = list(
        ActionItem.objects.filter(decision__kind=DecisionKind.REQUEST).values_list(
            "pk", "owner_id", "decision_id", "decision__report_id", "decision__report__date",
            "summary",
        )
    )  # fmt: skip
    result = OverlapResult(items=len(rows))
    words = [content_words(row[5]) for row in rows]
    df: dict[str, int] = defaultdict(int)
    for ws in words:
        for w in ws:
            df[w] += 1
    common = max(OVERLAP_COMMON_MIN, int(len(rows) * OVERLAP_COMMON_SHARE))
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            if df[w] <= common:
                index[w].append(i)
    linked = _renewal_decision_pairs()
    grams: dict[int, object] = {}
    found: dict[tuple[int, int], float] = {}
    window = datetime.timedelta(days=OVERLAP_WINDOW_DAYS)
    for i, ws in enumerate(words):
        shared: dict[int, int] = defaultdict(int)
        for w in ws:
            for j in index.get(w, ()):
                if j > i:
                    shared[j] += 1
        a = rows[i]
        for j, n in shared.items():
            if n < OVERLAP_MIN_SHARED:
                continue
            b = rows[j]
            if a[2] == b[2] or (a[1] == b[1] and a[3] == b[3]):
                continue  # one paragraph; or the same body in the same meeting
            if a[4] and b[4] and abs(a[4] - b[4]) > window:
                continue
            if (min(a[2], b[2]), max(a[2], b[2])) in linked:
                continue
            result.compared += 1
            for k in (i, j):
                if k not in grams:
                    grams[k] = trigrams(rows[k][5])
            similarity = cosine(grams[i], grams[j])
            if similarity >= OVERLAP_THRESHOLD:
                found[(min(a[0], b[0]), max(a[0], b[0]))] = round(similarity, 3)
    with transaction.atomic():
        existing = {
            (f.item_a_id, f.item_b_id): f
            for f in OverlapFlag.objects.filter(item_a__in={k[0] for k in found})
        }
        new = []
        for (a_id, b_id), similarity in found.items():
            flag = existing.get((a_id, b_id))
            if flag is None:
                new.append(OverlapFlag(item_a_id=a_id, item_b_id=b_id, similarity=similarity))
            elif flag.state == OverlapState.FLAGGED and flag.similarity != similarity:
                flag.similarity = similarity
                flag.save(update_fields=["similarity"])
                result.updated += 1
        OverlapFlag.objects.bulk_create(new, batch_size=500)
        result.flagged = len(new)
    return result


def overlap_decide(*, flag: OverlapFlag, related: bool, by) -> OverlapFlag:
    """Link the two items as related, or dismiss the flag (remembered: the
    next search does not raise it again). Raises DecisionError if decided."""
    with transaction.atomic():
        current = OverlapFlag.objects.select_for_update().filter(pk=flag.pk).first()
        if current is None or current.state != OverlapState.FLAGGED:
            raise DecisionError(gettext("this flag was already decided"))
        current.state = OverlapState.RELATED if related else OverlapState.DISMISSED
        current.decided_by = by if by is not None and by.is_authenticated else None
        current.decided_at = timezone.now()
        current.save(update_fields=["state", "decided_by", "decided_at"])
    return current


# --- Lifecycle ---------------------------------------------------------------------


def lifecycle_decide(
    *, item: ActionItem, action: str, reason: str, approved_by: str, note: str = "", by
) -> LifecycleDecision:
    """Record a decision to keep, update or close an item, with its reason
    (a fixed list) and who approved it; a new row each time (append-only).
    Closing also sets the status, through services.action_item_set_status:
    completed when delivered, overtaken/cancelled otherwise."""
    from decisions.services import action_item_set_status

    if action not in LifecycleAction.values:
        raise DecisionError(f"unknown action {action!r}")
    if reason not in LifecycleReason.values:
        raise DecisionError(f"unknown reason {reason!r}")
    approved_by = " ".join((approved_by or "").split())
    max_length = LifecycleDecision._meta.get_field("approved_by").max_length
    if not approved_by:
        raise DecisionError(gettext("say who approved the decision"))
    if len(approved_by) > max_length:
        raise DecisionError(
            gettext("who approved it is longer than %(n)s characters") % {"n": max_length}
        )
    note = (note or "").strip()
    with transaction.atomic():
        decision = LifecycleDecision.objects.create(
            item=item,
            action=action,
            reason=reason,
            approved_by=approved_by,
            note=note,
            recorded_by=by if by is not None and by.is_authenticated else None,
        )
        if action == LifecycleAction.CLOSE:
            current = ActionItem.objects.get(pk=item.pk)
            status = Status.COMPLETED if reason == LifecycleReason.DELIVERED else Status.CANCELLED
            if current.status != status:
                label = LifecycleReason(reason).label
                text = f"Closed: {label} (approved by {approved_by})"
                action_item_set_status(
                    item=item, status=status, note=f"{text}. {note}" if note else text, by=by
                )
    return decision
