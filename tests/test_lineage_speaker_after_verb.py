"""The meeting that speaks, in Arabic after its opening verb ("يطلب المؤتمر إلى
...", "ويدعو الاجتماع ..."), is no ask, as "The Conference requests ..." is
not: its name ("conference") must not read as a deliverable the English
request lacks. A conference asked for stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.lineage.signals import without_speaker
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("يطلب المؤتمر إلى الأمين العام إعداد تقرير", "إلى الأمين العام إعداد تقرير"),
        ("ويدعو الاجتماع الدول الأعضاء إلى المشاركة", "الدول الأعضاء إلى المشاركة"),
        ("تطلب القمة إلى الأمانة العامة المتابعة", "إلى الأمانة العامة المتابعة"),
    ],
)
def test_the_meeting_after_its_verb_is_left_out(text, rest):
    assert without_speaker(text).strip() == rest


@pytest.mark.parametrize(
    "text",
    [
        "يطلب إلى الأمين العام عقد المؤتمر الدولي",  # a conference asked for
        "تدعو إلى المؤتمر الدولي للسلام",
        "المؤتمر الدولي للسلام يعقد في القاهرة",  # no verb opens it
    ],
)
def test_a_conference_asked_for_is_kept(text):
    assert without_speaker(text) == text


def test_the_arabic_speaker_test_stays_linear():
    assert_linear(without_speaker, lambda n: "يطلب" + "ب" * (500 * n) + " المؤتمر x", 30)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("كلف المؤتمر الأمانة العامة بالمتابعة", "الأمانة العامة بالمتابعة"),
        ("وحث المؤتمر الدول الأعضاء على المساهمة", "الدول الأعضاء على المساهمة"),
        ("طالب الاجتماع المجتمع الدولي بالدعم", "المجتمع الدولي بالدعم"),
    ],
)
def test_the_meeting_after_a_verb_of_asking_in_the_past_is_left_out(text, rest):
    assert without_speaker(text).strip() == rest


@pytest.mark.parametrize(
    "text",
    [
        "عقد المؤتمر الدولي في القاهرة",  # the conference was held: no verb of asking
        "دعا إلى المؤتمر الدولي للسلام",  # the conference called for
    ],
)
def test_a_conference_after_another_past_verb_is_kept(text):
    assert without_speaker(text) == text


def test_a_reported_english_verb_before_a_name_is_left_out():
    assert without_speaker("The Conference urged Member States to act").strip() == (
        "urged Member States to act"
    )
    kept = "The Conference of Heads of State met in Dakar"  # "of" is no verb in the past
    assert without_speaker(kept) == kept


def test_the_past_verb_speaker_test_stays_linear():
    assert_linear(without_speaker, lambda n: "كلف" + " " * (500 * n) + "x", 30)
    assert_linear(without_speaker, lambda n: "The Conference " + "a" * (500 * n) + "ed", 30)
