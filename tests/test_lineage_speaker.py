"""The meeting that speaks, named at the start of a request ("La Conférence
instruit ...", "The Authority requests ..."), is no ask: across languages its
name ("conference") must not make a follow-up mechanism asked again look like
a different deliverable. A near request of the same owner (a donors'
conference) stays apart. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from decisions.lineage.signals import without_speaker
from tests.factory import make_body, make_decision, make_item, make_report
from tests.formats.hostile import assert_linear


def test_the_speaker_at_the_start_is_left_out():
    assert without_speaker("La Conférence instruit la Commission").strip() == (
        "instruit la Commission"
    )
    assert without_speaker("The Authority requests the Commission").strip() == (
        "requests the Commission"
    )


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Le Sommet a chargé le Secrétariat de la SADC", "a chargé le Secrétariat de la SADC"),
        ("La Conférence a demandé au Secrétariat", "a demandé au Secrétariat"),
        ("Summit urged Member States to pay", "urged Member States to pay"),
        ("Summit directed the Secretariat to act", "directed the Secretariat to act"),
        ("The Authority has directed the Commission", "has directed the Commission"),
    ],
)
def test_a_speaker_in_the_past_or_with_no_article_is_left_out(text, left):
    assert without_speaker(text).strip() == left


@pytest.mark.parametrize(
    "text",
    [
        "Conference Room B is booked for the meeting",  # a room, no verb
        "The Summit Secretariat shall circulate the text",  # a body's name
        "Summit Declared Open by the Chair",  # a heading in capitals
        "The Conference of Supervisors shall meet in Cairo",  # a body's name
        "La Conférence d'Istanbul demande",
        "Demande à la Commission de convoquer la Conférence",  # an ask, not the speaker
        "La Conférence internationale sur la paix",  # a capital: a name goes on
    ],
)
def test_a_conference_named_otherwise_is_kept(text):
    assert without_speaker(text) == text


def test_the_speaker_test_stays_linear():
    assert_linear(without_speaker, lambda n: "La Conférence" + " " * (500 * n) + "x", 30)
    assert_linear(without_speaker, lambda n: "Summit a " + "e" * (500 * n) + "d x", 30)


@pytest.mark.django_db
def test_a_mechanism_asked_again_by_a_summit_in_another_language_is_proposed():
    owner = make_body("regional-commission")
    old = make_report("SUMMIT/1", language="fr", date=datetime.date(2022, 2, 3))
    new = make_report("SUMMIT/2", language="ar", date=datetime.date(2022, 3, 25))
    earlier = (
        "La Conférence instruit la Commission d'assurer un mécanisme de suivi associant"
        " l'Union africaine, afin d'accompagner la transition."
    )
    make_item(make_decision(old, number="6", text=earlier), owner=owner, summary=earlier)
    later = [
        "تكلف الهيئة المفوضية بمواصلة تفعيل آلية المتابعة المشتركة مع الاتحاد الأفريقي،"
        " ورفع تقرير عنها إلى القمة القادمة.",
        "تكلف الهيئة المفوضية بتنظيم مؤتمر للمانحين لدعم الاتحاد الأفريقي في المنطقة.",
    ]
    for n, summary in enumerate(later, 11):
        make_item(make_decision(new, number=str(n), text=summary), owner=owner, summary=summary)
    found = renewals.renewals_propose(report=new)
    assert [p.earlier.decision.number for p in found.get(("11", "regional-commission"), [])] == [
        "6"
    ]
    assert not found.get(("12", "regional-commission"))
