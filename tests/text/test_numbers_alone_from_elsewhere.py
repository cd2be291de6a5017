"""An extract of a long communiqué printing each paragraph's number alone on
its line, numbered from where the extract starts (21, 22, 23 ...): the
numbers are the paragraphs'. Page numbers alone on their lines, in a run
too, stay furniture when a page cuts a sentence or holds a long page. Texts
written for these tests after that layout."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import CALLS_GROWTH, growth

EXTRACT = """Final Communiqué of the Ninth Ministerial Meeting (extract)

The Ministers, meeting in their ninth session,

21

The Meeting welcomed the progress made in the regional water programme.

22

The Meeting called upon the member countries to ratify the water charter before the next session.

23

The Meeting requested the Secretariat to prepare a report on the drought early-warning network.

24

The Meeting decided to hold its tenth session in the first half of the coming year.
"""


def test_numbers_alone_from_the_middle_of_a_text_number_its_paragraphs():
    report = parse_report(EXTRACT)
    assert [p.number for p in report.paragraphs] == ["21", "22", "23", "24"]
    assert report.paragraphs[2].text.startswith("The Meeting requested the Secretariat")


def test_two_numbers_alone_from_elsewhere_are_no_list():
    text = EXTRACT.split("\n23\n")[0] + "\n"
    report = parse_report(text)
    assert "21" not in [p.number for p in report.paragraphs]


PAGES = (
    "Report of the Committee\n\n"
    "1. Requests the Secretariat to prepare a study on the water network and\n\n"
    "14\n\n"
    "to circulate it to the members before the session;\n\n"
    "2. Urges the members to contribute to the fund, as agreed in\n\n"
    "15\n\n"
    "the previous session, before the end of the year;\n\n"
    "3. Decides to remain seized of the matter, and to review it\n\n"
    "16\n\n"
    "at its next session.\n"
)


def test_page_numbers_cutting_sentences_stay_furniture():
    report = parse_report(PAGES)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]


def _run(n: int) -> str:
    return "Extract\n\n" + "".join(f"{k}\n\nThe Meeting noted it.\n\n" for k in range(5, 5 + n))


def test_a_long_run_of_numbers_alone_costs_linear_work():
    small, large = growth(parse_report, _run, 300)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)
