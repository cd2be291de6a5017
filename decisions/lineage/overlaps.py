"""Overlapping requests: pairs of open items that ask the same body the same
thing, and the editors' decisions on them."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from decisions.lineage.matching import DecisionError
from decisions.models import ActionItem, DecisionKind
from decisions.models.lineage import (
    OverlapFlag,
    OverlapState,
    RenewalLink,
)
from decisions.text.concepts import concept_overlap, concepts_of, is_ask
from decisions.text.similarity import (
    content_words,
    cosine,
    trigrams,
)

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


# Across languages (no wording to compare) two items overlap when their
# concepts, places and amounts overlap this much (concepts.concept_overlap)
# and they share at least two of them: one ask with its place or amount.
OVERLAP_CONCEPTS = 0.75


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


def _pairs_to_try(i: int, shared_with, focus: set[int] | None):
    """The candidates j to compare with row i, each pair once: every later
    row; with `focus` (the rows of one report), only pairs with a row in it."""
    if focus is None:
        return (j for j in shared_with if j > i)
    return (j for j in shared_with if j != i and (j not in focus or j > i))


def overlaps_find(*, report=None) -> OverlapResult:
    """Flag pairs of items of different bodies or meetings that ask the
    same thing. Items of one paragraph, and paragraphs already linked as a
    renewal, are not flagged. A flag already decided (related, dismissed)
    is kept as decided; an open flag gets its new similarity.

    With `report` (after its import), only the pairs one of whose items is
    the report's: every item is still read, for how common each word is
    (the same words are common, so the same pairs are flagged as by the
    whole search: tests/test_jobs.py), but only the report's items are
    compared, with the candidates they share uncommon words with."""
    items = ActionItem.objects.filter(decision__kind=DecisionKind.REQUEST)
    rows = list(
        items.values_list(
            "pk", "owner_id", "decision_id", "decision__report_id", "decision__report__date",
            "summary", "decision__report__language",
        )
    )  # fmt: skip
    focus = None
    if report is not None:
        focus = {i for i, row in enumerate(rows) if row[3] == report.pk}
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
    found: dict[tuple[int, int], tuple[float, dict]] = {}
    window = datetime.timedelta(days=OVERLAP_WINDOW_DAYS)
    for i in sorted(focus) if focus is not None else range(len(rows)):
        shared: dict[int, int] = defaultdict(int)
        for w in words[i]:
            for j in _pairs_to_try(i, index.get(w, ()), focus):
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
                found[(min(a[0], b[0]), max(a[0], b[0]))] = (
                    round(similarity, 3),
                    {"wording": round(similarity, 3)},
                )
    _across_languages(rows, linked, window, found, result, focus)
    with transaction.atomic():
        existing = {
            (f.item_a_id, f.item_b_id): f
            for f in OverlapFlag.objects.filter(item_a__in={k[0] for k in found})
        }
        new = []
        for (a_id, b_id), (similarity, signals) in found.items():
            flag = existing.get((a_id, b_id))
            if flag is None:
                new.append(
                    OverlapFlag(
                        item_a_id=a_id, item_b_id=b_id, similarity=similarity, signals=signals
                    )
                )
            elif flag.state == OverlapState.FLAGGED and flag.similarity != similarity:
                flag.similarity, flag.signals = similarity, signals
                flag.save(update_fields=["similarity", "signals"])
                result.updated += 1
        OverlapFlag.objects.bulk_create(new, batch_size=500)
        result.flagged = len(new)
    return result


def _across_languages(rows, linked, window, found, result, focus=None) -> None:
    """Pairs of items in different languages whose concepts overlap (see
    OVERLAP_CONCEPTS): candidates share an ask that is not common."""
    keys = [concepts_of(row[5]) for row in rows]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in ks:
            if is_ask(k):
                index[k].append(i)
    common = max(OVERLAP_COMMON_MIN, int(len(rows) * OVERLAP_COMMON_SHARE))
    for i in sorted(focus) if focus is not None else range(len(rows)):
        ks = keys[i]
        shared_with = (j for k in ks if len(index[k]) <= common for j in index[k])
        others = set(_pairs_to_try(i, shared_with, focus))
        a = rows[i]
        for j in others:
            b = rows[j]
            if a[6] == b[6] or a[2] == b[2] or (a[1] == b[1] and a[3] == b[3]):
                continue  # one language (the wording decides), one paragraph or meeting
            if a[4] and b[4] and abs(a[4] - b[4]) > window:
                continue
            if (min(a[2], b[2]), max(a[2], b[2])) in linked:
                continue
            result.compared += 1
            overlap, shared = concept_overlap(keys[i], keys[j])
            if overlap >= OVERLAP_CONCEPTS and len(shared) >= 2:
                pair = (min(a[0], b[0]), max(a[0], b[0]))
                found.setdefault(pair, (overlap, {
                    "languages": "/".join(sorted((a[6], b[6]))),
                    "concepts": sorted(shared, key=lambda k: (":" in k, k)),
                }))  # fmt: skip


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
