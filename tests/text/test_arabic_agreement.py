"""Arabic: the body that speaks after the verb agrees with it. After a verb
in the masculine ("يكلف"، "طلب"), "اللجنة" or "القمة" is the body asked, not
the one speaking; after one in the feminine ("تطلب"، "دعت") it speaks. A
qualifier after the addressee ("المنبثقة عن ..."، "المنشأ بموجب ...") is no
part of its name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    found = extract(text, AR).requests
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يكلف اللجنة الفرعية بمتابعة تنفيذ البرنامج.", ["اللجنة الفرعية"]),
        ("يكلف اللجنة الفنية المنبثقة عن المؤتمر بإعداد تقرير.", ["اللجنة الفنية"]),
        ("يكلف اللجنة الخاصة المنشأة بموجب القرار السابق بمتابعة المسألة.", ["اللجنة الخاصة"]),
        ("تطلب اللجنة من الأمين العام متابعة التنفيذ.", ["secretary-general"]),
        ("طلبت اللجنة من الأمين العام متابعة التنفيذ.", ["secretary-general"]),
        ("دعت القمة الدول الأعضاء إلى المساهمة في الصندوق.", ["member-states"]),
        ("يطلب المجلس من الأمين العام متابعة التنفيذ.", ["secretary-general"]),
        ("دعا المؤتمر الدول الأعضاء إلى المساهمة في الصندوق.", ["member-states"]),
    ],
)
def test_the_body_speaking_agrees_with_the_verb_and_qualifiers_are_dropped(text, expected):
    assert owners(text) == expected


def rep(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: rep("يكلف اللجنة ", n) + "بمتابعة التنفيذ.",
        lambda n: "يكلف " + rep("اللجنة المنبثقة عن ", n) + "بمتابعة التنفيذ.",
        lambda n: rep("تطلب اللجنة ", n) + "من الأمين العام المتابعة.",
    ],
    ids=["masculine verbs", "qualifiers", "feminine verbs"],
)
def test_agreement_and_qualifiers_are_read_in_linear_time(grow):
    assert_linear(lambda text: extract(text, AR), grow, 2_000)
