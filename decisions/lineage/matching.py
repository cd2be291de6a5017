"""Finding the earlier request a new one renews: candidates, scores and the
best match per body."""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q

from decisions.lineage.citations import points_at
from decisions.lineage.kin import KIN_OWNER, kin_of, kin_query
from decisions.lineage.merges import confirm_contained
from decisions.lineage.order import ORDER_BONUS, kept_in_order
from decisions.lineage.signals import Measures as _Measures
from decisions.lineage.signals import Probe
from decisions.lineage.signals import across_languages as _across_languages
from decisions.models import ActionItem, Body, DecisionKind, Report, Status
from decisions.text.concepts import CLOSING_ASKS, asks_of, specific_asks
from decisions.text.similarity import RENEWAL_THRESHOLD, cosine, renewal_score, wording_signal

# An earlier item is a candidate while open, or for this long after its
# meeting whatever its status (a completed request may still be renewed).
RECENT_YEARS = 3


# At most this many proposals per new item, best first.
MAX_PROPOSALS_PER_ITEM = 3


class DecisionError(ValueError):
    """A review decision that cannot be applied (already decided, unknown
    choice); the view answers 400 with this message."""


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
            "signals": self.signals,
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
        language=report.language,
        versions=tuple((t.language, t.text) for t in item.decision.translations.all()),
        names=names_of(item.owner, *item.partners.all()),
        position=item.decision.position,
        kin_ids=kin_of(item.owner),
    )


def names_of(*bodies: Body) -> tuple[str, ...]:
    """Every spelling of `bodies` (names, acronyms, aliases in fr/en/ar)."""
    return tuple(dict.fromkeys(n for body in bodies for n in body.all_names()))


def _recent_from(date: datetime.date) -> datetime.date:
    return datetime.date(max(date.year - RECENT_YEARS, 1), date.month, min(date.day, 28))


def _sharing_bodies(probes: list[Probe]) -> Q:
    bodies = {p.owner_id for p in probes} | {b for p in probes for b in p.partner_ids}
    kin = kin_query({p.owner_id for p in probes}, {k for p in probes for k in p.kin_ids})
    return Q(owner_id__in=bodies) | Q(partners__in=bodies) | kin


def _items_for_matching(items) -> list[ActionItem]:
    return list(
        items.filter(decision__kind=DecisionKind.REQUEST)
        .select_related("decision__report", "owner__parent")
        .defer("decision__report__source_text")
        .prefetch_related("partners", "decision__translations")
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
    if probe.owner_id in earlier.kin_ids or earlier.owner_id in probe.kin_ids:
        return KIN_OWNER  # the Secretary-General, then the General Secretariat
    return 0.0


def _measure(
    later: Probe, earlier: Probe, measures: _Measures, only_request: bool = False
) -> tuple[dict, dict] | None:
    """What `later` and `earlier` share: (signals, the arguments of
    renewal_score); None when `later` cannot renew `earlier` (not earlier by
    meeting date, no shared owner, closed and not recent)."""
    if earlier.date is None or later.date is None or earlier.date >= later.date:
        return None
    if not earlier.is_open and earlier.date < _recent_from(later.date):
        return None
    owner = _owner_signal(later, earlier)
    if owner == 0.0:
        return None
    renewal, cited = measures.paragraph(later.paragraph)
    cites = bool(earlier.symbol) and earlier.symbol.upper() in cited
    signals: dict = {}
    if later.language == earlier.language or not (later.language and earlier.language):
        similarity = cosine(
            measures.trigrams(measures.without_names(later.summary, later.names)),
            measures.trigrams(measures.without_names(earlier.summary, earlier.names)),
        )
        content = wording_signal(similarity)
        signals["wording"] = round(similarity, 3)
    else:
        similarity, content = _across_languages(
            later, earlier, measures, signals, only_request=only_request
        )
    if owner == 1.0 and points_at(later.paragraph, earlier.symbol, earlier.key[0]):
        # "as called for in paragraph 2 of resolution 1/43": this very request
        signals["cites_paragraph"] = True
        cites, content = True, 1.0
    signals.update(owner=owner, renewal_words=renewal, cites=cites)
    parts = {"similarity": similarity, "owner": owner, "renewal_words": renewal, "cites": cites}
    return signals, {**parts, "content": content}


def _in_order(measured: list[tuple[Probe, Probe, dict, dict]]) -> list:
    """(later, earlier, score, signals) of each measured pair, the pairs
    that keep the order of their two reports (``order.kept_in_order``,
    weighed by their content) marked "order_kept" and their content raised
    by ORDER_BONUS; those scoring RENEWAL_THRESHOLD or more. The order
    never outweighs what the requests say: a pair whose asks or specifics
    differ (a study, then a conference) takes no part, and a pair gets
    nothing while another pair of its later or earlier request shares more
    (the order changed: a report and a conference asked again the other way
    round)."""
    # What each pair shares before rescaling (``_content``: the rescaled
    # signal saturates, and two pairs at 1.0 may share more or less).
    content = [
        0.0 if signals.get("differs") or not parts["content"] else _content(signals)
        for _, _, signals, parts in measured
    ]
    kept = kept_in_order(
        [
            ((_report_of(later), _report_of(earlier)), later.position, earlier.position, c)
            for (later, earlier, _, _), c in zip(measured, content, strict=True)
        ]
    )
    # A pair competes with those of its request sharing one of its specific
    # asks, or with all when it has none: the other half of a merge (or of
    # a split) asks something else, and takes nothing from it.
    asks = [specific_asks(signals.get("concepts", ())) for _, _, signals, _ in measured]
    best: dict[tuple, float] = defaultdict(float)
    for (later, earlier, _, _), c, mine in zip(measured, content, asks, strict=True):
        for side in (("later", id(later)), ("earlier", id(earlier))):
            for key in (side, *((*side, a) for a in mine)) if mine else (side, (*side, "")):
                best[key] = max(best[key], c)
    out = []
    for index, (later, earlier, signals, parts) in enumerate(measured):
        rivals = [
            max([best[(*side, "")], *(best[(*side, a)] for a in asks[index])])
            if asks[index]
            else best[side]
            for side in (("later", id(later)), ("earlier", id(earlier)))
        ]
        if index in kept and content[index] >= max(rivals):
            signals["order_kept"] = True
            parts = {**parts, "content": min(1.0, parts["content"] + ORDER_BONUS)}
        score = renewal_score(**parts)
        if score >= RENEWAL_THRESHOLD:
            out.append((later, earlier, score, signals))
    return out


def _report_of(probe: Probe) -> tuple:
    """What tells a probe's report from another's: its id once saved, else
    its symbol and date (a plan not imported is one report)."""
    if probe.item is not None:
        return ("id", probe.item.decision.report_id)
    return ("plan", probe.symbol, probe.date)


def _content(signals: dict) -> float:
    """What two requests share before rescaling (the score saturates): the
    wording, or the concept overlap across languages; breaks ties."""
    return max(signals.get("wording", 0.0), signals.get("concept_overlap", 0.0))


def _rank(found: tuple[Probe, Probe, float, dict]) -> tuple:
    """Best first: the score, what the two share, then (two pairs alike in
    both) the one that keeps the order of the two reports."""
    later, earlier, score, signals = found
    return (
        -score,
        -_content(signals),
        not signals.get("order_kept"),
        -earlier.date.toordinal(),
        earlier.item.pk if earlier.item else 0,
        later.item.pk if later.item else 0,
        later.key,
    )


def _apart(asks: _Asks, taken: list[_Asks] | None) -> bool:
    """Whether a link sharing `asks` may join the links already `taken` by
    its request with the same other report: none taken, or each asks
    something of its own (a paragraph merging two earlier requests, or one
    split in two: a study and a conference asked in one paragraph, then in
    two). Links without a specific ask in common never join (same language:
    no concepts compared), but for the closing report (``_two_asks``)."""
    if not taken:
        return True
    return all(_two_asks(asks, other) for other in taken)


@dataclass(frozen=True)
class _Asks:
    """What a link shares: its specific asks, and every ask."""

    specific: frozenset[str]
    every: frozenset[str]


# What a report due at a session is made of (``concepts.CLOSING_ASKS``).
_REPORT_PARTS = frozenset({"report-back", "next-session"})


def _two_asks(mine: _Asks, other: _Asks) -> bool:
    """Whether two links of one request ask apart: each a specific ask of
    its own; or one only the closing report due at a session and the other
    no specific ask and no part of that report (a follow-up and the report
    asked in one paragraph, then in two; not "keep the Council informed"
    beside the report, which is the report again)."""
    if mine.specific and other.specific:
        return not mine.specific & other.specific
    closing, plain = (mine, other) if mine.specific else (other, mine)
    return (
        bool(closing.specific)
        and closing.specific <= CLOSING_ASKS
        and not plain.every & _REPORT_PARTS
    )


def _one_to_one(found: list[tuple[Probe, Probe, float, dict]]) -> list:
    """Between two reports, each request renews at most one request of the
    other and is renewed by at most one, unless it merges (or splits) them
    (``_apart``): the pairs taken best first (score, then what they share).
    One later request cannot take two earlier ones asked of its owner on
    one theme (a report and a conference both about Libya's
    reconciliation), nor two later ones one earlier one."""
    taken_later: dict[tuple, list[_Asks]] = defaultdict(list)
    taken_earlier: dict[tuple, list[_Asks]] = defaultdict(list)
    kept = []
    for entry in sorted(found, key=_rank):
        later, earlier, signals = entry[0], entry[1], entry[3]
        a = (id(later), _report_of(earlier))
        b = (id(earlier), _report_of(later))
        shared = signals.get("concepts", ())
        asks = _Asks(specific_asks(shared), asks_of(shared))
        if not (_apart(asks, taken_later.get(a)) and _apart(asks, taken_earlier.get(b))):
            continue
        taken_later[a].append(asks)
        taken_earlier[b].append(asks)
        kept.append(entry)
    return kept


def _links(laters: Iterable[Probe], earliers: _ByBody, measures: _Measures) -> list:
    """(later, [(earlier, score, signals), ...]) for each of `laters` that
    may renew requests of `earliers`: scored, assigned one to one between
    each pair of reports, at most MAX_PROPOSALS_PER_ITEM each, best first."""
    laters = list(laters)
    asked = Counter((_report_of(p), p.owner_id) for p in laters)
    asked.update((_report_of(p), p.owner_id) for p in earliers.probes)
    found = []
    for later in laters:
        for earlier in earliers.sharing(later):
            only = (
                later.owner_id == earlier.owner_id
                and asked[(_report_of(later), later.owner_id)] == 1
                and asked[(_report_of(earlier), earlier.owner_id)] == 1
            )
            measured = _measure(later, earlier, measures, only_request=only)
            if measured is not None:
                found.append((later, earlier, *measured))
    found = _in_order(confirm_contained(found, _report_of))
    by_later: dict[int, list] = defaultdict(list)
    for later, earlier, score, signals in _one_to_one(found):
        by_later[id(later)].append((later, earlier, score, signals))
    out = []
    for later in laters:
        kept = sorted(by_later.get(id(later), ()), key=_rank)[:MAX_PROPOSALS_PER_ITEM]
        if kept:
            out.append((later, [(e, score, signals) for _, e, score, signals in kept]))
    return out


class _ByBody:
    """Probes by their owner and by their partners, so that a request is
    measured only against those it shares a body with."""

    def __init__(self, probes: Iterable[Probe]):
        self.owned: dict[int, list[Probe]] = defaultdict(list)
        self.partnered: dict[int, list[Probe]] = defaultdict(list)
        self.heads: dict[int, list[Probe]] = defaultdict(list)  # by the body they head
        self.probes = list(probes)
        for probe in self.probes:
            self.owned[probe.owner_id].append(probe)
            for body in probe.kin_ids:
                self.heads[body].append(probe)
            for body in probe.partner_ids:
                self.partnered[body].append(probe)

    def sharing(self, probe: Probe) -> list[Probe]:
        found = {id(p): p for p in self.owned.get(probe.owner_id, ())}
        for p in self.partnered.get(probe.owner_id, ()):
            found.setdefault(id(p), p)
        for body in probe.partner_ids:
            for p in self.owned.get(body, ()):
                found.setdefault(id(p), p)
        for p in (*self.heads.get(probe.owner_id, ()), *self._owned_by(probe.kin_ids)):
            found.setdefault(id(p), p)
        return list(found.values())

    def _owned_by(self, bodies: frozenset[int]) -> list[Probe]:
        return [p for body in bodies for p in self.owned.get(body, ())]


def _probes_of_report(report: Report) -> list[Probe]:
    items = (
        ActionItem.objects.filter(decision__report=report)
        .select_related("decision__report", "owner__parent")
        .defer("decision__report__source_text")
        .prefetch_related("partners", "decision__translations")
        .order_by("decision__position", "pk")
    )
    return [_probe_of(item) for item in items]
