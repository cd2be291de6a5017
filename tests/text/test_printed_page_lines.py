"""Paragraphs laid out as on the printed page, a hard line break inside each
sentence and a blank line between paragraphs (a press release stored by a
document site): a line filled to the page's width that stops mid-sentence goes
on onto the next one. Texts written for these tests."""

from __future__ import annotations

from decisions.text.hard_wraps import fills_the_line, page_width
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")

PRESS_RELEASE = (
    "PRESS RELEASE N. 12\n\n"
    "Nairobi, 3 May 2011 - The 9th Summit held in Nairobi has adopted the following decisions:\n\n"
    "On the review of the Regional Plan of Action for Maternal Health in East\n"
    "Africa, the Summit decided to extend the Plan to 2016 to coincide with the\n"
    "Goals. The Summit urged Member States to speed up the implementation of the\n"
    "Plan through the strengthening of health systems, the financing of research,\n"
    "partnerships with relevant stakeholders; and a joint approach to disease.\n\n"
    "On the state of Peace and Security in the Region, the Summit welcomed the\n"
    "efforts deployed by the Regional Economic Communities, with the support of\n"
    "the international community, towards the full operation of the Standby Force.\n"
)


def test_a_printed_page_s_lines_are_read_as_one_paragraph():
    paragraphs = [p.text for p in parse_report(PRESS_RELEASE).paragraphs]
    review = next(t for t in paragraphs if t.startswith("On the review"))
    # The capital after "East", the sentence going on: one paragraph.
    assert "in East Africa, the Summit decided" in review
    assert "The Summit urged Member States" in review
    assert owners_named(review, EN) == ["member-states"]
    assert any(t.startswith("On the state of Peace") for t in paragraphs)


def test_a_news_page_one_paragraph_a_line_is_no_printed_page():
    # Counter-example: lines far longer than a printed page's: no width is read,
    # and a line that lost its full stop stays apart from the next one.
    line = "The Council welcomed the progress made in the talks held in the capital last week"
    lines = [line + " and in the region" * 3] * 6
    assert page_width(lines) == 0
    assert not fills_the_line(lines[0], page_width(lines))


def test_a_line_that_ends_a_sentence_or_is_short_ends_there():
    width = page_width((["x" * 80] * 3 + [""]) * 3)
    assert width == 80
    # Counter-example: the same lines with no blank line between paragraphs (a
    # news page one sentence a line): no printed page.
    assert page_width(["x" * 80] * 10) == 0
    assert fills_the_line("a" * 75, width)
    assert not fills_the_line("a" * 74 + ".", width)
    assert not fills_the_line("a" * 30, width)
    assert not fills_the_line("a" * 74 + ".-", width)  # a sentence closed by a dash
    assert fills_the_line("a" * 74 + "-", width)  # a word cut by a hyphen


def _page(n: int) -> str:
    body = "The Summit urged Member States to speed up the implementation of the\n" * n
    return "PRESS RELEASE\n\n" + body + "Plan.\n\n" + body + "Plan.\n"


def test_reading_a_printed_page_grows_linearly():
    assert_linear(lambda t: [extract(p.text, EN) for p in parse_report(t).paragraphs], _page, 20)
