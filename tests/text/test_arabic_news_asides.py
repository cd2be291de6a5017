"""Arabic news reports of a council's statement: a recommendation in the past
("وأوصى المجلس ...")، where and when the body spoke between it and the body
asked ("في بيان وزعته ... أمس في القاهرة"، "في بيانه الختامي")، "the rest of"
before the addressee and "first among them" after it ("بقية المنظمات ... وفي
مقدمتها ..."). Texts written for these tests after the structure of such
reports, never copied."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import CALLS_GROWTH, growth
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [r.owner.name for r in extract(text, AR, "ar").requests]


def slugs(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, AR, "ar").requests]


def test_a_recommendation_in_the_past_after_a_dated_aside_asks_the_bodies_after_it():
    text = (
        "وأوصى المجلس في بيان نشرته الأمانة العامة للهيئة أمس في الرباط بقية الهيئات "
        "الإقليمية وفي مقدمتها منظمة التعاون الإسلامي بتجميد عضوية الوفد."
    )
    found = owners(text)
    assert len(found) == 2 and found[0].endswith("الهيئات الإقليمية"), found
    assert slugs(text)[1] == "oic"


def test_an_aside_of_adjectives_after_the_statement_is_not_the_body_asked():
    assert owners("ودعا المجلس في بيانه الختامي الدول الأعضاء إلى تعزيز التعاون.") == [
        "الدول الأعضاء"
    ]
    assert owners("ودعا المجلس في ختام اجتماعه الطارئ الأطراف المعنية إلى الحوار.") == [
        "الأطراف المعنية"
    ]


def test_counter_example_an_aside_followed_by_a_need_asks_nobody():
    assert owners("وأوصى المجلس في بيانه الختامي بضرورة تعزيز التعاون.") == []
    assert owners("ودعا المجلس في بيانه الختامي إلى تعزيز التعاون.") == []


def test_counter_example_a_recommendation_to_a_body_without_aside():
    assert slugs("وأوصى المجلس الدول الأعضاء بتعزيز التعاون.") == ["member-states"]


def _aside(n: int) -> str:
    unit = "في بيان نشرته الأمانة "
    return "وأوصى المجلس " + unit * max(1, n // len(unit)) + "أمس الدول الأعضاء بالتعاون."


def test_long_asides_cost_linear_work():
    small, large = growth(lambda text: extract(text, AR, "ar"), _aside, 5_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)


def test_a_call_a_person_is_quoted_making_asks_nobody_for_the_meeting():
    assert owners("وقال فلان إنه يدعو جميع الأطراف إلى ضبط النفس.") == []
    assert owners("وأضاف الوزير أنه يطالب المجتمع الدولي بالتحرك.") == []


def test_counter_example_the_body_that_met_quoted_asks():
    found = owners("وقال المجلس إنه يدعو جميع الأطراف إلى ضبط النفس.")
    assert found and "الأطراف" in found[0], found


def _quoted(n: int) -> str:
    unit = "وقال فلان إنه يدعو جميع الأطراف إلى ضبط النفس، "
    return unit * max(1, n // len(unit)) + "والحوار."


def test_many_quoted_calls_cost_linear_work():
    small, large = growth(lambda text: extract(text, AR, "ar"), _quoted, 5_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)
