"""Meeting dates written with the year first and slashes ("2019/4/7", in
Arabic-Indic digits as Arabic resolutions print them), and a title block that
gives only the month of the meeting ("Tunis, novembre 2019")."""

from __future__ import annotations

import datetime as dt

import pytest

from decisions.text.dates import find_dates, month_of_meeting
from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("صدر في ٢٠١٩/٤/٧ بالرباط", dt.date(2019, 4, 7)),
        ("adopted on 2019/04/07 in Rabat", dt.date(2019, 4, 7)),
        ("on 2019-4-7", dt.date(2019, 4, 7)),
    ],
)
def test_a_year_first_date_is_read_with_slashes_or_dashes(text, expected):
    assert [d for d, _ in find_dates(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "document A/RES/2019/4/7 of the Assembly",  # a symbol, not a date
        "between 2019/4-7",  # two separators
        "the 2019/13/40 entry",  # no such month
        "serial 12019/4/7",  # a longer number
    ],
)
def test_what_only_looks_like_a_year_first_date_is_not_one(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tunis, novembre 2019", dt.date(2019, 11, 1)),
        ("الرباط، أبريل ٢٠١٩", dt.date(2019, 4, 1)),
        ("Session of October, 2018", dt.date(2018, 10, 1)),
    ],
)
def test_a_bare_month_and_year_is_the_first_of_that_month(line, expected):
    assert month_of_meeting(line) == expected


@pytest.mark.parametrize("line", ["Résolution 512 (2019)", "the 2019 session", "Tunis"])
def test_no_month_no_meeting_month(line):
    assert month_of_meeting(line) is None


def test_a_bare_month_is_still_no_deadline():
    # Only the meeting date falls back to it; a request's deadline needs a lead.
    assert find_dates("le cessez-le-feu de novembre 2019") == []


HEAD = "**ABC/CM/12/RES.40**\n\n**SITUATION AU SAHEL**\n\n**Conseil, Tunis, {when}**\n\n"
BODY = "Le Conseil décide :\n\n1. De prier le Secrétaire général de suivre la question.\n"


def test_a_title_block_with_only_a_month_dates_the_meeting_on_its_first_day():
    assert parse_report(HEAD.format(when="novembre 2019") + BODY).date == dt.date(2019, 11, 1)


def test_a_day_in_the_introduction_wins_over_the_month_of_the_title_block():
    intro = "Le Conseil, réuni le 14 novembre 2019 à Tunis, décide :\n\n"
    text = HEAD.format(when="novembre 2019") + intro + BODY.split("\n\n", 1)[1]
    assert parse_report(text).date == dt.date(2019, 11, 14)


def test_a_full_date_in_the_title_block_wins():
    head = HEAD.format(when="novembre 2019") + "**2019/11/14**\n\n"
    assert parse_report(head + BODY).date == dt.date(2019, 11, 14)


def test_the_month_scan_and_the_slashed_dates_stay_linear():
    unit = "Tunis, novembre 2019 et 2019/11/14; "
    assert_linear(month_of_meeting, lambda n: "x " * n + "novembre 2019", 5_000)
    assert_linear(find_dates, lambda n: unit * max(1, n // len(unit)), 5_000)
