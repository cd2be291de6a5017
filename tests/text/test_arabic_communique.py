"""An Arabic final communiqué written as unnumbered paragraphs, each opening
with a verb in the past and the body that met ("وأشاد المؤتمر ..."، "ودعا
الاجتماع ..."): each is a paragraph, as "The Meeting urged ..." lines are in
English. Text written for these tests after the layout of OIC communiqués."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, texts

COMMUNIQUE = """البيان الختامي للاجتماع الوزاري

          وأشاد المؤتمر بالجهود التي تبذلها اللجنة الدائمة، وأحاط علما بتقريرها.

          وأكد المؤتمر من جديد أهمية الصندوق، ودعا المؤتمر الدول الأعضاء إلى المساهمة في رأس ماله.

          وأدان المؤتمر الاعتداءات المتكررة على المدنيين.

          وطلب الاجتماع من الأمين العام متابعة تنفيذ هذا القرار.
"""


def test_each_line_opening_with_a_verb_and_the_meeting_is_a_paragraph():
    found = texts(COMMUNIQUE)
    assert [t.split()[:2] for t in found] == [
        ["وأشاد", "المؤتمر"],
        ["وأكد", "المؤتمر"],
        ["وأدان", "المؤتمر"],
        ["وطلب", "الاجتماع"],
    ]


def test_the_requests_of_such_paragraphs_are_read():
    report = parse_report(COMMUNIQUE)
    found = extract_all([p.text for p in report.paragraphs], REGISTRY, "ar")
    assert [[r.owner.slug for r in e.requests] for e in found] == [
        [],
        ["member-states"],
        [],
        ["secretary-general"],
    ]


@pytest.mark.parametrize(
    "line",
    [
        # A verb and a subject other than the body that met: narrative, no paragraph.
        "وأشاد الوزير بالجهود المبذولة.",
        # The body that met, but no verb opening the line.
        "المؤتمر الإسلامي لوزراء الخارجية في دورته العادية.",
    ],
)
def test_other_lines_are_not_read_as_such_paragraphs(line):
    text = f"البيان الختامي\n\n{line}\n\n1. يطلب من الأمين العام متابعة التنفيذ.\n"
    assert texts(text) == ["يطلب من الأمين العام متابعة التنفيذ."]


def test_many_such_lines_are_parsed_in_linear_time():
    line = "وأكد المؤتمر أهمية التعاون. "

    def make(n: int) -> str:
        lines = ("وأدان المؤتمر " + "وأكد " * (n // 5) + "\n\n") * 3
        return "البيان\n\n" + lines + line * (n // 30)

    assert_linear(parse_report, make, 3_000)


def test_a_number_and_dash_alone_on_its_line_numbers_the_paragraph_after_it():
    # A printed final communiqué: "12-" on its line, the paragraph on the next,
    # itself opening with a verb and the body that met.
    text = """(تابع) البيان الختامي

12-

أشاد المؤتمر بجهود اللجنة، ودعا الدول الأعضاء إلى تقديم المساعدات.

13-

وأدان المؤتمر الاعتداءات المتكررة.
"""
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == ["12", "13"]
    found = extract_all([p.text for p in report.paragraphs], REGISTRY, "ar")
    assert [[r.owner.slug for r in e.requests] for e in found] == [["member-states"], []]
