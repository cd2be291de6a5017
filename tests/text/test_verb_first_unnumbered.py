"""Unnumbered operative paragraphs opening with their verb after a preamble,
in Arabic (no capitals to mark the verb): each is a paragraph, numbered by
its order. Texts written for these tests after the layout of such
resolutions, never copied from one."""

from __future__ import annotations

from decisions.text.lines import read_lines
from decisions.text.paragraphs import parse_report
from decisions.text.verb_first import verb_first_paragraphs
from tests.formats.hostile import assert_linear

RESOLUTION = """**الجمعية العامة**

**القرار ٩٩/١ - دعم التعليم في المناطق الريفية**

إن الجمعية العامة،

إذ تشير إلى قراراتها السابقة بشأن التعليم للجميع،

وإذ تلاحظ مع القلق انخفاض معدلات الالتحاق بالمدارس في المناطق الريفية،

ترحب بالجهود التي تبذلها الحكومات لبناء المدارس؛

تطلب إلى الدول الأعضاء أن تزيد مساهماتها في صندوق التعليم،
ولا سيما الدول المانحة؛

تدعو منظمة الأمم المتحدة للطفولة إلى دعم برامج التغذية المدرسية؛

تقرر أن تدرج هذا البند في جدول أعمال دورتها المقبلة.

الجلسة العامة ١٢
"""


def test_verb_first_blocks_after_the_preamble_are_the_paragraphs():
    report = parse_report(RESOLUTION)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3", "4"]
    assert report.paragraphs[0].text.startswith("ترحب بالجهود")
    assert report.paragraphs[1].text.endswith("ولا سيما الدول المانحة؛")
    assert not any("الجلسة العامة" in p.text for p in report.paragraphs)
    assert not any(p.text.startswith(("إذ", "وإذ")) for p in report.paragraphs)


def test_a_page_break_inside_a_paragraph_joins_its_two_halves():
    text = RESOLUTION.replace(
        "أن تزيد مساهماتها في صندوق التعليم،\n", "أن تزيد مساهماتها\n\nفي صندوق التعليم،\n"
    )
    report = parse_report(text)
    assert len(report.paragraphs) == 4
    assert "مساهماتها في صندوق التعليم" in report.paragraphs[1].text


def test_no_preamble_ending_with_a_comma_no_paragraphs_here():
    # A news page: verb-first sentences, but no preamble before them.
    text = (
        "وكالة الأنباء\n\nالقاهرة (وكالة) - اختتم المجلس دورته اليوم.\n\n"
        "ترحب الحكومة بالقرار وتعتبره خطوة مهمة.\n\nتطلب الوزارة من المواطنين الهدوء.\n"
    )
    assert verb_first_paragraphs(read_lines(text)) == []


def test_a_title_shaped_like_a_verb_is_no_paragraph():
    # "تقرير الأمانة العامة ..." is a report's title, not a verb in the present.
    text = (
        "إن المجلس،\n\nبعد اطلاعه على المذكرة،\n\nيرحب بالتقدم المحرز في التنفيذ.\n\n"
        "تقرير الأمانة العامة عن نشاطها:\n"
    )
    assert verb_first_paragraphs(read_lines(text)) == []


def _long(n: int) -> str:
    clauses = "\n\n".join(
        "تطلب إلى الدول الأعضاء أن تزيد مساهماتها في صندوق التعليم؛" for _ in range(n)
    )
    return "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n" + clauses + "\n"


def test_reading_verb_first_paragraphs_grows_linearly():
    assert_linear(lambda t: verb_first_paragraphs(read_lines(t)), _long, 30)
