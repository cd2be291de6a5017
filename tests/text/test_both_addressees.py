"""Two bodies asked together with a word for "both" before them ("both the
Government and its allied forces", "à la fois le Gouvernement et les forces
alliées", "كل من الحكومة والمعارضة"), as texts on a war between a government
and its allies or its opposition write them: each body is read alone, the
word for "both" in neither's name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

REGISTRIES = {"en": registry("en"), "fr": registry("fr"), "ar": registry("ar")}


def names(text: str, language: str) -> list[str]:
    found = extract(text, REGISTRIES[language], language).requests
    return [r.owner.name for r in found]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "The Council called on both the Government and its allied forces to protect civilians.",
            "en",
            ["Government", "Allied forces"],
        ),
        (
            "The Council urged both the African Union and the United Nations to help.",
            "en",
            ["African Union", "United Nations"],
        ),
        (
            "Le Conseil a appelé à la fois le Gouvernement et les forces alliées à protéger les "
            "civils.",
            "fr",
            ["Gouvernement", "Forces alliées"],
        ),
        (
            "Le Conseil a invité à la fois les États membres et la Commission à agir.",
            "fr",
            ["États membres", "Commission"],
        ),
        (
            "ودعا المجلس كل من الحكومة والمعارضة إلى استئناف المحادثات.",
            "ar",
            ["الحكومة", "المعارضة"],
        ),
        (
            "ودعا المجلس كلا من الحكومة والمعارضة إلى استئناف المحادثات.",
            "ar",
            ["الحكومة", "المعارضة"],
        ),
    ],
)
def test_both_bodies_are_read_alone(text, language, expected):
    assert names(text, language) == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # "both" counting a plural noun, and "كل" before a noun: a quantifier kept
        ("The Council urged both parties to resume talks.", "en", ["Both parties"]),
        ("ودعا المجلس كل الدول إلى استئناف المحادثات.", "ar", ["كل الدول"]),
        # "à la" opening a name is still read as before
        ("Le Conseil a demandé à la Commission de faire rapport.", "fr", ["Commission"]),
    ],
)
def test_counter_example_a_quantifier_before_one_noun_is_kept(text, language, expected):
    assert names(text, language) == expected


def _pairs(n: int) -> str:
    unit = "both the Government and its allied forces, "
    return "The Council called on " + unit * max(1, n // len(unit)) + "to act."


def test_many_pairs_cost_linear_work():
    assert_linear(lambda text: extract(text, REGISTRIES["en"], "en"), _pairs, 5_000)
