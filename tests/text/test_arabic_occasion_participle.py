"""An Arabic news report giving the occasion of the words told before ("جاء
ذلك خلال مشاركته في ...") and going on with a participle of request in the
same sentence ("...، مطالبا المجتمع الدولي بـ ..."): the call is the speaker's
told before, when that paragraph was read as the body's or its head's.
Texts written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.came_during import came_during
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def page_owners(text: str) -> list[list[str]]:
    report = parse_report(text)
    found = extract_all([p.text for p in report.paragraphs], AR, "ar", report.head)
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


_HEAD_LEAD = (
    "دعا الأمين العام لمنظمة التعاون الإسلامي الدول الأعضاء إلى تقديم العون العاجل "
    "للمتضررين من الفيضانات في الإقليم الجنوبي."
)
_OCCASION = (
    "جاء ذلك خلال مشاركته، صباح اليوم، في الاجتماع الطارئ للجنة التنفيذية في جدة، "
    "مطالبا المجتمع الدولي بتقديم الدعم اللازم لإعادة الإعمار."
)


def test_the_call_after_the_occasion_is_the_heads():
    found = page_owners(_HEAD_LEAD + "\n\n" + _OCCASION)
    assert found == [["member-states"], ["international-community"]]


def test_after_a_ministers_words_the_occasion_is_not_read():
    minister = (
        "وقال وزير الخارجية في مؤتمر صحفي إن بلاده تتابع الأوضاع في الإقليم الجنوبي "
        "باهتمام بالغ منذ بداية الأزمة."
    )
    found = page_owners(_HEAD_LEAD + "\n\n" + minister + "\n\n" + _OCCASION)
    assert found == [["member-states"]]


def test_the_formula_needs_the_occasion_after_it():
    assert came_during("جاء ذلك في بيان صدر اليوم")
    assert came_during("وجاءت هذه الدعوة خلال اجتماع")
    assert not came_during("جاء الوفد إلى جدة في زيارة رسمية")
    assert not came_during("وقال إن ذلك جاء خلال الاجتماع")


def owners(text: str) -> list[str]:
    return [
        r.owner.slug if r.owner.registered else r.owner.name
        for r in extract(text, AR, "ar").requests
    ]


def test_a_verb_after_the_occasion_and_where_asks_for_the_text():
    text = (
        "وجاءت هذه الدعوة في قرار أصدره مجلس الجامعة أمس، حيث طلب من الأمين العام "
        "للجامعة إعداد تقرير شامل عن الأوضاع."
    )
    assert owners(text) == ["las-secretary-general"]


@pytest.mark.parametrize(
    "text",
    [
        # a person named after the verb: his request, not the text's
        "جاء ذلك خلال لقائه الوفد الزائر، حيث طالب الوزير الحكومة بتسريع الإجراءات.",
        "جاء ذلك خلال زيارته للمدينة، حيث طلب الرئيس من الأطراف العودة إلى الحوار.",
        # no occasion formula before "حيث"
        "وانتهى الاجتماع في ساعة متأخرة، حيث طلب من الحضور مغادرة القاعة.",
    ],
)
def test_where_after_no_occasion_or_with_a_subject_asks_nobody(text):
    assert owners(text) == []


def rep(unit: str, size: int) -> str:
    return unit * size


@pytest.mark.parametrize(
    "grow",
    [
        lambda n: _HEAD_LEAD + "\n\nجاء ذلك خلال " + rep("الاجتماع، ", n) + "مطالبا الدول بالدعم.",
        lambda n: rep("جاء ذلك في ", n) + "البيان، داعيا الدول إلى الدعم.",
        lambda n: "وجاء ذلك في قرار " + rep("أصدره، ", n) + "حيث طلب من الأمانة العامة العمل.",
    ],
    ids=["asides", "formula repeated", "where"],
)
def test_the_occasion_is_read_in_linear_time(grow):
    assert_linear(page_owners, grow, 1_000)
