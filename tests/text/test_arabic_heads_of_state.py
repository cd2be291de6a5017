"""Arabic: the head of a registered State named by the State's adjective
("الرئيس السوري"، "الرئيس الليبي") is that State, as its government is; a
person's name in quotation marks after the addressee is an apposition, not
part of the name. Texts written for these tests, never copied."""

from __future__ import annotations

from decisions.text.requests import extract
from decisions.text.states import state_organ_of
from tests.formats.hostile import CALLS_GROWTH, growth
from tests.text.helpers import registry

AR = registry("ar")


def slugs(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, AR, "ar").requests]


def test_the_head_of_a_registered_state_is_the_state():
    assert state_organ_of("الرئيس السوري", AR).slug == "syria"
    assert state_organ_of("الرئيس الليبي", AR).slug == "libya"
    assert state_organ_of("الرئيس السوداني", AR).slug == "sudan"


def test_the_masculine_adjective_of_a_name_in_ya_finds_the_state():
    assert state_organ_of("الحكومة السورية", AR).slug == "syria"
    assert state_organ_of("السلطات الليبية", AR).slug == "libya"


def test_counter_example_a_president_of_no_state_stays_as_written():
    assert state_organ_of("رئيس المفوضية", AR) is None
    assert state_organ_of("الرئيس", AR) is None
    assert state_organ_of("الرئيس السوري السابق", AR) is None


def test_a_quoted_name_after_the_addressee_is_an_apposition():
    text = "ودعا القادة الرئيس الليبي « فلان الفلاني » إلى الحوار مع المعارضة."
    assert slugs(text) == ["libya"]


def test_counter_example_a_quoted_addressee_right_after_the_verb_is_kept():
    found = [
        r.owner.name
        for r in extract("يدعو المجلس «لجنة المتابعة» إلى الاجتماع.", AR, "ar").requests
    ]
    assert found and "لجنة المتابعة" in found[0], found


def _quotes(n: int) -> str:
    unit = "الرئيس الليبي « فلان » "
    return "ودعا القادة " + unit * max(1, n // len(unit)) + "إلى الحوار."


def test_many_quoted_names_cost_linear_work():
    small, large = growth(lambda text: extract(text, AR, "ar"), _quotes, 5_000)
    assert large.calls <= CALLS_GROWTH * small.calls, (small.calls, large.calls)
