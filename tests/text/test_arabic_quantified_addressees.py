"""The call "يهيب بجميع الدول الأعضاء أن ...": the call's "بـ" joined to a quantifier
("جميع", "كافة") before the addressee, as it is to the addressee
itself ("يهيب بالدول الأعضاء"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY


def owners(text: str) -> list[str]:
    return [r.owner.slug for r in extract_all([text], REGISTRY)[0].requests]


@pytest.mark.parametrize(
    "text",
    [
        "يهيب بجميع الدول الأعضاء أن تمنع استيراد الفحم من المنطقة؛",
        "تهيب بكافة الدول الأعضاء أن تسدد مساهماتها في الصندوق؛",
    ],
)
def test_a_quantifier_after_the_calls_ba_opens_the_addressee(text):
    assert owners(text) == ["member-states"]


@pytest.mark.parametrize(
    "text",
    [
        "يرحب بجميع الجهود المبذولة لدعم التعليم؛",
        "يشيد بكافة الدول الأعضاء التي ساهمت في الصندوق؛",
    ],
)
def test_a_welcome_or_praise_before_a_quantifier_asks_nobody(text):
    assert owners(text) == []


def test_long_calls_with_quantifiers_cost_work_linear_in_their_length():
    def make(n: int) -> list[str]:
        return ["يهيب بجميع " + "الدول " * max(1, n // 6) + "أن تعمل؛"]

    assert_linear(lambda texts: extract_all(texts, REGISTRY), make, 3_000)
