"""decisions.text.lines: Markdown, page-break artefacts and running headers."""

from __future__ import annotations

import pytest

from tests.text.helpers import INTRO, numbers, texts


@pytest.mark.parametrize(
    "artefact",
    ["---", "Page 3 of 5", "Page 3 sur 5", "- 3 -", "3", "\f", "* * *"],
)
def test_it_ignores_page_break_artefacts_inside_a_paragraph(artefact):
    text = (
        INTRO
        + "1. La Réunion a demandé aux États membres de le faire le 16\n\n"
        + f"{artefact}\n\ndécembre 2017.\n"
    )
    assert texts(text) == [
        "La Réunion a demandé aux États membres de le faire le 16 décembre 2017."
    ]


def test_it_ignores_a_running_header_repeated_on_every_page():
    header = "OIC/CFM-44/2017/REP"
    text = (
        f"{header}\n\n{INTRO}1. Premier point\n\n{header}\n\n"
        f"suite du premier.\n\n2. Deuxième.\n\n{header}\n"
    )
    assert texts(text) == ["Premier point suite du premier.", "Deuxième."]


def test_it_joins_a_continuation_that_starts_with_a_digit():
    text = INTRO + "1. La conférence aura lieu le 16 décembre\n\n2017 à Bruxelles.\n2. Autre point."
    assert texts(text)[0] == "La conférence aura lieu le 16 décembre 2017 à Bruxelles."


def test_it_does_not_join_a_capitalised_narrative_block_after_the_list():
    text = INTRO + "1. Premier point.\n\nLa séance a été levée à midi."
    assert texts(text) == ["Premier point."]


def test_it_joins_wrapped_lines_of_one_paragraph():
    text = INTRO + "1. La Réunion a demandé\naux États membres\n   de soutenir le Mali."
    assert texts(text) == ["La Réunion a demandé aux États membres de soutenir le Mali."]


def test_it_removes_markdown_emphasis_and_tags_but_keeps_their_text():
    text = (
        INTRO
        + "1. **La Réunion** a salué le *12<sup>ème</sup>* Sommet &amp; [le plan](http://x).\n"
    )
    assert texts(text) == ["La Réunion a salué le 12ème Sommet & le plan."]


def test_it_reads_bold_numbers():
    assert numbers(INTRO + "**1.** Premier.\n**2.** Deuxième.") == ["1", "2"]
