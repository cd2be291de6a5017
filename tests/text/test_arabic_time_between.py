"""Arabic news dispatches telling when the body spoke between it and the body
it asks, with no commas ("وطالبت القمة اليوم الدول الأعضاء ..."، "ودعا المجلس
أمس ..."، the day's name between slashes as a news agency sets it): the time
is no part of the body asked. Texts written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [
        r.owner.slug if r.owner.registered else r.owner.name
        for r in extract(text, AR, "ar").requests
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وطالبت القمة اليوم الدول الأعضاء بتنفيذ خطة العمل المشتركة.",
        "وطالبت القمة اليوم الأحد الدول الأعضاء بتنفيذ خطة العمل المشتركة.",
        "ودعا المجلس أمس الدول الأعضاء إلى المشاركة في المؤتمر.",
        "ودعا المجلس مساء أمس الدول الأعضاء إلى المشاركة في المؤتمر.",
        "ودعت منظمة التعاون الإسلامي اليوم الدول الأعضاء إلى دعم الخطة.",
        "ودعت منظمة التعاون الإسلامي اليوم /الثلاثاء/ الدول الأعضاء إلى دعم الخطة.",
        "وحثت الجامعة العربية /الخميس/ الدول الأعضاء على دعم الخطة.",
    ],
)
def test_the_time_between_speaker_and_addressee_is_left_out(text):
    assert owners(text) == ["member-states"]


def test_a_call_for_an_act_after_the_time_still_asks_nobody():
    assert owners("دعت منظمة التعاون الإسلامي اليوم إلى وقف القتال فورا.") == []


def test_a_days_name_alone_is_not_taken_for_a_time():
    # "الاثنين" alone may be "the two": left as it was read before.
    text = "ودعا المجلس الاثنين إلى الحوار."
    assert "member-states" not in owners(text)


def rep(unit: str, size: int) -> str:
    return unit * size


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: "ودعا المجلس " + rep("اليوم ", n) + "الدول الأعضاء إلى الدعم.",
        lambda n: "ودعت المنظمة " + rep("/الأحد/ ", n) + "الدول الأعضاء إلى الدعم.",
        lambda n: "ودعت منظمة التعاون الإسلامي " + rep("أمس ", n) + "الدول إلى الدعم.",
    ],
    ids=["today", "slashed day", "yesterday"],
)
def test_times_between_are_read_in_linear_time(grow):
    assert_linear(lambda text: extract_all([text], AR, "ar"), grow, 2_000)
