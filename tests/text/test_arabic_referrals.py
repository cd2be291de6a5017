"""Arabic decisions referring a matter to a body ("ويقرر إحالة الموضوع إلى
لجنة ...")، the coming meeting named with "المقبل"، and a verbal noun after
"ويقرر". Texts written for these tests after the structure of such
decisions, never copied."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import CALLS_GROWTH, growth
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [r.owner.name for r in extract(text, AR, "ar").requests]


def test_referring_a_matter_to_a_body_asks_it():
    assert owners("ويقرر إحالة الموضوع إلى لجنة الخبراء القانونيين لدراسته.") == [
        "لجنة الخبراء القانونيين"
    ]


def test_the_coming_meeting_is_named_without_its_qualifier():
    text = "ويقرر إحالة الملف إلى مؤتمر وزراء العدل المقبل بالقاهرة، لبحثه."
    assert owners(text) == ["مؤتمر وزراء العدل"]


def test_counter_example_deferring_to_a_session_asks_nobody():
    assert owners("يقرر إحالة البند إلى الدورة القادمة.") == []
    assert owners("يقرر إحالة البند إلى دورته المقبلة.") == []


def test_a_verbal_noun_after_wa_yuqarrir_asks():
    assert [
        r.owner.slug for r in extract("ويقرر تكليف الأمانة العامة بالمتابعة.", AR, "ar").requests
    ] == ["general-secretariat"]


def _referral(n: int) -> str:
    unit = "الموضوع "
    return "ويقرر إحالة " + unit * max(1, n // len(unit)) + "إلى لجنة الخبراء لدراسته."


def test_a_long_referral_costs_linear_work():
    small, large = growth(lambda text: extract(text, AR, "ar"), _referral, 5_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)
