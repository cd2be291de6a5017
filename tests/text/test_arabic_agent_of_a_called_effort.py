"""Arabic: a call for a body's own effort worded as a noun in construct with
that body ("يدعو إلى سعي جميع الأطراف إلى ..."، "دعا إلى التزام الحكومة بـ ...")
asks that body. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def test_the_agent_of_a_called_effort_is_asked():
    text = "وأقر المجلس نصا، يدعو إلى سعي جميع الأطراف المتحاربة إلى إبرام هدنة دائمة."
    assert owners(text) == ["جميع الأطراف المتحاربة"]
    assert owners("ودعت اللجنة إلى سعي المجتمع الدولي إلى دعم الحوار.") == [
        "international-community"
    ]
    assert owners("ويدعو المجلس إلى التزام الحكومة الانتقالية بتنفيذ الاتفاق.") == [
        "الحكومة الانتقالية"
    ]


def test_counter_example_the_noun_with_its_article_or_a_states_rise_asks_nobody():
    assert owners("ويدعو إلى الالتزام بالقرار.") == []
    assert owners("ويدعو إلى قيام الدولة الفلسطينية المستقلة.") == []
    assert owners("ويدعو إلى السعي إلى السلام.") == []


def _long(n: int) -> str:
    return "يدعو إلى سعي " * n + "جميع الأطراف إلى التهدئة."


def test_reading_the_agent_of_a_called_effort_grows_linearly():
    assert_linear(lambda t: extract(t, AR, "ar"), _long, 200)
