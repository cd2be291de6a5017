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
