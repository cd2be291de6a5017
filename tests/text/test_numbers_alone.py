"""A list's numbers printed alone on their lines (a web copy of a decision:
"1" on one line, its paragraph on the next) are the list's numbers; a page
number alone on its line stays furniture. Texts written for these tests after
the layout of such pages, never copied from one."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import CALLS_GROWTH, growth

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
