"""A session's ordinal and the words of a ministers' council's name are no
proper names: capitalised in a meeting's name ("the Thirty-Ninth Session of
the Council of Foreign Ministers", "la Trente-neuvième session ... des
Affaires étrangères"), they differ from one session and one language to the
next and say nothing of what is asked. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.transliteration import proper_names
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "to report to the Thirty-Ninth Session of the Council of Foreign Ministers",
        "to report to its Twelfth Session",
        "to report to the Fortieth Session",
        "de faire rapport à la Trente-neuvième session du Conseil des ministres des Affaires"
        " étrangères",
        "de faire rapport à la Douzième session",
    ],
)
def test_ordinals_and_council_words_are_no_names(text):
    assert proper_names(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("to rebuild the port of Berbera", "Berbera"),
        ("to reopen the road to Perth", "Perth"),
        # a capitalised word after a hyphen is a name's, not an ordinal's tail
        ("to meet in Quarante-Huit", "Quarante-Huit"),
    ],
)
def test_place_names_are_kept(text, name):
    assert name in proper_names(text).values()


def test_reading_many_ordinals_is_linear():
    def make(n: int) -> str:
        return "the Thirty-Ninth Session and la Trente-neuvième session, " * (n // 55)

    assert_linear(proper_names, make, 3_000)
