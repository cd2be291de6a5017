"""Merges and splits confirmed by a sibling: one meeting asks in one
paragraph what the other asked in two (``concepts.contained_overlap``).

A pair whose content was raised because one of its two requests (the
narrow one) is renewed whole inside the other (the wide one) keeps the
raise only when the wide request is shared out: another request of the
narrow one's report, to the same owner, measured with the same wide
request, shares with it a specific ask of its own, none of the asks this
pair shares (the reconstruction plan renewed by one paragraph, the
reintegration programme by another). Without such a sibling a narrow
request naming only the wide one's topic ("the transition", asked in a
timetable for the transition and in a transitional council) is no part of
it: the pair falls back to its Dice content. Pure: reads the measured
pairs only, no queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable

from decisions.lineage.signals import UNCONFIRMED
from decisions.text.concepts import specific_asks

# A report asks one owner a few dozen things at most: a contained pair reads
# at most this many siblings, so the work stays linear in the pairs measured.
MAX_SIBLINGS = 64


def confirm_contained(found: list, report_of: Callable[[object], Hashable]) -> list:
    """`found`: (later, earlier, signals, parts) as ``matching._links``
    measures them; each contained pair not confirmed by a sibling gets back
    the content and overlap it had without the containment. Returns `found`,
    the private mark taken out of every pair's signals."""
    filed: dict[tuple, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    asks_of = [specific_asks(signals.get("concepts", ())) for _, _, signals, _ in found]
    for (later, earlier, _, _), asks in zip(found, asks_of, strict=True):
        if asks:
            filed[_key(earlier, later, report_of)].append((id(later), asks))
            filed[_key(later, earlier, report_of)].append((id(earlier), asks))
    for (later, earlier, signals, parts), mine in zip(found, asks_of, strict=True):
        fallback = signals.pop(UNCONFIRMED, None)
        if fallback is None:
            continue
        wide, narrow = (earlier, later) if signals["contained"] == "later" else (later, earlier)
        siblings = filed.get(_key(wide, narrow, report_of), ())[:MAX_SIBLINGS]
        if any(other != id(narrow) and not asks & mine for other, asks in siblings):
            continue
        del signals["contained"]
        parts["content"], signals["concept_overlap"] = fallback
    return found


def _key(wide, narrow, report_of) -> tuple:
    """The siblings of a narrow request: its report's requests to its owner,
    measured with `wide`."""
    return (id(wide), report_of(narrow), narrow.owner_id)
