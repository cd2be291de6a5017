"""A wire report whose lead is another organ's news, then a paragraph opening
with the organisation's Secretary-General: "He" in that paragraph is he, and
speaks for the organisation (decisions.text.head_speaker.opening_head).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")

_LEAD = (
    "Fund reports its yearly grants\n\n"
    "Jeddah (Agency) - The Solidarity Fund, an organ of the OIC, announced grants "
    "of $5 million for schools in 2019.\n\n"
)


def _owners(text: str) -> list[list[str]]:
    report = parse_report(text)
    found = extract_all([p.text for p in report.paragraphs], EN, "en", report.head)
    return [[r.owner.slug or r.owner.name for r in e.requests] for e in found]


def test_he_after_the_head_opening_the_paragraph():
    text = _LEAD + (
        "OIC Secretary General Mr. Ali Hassan thanked the Fund's board for its work. "
        "He also called on the member states to keep funding the schools.\n"
    )
    assert _owners(text)[-1] == ["member-states"]


def test_he_after_another_person_asks_nothing():
    # Counter-example: a director opening the paragraph; "He" is the director.
    text = _LEAD + (
        "Fund Director Mr. Ali Hassan thanked the board for its work. "
        "He also called on the member states to keep funding the schools.\n"
    )
    with pytest.raises(ReportParseError):  # nothing the organisation asks: no paragraph
        _owners(text)


def test_he_after_the_head_who_named_another_person_after_him():
    # The head is the subject of the sentence before; a director named after him,
    # and the full stop of "Dr.", do not make "He" the director.
    text = _LEAD + (
        "OIC Secretary General Dr. Ali Hassan praised the Fund's executive director "
        "and his staff. He also called on the member states to keep funding the schools.\n"
    )
    assert _owners(text)[-1] == ["member-states"]


def test_he_after_a_director_who_named_the_head_asks_nothing():
    # Counter-example: the director is the subject; the head is only named.
    text = _LEAD + (
        "Fund Director Dr. Ali Hassan praised the OIC Secretary General's support. "
        "He also called on the member states to keep funding the schools.\n"
    )
    with pytest.raises(ReportParseError):
        _owners(text)


def _long(n: int) -> str:
    return _LEAD + (
        "OIC Secretary General Mr. Ali Hassan thanked the board. "
        + "He also called on the member states to fund the schools. " * n
        + "\n"
    )


def test_reading_grows_linearly():
    assert_linear(_owners, _long, 20)
