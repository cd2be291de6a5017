"""A registered name opening a longer name that holds a State's name ("the
United Nations Mission in South Sudan") names the longer body, kept for
review, not the registered one nor the State. Sentences written for these
tests, never copied from a document."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


def test_a_mission_named_after_a_state_is_not_the_united_nations():
    text = "Calls upon the United Nations Mission in Mali to reinforce its support;"
    assert owners_named(text, EN) == ["United Nations Mission in Mali"]


def test_an_office_named_after_a_state_in_french_too():
    text = "Invite le Bureau des Nations Unies au Niger à renforcer son appui ;"
    assert owners_named(text, FR) == ["Bureau des Nations Unies au Niger"]


def test_the_registered_body_acting_in_a_state_stays_itself():
    # Counter-example: "in Mali" says where it acts; no capitalised word or
    # "of" makes a longer name.
    text = "Calls upon the United Nations in Mali to reinforce its support;"
    assert owners_named(text, EN) == ["united-nations"]


def test_a_secretariat_of_a_registered_organisation_stays_the_secretariat():
    # Counter-example: another registered body (not a State) after "of".
    text = "Requests the General Secretariat of the OIC to follow up;"
    assert owners_named(text, EN) == ["general-secretariat"]


def _long(n: int) -> str:
    return "Calls upon the United Nations Mission in " + "Mali and " * n + "Niger to act;"


def test_reading_a_long_name_grows_linearly():
    assert_linear(lambda t: owners_named(t, EN), _long, 20)
