"""Arabic news reports breaking the list of a declaration's points over a
line: a block opening with "و" and a point's verbal noun ("والالتزام ...،
ودعوة ...") goes on with the list the block before governs, and its request
is read; a block naming a body first, or after a block not read, is not."""

from __future__ import annotations

from decisions.text.lines import read_lines
from decisions.text.paragraphs import parse_report
from decisions.text.prose import prose_blocks
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")
LEAD = (
    "اختتم المؤتمر أعماله أمس في الرباط. وأكد البيان الختامي الالتزام بدعم الاستقرار "
    "في المنطقة، وإدانة الاعتداءات على المدنيين، والسعي إلى حل سلمي للنزاع."
)


def owners(page: str) -> list[list[str]]:
    report = parse_report(page)
    found = extract_all([p.text for p in report.paragraphs], AR, "ar", report.head)
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


def test_a_list_going_on_over_a_line_is_read():
    page = LEAD + "\n" + "والالتزام بدعم اللاجئين، ودعوة المجتمع الدولي إلى الوفاء بتعهداته.\n"
    assert owners(page)[-1] == ["international-community"]


def test_a_block_naming_a_body_first_does_not_go_on_with_the_list():
    # Counter-example: another speaker's call, after the block read, is not the meeting's.
    page = LEAD + "\n" + "والأطراف المعارضة دعت المجتمع الدولي إلى الوفاء بتعهداته.\n"
    texts = [t for _, _, t in prose_blocks(read_lines(page))]
    assert not any(t.startswith("والأطراف") for t in texts)


def test_lists_over_lines_are_read_in_linear_time():
    assert_linear(
        lambda t: prose_blocks(read_lines(t)),
        lambda n: (
            LEAD + "\n" + "والالتزام بدعم اللاجئين، ودعوة الدول إلى الدعم.\n" * max(1, n // 60)
        ),
        6_000,
    )
