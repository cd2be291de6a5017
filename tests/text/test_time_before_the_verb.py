"""A phrase of time between the body that met and its verb ("The Council on
Thursday urged ...") leaves the verb to the body; a news page's lead with
its dateline ("LOMÉ, 3 March 2025 - The Union's Council on Monday called on
...") is the meeting's. Sentences written for these tests, never copied."""

from __future__ import annotations

from decisions.text.folding import fold_text
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract_all
from decisions.text.time_phrases import before_time
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, owners_named


def test_a_day_between_the_body_and_its_verb():
    assert owners_named("The Council on Thursday urged the parties to stop fighting.") == [
        "Parties"
    ]
    assert owners_named("The Council yesterday called on the parties to talk.") == ["Parties"]


def test_a_day_after_another_subject_gives_it_no_request():
    # Counter-example: the words before the day are no body that met.
    assert owners_named("Observers on Thursday urged the parties to stop fighting.") == []


PAGE = """River Times | Home | Region

Basin council ends its session

LOMÉ, 3 March 2025 - The Basin Union's Council on Monday called on the parties to resume talks.

It also urged donors to fund the relief appeal in full.
"""


def test_a_lead_with_a_dateline_and_a_possessive_is_the_meetings():
    report = parse_report(PAGE)
    assert [p.number for p in report.paragraphs] == ["1", "2"]
    found = extract_all([p.text for p in report.paragraphs], REGISTRY, "en")
    assert [r.owner.name for r in found[0].requests] == ["Parties"]


def test_reading_grows_linearly():
    assert_linear(lambda t: before_time(t, 0, len(t)), lambda n: "on monday " * (500 * n) + "x", 10)
    text = "the council on thursday "
    assert before_time(fold_text(text), 0, len(text)) == len("the council")
