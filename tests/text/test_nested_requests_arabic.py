"""An Arabic request inside the action another request asks for: "تطلب إلى
الأمين العام أن يشجع ..." asks the Secretary-General to encourage; whom he is
to encourage, or between whom, is no addressee of the body that met. Not after
a verb of deciding ("تقرر أن تطلب": the body's own request), nor for a second
request of the body joined by "و". Sentences written after the structure of a
General Assembly resolution."""

from __future__ import annotations

from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY

HEAD = "الأمم المتحدة – الجمعية العامة. إن الجمعية العامة،"


def owners(text: str) -> list[str]:
    return [r.owner.slug for e in extract_all([text], REGISTRY, head=HEAD) for r in e.requests]


def test_the_verb_after_that_is_the_action_asked_of_the_addressee():
    text = (
        "تطلب إلى الأمين العام أن يشجع عقد لقاءات سنوية بين ممثلي الأمانة العامة"
        " للأمم المتحدة والأمانة العامة للجامعة لتبادل الخبرات؛"
    )
    assert owners(text) == ["un-secretary-general"]
    assert owners("تطلب إلى الأمين العام أن يحث الدول الأعضاء على دعم برامج محو الأمية؛") == [
        "un-secretary-general"
    ]


def test_a_request_after_a_verb_of_deciding_is_the_bodys_own():
    # Counter-example: "decides to request" is the Assembly asking.
    assert owners("تقرر أن تطلب إلى الأمين العام تقديم تقرير عن الموانئ؛") == [
        "un-secretary-general"
    ]


def test_a_second_request_of_the_body_keeps_its_addressee():
    # Counter-example: "وتحث" is the Assembly's second request, not the Secretary-General's.
    text = "تطلب إلى الأمين العام أن يقدم تقريرا، وتحث الدول الأعضاء على دعم البرنامج؛"
    assert owners(text) == ["un-secretary-general", "un-member-states"]


def test_reading_nested_arabic_requests_grows_linearly():
    unit = "تطلب إلى الأمين العام أن يحث الدول الأعضاء على دعم البرنامج، "

    def make(n: int) -> str:
        return unit * max(1, n // len(unit))

    assert_linear(lambda text: extract_all([text], REGISTRY, head=HEAD), make, 10_000)
