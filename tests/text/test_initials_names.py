"""A name joining its words with "and", its acronym in brackets after it, is one
addressee (initials_names): "the Justice and Equality Movement (JEM)". Sentences
written for these tests."""

from __future__ import annotations

from decisions.text.initials_names import initials_named
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners


def owners(text: str) -> list[str]:
    return page_owners(text, "en", names=True)[0]


def test_a_name_with_and_before_its_acronym_is_one_addressee():
    text = "1. Calls upon the Water and Sanitation Authority (WSA) to restore the supply;"
    assert owners(text) == ["Water and Sanitation Authority"]
    text = "1. Calls upon the Truth and Unity Front (TUF) and the Liberation Army to act;"
    assert owners(text) == ["Truth and Unity Front", "Liberation Army"]


def test_two_bodies_joined_by_and_stay_two_without_their_initials():
    # Counter-examples: no acronym; an acronym that is not their initials; a
    # registered State inside the name.
    text = "1. Calls upon the Water Board and the Sanitation Authority to restore the supply;"
    assert owners(text) == ["Water Board", "Sanitation Authority"]
    assert initials_named("the Water Board and the Sanitation Authority (UN)") == []
    span = "Chad and Niger Alliance (CNA)"
    assert initials_named(span, [(0, 4)]) == []
    assert initials_named(span) == [(0, len("Chad and Niger Alliance"))]


def test_many_brackets_stay_linear():
    assert_linear(
        lambda t: initials_named(t),
        lambda n: "the Water and Sanitation Authority (WSA), " * n,
        200,
    )
