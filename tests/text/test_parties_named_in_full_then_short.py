"""Parties asked by their fuller name, then by the bare word: a renewed call
"for" a body whose name ends in "to the ..." ("reiterated its call for the
parties to the dispute to resume talks") asks that body; and once a report has
asked one fuller "parties ..." ("parties to the dispute", "parties maliennes"),
a later bare "the parties" ("toutes les parties au Tchad") is that body, as
the text's readers write it. Two fuller ones leave the bare word as written; a
call for an outcome asks nobody. Texts written for these tests."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners, registry

EN = registry("en")
FR = registry("fr")


def owners(page: str, language: str = "en") -> list[list[str]]:
    return page_owners(page, language, names=True)


PAGE = (
    "The Council reiterated its call for the parties to the dispute to resume talks in "
    "Arusha.\n\n"
    "The Council also called upon the parties to free all detainees.\n"
)


def test_a_renewed_call_for_a_name_ending_in_to_the_asks_it():
    assert owners(PAGE)[0] == ["Parties to the dispute"]


def test_the_bare_parties_after_the_fuller_name_are_that_body():
    assert owners(PAGE)[1] == ["Parties to the dispute"]


def test_in_french_too():
    page = (
        "Le Conseil a appelé les parties tchadiennes à reprendre le dialogue.\n\n"
        "Le Conseil a exhorté toutes les parties au Tchad à libérer les détenus.\n"
    )
    assert owners(page, "fr") == [["Parties tchadiennes"], ["Parties tchadiennes"]]


def test_two_fuller_names_or_a_call_for_an_outcome_change_nothing():
    # Counter-examples: two fuller names (which one is meant is not told); a call
    # for an outcome, with "to the" inside it.
    page = (
        "The Council called upon the parties to the dispute and the parties to the accord "
        "to meet.\n\n"
        "The Council also called upon the parties to free all detainees.\n\n"
        "The Council renewed its call for the return to the negotiating table to restore calm.\n"
    )
    assert owners(page)[1] == ["Parties"]
    assert owners(page)[2] == []


def test_many_paragraphs_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: PAGE + "The Council called upon the parties to act.\n\n" * n,
        20,
    )
