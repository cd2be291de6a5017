"""The order signal and a merge: a later paragraph renewing two earlier ones
(each half asking its own thing) is lifted by the order on the half that keeps
it, whatever the other half shares; a pair whose request is also renewed, on
the same ask, by a pair sharing more gets nothing. Pure: probes built here,
no queries."""

from __future__ import annotations

import datetime

from decisions.lineage.matching import _in_order
from decisions.lineage.signals import Probe
from decisions.text.similarity import concept_signal
from tests.formats.hostile import assert_linear


def _probe(symbol: str, number: int, year: int) -> Probe:
    return Probe(
        key=(str(number), "body"),
        summary="",
        paragraph="",
        owner_id=1,
        partner_ids=frozenset(),
        date=datetime.date(year, 1, 1),
        symbol=symbol,
        position=number,
    )


def _pair(later: Probe, earlier: Probe, overlap: float, concepts: list[str]):
    signals = {"concept_overlap": overlap, "concepts": concepts}
    parts = {
        "similarity": 0.0,
        "owner": 1.0,
        "renewal_words": False,
        "cites": False,
        "content": concept_signal(overlap),
    }
    return (later, earlier, signals, parts)


def _kept(second_half: list[str]) -> set[tuple[str, str]]:
    # Later 1 merges earlier 1 (water, on the chain with 2 -> 2) and earlier 3
    # (off the chain: it shares more, and asks what the second half asks).
    l1, l2 = _probe("NEW", 1, 2022), _probe("NEW", 2, 2022)
    e1, e2, e3 = _probe("OLD", 1, 2021), _probe("OLD", 2, 2021), _probe("OLD", 3, 2021)
    measured = [
        _pair(l1, e1, 0.45, ["water-supply"]),
        _pair(l1, e3, 0.7, second_half),
        _pair(l2, e2, 0.9, ["refugees"]),
    ]
    return {(later.key[0], earlier.key[0]) for later, earlier, _, _ in _in_order(measured)}


def test_the_half_of_a_merge_in_order_is_lifted_whatever_the_other_half_shares():
    assert ("1", "1") in _kept(["elections"])


def test_a_pair_whose_ask_another_pair_shares_more_gets_nothing():
    assert ("1", "1") not in _kept(["water-supply", "elections"])


def test_the_rivals_are_found_in_linear_time():
    def measured(n: int) -> list:
        later = _probe("NEW", 1, 2022)
        return [
            _pair(later, _probe("OLD", k, 2021), 0.5, [f"ask-{k % 7}", f"ask-{k % 5}"])
            for k in range(1, n + 1)
        ]

    assert_linear(_in_order, measured, 200)
