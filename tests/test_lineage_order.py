"""The order signal (decisions.lineage.order): successive meetings mostly
keep the order of their requests. The heaviest chain of alike pairs going
forward in both reports is the order they share; a weak pair on it is
lifted, a pair crossing better ones is not. Sentences written for these
tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from decisions.lineage.order import kept_in_order
from tests.factory import make_body, make_decision, make_item, make_report
from tests.formats.hostile import assert_linear

# --- The chain, on positions alone -------------------------------------------


def test_the_pairs_going_forward_in_both_reports_are_kept():
    pairs = [("g", 1, 1, 1.0), ("g", 2, 2, 0.3), ("g", 3, 3, 1.0)]
    assert kept_in_order(pairs) == {0, 1, 2}


def test_a_pair_crossing_better_ones_is_not_kept():
    # Later 3 with earlier 1 crosses (1, 2) and (2, 3), which say more.
    pairs = [("g", 1, 2, 1.0), ("g", 2, 3, 1.0), ("g", 3, 1, 0.4)]
    assert kept_in_order(pairs) == {0, 1}


def test_of_two_earlier_paragraphs_competing_the_one_in_order_is_kept():
    # Later 2 is alike to earlier 2 and earlier 5 alike; earlier 2 sits
    # between the neighbours' matches (1 -> 1, 3 -> 4), earlier 5 does not.
    pairs = [("g", 1, 1, 1.0), ("g", 2, 5, 0.4), ("g", 2, 2, 0.4), ("g", 3, 4, 1.0)]
    assert kept_in_order(pairs) == {0, 2, 3}


def test_one_paragraph_renewed_for_two_owners_stands_together():
    pairs = [("g", 1, 1, 1.0), ("g", 2, 2, 0.2), ("g", 2, 2, 0.2), ("g", 3, 3, 1.0)]
    assert kept_in_order(pairs) == {0, 1, 2, 3}


def test_pairs_sharing_nothing_and_lone_pairs_keep_no_order():
    assert kept_in_order([("g", 1, 1, 0.0), ("g", 2, 2, 0.0)]) == set()
    assert kept_in_order([("g", 1, 1, 0.9), ("h", 1, 1, 0.9)]) == set()


def test_each_couple_of_reports_is_chained_on_its_own():
    pairs = [("a", 1, 2, 1.0), ("a", 2, 3, 1.0), ("b", 1, 3, 1.0), ("b", 2, 1, 0.5)]
    assert kept_in_order(pairs) == {0, 1}


def test_the_result_does_not_depend_on_the_order_of_the_pairs():
    pairs = [("g", i % 7, (i * 3) % 11, 0.1 + (i % 5) / 10) for i in range(40)]
    reordered = list(reversed(pairs))
    assert kept_in_order(pairs) == {len(pairs) - 1 - i for i in kept_in_order(reordered)}


def test_the_chain_costs_work_linear_in_the_pairs():
    def make(n: int):
        return [("g", i, (i * 7919) % (n + 1), 0.5) for i in range(n)]

    assert_linear(kept_in_order, make, 2_000)


# --- Renewals proposed with it -------------------------------------------------

HERITAGE = (
    "de protéger les sites du patrimoine culturel et les manuscrits",
    "to protect the heritage sites and the ancient manuscripts from looting",
)
# Alike, but not enough alone: the refugees only (score 0.41).
REFUGEES = (
    "d'aider les réfugiés du camp de Mbera",
    "to assist the refugees of the camp with medicines and vaccines",
)
RETURN = (
    "d'appuyer le retour volontaire des déplacés et la réhabilitation des puits",
    "to support the voluntary return of displaced families before the rainy season",
)


def _propose(earlier: list[str], later: list[str]):
    owner = make_body("relief-agency")
    old = make_report("OIC/ORD-1/REP", language="fr", date=datetime.date(2020, 5, 4))
    new = make_report("OIC/ORD-2/REP", language="en", date=datetime.date(2021, 5, 4))
    for n, summary in enumerate(earlier, 1):
        decision = make_decision(old, number=str(n), text=summary, position=n)
        make_item(decision, owner=owner, summary=summary)
    for n, summary in enumerate(later, 1):
        decision = make_decision(new, number=str(n), text=summary, position=n)
        make_item(decision, owner=owner, summary=summary)
    return renewals.renewals_propose(report=new)


@pytest.mark.django_db
def test_a_weak_pair_in_the_order_of_the_others_is_proposed_and_says_so():
    found = _propose(
        [s[0] for s in (HERITAGE, REFUGEES, RETURN)], [s[1] for s in (HERITAGE, REFUGEES, RETURN)]
    )
    [proposal] = found[("2", "relief-agency")]
    assert proposal.earlier.decision.number == "2"
    assert proposal.signals["order_kept"] is True
    assert "refugees" in proposal.signals["concepts"]


@pytest.mark.django_db
def test_the_same_weak_pair_out_of_order_is_not_proposed():
    # The refugees come first in the earlier report, last in the later one.
    found = _propose(
        [s[0] for s in (REFUGEES, HERITAGE, RETURN)], [s[1] for s in (HERITAGE, RETURN, REFUGEES)]
    )
    assert ("3", "relief-agency") not in found
    assert set(found) == {("1", "relief-agency"), ("2", "relief-agency")}


@pytest.mark.django_db
def test_the_same_weak_pair_alone_is_not_proposed():
    # The only alike pair between the two reports: no order to keep.
    earlier = [REFUGEES[0], "de tenir des élections libres"]
    later = [REFUGEES[1], "to open an embassy in the capital"]
    assert _propose(earlier, later) == {}


@pytest.mark.django_db
def test_the_signal_reads_in_words():
    from django.template.loader import render_to_string

    found = _propose(
        [s[0] for s in (HERITAGE, REFUGEES, RETURN)], [s[1] for s in (HERITAGE, REFUGEES, RETURN)]
    )
    [proposal] = found[("2", "relief-agency")]
    html = render_to_string("decisions/lineage/_signals.html", {"signals": proposal.signals})
    assert "same owner · order kept" in html
