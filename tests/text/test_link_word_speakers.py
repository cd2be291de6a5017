"""A news page's sentence opening with a link word and the verb of the body
that met, the body left unsaid ("كما طالب ..."، "It also urged ..."), is one
of its paragraphs; "المجتمعون" (those who met) speak, they are never the
body asked. Texts written for these tests, never copied from a page."""

from __future__ import annotations

from decisions.text.lines import read_lines
from decisions.text.paragraphs import parse_report
from decisions.text.prose import prose_blocks
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")

PAGE = """الرئيسية | أخبار | اتصل بنا

القاهرة، ٣ آذار/مارس ٢٠٢٥ (وكالة) - عقد المجلس اجتماعه السنوي في القاهرة اليوم.

وناشد المجلس الدول الأعضاء زيادة مساهماتها في صندوق التعليم.

كما طالب الأمانة العامة بإعداد تقرير عن التنفيذ خلال ستة أشهر.
"""


def test_a_link_word_before_the_verb_leaves_the_verb_to_the_body_that_met():
    report = parse_report(PAGE)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]
    assert report.paragraphs[2].text.startswith("كما طالب")


EN_PAGE = """Region Wire | Home | World

ACCRA, 3 March 2025 (Agency) - The Council held its annual session in Accra.

It also urged the Secretariat to report on enrolment within six months.

Diplomats also urged the Secretariat to publish the figures.
"""


def test_a_link_word_alone_before_the_verb_in_english_too():
    starts = [t for _, _, t in prose_blocks(read_lines(EN_PAGE))]
    assert any(t.startswith("It also urged") for t in starts)


def test_a_sentence_whose_subject_is_another_speaker_is_none():
    # Counter-example: diplomats speak, not the body that met.
    starts = [t for _, _, t in prose_blocks(read_lines(EN_PAGE))]
    assert not any(t.startswith("Diplomats") for t in starts)


def test_those_who_met_are_the_speaker_not_the_body_asked():
    text = "وكلف المجتمعون الأمين العام بمتابعة الاتصالات ورفع تقرير."
    assert owners_named(text, AR) == ["secretary-general"]


def _page(n: int) -> str:
    return PAGE + "\n\n".join("كما طالب الأمانة العامة بإعداد تقرير." for _ in range(n)) + "\n"


def test_reading_link_words_grows_linearly():
    assert_linear(lambda t: prose_blocks(read_lines(t)), _page, 30)
