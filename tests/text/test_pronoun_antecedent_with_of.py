"""A pronoun standing for a body named only as a common noun with the words
naming it after ("the Government of Testland ... and encourages it to") is
that whole name, not its head noun alone. Sentences written for these tests."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")


def test_the_pronoun_takes_the_whole_name():
    text = (
        "Commends the Government of North Testland for the census, and encourages it "
        "to publish the results;"
    )
    assert owners_named(text, EN) == ["Government of North Testland"]


def test_a_generic_addressee_with_no_name_after_stays_as_it_was():
    # Counter-example: "the parties for ...": nothing names them further.
    text = "Commends the parties for the ceasefire and urges them to resume the talks;"
    assert owners_named(text, EN) == ["Parties"]


def _long(n: int) -> str:
    return (
        "Commends the Government of North Testland for "
        + "the census and the survey, " * n
        + "and encourages it to publish the results;"
    )


def test_reading_the_antecedent_grows_linearly():
    assert_linear(lambda t: owners_named(t, EN), _long, 20)
