"""A regional summit's communiqué copied with its numbers glued to the
meeting's one-word name ("3.Summit elected ...", "4.Council urged ..."): the
numbers are the paragraphs' (decisions.text.glued_numbers). A number glued to
a capitalised word that no past verb follows stays text. Texts written for
these tests."""

from __future__ import annotations

from decisions.text.glued_numbers import unglued
from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear

SUMMIT = (
    "COMMUNIQUE OF THE ORDINARY SUMMIT OF HEADS OF STATE\n\n"
    "1.Summit elected the President of the host country as its Chairperson.\n\n"
    "2. Summit received the report of the Executive Secretary on the regional programme.\n\n"
    "3.Summit also urged Member States to ratify the protocol on regional trade.\n"
)


def test_a_number_glued_to_the_meeting_and_its_verb_numbers_the_paragraph():
    report = parse_report(SUMMIT)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]
    assert report.paragraphs[2].text.startswith("Summit also urged Member States")


def test_a_number_glued_to_a_word_with_no_past_verb_stays_text():
    # Counter-examples: a figure, a heading, a capitalised word and a noun.
    never = lambda rest: False  # noqa: E731 (no operative verb opens these)
    texts = ("1.5 million people were displaced.", "2.Annex to the report", "3.Summit agenda")
    for text in texts:
        assert unglued(text, never) == text
    assert unglued("4.Council decided to meet again.", never) == "4. Council decided to meet again."


def test_glued_numbers_stay_linear():
    never = lambda rest: False  # noqa: E731
    assert_linear(lambda t: unglued(t, never), lambda n: "9.Summit " + "a" * (3 * n) + "ed ", 300)
