"""A title block giving only the year of the text adopted, in brackets, as a
resolution's title gives it ("Resolution 12/34 (2019)", "القرار ١٢/٣٤ ...
(٢٠١٩)"): the meeting is dated on the first day of that year, as a bare month
dates it on the month's first day, and the reviewer is told to check the day.
A month or a day written anywhere before the paragraphs wins; a year in
brackets in the preamble or the paragraphs dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from decisions.text.dates import year_of_meeting
from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear

EN = (
    "**Regional Assembly**\n\n**Resolution 12/34 adopted without a vote ({when})**\n\n"
    "The Assembly,\n\n1. Requests the Secretary-General to report on the ports.\n"
)
AR = (
    "**الجمعية الإقليمية**\n\n**القرار ١٢/٣٤ الذي اتخذته الجمعية دون تصويت (٢٠١٩)**\n\n"
    "إن الجمعية،\n\n١ - تطلب إلى الأمين العام أن يقدم تقريرا عن الموانئ.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resolution 12/34 (2019)", dt.date(2019, 1, 1)),
        ("القرار ١٢/٣٤ (٢٠١٩)", dt.date(2019, 1, 1)),
        ("Decision 7 ( 2021 )", dt.date(2021, 1, 1)),
    ],
)
def test_a_year_alone_in_brackets_is_the_first_of_that_year(text, expected):
    assert year_of_meeting(text) == expected


@pytest.mark.parametrize(
    "text", ["the 2019 session", "(1250)", "(2019-2020)", "(12/34)", "(March 2019)", "Tunis"]
)
def test_no_bracketed_year_no_meeting_year(text):
    assert year_of_meeting(text) is None


def test_a_title_block_with_only_a_year_dates_the_meeting_in_it():
    for text in (EN.format(when="2019"), AR):
        report = parse_report(text)
        assert report.date == dt.date(2019, 1, 1)
        assert any("only the year" in w for w in report.warnings)
        assert not any("no meeting date" in w for w in report.warnings)


def test_a_month_in_the_title_block_wins_over_the_year():
    report = parse_report(EN.format(when="December 2019"))
    assert report.date == dt.date(2019, 12, 1)
    assert not any("only the year" in w for w in report.warnings)


def test_a_year_in_brackets_outside_the_title_block_dates_nothing():
    # Counter-example: the preamble recalls another resolution "(2015)".
    text = (
        "**Regional Assembly**\n\n**Cooperation on the ports**\n\n"
        "The Assembly,\n\nRecalling its resolution 9/8 (2015),\n\n"
        "1. Requests the Secretary-General to report on the ports (2016).\n"
    )
    report = parse_report(text)
    assert report.date is None
    assert any("no meeting date" in w for w in report.warnings)


def test_the_year_scan_stays_linear():
    assert_linear(year_of_meeting, lambda n: "(12) " * (n // 5) + "(2019)", 5_000)


def test_a_year_of_another_text_the_title_refers_to_dates_nothing():
    # A title line naming an earlier resolution by its year is no title of the
    # text adopted; counter-example: the title line of the text itself.
    text = (
        "**Regional Assembly**\n\n**Follow-up to resolution 9/8 (2015) on the ports**\n\n"
        "The Assembly,\n\n1. Requests the Secretary-General to report on the ports.\n"
    )
    report = parse_report(text)
    assert report.date is None
    assert not any("only the year" in w for w in report.warnings)
    assert year_of_meeting("Report on the implementation of resolution 9/8 (2015)") is None
    assert year_of_meeting("**Résolution 9/8 (2015)**\nSuivi de la résolution 1/2 (2001)") == (
        dt.date(2015, 1, 1)
    )
