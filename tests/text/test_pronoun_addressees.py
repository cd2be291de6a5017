"""Pronoun addressees: "calls on them" after a generic addressee the sentence
names ("the Parties"), and French "le prie de ..." after the body it stands
for; a pronoun standing for one body takes the first one the sentence names.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named, registry

AR = registry("ar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thanks the parties for the cooperation they have shown to the mediation, "
            "and calls on them to settle the outstanding issues.",
            ["Parties"],
        ),
        (
            "Remercie les parties pour leur coopération et les invite à régler les questions "
            "pendantes.",
            ["Parties"],
        ),
        (
            "Notes the commitment of the States concerned and urges them to honour it.",
            ["States concerned"],
        ),
    ],
)
def test_a_pronoun_stands_for_the_generic_addressee_named_before_it(text, expected):
    assert owners_named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Confirme le mandat confié au Secrétaire général par la Conférence et le prie de "
        "poursuivre ses efforts.",
        "Salue le rapport du Secrétaire général sur la Conférence et la prie de le diffuser.",
        "Rend hommage au Secrétaire général et lui demande de faire rapport.",
    ],
)
def test_a_french_singular_object_pronoun_stands_for_the_first_body_named(text):
    assert owners_named(text) == ["secretary-general"]


@pytest.mark.parametrize(
    "text",
    [
        # "la demande", "la charge": nouns, no pronoun and no request.
        "Prend note de la demande du Secrétaire général.",
        "Rappelle la charge confiée au Secrétaire général.",
    ],
)
def test_nouns_are_no_such_pronouns(text):
    assert extract(text, REGISTRY).requests == ()


def test_a_registered_body_named_in_the_sentence_comes_before_a_generic_one():
    text = "Thanks the parties and the Secretary-General, and urges it to report."
    assert owners_named(text) == ["secretary-general"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أشاد المؤتمر بالجهود التي بذلتها لجنة المساعي الحميدة في سبيل التسوية، "
            "ودعاها إلى مواصلة مهمتها.",
            ["لجنة المساعي الحميدة"],
        ),
        # A registered body named in the sentence comes first.
        (
            "أشاد المؤتمر بجهود الأمانة العامة ولجنة المساعي الحميدة، ودعاها إلى المتابعة.",
            ["general-secretariat"],
        ),
        ("أشاد المؤتمر بجهود الدول الأعضاء، ودعاها إلى مواصلة دعمها.", ["member-states"]),
    ],
)
def test_an_arabic_pronoun_stands_for_a_body_named_by_its_head_noun(text, expected):
    found = extract(text, AR).requests
    assert [r.owner.slug if r.owner.registered else r.owner.name for r in found] == expected


def rep(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: "Thanks the parties " + rep("and calls on them to act, ", n),
        lambda n: rep("the parties ", n) + "and calls on them to act.",
        lambda n: "Remercie le Secrétaire général " + rep("et le prie d'agir, ", n),
        lambda n: "أشاد بلجنة المساعي الحميدة " + rep("ودعاها إلى المتابعة ", n),
        lambda n: rep("لجنة الاتصال الحميدة ", n) + "ودعاها إلى المتابعة.",
    ],
    ids=["en many pronouns", "en many generics", "fr many pronouns", "ar pronouns", "ar names"],
)
def test_pronouns_are_resolved_in_linear_time(grow):
    assert_linear(lambda text: extract(text, REGISTRY), grow, 2_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Engage les États membres à verser leurs contributions.", ["member-states"]),
        ("Engage vivement les États membres à verser leurs contributions.", ["member-states"]),
        ("Charge le Secrétaire général de faire rapport.", ["secretary-general"]),
        # The article elided before the addressee.
        ("Engage l'Union africaine à poursuivre son action.", ["african-union"]),
        ("Charge l'Organisation de suivre la question.", ["oic"]),
        # English words spelt like the French verbs ask nobody.
        (
            "Stresses the need to build capacities and engage potential partners, through "
            "the Secretary-General's good offices.",
            [],
        ),
        ("Notes that Member States may charge the fees agreed.", []),
        ("Notes that the partners engage l'avenir of the project.", []),
    ],
)
def test_engage_and_charge_are_french_requests_only_before_a_french_word(text, expected):
    assert owners_named(text) == expected
