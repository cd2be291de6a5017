"""A list's numbers printed alone on their lines (a web copy of a decision:
"1" on one line, its paragraph on the next) are the list's numbers; a page
number alone on its line stays furniture. Texts written for these tests after
the layout of such pages, never copied from one."""

from __future__ import annotations

import pytest

from decisions.text.lines import read_lines
from decisions.text.paragraphs import parse_report
from tests.formats.hostile import CALLS_GROWTH, assert_linear, growth

DECISION = """قرار بشأن دعم صندوق التنمية

إن مجلس الجامعة على المستوى الوزاري،

بعد اطلاعه على تقرير الأمانة العامة،

يقرر

1

دعوة الدول الأعضاء إلى تسديد مساهماتها في الصندوق.

2

تكليف الأمانة العامة بإعداد تقرير عن التنفيذ.

3

إبقاء البند على جدول الأعمال.
"""


def test_numbers_alone_over_each_paragraph_number_the_list():
    report = parse_report(DECISION)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]
    assert report.paragraphs[1].text.startswith("تكليف الأمانة العامة")


PAGES = (
    "DECISIONS OF THE COUNCIL\n\n1. Requests the Secretariat to report.\n"
    + "The report covers the year.\n" * 6
    + "\n2\n\n"
    + "2. Urges Member States to contribute.\n"
    + "The contributions are due.\n" * 6
    + "\n3\n\n3. Decides to remain seized of the matter.\n"
)


def test_page_numbers_alone_between_long_pages_stay_furniture():
    report = parse_report(PAGES)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]
    assert all(not p.text.endswith(" 2") for p in report.paragraphs)


def test_a_single_number_alone_is_not_a_list():
    text = "يقرر\n\nدعوة الدول الأعضاء إلى المشاركة.\n\n7\n\nتكليف الأمانة العامة بالمتابعة.\n"
    report = parse_report(text)
    assert all(p.number != "7" for p in report.paragraphs)


def _numbers_run(n: int) -> str:
    unit = "7\n\nنص قصير.\n\n"
    return "يقرر\n\n" + unit * max(1, n // len(unit))


def test_many_numbers_alone_cost_work_linear_in_their_length():
    small, large = growth(parse_report, _numbers_run, 30_000)  # 30 kB, then 300 kB
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)


@pytest.mark.parametrize("line", [">0", "> 2", "²", "٣"])
def test_a_number_alone_behind_a_quote_mark_or_in_another_script_is_read_without_error(line):
    # Found by the property test: the number was read again from the raw line.
    text = f"{line}\n\n1. La Réunion prie le Secrétaire général de faire rapport."
    assert parse_report(text).paragraphs


# One paragraph's number printed alone on its line, among paragraphs numbered
# "N -" (a copy that lost the dash of one): the number between its two
# neighbours is that paragraph's.
BETWEEN = """إن المجلس،

١ - يرحب بانعقاد المنتدى الإقليمي للشباب؛

٢ - يطلب إلى الأمانة العامة أن تعد تقريرا عن المنح الدراسية؛

٣
يدعو الدول الأعضاء إلى دعم برامج محو الأمية؛

٤ - يقرر إبقاء المسألة قيد النظر.
"""


def test_a_number_alone_between_its_two_neighbours_numbers_its_paragraph():
    report = parse_report(BETWEEN)
    assert [p.number for p in report.paragraphs] == ["١", "٢", "٣", "٤"]
    assert report.paragraphs[2].text.startswith("يدعو الدول الأعضاء")


def test_the_same_in_english_with_full_stops():
    text = (
        "The Council,\n\n1. Welcomes the forum.\n\n2. Requests the Secretariat to report.\n\n"
        "3\nCalls upon Member States to fund literacy programmes;\n\n4. Decides to remain seized.\n"
    )
    assert [p.number for p in parse_report(text).paragraphs] == ["1", "2", "3", "4"]


def test_a_page_number_cutting_a_paragraph_mid_sentence_stays_furniture():
    # The paragraph above stops mid-sentence: "3" is the page's, not a paragraph's.
    text = (
        "The Council,\n\n1. Welcomes the forum.\n\n2. Requests the Secretariat to report on the\n\n"
        "3\n\nprogress of the literacy programmes;\n\n4. Decides to remain seized.\n"
    )
    report = parse_report(text)
    assert all(p.number != "3" for p in report.paragraphs)


def test_a_number_alone_that_does_not_fit_between_its_neighbours_stays_furniture():
    text = (
        "The Council,\n\n1. Welcomes the forum.\n\n2. Requests the Secretariat to report.\n\n"
        "7\nCalls upon Member States to fund literacy programmes;\n\n3. Decides to remain seized.\n"
    )
    assert all(p.number != "7" for p in parse_report(text).paragraphs)


def _between_run(n: int) -> str:
    unit_len = 60
    count = max(2, n // unit_len)
    parts = ["The Council,\n"]
    for k in range(1, count + 1):
        parts.append(
            f"{k}\nCalls upon Member States to act.\n" if k % 2 else f"{k}. Requests a report.\n"
        )
    return "\n".join(parts)


def test_many_numbers_alone_between_neighbours_cost_work_linear_in_their_length():
    small, large = growth(parse_report, _between_run, 30_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)


def _far_neighbours(n: int) -> str:
    # Numbers alone that fit no gap, all between the same two far paragraphs:
    # each one must not re-read the lines between them (a slice per number).
    return "1 - First paragraph ends here.\n" + "5\n" * max(1, n // 2) + "2 - Second one.\n"


def test_numbers_alone_between_two_far_neighbours_cost_time_linear_in_their_length():
    # Counting calls misses it (the slices are no calls): time it.
    assert_linear(read_lines, _far_neighbours, 4_000)  # 4 kB, then 40 kB
