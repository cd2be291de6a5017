"""Topics numbered in words or roman numerals over one list numbered in
figures that runs on across them (a council's decision list) are headings;
the figures number the paragraphs. Texts written for these tests after the
layout of such lists, never copied from one."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear

DECISIONS = """مجلس التعاون

قرارات اللجنة الوزارية في اجتماعها العاشر

أولا: في مجال النقل

وافقت اللجنة على ما يلي:

1 -
الترحيب بافتتاح الطريق البري الجديد بين العاصمتين.

2 -
تكليف الأمانة العامة بإعداد دراسة عن ربط الموانئ.

ثانيا: في مجال الطاقة

3 -
حث الدول الأعضاء على تبادل الخبرات في مجال الطاقة المتجددة.

4 -
عقد الاجتماع القادم في شهر أيار/مايو.
"""


def test_topics_over_a_running_list_are_headings():
    report = parse_report(DECISIONS)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3", "4"]
    assert report.paragraphs[2].text.startswith("حث الدول الأعضاء")
    assert all("في مجال" not in p.text[:10] for p in report.paragraphs)


ROMAN = """COUNCIL DECISIONS

I. Transport matters

1. Welcomes the opening of the new road.

2. Requests the Secretariat to study the ports.

II. Energy matters

3. Urges Member States to share experience.
"""


def test_roman_topics_in_english_are_headings_too():
    report = parse_report(ROMAN)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]


RESTARTED = """قرارات المجلس

أولا: في مجال النقل

1 -
الترحيب بافتتاح الطريق الجديد.

2 -
تكليف الأمانة العامة بإعداد دراسة.

ثانيا: في مجال الطاقة

1 -
حث الدول الأعضاء على تبادل الخبرات.
"""


def test_figures_restarting_under_each_topic_leave_the_topics_as_paragraphs():
    report = parse_report(RESTARTED)
    assert [p.number for p in report.paragraphs] == ["أولا", "ثانيا"]


SENTENCES = """قرارات المجلس

أولا: يرحب المجلس بافتتاح الطريق الجديد ويدعو الدول إلى استخدامه.

1 -
الترحيب بافتتاح الطريق.

ثانيا: يكلف الأمانة العامة بإعداد دراسة.

2 -
حث الدول الأعضاء على تبادل الخبرات.
"""


def test_items_in_words_that_are_sentences_are_no_titles():
    report = parse_report(SENTENCES)
    assert report.paragraphs[0].number == "أولا"


def _sections(n: int) -> str:
    out = ["قرارات المجلس", ""]
    for at in range(n):
        out += ["أولا: في مجال النقل" if at % 5 == 0 else "", ""]
        out += [f"{at + 1} -", "حث الدول الأعضاء على تبادل الخبرات في المجال.", ""]
    return "\n".join(out)


def test_reading_topics_grows_linearly():
    assert_linear(parse_report, _sections, 40)
