"""A ministerial meeting is a meeting at ministerial level (the parent of
``ministerial-meeting`` in lang/_glossary_advocacy.py): "convene a
ministerial meeting of the group" renews "الدعوة إلى عقد اجتماع للفريق على
المستوى الوزاري". Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from decisions.text.concepts import concepts_of
from tests.factory import make_body, make_decision, make_item, make_report
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "to convene a ministerial meeting of the group next year",
        "de convoquer une réunion ministérielle du groupe l'an prochain",
        "الدعوة إلى عقد اجتماع للفريق على المستوى الوزاري في العام المقبل",
    ],
)
def test_a_ministerial_meeting_is_at_ministerial_level(text):
    assert "ministerial-level" in concepts_of(text)


def test_a_meeting_of_experts_is_not():
    # Counter-example: a meeting, but not of ministers.
    assert "ministerial-level" not in concepts_of("to convene a meeting of experts of the group")


def test_reading_it_grows_linearly():
    assert_linear(concepts_of, lambda n: "a ministerial meeting, " * n, 500)


def _pairs(earlier: list[str], later: list[str]) -> set:
    owner = make_body("secretariat-of-the-group")
    old = make_report("GR/5/RES", language="ar", date=datetime.date(2018, 3, 1))
    new = make_report("GR/6/RES", language="en", date=datetime.date(2019, 3, 1))
    for n, text in enumerate(earlier, 1):
        make_item(make_decision(old, number=str(n), text=text), owner=owner, summary=text)
    for n, text in enumerate(later, 1):
        make_item(make_decision(new, number=str(n), text=text), owner=owner, summary=text)
    found = renewals.renewals_propose(report=new)
    return {(key[0], p.earlier.decision.number) for key, ps in found.items() for p in ps}


@pytest.mark.django_db
def test_the_ministerial_meeting_asked_again_in_english_is_proposed():
    pairs = _pairs(
        ["يطلب إلى الأمانة الدعوة إلى عقد اجتماع لفريق الاتصال بشأن تشاد على المستوى الوزاري"],
        ["Requests the Secretariat to convene a ministerial meeting of the group on Chad"],
    )
    assert pairs == {("1", "1")}


@pytest.mark.django_db
def test_a_study_asked_of_the_same_secretariat_is_not():
    # Counter-example: the same owner, an unrelated ask.
    pairs = _pairs(
        ["يطلب إلى الأمانة الدعوة إلى عقد اجتماع لفريق الاتصال بشأن تشاد على المستوى الوزاري"],
        ["Requests the Secretariat to prepare a study on the schools of Chad"],
    )
    assert pairs == set()
