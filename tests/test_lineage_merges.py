"""Merges and splits across languages (``concepts.contained_overlap``,
``lineage/merges.py``): a request renewed whole inside a wider paragraph of
the other meeting counts by what it names itself, when a sibling shares the
rest out (a reconstruction plan and a reintegration programme asked in one
paragraph, then in two). A narrow request naming only the wide one's topic
(the transition) is not part of it. Sentences written for these tests."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest

from decisions.lineage import renewals
from decisions.lineage.merges import confirm_contained
from decisions.lineage.signals import UNCONFIRMED
from decisions.text.concepts import CONTAINED_FACTOR, contained_overlap
from tests.factory import make_body, make_report, make_request
from tests.formats.hostile import assert_linear


def test_a_narrow_request_renewed_whole_counts_by_itself():
    wide = frozenset({"disarmament", "reconstruction", "plan", "implementation"})
    narrow = frozenset({"disarmament"})
    assert contained_overlap(narrow, wide) == (CONTAINED_FACTOR, 0)
    assert contained_overlap(wide, narrow) == (CONTAINED_FACTOR, 1)


@pytest.mark.parametrize(
    "narrow",
    [
        frozenset({"disarmament", "elections"}),  # an ask of its own: no part of the wide one
        frozenset({"report-back"}),  # a general ask alone says nothing
        frozenset({"disarmament", "study"}),  # a study where the other asks a conference
    ],
)
def test_a_request_with_asks_of_its_own_is_not_contained(narrow):
    wide = frozenset({"disarmament", "reconstruction", "report-back", "conference"})
    assert contained_overlap(narrow, wide)[0] == 0.0


def test_a_place_not_shared_counts_against_the_narrow_request():
    wide = frozenset({"disarmament", "reconstruction"})
    narrow = frozenset({"disarmament", "place:gao"})
    value, which = contained_overlap(narrow, wide)
    assert which == 0 and value < CONTAINED_FACTOR


def _pair(later, earlier, concepts, contained=""):
    signals = {"concepts": sorted(concepts)}
    if contained:
        signals.update(contained=contained, concept_overlap=0.6)
        signals[UNCONFIRMED] = (0.2, 0.4)
    return (later, earlier, signals, {"content": 0.6})


def _probe(report: str, owner: int = 1):
    return SimpleNamespace(report=report, owner_id=owner)


def test_a_split_confirmed_by_its_sibling_keeps_its_content():
    wide = _probe("old")
    narrow, sibling = _probe("new"), _probe("new")
    found = [
        _pair(narrow, wide, {"disarmament"}, contained="later"),
        _pair(sibling, wide, {"reconstruction", "plan"}),
    ]
    confirm_contained(found, lambda p: p.report)
    assert found[0][3]["content"] == 0.6 and found[0][2]["contained"] == "later"
    assert UNCONFIRMED not in found[0][2]


def test_a_topic_shared_with_a_better_sibling_falls_back():
    wide = _probe("old")
    narrow, sibling = _probe("new"), _probe("new")
    found = [
        _pair(narrow, wide, {"transition"}, contained="later"),
        _pair(sibling, wide, {"transition", "timetable"}),
    ]
    confirm_contained(found, lambda p: p.report)
    assert found[0][3]["content"] == 0.2 and found[0][2]["concept_overlap"] == 0.4
    assert "contained" not in found[0][2]


def test_confirming_stays_linear():
    def make(n):
        wide = _probe("old")
        return [
            _pair(_probe("new"), wide, {f"ask-{i}"}, contained="later" if i % 2 else "")
            for i in range(n)
        ]

    def run(found):
        for _, _, signals, _ in found:  # each run on fresh marks
            if "contained" in signals:
                signals[UNCONFIRMED] = (0.2, 0.4)
        confirm_contained(found, lambda p: p.report)

    assert_linear(run, make, 200)


@pytest.mark.django_db
def test_one_earlier_paragraph_split_in_two_is_renewed_by_both():
    owner = make_body("host-state")
    old = make_report("PSC/10", language="fr", date=datetime.date(2022, 11, 7))
    new = make_report("PSC/11", language="ar", date=datetime.date(2024, 3, 4))
    make_request(
        old,
        "4",
        "Exhorte le Gouvernement à poursuivre la mise en œuvre du plan de"
        " reconstruction de la province et du programme de désarmement des anciens"
        " combattants ;",
        owner,
    )
    make_request(new, "5", "يحث الحكومة على المضي في تنفيذ خطة إعادة إعمار الإقليم؛", owner)
    make_request(
        new, "7", "يشجع الحكومة على تعزيز برنامج إعادة إدماج المقاتلين الذين ألقوا السلاح؛", owner
    )
    found = renewals.renewals_propose(report=new)
    for number in ("5", "7"):
        assert [p.earlier.decision.number for p in found.get((number, "host-state"), [])] == [
            "4"
        ], number


@pytest.mark.django_db
def test_a_request_naming_only_the_topic_is_no_part_of_a_split():
    owner = make_body("transition-authorities")
    old = make_report("SUMMIT/30", language="en", date=datetime.date(2021, 9, 16))
    new = make_report("SUMMIT/31", language="fr", date=datetime.date(2021, 11, 7))
    make_request(
        old,
        "13",
        "Urges the transitional authorities to submit without delay a timetable"
        " for the transition, leading to the restoration of constitutional order.",
        owner,
    )
    make_request(
        new,
        "6",
        "Exhorte les autorités de la transition à lui présenter, au plus tard le 31 décembre"
        " 2021, un chronogramme détaillé de la transition, assorti d'un calendrier électoral.",
        owner,
    )
    make_request(
        new,
        "8",
        "Demande aux autorités de mettre en place sans tarder le Conseil national"
        " de la transition.",
        owner,
    )
    found = renewals.renewals_propose(report=new)
    assert [p.earlier.decision.number for p in found.get(("6", "transition-authorities"), [])]
    assert not found.get(("8", "transition-authorities"))
