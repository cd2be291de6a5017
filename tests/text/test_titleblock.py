"""decisions.text.titleblock: symbol, title, the body that met, place, date, language."""

from __future__ import annotations

import datetime as dt

import pytest

from decisions.text.paragraphs import decode_report, parse_report
from tests.text.helpers import INTRO, REPORT_PATH


@pytest.fixture(scope="module")
def report():
    return parse_report(decode_report(REPORT_PATH.read_bytes()))


def test_it_reads_the_symbol_of_the_shared_report(report):
    assert report.symbol == "OIC/ACM-2017/MALI-REP"


def test_it_reads_the_meeting_date_of_the_shared_report(report):
    assert report.date == dt.date(2017, 9, 20)


def test_it_reads_the_place_without_the_venue(report):
    assert report.place == "New York"


def test_it_detects_french(report):
    assert report.language == "fr"


def test_it_sentence_cases_the_upper_case_title_keeping_proper_nouns(report):
    assert report.title == (
        "Rapport de la réunion du Groupe de contact sur le Mali organisée en marge de la "
        "réunion annuelle de coordination des ministres des affaires étrangères"
    )


def test_it_names_the_body_that_met(report):
    assert report.meeting == "Groupe de contact sur le Mali"


ENGLISH_REPORT = """OIC/CFM-44/2017/MALI/REP

**REPORT OF THE MEETING OF THE OIC CONTACT GROUP ON MALI
HELD ON THE SIDELINES OF THE ANNUAL COORDINATION MEETING**

**NEW YORK, UNITED NATIONS HEADQUARTERS**

**September 20, 2017**

The OIC Contact Group on Mali met at ministerial level in New York, at the Headquarters of
the United Nations. The Contact Group decided as follows:

1. The Meeting welcomed the progress made by the Government of Mali in the implementation
of the agreement.
2. The Meeting requested the Secretary-General to send a mission to Mali at the earliest.
"""


def test_it_reads_an_english_title_block():
    result = parse_report(ENGLISH_REPORT)
    assert (result.symbol, result.place, result.date, result.language) == (
        "OIC/CFM-44/2017/MALI/REP",
        "New York",
        dt.date(2017, 9, 20),
        "en",
    )


def test_it_names_the_english_body_that_met_without_the_oic_prefix():
    assert parse_report(ENGLISH_REPORT).meeting == "Contact Group on Mali"


def test_it_sentence_cases_a_title_using_the_spelling_of_the_body_text():
    # "OIC" and "Mali" stay as the body writes them; "sidelines" is lower-case.
    assert parse_report(ENGLISH_REPORT).title == (
        "Report of the Meeting of the OIC Contact Group on Mali held on the sidelines of "
        "the annual coordination Meeting"
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("20 SEPTEMBRE 2017.", dt.date(2017, 9, 20)),
        ("1er mars 2018", dt.date(2018, 3, 1)),
        ("20 September, 2017", dt.date(2017, 9, 20)),
        ("September 20, 2017", dt.date(2017, 9, 20)),
        ("le 3 AOÛT 2016", dt.date(2016, 8, 3)),
    ],
)
def test_it_reads_the_meeting_date_in_french_and_english_forms(written, expected):
    text = f"**RAPPORT DE LA RÉUNION**\n\n**JEDDAH**\n\n**{written}**\n\n{INTRO}1. Point."
    assert parse_report(text).date == expected


def test_it_falls_back_to_the_date_in_the_introduction():
    text = (
        "Le Groupe s'est réuni le 20 Septembre, 2017 à New York et a décidé ce qui suit :"
        "\n\n1. Point."
    )
    assert parse_report(text).date == dt.date(2017, 9, 20)


def test_it_warns_and_leaves_the_symbol_empty_when_there_is_none():
    result = parse_report("**RAPPORT DE LA RÉUNION**\n\n" + INTRO + "1. Point.")
    assert result.symbol == ""
    assert any("symbol" in w for w in result.warnings)


def test_it_title_cases_a_place_with_particles():
    text = "**RAPPORT**\n\n**PORT-AU-PRINCE, PALAIS DES CONGRÈS**\n\n" + INTRO + "1. Point."
    assert parse_report(text).place == "Port-au-Prince"


@pytest.mark.parametrize(
    "symbol",
    ["S/RES/2766 (2024)", "PSC/PR/COMM.(CCCLXXV)", "LAS/SUMMIT/32/RES.(32)", "OIC/CFM-47/2020/RES"],
)
def test_a_symbol_may_end_with_a_year_or_a_session_in_brackets(symbol):
    result = parse_report(f"**{symbol}**\n\n**RÉSOLUTION**\n\n" + INTRO + "1. Point.")
    assert result.symbol == symbol


@pytest.mark.parametrize("line", ["S/RES/2766 (see below)", "A/B (c)", "OIC/CFM (1/2)"])
def test_words_in_brackets_after_a_symbol_are_not_part_of_it(line):
    assert parse_report(f"**{line}**\n\n**RÉSOLUTION**\n\n" + INTRO + "1. Point.").symbol != line
