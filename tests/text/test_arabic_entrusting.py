"""Arabic decisions entrusting a body with a task ("يعهد إلى الأمانة العامة
بـ ...")، among them a committee just set up and named in quotation marks
("يقرر تشكيل لجنة ...، تسمى: « ... »، يعهد إليها بـ ..."). Texts written for
these tests after the structure of such decisions, never copied."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import CALLS_GROWTH, growth
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [r.owner.name for r in extract(text, AR, "ar").requests]


def test_entrusting_a_body_asks_it():
    found = [
        r.owner.slug
        for r in extract("ويعهد إلى الأمانة العامة بمتابعة التنفيذ.", AR, "ar").requests
    ]
    assert found == ["general-secretariat"]


def test_a_committee_set_up_and_named_in_quotes_is_the_body_entrusted_whole():
    text = (
        'يقرر تشكيل لجنة وزارية خاصة، تسمى: " لجنة التنسيق الإقليمي مع دول الجوار "، '
        "يعهد إليها بمتابعة تنفيذ هذا القرار."
    )
    assert owners(text) == ["لجنة التنسيق الإقليمي مع دول الجوار"]


def test_counter_example_a_pledge_asks_nobody():
    assert owners("وتعهد المجلس بالالتزام بالقرارات.") == []
    assert owners("وتعهدت الدول الأعضاء بتقديم الدعم.") == []


def _named(n: int) -> str:
    unit = 'تسمى: " لجنة المتابعة "، '
    return "يقرر تشكيل لجنة، " + unit * max(1, n // len(unit)) + "يعهد إليها بالمتابعة."


def test_many_names_cost_linear_work():
    small, large = growth(lambda text: extract(text, AR, "ar"), _named, 5_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)
