"""More Arabic phrasings (issue 18): the addressee of a verbal noun followed
at once by the action ("مناشدة الجهات المانحة زيادة ..."), a body named in
full with the organisation it serves, the verb joined to "بـ" before its
addressee, the subject of a that-clause ("تطلب أن يقدم الأمين العام ..."),
and a body opening a decision in the present ("تعقد اللجنة ... دورة").
Sentences written after the structures of Arab League and OIC resolutions and
UN General Assembly texts in Arabic."""

from __future__ import annotations

from functools import partial

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear

from .helpers import REGISTRY, owners_named, registry

AR = registry("ar")


owners = partial(owners_named, registry=AR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مناشدة صناديق التنمية العربية دعم مشاريع المياه في الريف.", ["صناديق التنمية العربية"]),
        ("مناشدة كافة الجهات المانحة زيادة مساهماتها في الصندوق.", ["كافة الجهات المانحة"]),
        (
            "مناشدة المجتمع الدولي وكذلك المنظمات الإغاثية الدولية تقديم العون للنازحين.",
            ["international-community", "المنظمات الإغاثية الدولية"],
        ),
    ],
)
def test_the_addressee_ends_where_the_action_begins(text, expected):
    assert owners(text) == expected


def test_a_registered_name_followed_by_the_organisation_it_serves_is_that_longer_body():
    text = "تكليف الأمين العام لمجلس التعاون الخليجي بمتابعة تنفيذ هذا القرار."
    assert owners(text) == ["الأمين العام لمجلس التعاون الخليجي"]


def test_the_verb_joined_to_its_addressee_by_b():
    text = "تهيب بالمنظمات الإقليمية أن تكثف برامجها في البلدان الأقل نموا؛"
    assert owners(text) == ["المنظمات الإقليمية"]


def test_encourages_names_its_addressee():
    text = "تشجع الدول الأعضاء على المشاركة في الحوار بين الحضارات؛"
    assert owners(text) == ["member-states"]


def test_the_subject_of_a_that_clause_is_asked_to_act():
    text = "تطلب أن يعد الأمين العام تقريرا عن تنفيذ هذا القرار؛"
    assert owners(text) == ["secretary-general"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "تعقد اللجنة الفنية للشؤون الاجتماعية دورة استثنائية في أول مارس.",
            ["اللجنة الفنية للشؤون الاجتماعية"],
        ),
        ("يعقد مجلس الجامعة دورة غير عادية في شهر يونيو.", []),
        ("يؤكد المجلس أهمية التعاون العربي.", []),
    ],
)
def test_a_body_opening_a_decision_in_the_present(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "يوافق على توصيات لجنة الخبراء بشأن دعوة الأمانة العامة إلى عقد اجتماع للمانحين.",
            ["general-secretariat"],
        ),
        ("يرحب بالتقرير الصادر بشأن دعوة الأمانة العامة إلى عقد اجتماع.", []),
    ],
)
def test_approving_a_recommendation_to_ask_a_body_asks_it(text, expected):
    assert owners(text) == expected


# A bare definite noun ("اللجنة") named by the qualifier after it, and a word
# owning the noun before it ("وروافده": its tributaries), are one name.


def test_a_bare_committee_keeps_the_words_that_name_it():
    text = "دعوة اللجنة المشكلة من ممثلي دول حوض البحيرة وجزرها لإعداد تقرير عن الصيد."
    found = extract(text, REGISTRY).requests
    assert [r.owner.name for r in found] == ["اللجنة المشكلة من ممثلي دول حوض البحيرة وجزرها"]


def test_a_named_committee_still_ends_before_its_qualifier():
    text = "دعوة اللجنة الفنية المنبثقة عن المجلس إلى إعداد تقرير."
    assert [r.owner.name for r in extract(text, REGISTRY).requests] == ["اللجنة الفنية"]


def test_a_word_joined_to_a_name_without_a_pronoun_is_still_another_addressee():
    text = "دعوة المصارف ومنظمة الزراعة إلى دعم المزارعين."
    assert [r.owner.name for r in extract(text, REGISTRY).requests] == [
        "المصارف",
        "منظمة الزراعة",
    ]


@pytest.mark.parametrize("unit", ["اللجنة المشكلة من ", "نهر الأردن وروافده "])
def test_the_bare_name_and_the_owning_word_stay_linear(unit):
    assert_linear(
        lambda text: extract(text, REGISTRY),
        lambda n: "دعوة " + unit * max(1, n // len(unit)),
        8_000,
    )


def test_a_verbal_noun_joined_to_ba_is_what_is_demanded_not_who():
    # "طالب بـ" + an action ("demanded the lifting of ..."); a body after "بـ" has the article.
    assert extract("وطالب المؤتمر بإنهاء العقوبات عنها وبعودة النازحين.", REGISTRY).requests == ()
    found = extract("وتهيب بالمنظمات الدولية تقديم الدعم.", REGISTRY).requests
    assert [r.owner.name for r in found] == ["المنظمات الدولية"]
