"""An organisation's body named with "'s" ("the League's General Secretariat"):
the registered "General Secretariat of the League", as a verb's object or as
the subject of a that-clause. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")


def owners(text: str) -> list[str]:
    return owners_named(text, EN, "en")


def test_a_possessive_organisation_names_its_registered_body():
    text = "The ministers requested the League's General Secretariat to draw up a plan."
    assert owners(text) == ["las-general-secretariat"]
    text = "The Council asked the League's Secretary-General to report within a month."
    assert owners(text) == ["las-secretary-general"]


def test_the_subject_of_a_that_clause_goes_on_past_the_possessive():
    text = (
        "They requested that the League's General Secretariat, in liaison with the "
        "relief agencies, prepare a plan."
    )
    assert owners(text) == ["las-general-secretariat"]


def test_counter_example_a_possessive_before_lower_case_words_names_no_body():
    # "the Council's members": no registered body of that name; the name stops.
    assert "las-general-secretariat" not in owners(
        "They requested that the Council's members prepare a plan."
    )


def test_counter_example_an_unknown_possessive_stays_as_written():
    found = owners("The Council requested the Region's Water Board to report.")
    assert found and "las-general-secretariat" not in found


def test_many_possessives_cost_linear_work():
    def make(n: int) -> str:
        unit = "the League's "
        return "The Council requested " + unit * max(1, n // len(unit)) + "Board to act."

    assert_linear(lambda text: extract(text, EN, "en"), make, 5_000)
