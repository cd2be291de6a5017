"""decisions.text.symbols: a resolution or decision named by its number in a
title block ("القرار رقم ٤٨/٣٢-س", "قرار رقم: 8913 د.ع (159)", "Decision No.
3/2017") is the report's symbol, kept as written. Sentences written for the
tests after the structure of such title blocks."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import parse_report
from decisions.text.symbols import act_symbol
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    "line, symbol",
    [
        # An OIC council's resolution: number/session-committee, Arabic-Indic digits.
        ("القرار رقم ٤٨/٣٢-س", "القرار رقم ٤٨/٣٢-س"),
        ("قرار رقم ۱۲/۴۹-ق", "قرار رقم ۱۲/۴۹-ق"),  # Eastern (Persian) digits
        ("القرار رقم 1/47-POL", "القرار رقم 1/47-POL"),  # Latin letters in Arabic text
        ("**القرار رقم ٥/٤٦-ث**", "القرار رقم ٥/٤٦-ث"),  # bold, as a converted file prints it
        ("قـرار رقـم ٤٨/٣٢-س", "قرار رقم ٤٨/٣٢-س"),  # tatweel is no part of it
        ("رقم ٤٨/٣٢-س", "رقم ٤٨/٣٢-س"),  # the mark alone, with the distinctive form
        # An Arab League council's and a summit's.
        ("قرار رقم: 8913 د.ع (159)", "قرار رقم: 8913 د.ع (159)"),
        ("قرار رقم: ٧٢٠٠ د.غ.ع (٢٠)", "قرار رقم: ٧٢٠٠ د.غ.ع (٢٠)"),  # extraordinary session
        ("ق.ق: 789 د.ع (33)", "ق.ق: 789 د.ع (33)"),
        (
            "قرار مجلس الجامعة على المستوى الوزاري رقم 8913 د.ع (159)",
            "قرار مجلس الجامعة على المستوى الوزاري رقم 8913 د.ع (159)",
        ),  # fmt: skip
        ("قرار رقم 27", "قرار رقم 27"),
        # French and English.
        ("Résolution n° 12/48-POL", "Résolution n° 12/48-POL"),
        ("RESOLUTION NO. 2/13-ORG (IS)", "RESOLUTION NO. 2/13-ORG (IS)"),
        ("Resolution 12/48-POL", "Resolution 12/48-POL"),
        ("Decision No. 3/2017", "Decision No. 3/2017"),
        ("Décision numéro 14", "Décision numéro 14"),
        ("Resolution No. 2166 (2014)", "Resolution No. 2166 (2014)"),
        ("قرار رقم ٣٠١٦ (٦٠) بشأن", "قرار رقم ٣٠١٦ (٦٠)"),
        ("No. 7/45-E", "No. 7/45-E"),
    ],
)
def test_a_numbered_resolution_or_decision_is_its_symbol_as_written(line, symbol):
    found = act_symbol(line)
    assert found is not None and found.symbol == symbol


def test_the_words_after_the_number_are_kept_apart():
    found = act_symbol("القرار رقم ٤٨/٣٢-س بشأن التعاون في مكافحة التصحر")
    assert found.symbol == "القرار رقم ٤٨/٣٢-س"
    assert found.rest == "بشأن التعاون في مكافحة التصحر"
    found = act_symbol("Resolution No. 4/46-C: on the cultural heritage")
    assert (found.symbol, found.rest) == ("Resolution No. 4/46-C", "on the cultural heritage")


@pytest.mark.parametrize(
    "line",
    [
        "إسلام آباد، ٢٢/٣/٢٠٢٢",  # a date
        "٢٢/٣/٢٠٢٢",
        "Decision No. 3/12/2017",  # a date after the noun, not a number
        "Résolution du 12/03/2017",
        "Decision No. 3.5",  # a decimal
        "الفقرة رقم ٣ من القرار",  # a paragraph's number
        "Paragraph No. 12/48-POL",
        "رقم 3",  # the mark alone with a bare number
        "No. 12",
        "١- يطلب من الأمانة العامة متابعة القرار رقم ٤٨/٣٢-س",  # a numbered paragraph citing it
        "يشير إلى القرار رقم ٤٨/٣٢-س",  # cited inside a sentence
        "Resolution 2166 (2014)",  # a UN resolution, read by the slash-symbol and part rules
        "قرارات الدورة الثامنة والأربعين",
        "Decision Nobody took",
    ],
)
def test_a_date_a_paragraph_number_or_a_citation_is_no_symbol(line):
    assert act_symbol(line) is None


OIC_AR = """القرار رقم ٤٨/٣٢-س
بشأن التعاون في مجال مكافحة التصحر
إسلام آباد، ٢٢-٢٣ مارس ٢٠٢٢

إن مجلس وزراء الخارجية، المنعقد في دورته الثامنة والأربعين،

١- يطلب من الأمانة العامة متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه إلى الدورة القادمة.
٢- يدعو الدول الأعضاء إلى دعم برامج مكافحة التصحر.
"""

LEAGUE_AR = """جامعة الدول العربية
قرار رقم: 8913 د.ع (159) بشأن دعم التنمية في الدول الأقل نموا
القاهرة في 7 مارس 2023

إن مجلس الجامعة على المستوى الوزاري،

1- يطلب من الأمانة العامة متابعة تنفيذ هذا القرار.
2- يدعو الدول الأعضاء إلى تقديم الدعم المالي.
"""

EN_DECISION = """Decision No. 3/2017
On the follow-up of the programme of action
Niamey, 12 May 2017

The Council of Ministers,

1. Requests the General Secretariat to report on the programme at the next session.
2. Invites Member States to contribute to the fund.
"""


def test_a_title_block_without_a_slash_symbol_takes_the_resolutions_number():
    report = parse_report(OIC_AR)
    assert report.symbol == "القرار رقم ٤٨/٣٢-س"
    assert report.title == "بشأن التعاون في مجال مكافحة التصحر"
    assert not any("no document symbol" in w for w in report.warnings)


def test_the_title_on_the_symbols_line_is_the_title():
    report = parse_report(LEAGUE_AR)
    assert report.symbol == "قرار رقم: 8913 د.ع (159)"
    assert report.title == "بشأن دعم التنمية في الدول الأقل نموا"


def test_an_english_decision_number_is_the_symbol():
    report = parse_report(EN_DECISION)
    assert report.symbol == "Decision No. 3/2017"
    assert report.title == "On the follow-up of the programme of action"


def test_a_slash_symbol_is_preferred_to_a_resolutions_number():
    report = parse_report("OIC/CFM-48/2022/RES\n" + OIC_AR)
    assert report.symbol == "OIC/CFM-48/2022/RES"


def test_a_title_block_with_neither_still_says_so():
    text = OIC_AR.replace("القرار رقم ٤٨/٣٢-س\n", "الفقرة رقم ٣\n")
    report = parse_report(text)
    assert report.symbol == ""
    assert any("no document symbol" in w for w in report.warnings)


def _near_misses(n: int) -> list[str]:
    # Each line nearly a symbol: the noun, words, the mark, then digits and
    # slashes that never end as a designation may.
    return [f"قرار {'كلمة ' * 6}رقم {'1/' * (n // 10)}x" for _ in range(10)] + [
        "Decision " + "No. " * n,
        "ق.ق: " + "1 " * n,
        "Resolution No. " + "12/" * n,
    ]


def test_reading_a_symbol_costs_time_linear_in_the_line():
    assert_linear(lambda lines: [act_symbol(ln) for ln in lines], _near_misses, 2_000)


def test_a_title_block_of_near_misses_is_read_in_linear_time():
    def make(n: int) -> str:
        # Lines of one length, ten times as many of them.
        return "\n".join(_near_misses(40) * (n // 100)) + "\n\n" + EN_DECISION

    assert_linear(parse_report, make, 2_000)


LEAGUE_UNDER_ITS_COUNCIL = """جامعة الدول العربية
مجلس الجامعة على المستوى الوزاري
قرار رقم: 8913 د.ع (159)
بشأن دعم التنمية
القاهرة في 7 مارس 2023

1- يطلب من الأمانة العامة متابعة تنفيذ هذا القرار.
"""


def test_the_council_named_above_the_number_is_the_meeting():
    report = parse_report(LEAGUE_UNDER_ITS_COUNCIL)
    assert report.meeting == "مجلس الجامعة على المستوى الوزاري"
    report = parse_report("Council of Ministers\n" + EN_DECISION)
    assert report.meeting == "Council of Ministers"


def test_a_line_above_the_number_naming_no_body_is_no_meeting():
    report = parse_report("Niamey Programme\n" + EN_DECISION)
    # Nor is the subject line under the number ("On the follow-up of ..."):
    # the meeting is left for the reviewer to type (tests/text/test_title_block_meetings.py).
    assert report.meeting == ""
