"""Arabic news dispatches on an organisation's call: the organisation named by
its acronym as one Arabic word (in quotation marks or not) or by its full name
with the acronym between dashes speaks; a body singled out after "خصوصا"
(especially) is asked beside the wider one; the war's place after "أطراف
النزاع" and a partitive "من أصحاب/من ذوي ..." say which ones, not part of the
name. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def test_an_acronym_in_quotation_marks_right_after_the_verb_speaks():
    assert owners("وحثت “الإيسيسكو” الدول الأعضاء على دعم برامج التعليم.") == ["member-states"]
    assert owners("ودعت «الأونروا» المجتمع الدولي إلى زيادة التمويل.") == [
        "international-community"
    ]


def test_a_bare_acronym_right_after_the_verb_speaks():
    assert owners("ودعت اليونيسف الحكومات المعنية إلى حماية الأطفال.") == ["الحكومات المعنية"]


def test_counter_example_an_acronym_after_the_speaker_or_a_present_verb_is_asked():
    assert owners("ودعا المؤتمر اليونسكو إلى إعداد تقرير.") == ["unesco"]
    assert owners("يدعو اليونسكو إلى إعداد تقرير.") == ["unesco"]
    # Alone before "إلى", the organisation calls for an act and asks nobody.
    assert owners("ودعت الإيغاد إلى وقف القتال.") == []


def test_a_full_name_with_its_acronym_between_dashes_speaks():
    text = "حثت المنظمة العربية للتنمية الزراعية - أوداز- الحكومات الأعضاء على زيادة الاستثمار."
    assert owners(text) == ["الحكومات الأعضاء"]
    assert owners("دعت الهيئة العربية للطاقة - هاط - شرفاء العالم إلى التضامن.") == ["شرفاء العالم"]


def test_a_body_singled_out_after_especially_is_asked_too():
    text = "وناشد المجلس المجتمع الدولي خصوصا الأمم المتحدة بتقديم الدعم."
    assert owners(text) == ["international-community", "united-nations"]
    text = "وطالبت المنظمة المجتمع الدولي وبالأخص مجلس الأمن الدولي بتحمل مسؤولياته."
    assert owners(text) == ["international-community", "un-security-council"]


def test_counter_example_especially_before_the_act_adds_no_body():
    assert owners("وطالبت المنظمة الدول الأعضاء خصوصا بتقديم الدعم.") == ["member-states"]


def test_the_place_of_the_war_after_its_parties_is_left_out():
    assert owners("ودعت اللجنة أطراف الصراع في ليبيا إلى العودة للحوار.") == ["أطراف الصراع"]
    assert owners("ودعت اللجنة أطراف النزاع في اليمن إلى التهدئة.") == ["أطراف النزاع"]


def test_a_partitive_after_the_addressee_is_left_out():
    text = "دعت الهيئة العربية للطاقة - هاط - أحرار العالم من ذوي النوايا الحسنة إلى التضامن."
    assert owners(text) == ["أحرار العالم"]


def test_counter_example_min_after_a_request_verb_still_opens_the_body_asked():
    assert owners("وطلب المجلس من الأمين العام متابعة التنفيذ.") == ["secretary-general"]
    assert owners("وحثت المنظمة الدول الأعضاء من أجل تنفيذ الخطة.") == ["member-states"]


def test_unesco_by_its_spelling_with_yaa():
    assert owners("وطالبت المنظمة اليونيسكو بحماية التراث.") == ["unesco"]


def _speakers(n: int) -> str:
    return "ودعت “الإيسيسكو” " * n + "المجتمع الدولي خصوصا الأمم المتحدة إلى الدعم."


def _qualified(n: int) -> str:
    return "ودعت اللجنة أطراف النزاع في " * n + "ليبيا من ذوي " * n + "إلى التهدئة."


def test_reading_speakers_and_singled_out_bodies_grows_linearly():
    assert_linear(lambda t: extract(t, AR, "ar"), _speakers, 200)
    assert_linear(lambda t: extract(t, AR, "ar"), _qualified, 200)
