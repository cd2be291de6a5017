"""A body named by its acronym alone speaks ("The PSC demands that ...", "Le
CPS a exigé que ...", after a dateline), never the one asked; a proper name in
apposition to a person's title ("the commander of the X, Lt Gen Y,") is the same
person; a stray quotation mark is no addressee. Texts written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")


def owners(text: str, reg=EN, language: str = "en") -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_an_acronym_speaker_is_not_an_owner():
    assert owners("The PSC urged the parties to resume talks.") == ["parties"]
    assert owners("ECOWAS has urged the parties to resume talks.") == ["parties"]
    assert owners("Le CPS exhorte les parties à reprendre les pourparlers.", FR, "fr") == [
        "parties"
    ]


def test_a_that_clause_after_an_acronym_speaker_names_the_addressee():
    assert owners("The PSC demanded that the armed groups withdraw at once.") == ["armed-groups"]
    assert owners("Le CPS a exigé que les groupes armés se retirent.", FR, "fr") == ["armed-groups"]


def test_news_lines_opening_with_an_acronym_are_paragraphs():
    text = (
        "The PSC urged the parties to resume talks.\n"
        "The PSC demanded that the armed groups withdraw.\n"
    )
    assert len(parse_report(text).paragraphs) == 2
    dated = "NEW YORK, 3 May - The UNSC has urged the parties to resume talks at once.\n"
    assert owners(parse_report(dated).paragraphs[0].text) == ["parties"]


def test_a_capitalised_word_that_is_no_acronym_speaker():
    # Words in capitals before a verb that need a subject: no speaker, no paragraph.
    with pytest.raises(ReportParseError):
        parse_report("The report - sent to the UN - urged the parties to resume talks.\n")


def test_a_name_in_apposition_to_a_title_is_the_same_person():
    found = owners(
        "Calls upon the army commander, Lt Gen Ali Musa, and the commander of the Rapid "
        "Support Forces (RSF), Omar Hassan, \u201cto meet without delay.\u201d"
    )
    assert found == ["army-commander", "commander-of-the-rapid-support-forces"]


def test_a_registered_body_after_a_title_is_kept():
    found = owners("Calls on the President of the Commission, UNDP and IGAD to meet.")
    assert "undp" in found and "igad" in found


def test_hostile_acronym_leads_stay_linear():
    # Up to 3,000 datelines and 3,000 acronyms before one verb, twice.
    assert_linear(
        parse_report,
        lambda n: ("NEW YORK - " * n + "The PSC " * n + "urged the parties to act.\n") * 2,
        300,
    )
