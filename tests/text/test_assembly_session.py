"""A United Nations General Assembly text giving only its session is placed
in the session's year (decisions.text.assembly_session)."""

from __future__ import annotations

import datetime as dt

import pytest

from decisions.text.assembly_session import assembly_session_date, ordinal_value
from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Sixty-second", 62),
        ("eightieth", 80),
        ("Thirteenth", 13),
        ("soixante-quatrième", 64),
        ("Quatre-vingt-deuxième", 82),
        ("soixante et onzième", 71),
        ("quatre-vingt-dix-huitième", 98),
        ("trente et unième", 31),
        ("الثالثة والستون", 63),
        ("الرابعة والثمانين", 84),
        ("الثانية عشرة", 12),
        ("65th", 65),
        ("83e", 83),
    ],
)
def test_an_ordinal_is_read_in_three_languages(words, value):
    assert ordinal_value(words) == value


@pytest.mark.parametrize("words", ["session", "ordinary", "sixty-twelfth", "", "the second one"])
def test_what_is_no_ordinal_has_no_value(words):
    assert ordinal_value(words) is None


BODY = (
    "The General Assembly,\n\n"
    "Recalling its earlier resolutions on the question,\n\n"
    "1. Requests the Secretary-General to report on the question;\n"
)


@pytest.mark.parametrize(
    ("head", "year"),
    [
        ("United Nations\nGeneral Assembly\nSixty-eighth session\n\n", 2013),
        ("Nations Unies\nAssemblée générale\nQuatre-vingt-deuxième session\n\n", 2027),
        ("الأمم المتحدة\nالجمعية العامة\nالدورة الثالثة والسبعون\n\n", 2018),
    ],
)
def test_a_session_alone_places_the_text_in_september_of_its_year(head, year):
    report = parse_report(head + BODY)
    assert report.date == dt.date(year, 9, 1)
    assert any("session of the General Assembly" in w for w in report.warnings)


def test_a_written_date_wins_over_the_session():
    head = "United Nations\nGeneral Assembly\nSixty-eighth session\n\n"
    head += "**Resolution adopted by the General Assembly on 4 December 2013**\n\n"
    assert parse_report(head + BODY).date == dt.date(2013, 12, 4)


@pytest.mark.parametrize(
    "lines",
    [
        # Another body's session: its numbering is not the Assembly's.
        ["Organisation of Coastal Towns", "Council of Ministers", "Forty-ninth session"],
        # An assembly that is not the United Nations'.
        ["Union of Coastal Towns", "General Assembly", "Twelfth session"],
        # The session inside a sentence, not a line of its own.
        ["United Nations General Assembly", "Item considered at the seventy-third session"],
    ],
)
def test_no_session_of_the_assembly_no_date(lines):
    assert assembly_session_date(lines) is None


def test_reading_the_session_lines_grows_linearly():
    def build(n: int) -> list[str]:
        return ["United Nations", "General Assembly"] + ["x " * 30] * n + ["Fortieth session"]

    assert_linear(assembly_session_date, build, 500)
