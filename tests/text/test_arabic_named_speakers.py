"""Arabic news dispatches: the body that asks named in full before "من"
("طلب مجلس ... التابع لـ ... من ...")، a dateline closed by an agency's tag
before the verb ("... م واس طلب ...")، a body's name joining two fields'
nouns ("قوات الدفاع والأمن")، the action opening with a verbal noun with the
article ("... العمل على ..."). Texts written for these tests after the
structure of such dispatches, never copied."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import CALLS_GROWTH, growth
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [r.owner.name for r in extract(text, AR, "ar").requests]


def test_the_body_that_asks_named_in_full_before_min_is_not_the_body_asked():
    text = "طلب مجلس الوحدة والتنمية التابع للمنظمة الإقليمية من اللجنة الوطنية تقديم تقرير."
    assert owners(text) == ["اللجنة الوطنية"]
    text = "وطلبت منظمة التعاون الإقليمي للتنمية في اجتماعها من الدول الأعضاء الإسراع في الدفع."
    assert owners(text) == ["الدول الأعضاء"]


def test_again_between_the_speaker_and_min_is_no_body():
    assert owners("وطلب مجلس الأمن من جديد من الأمين العام تقديم تقرير.") == ["الأمين العام"]


def test_counter_example_after_a_call_the_body_after_min_is_not_asked():
    # Only "طلب" asks the body after "من": after "دعا", it is where to withdraw from.
    assert owners("ودعا المجلس الدول الأعضاء إلى الانسحاب من الأراضي المحتلة.") == ["الدول الأعضاء"]


def test_a_dateline_closed_by_an_agency_tag_opens_the_sentence():
    text = (
        "الرياض 3 رجب 1440 هـ الموافق 10 مارس 2019 م واس "
        "طلب المجلس من الأمانة العامة متابعة التنفيذ."
    )
    assert owners(text) == ["الأمانة العامة"]


def test_counter_example_a_request_reported_after_another_subject_asks_nobody():
    assert owners("وقال المتحدث إن الوزير طلب من الحكومة تقديم تقرير.") == []


def test_two_fields_joined_in_a_bodys_name_make_one_body():
    found = owners("طلب المجلس من قوات الدفاع والأمن الوطنية العمل على حماية المدنيين.")
    assert found == ["قوات الدفاع والأمن الوطنية"]


def test_counter_example_bodies_joined_by_wa_stay_apart():
    assert owners("يدعو المجلس الحكومة والأحزاب السياسية إلى الحوار.") == [
        "الحكومة",
        "الأحزاب السياسية",
    ]
    assert len(owners("يدعو المجلس مجلس الأمن والجمعية العامة إلى التحرك.")) == 2


def test_a_verbal_noun_of_acting_ends_the_addressee():
    assert owners("يطلب المجلس من الدول الأعضاء الالتزام بالقرارات.") == ["الدول الأعضاء"]


def test_counter_example_the_same_noun_after_a_head_noun_is_part_of_a_name():
    assert owners("يكلف فريق العمل بإعداد دراسة.") == ["فريق العمل"]


def _dispatch(n: int) -> str:
    unit = "مجلس الوحدة والتنمية "
    return (
        "طلب " + unit * max(1, n // len(unit)) + "من قوات الدفاع والأمن الوطنية العمل على الحماية."
    )


def _fields(n: int) -> str:
    unit = "والأمن الدفاع "
    return "طلب المجلس من قوات الدفاع " + unit * max(1, n // len(unit)) + "العمل على الحماية."


def test_long_names_cost_linear_work():
    for make in (_dispatch, _fields):
        small, large = growth(lambda text: extract(text, AR, "ar"), make, 5_000)
        assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)


# A news page's asking participle, "represented by", a relative clause after a plural.


def test_an_asking_participle_after_a_comma_asks_the_body_after_it():
    text = "وأكد المجلس دعمه للبرنامج، مطالبا المجتمع الدولي بتقديم الدعم اللازم."
    assert [r.owner.slug for r in extract(text, AR, "ar").requests] == ["international-community"]
    assert owners("وأدان المجلس القصف، داعيا الأطراف المتحاربة إلى الهدنة.") == [
        "الأطراف المتحاربة"
    ]


def test_counter_example_a_participle_calling_for_an_act_asks_nobody():
    assert owners("وأدان المجلس الهجمات، داعيا إلى وقف فوري لإطلاق النار.") == []


def test_a_relative_clause_after_a_generic_plural_is_a_qualifier():
    text = "وأشاد المجلس بالبرنامج، داعيا الدول التي أوقفت تمويلها إلى استئنافه."
    assert owners(text) == ["الدول"]


def test_counter_example_a_bodys_own_name_before_a_relative_clause_is_kept():
    found = owners("يطلب المجلس من اللجنة الفنية التي أنشأها العام الماضي تقديم تقريرها.")
    assert found and found[0].startswith("اللجنة الفنية"), found


def test_a_body_represented_by_another_asks_both():
    text = "ودعا البيان المجتمع الدولي ممثلا في مجلس الأمن إلى الاضطلاع بمسؤولياته."
    slugs = [r.owner.slug for r in extract(text, AR, "ar").requests]
    assert slugs == ["international-community", "un-security-council"]


def test_a_verbal_noun_of_acting_after_a_word_joined_to_bi_ends_the_addressee():
    text = "وطلب المجلس من بعثات الهيئة الإقليمية بالخارج العمل لتنفيذ القرار."
    assert owners(text) == ["بعثات الهيئة الإقليمية بالخارج"]


def _participles(n: int) -> str:
    unit = "وأدان المجلس القصف، داعيا الدول التي أوقفت تمويلها "
    return unit * max(1, n // len(unit)) + "إلى استئنافه."


def test_participles_and_relative_clauses_cost_linear_work():
    small, large = growth(lambda text: extract(text, AR, "ar"), _participles, 5_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)


# A person speaking right after a verb in the past is no meeting asking.


def test_a_person_speaking_after_a_past_verb_asks_nobody_for_the_meeting():
    assert owners("وطالب مندوب الدولة المجتمع الدولي بتحمل مسؤولياته.") == []
    assert owners("وطلب رئيس الوفد من اللجنة تأجيل النقاش.") == []


def test_counter_example_the_meeting_asking_a_person_asks_that_person():
    assert owners("ودعا المجلس رئيس المفوضية إلى تقديم تقرير.") == ["رئيس المفوضية"]
    assert owners("طلب المجلس من رئيس المفوضية تقديم تقرير.") == ["رئيس المفوضية"]
