"""Arabic news reports of a speech: the blocks going on from the lead with a
verb of remarking ("وأضاف فلان ..."، "وأشار إلى أن ..."، "ولفت إلى ...") and
asking nothing are paragraphs of the text, statements (remark_blocks_ar.py).
Sentences written for these tests; counter-examples; the cost kept linear."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.remark_blocks_ar import remark_block_ar
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")

_LEAD = (
    "دعا الأمين العام لمنظمة التعاون الإسلامي المجتمع الدولي إلى نجدة المتضررين من الفيضانات.\n\n"
)


def _openings(text: str) -> list[str]:
    return [p.text.split()[0] for p in parse_report(text).paragraphs]


def test_remarks_after_the_lead_are_paragraphs():
    text = (
        _LEAD
        + "وأضاف سالم في كلمته أمام المؤتمر أن الكارثة تتجاوز قدرات البلد الواحد.\n\n"
        + 'وأشار "سالم" إلى حجم الخسائر التي لحقت بالمزارعين في الأقاليم الجنوبية.\n'
    )
    assert _openings(text) == ["دعا", "وأضاف", "وأشار"]
    for paragraph in parse_report(text).paragraphs[1:]:
        assert owners_named(paragraph.text, AR, "ar") == []


def test_other_sentences_are_no_paragraphs():
    # Counter-examples: no verb of remarking opening the block, or one inside
    # it after its own subject.
    text = (
        _LEAD
        + "وتشهد المنطقة أمطارا غزيرة منذ أسبوعين بحسب مصادر محلية متطابقة.\n\n"
        + "وقالت المصادر إن البنك أضاف مبلغا جديدا إلى المساعدات المرصودة.\n"
    )
    assert _openings(text) == ["دعا"]


def test_a_remark_holding_another_s_request_is_left_out():
    # Counter-example: the block asks (a minister's call): not read as a remark.
    block = "وأوضح الوزير أن الوضع صعب، داعيا المانحين إلى زيادة مساهماتهم في الصندوق."
    assert not remark_block_ar(block)
    assert _openings(_LEAD + block + "\n") == ["دعا"]


def test_hostile_remarks_stay_linear():
    assert_linear(remark_block_ar, lambda n: "وأضاف " + "أن الوضع صعب " * n + ".", 60)
