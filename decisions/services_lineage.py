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
    """A request as the matcher sees it: of a saved item, or only planned
    (a dry run, a draft under review)."""

    key: tuple[str, str]  # (paragraph number, owner slug)
    summary: str
    paragraph: str
    owner_id: int
    partner_ids: frozenset[int]
    date: datetime.date | None
    item: ActionItem | None = None
    symbol: str = ""  # its report's
    is_open: bool = True


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


def _probe_of(item: ActionItem) -> Probe:
    """`item` (with its paragraph, report and partners read) as a probe."""
    report = item.decision.report
    return Probe(
        key=(item.decision.number, item.owner.slug),
        summary=item.summary,
        paragraph=item.decision.text,
        owner_id=item.owner_id,
        partner_ids=frozenset(b.pk for b in item.partners.all()),
        date=report.date,
        item=item,
        symbol=report.symbol,
        is_open=item.is_open(),
    )


def _recent_from(date: datetime.date) -> datetime.date:
    return datetime.date(max(date.year - RECENT_YEARS, 1), date.month, min(date.day, 28))


def _sharing_bodies(probes: list[Probe]) -> Q:
    bodies = {p.owner_id for p in probes} | {b for p in probes for b in p.partner_ids}
    return Q(owner_id__in=bodies) | Q(partners__in=bodies)


def _items_for_matching(items) -> list[ActionItem]:
    return list(
        items.filter(decision__kind=DecisionKind.REQUEST)
        .select_related("decision__report", "owner")
        .defer("decision__report__source_text")
        .prefetch_related("partners")
        .distinct()
        .order_by("pk")
    )


def _candidates(probes: list[Probe], *, exclude_report: Report | None) -> list[ActionItem]:
    """Items of earlier meetings (by date) that share an owner (as owner or
    partner) with a probe, open or of a recent meeting: two queries."""
    dates = [p.date for p in probes if p.date is not None]
    if not dates:
        return []
    items = ActionItem.objects.filter(decision__report__date__lt=max(dates)).filter(
        _sharing_bodies(probes)
    )
    items = items.filter(
        ~Q(status__in=(Status.COMPLETED, Status.CANCELLED))
        | Q(decision__report__date__gte=_recent_from(min(dates)))
    )
    if exclude_report is not None:
        items = items.exclude(decision__report=exclude_report)
    return _items_for_matching(items)


def _later_items(probes: list[Probe], *, exclude_report: Report | None) -> list[ActionItem]:
    """Items of later meetings (by date) that share an owner with a probe:
    the requests that may renew the probes' (a report imported after a
    newer one). Two queries."""
    dates = [p.date for p in probes if p.date is not None]
    if not dates:
        return []
    items = ActionItem.objects.filter(decision__report__date__gt=min(dates)).filter(
        _sharing_bodies(probes)
    )
    if exclude_report is not None:
        items = items.exclude(decision__report=exclude_report)
    return _items_for_matching(items)


def _owner_signal(probe: Probe, earlier: Probe | ActionItem) -> float:
    if isinstance(earlier, ActionItem):
        earlier = _probe_of(earlier)
    if earlier.owner_id == probe.owner_id:
        return 1.0
    if probe.owner_id in earlier.partner_ids or earlier.owner_id in probe.partner_ids:
        return 0.5
    return 0.0


class _Measures:
    """Trigrams, renewal words and citations, each text measured once."""

    def __init__(self):
        self.grams: dict[str, object] = {}
        self.paragraphs: dict[str, tuple[bool, set[str]]] = {}

    def trigrams(self, text: str):
        if text not in self.grams:
            self.grams[text] = trigrams(text)
        return self.grams[text]

    def paragraph(self, text: str) -> tuple[bool, set[str]]:
        if text not in self.paragraphs:
            self.paragraphs[text] = (has_renewal_words(text), set(cited_symbols(text)))
        return self.paragraphs[text]


def _score(later: Probe, earlier: Probe, measures: _Measures) -> tuple[float, dict] | None:
    """How likely `later` renews `earlier`, with the signals; None when it
    cannot (not earlier by meeting date, no shared owner, closed and not
    recent) or scores under RENEWAL_THRESHOLD."""
    if earlier.date is None or later.date is None or earlier.date >= later.date:
        return None
    if not earlier.is_open and earlier.date < _recent_from(later.date):
        return None
    owner = _owner_signal(later, earlier)
    if owner == 0.0:
        return None
    similarity = cosine(measures.trigrams(later.summary), measures.trigrams(earlier.summary))
    renewal, cited = measures.paragraph(later.paragraph)
    cites = bool(earlier.symbol) and earlier.symbol.upper() in cited
    score = renewal_score(similarity=similarity, owner=owner, renewal_words=renewal, cites=cites)
    if score < RENEWAL_THRESHOLD:
        return None
    signals = {
        "wording": round(similarity, 3),
        "owner": owner,
        "renewal_words": renewal,
        "cites": cites,
    }
    return score, signals


def _best(found: list[tuple[Probe, float, dict]]) -> list[tuple[Probe, float, dict]]:
    """Best first (then the more recent meeting), at most MAX_PROPOSALS_PER_ITEM."""
    found.sort(key=lambda f: (-f[1], -f[0].date.toordinal(), f[0].item.pk if f[0].item else 0))
    return found[:MAX_PROPOSALS_PER_ITEM]


class _ByBody:
    """Probes by their owner and by their partners, so that a request is
    measured only against those it shares a body with."""

    def __init__(self, probes: Iterable[Probe]):
        self.owned: dict[int, list[Probe]] = defaultdict(list)
        self.partnered: dict[int, list[Probe]] = defaultdict(list)
        for probe in probes:
            self.owned[probe.owner_id].append(probe)
            for body in probe.partner_ids:
                self.partnered[body].append(probe)

    def sharing(self, probe: Probe) -> list[Probe]:
        found = {id(p): p for p in self.owned.get(probe.owner_id, ())}
        for p in self.partnered.get(probe.owner_id, ()):
            found.setdefault(id(p), p)
        for body in probe.partner_ids:
            for p in self.owned.get(body, ()):
                found.setdefault(id(p), p)
        return list(found.values())


def _earlier_for(later: Probe, earliers: _ByBody, measures: _Measures) -> list:
    """The requests of `earliers` that `later` may renew: (probe, score, signals)."""
    found = []
    for earlier in earliers.sharing(later):
        scored = _score(later, earlier, measures)
        if scored is not None:
            found.append((earlier, *scored))
    return _best(found)


def _probes_of_report(report: Report) -> list[Probe]:
    items = (
        ActionItem.objects.filter(decision__report=report)
        .select_related("decision__report", "owner")
        .defer("decision__report__source_text")
        .prefetch_related("partners")
        .order_by("decision__position", "pk")
    )
    return [_probe_of(item) for item in items]


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
        for probe in probes:
            proposals = []
            for earlier, score, signals in _earlier_for(probe, earliers, measures):
                RenewalLink.objects.get_or_create(
                    earlier_item=earlier.item,
                    later_item=probe.item,
                    defaults={"score": score, "signals": signals},
                )
                proposals.append(Proposal(earlier=earlier.item, score=score, signals=signals))
            if proposals:
                out[probe.key] = proposals
        news = _ByBody(probes)
        for later in (_probe_of(i) for i in _later_items(probes, exclude_report=report)):
            for earlier, score, signals in _earlier_for(later, news, measures):
                RenewalLink.objects.get_or_create(
                    earlier_item=earlier.item,
                    later_item=later.item,
                    defaults={"score": score, "signals": signals},
                )
    return out


def _plan_probes(*, date: datetime.date | None, planned: Iterable, symbol: str) -> list[Probe]:
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
                    symbol=symbol,
                )
            )
    return probes


def renewals_for_plan(*, date: datetime.date | None, planned: Iterable, symbol: str = "") -> dict:
    """What renewals_propose would propose for a report not imported (a dry
    run): what each request renews, by (paragraph number, owner slug).
    `planned` are services.PlannedDecision. Writes nothing."""
    if date is None:
        return {}
    probes = _plan_probes(date=date, planned=planned, symbol=symbol)
    measures = _Measures()
    earliers = _ByBody(_probe_of(i) for i in _candidates(probes, exclude_report=None))
    out = {}
    for probe in probes:
        found = _earlier_for(probe, earliers, measures)
        if found:
            out[probe.key] = [Proposal(earlier=e.item, score=s, signals=g) for e, s, g in found]
    return out


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


def renewals_for_draft(
    *, date: datetime.date | None, planned: Iterable, symbol: str = ""
) -> dict[tuple[str, str], list[PlanLink]]:
    """Both ways, what the import of a draft would propose, by (paragraph
    number, owner slug): the earlier requests each request may renew, and
    the requests of later meetings that may renew it. Five queries; writes
    nothing."""
    if date is None:
        return {}
    probes = _plan_probes(date=date, planned=planned, symbol=symbol)
    if not probes:
        return {}
    measures = _Measures()
    out: dict[tuple[str, str], list[PlanLink]] = defaultdict(list)
    earliers = _ByBody(_probe_of(i) for i in _candidates(probes, exclude_report=None))
    for probe in probes:
        for earlier, score, signals in _earlier_for(probe, earliers, measures):
            out[probe.key].append(PlanLink(probe.key, earlier.item, True, score, signals))
    news = _ByBody(probes)
    for later in (_probe_of(i) for i in _later_items(probes, exclude_report=None)):
        for earlier, score, signals in _earlier_for(later, news, measures):
            out[earlier.key].append(PlanLink(earlier.key, later.item, False, score, signals))
    return dict(out)


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
