"""A generic addressee followed by the place it is in ("all stakeholders in
Cabo Delgado", "les parties en Libye") is named without the place; the
authorities or a government of a place stay what the place makes them.
And the French passive with an adverb before "été" ("ont en outre été
priés de ..."). Sentences written for these tests, never copied."""

from __future__ import annotations

from decisions.text.folding import fold_text
from decisions.text.generic_places import generic_place_end
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named


def test_a_place_after_a_generic_addressee_is_left_out():
    assert owners_named("The Summit urged all stakeholders in Nampula Province to help.") == [
        "All stakeholders"
    ]
    assert owners_named("Le Conseil exhorte les parties en Libye à respecter la trêve.") == [
        "Parties"
    ]


def test_no_capital_after_the_lead_keeps_the_words():
    # Counter-example: "in the region" is not a place's name.
    assert owners_named("The Summit urged all stakeholders in the region to help.") == [
        "All stakeholders in the region"
    ]


def test_authorities_of_a_place_keep_their_place():
    # Counter-example: the place says whose authorities they are.
    text = "the transitional authorities in Mali"
    assert generic_place_end(text, fold_text(text), 0, len(text)) == len(text)


def test_the_french_passive_with_an_adverb_before_ete():
    assert owners_named(
        "Les États membres ont par ailleurs été invités à renforcer leur coopération."
    ) == ["member-states"]
    assert owners_named(
        "Les États membres ont en outre été priés de verser leurs contributions."
    ) == ["member-states"]
    # Counter-example: a past statement, nobody asked.
    assert owners_named("Les États membres ont en outre été informés de la date.") == []


def _chunk(n: int) -> str:
    return "all " + "donors " * (50 * n) + "in x"


def test_reading_grows_linearly():
    assert_linear(lambda t: generic_place_end(t, fold_text(t), 0, len(t)), _chunk, 10)
