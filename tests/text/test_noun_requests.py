"""Requests worded as a noun: "issues an urgent call to the Government ...",
"reaffirms the appeal addressed to the parties ...", "Réaffirme l'appel lancé
aux parties ...", "Réitère l'appel que le Président vient d'adresser au
Gouvernement ...": the bodies the call is addressed to are asked to act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Council issues an urgent call to the Secretary-General and the Member States "
            "to act without delay.",
            ["secretary-general", "member-states"],
        ),
        ("Issues a call to the Member States to pay their arrears.", ["member-states"]),
        ("The Meeting made a strong plea to the Member States to help.", ["member-states"]),
        (
            "Reaffirms the appeal addressed to the Member States to pay their arrears.",
            ["member-states"],
        ),
        (
            "Réaffirme l'appel lancé aux États membres pour qu'ils versent leurs arriérés.",
            ["member-states"],
        ),
        (
            "Réitère l'appel que la Conférence vient d'adresser au Secrétaire général et qui "
            "est ainsi conçu : « faire rapport ».",
            ["secretary-general"],
        ),
        (
            "La Réunion a réaffirmé l'appel adressé aux États membres pour qu'ils agissent.",
            ["member-states"],
        ),
    ],
)
def test_a_call_worded_as_a_noun_asks_the_bodies_it_is_addressed_to(text, expected):
    assert owners_named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Issues a call to action on climate change.",
        "Réaffirme l'appel à la paix et à la réconciliation.",
        "Welcomes the call made by the Secretary-General for a ceasefire.",
        "Réaffirme l'appel du Secrétaire général à la retenue.",
    ],
)
def test_a_call_for_an_act_or_by_a_body_asks_nobody(text):
    assert extract(text, REGISTRY).requests == ()


def rep(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: rep("issues an urgent call ", n) + "to the Member States to act.",
        lambda n: "Réaffirme l'appel que " + rep("le Président ", n) + "vient d'adresser au X.",
        lambda n: rep("Réaffirme l'appel que le Président et ", n),
        lambda n: rep("reaffirms the appeal made ", n) + "to the Member States.",
    ],
    ids=["en call", "fr long que", "fr many appeals", "en renewed"],
)
def test_calls_worded_as_nouns_are_read_in_linear_time(grow):
    assert_linear(lambda text: extract(text, REGISTRY), grow, 2_000)


@pytest.mark.parametrize(
    "text",
    [
        "Stresses that stockpiles in States under Council-mandated embargoes will be reviewed "
        "by the Council.",
        "Welcomes the UN-requested review of the embargo by the Committee.",
    ],
)
def test_a_verb_joined_by_a_hyphen_to_the_word_before_is_an_adjective(text):
    assert extract(text, REGISTRY).requests == ()


def test_a_nominal_request_reads_its_agent_past_a_hyphenated_adjective():
    text = (
        "Encourages, as a best practice, the establishment of arms inventories by "
        "Member States under Council-mandated embargoes."
    )
    assert owners_named(text) == ["member-states"]


@pytest.mark.parametrize(
    "text",
    [
        "Requests the Secretary-General to report on tasks that could be performed by the "
        "regional offices and relevant entities.",
        "Takes note of the demands of the delegations and of requests from observers.",
        "Recalls its mandates to the missions in the region.",
    ],
)
def test_a_verb_form_after_a_preposition_or_determiner_is_a_noun(text):
    assert owners_named(text) in ([], ["secretary-general"])


def test_the_same_forms_after_a_subject_or_a_comma_are_requests():
    assert owners_named("The Council, requests the Secretary-General to report.") == [
        "secretary-general"
    ]
    assert owners_named("Further tasks the Secretary-General with reporting.") == [
        "secretary-general"
    ]
