"""Arabic news reports: an organisation named by its usual name that sends an
invitation ("وجهت منظمة ... الدعوة إلى الدول ..."), an addressee followed by
its acronym between dashes before the list goes on ("منظمة ... - فاو -
والمنظمات ..."), and a speaker by its acronym before another organisation's
acronym ('دعت "الإيسيسكو" اليونيسف ...'). Sentences written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [
        r.owner.slug if r.owner.registered else r.owner.name
        for r in extract(text, AR, "ar").requests
    ]


def test_an_organisation_by_its_usual_name_sends_the_invitation():
    text = "ووجهت منظمة التعاون الإسلامي الدعوة إلى الدول الأعضاء، لحضور الدورة المقبلة."
    assert owners(text) == ["member-states"]


def test_counter_example_thanks_or_a_letter_ask_nobody():
    assert owners("ووجهت منظمة التعاون الإسلامي الشكر إلى الدول الأعضاء على الدعم.") == []
    text = "ووجهت منظمة التعاون الإسلامي رسالة إلى الأمين العام لإبلاغه بالوضع."
    assert owners(text) == []


def test_an_acronym_between_dashes_does_not_end_the_list():
    text = "ودعت الهيئة منظمة الصحة العالمية - الصحة - والجمعيات الأهلية إلى التنسيق."
    assert owners(text) == ["who", "الجمعيات الأهلية"]


def test_counter_example_a_registered_name_then_the_action_ends_the_list():
    text = "ودعت الهيئة منظمة الصحة العالمية مواصلة تقديم العون."
    assert owners(text) == ["who"]


def test_an_acronym_speaker_before_another_acronym():
    assert owners('ودعت "الإيسيسكو" اليونيسف والدول الأعضاء إلى دعم الأطفال.') == [
        "unicef",
        "member-states",
    ]
    # Counter-example: after a speaker by its head noun, the acronym is asked.
    assert owners("ودعت المنظمة اليونسكو إلى حماية التراث.") == ["unesco"]


def _invited(n: int) -> str:
    return "ووجهت منظمة التعاون الإسلامي الدعوة إلى " + "الدول الأعضاء، " * n + "لحضور الدورة."


def _dashed(n: int) -> str:
    return "ودعت الهيئة منظمة الصحة العالمية - الصحة - " + "والجمعيات الأهلية " * n + "إلى التنسيق."


def test_reading_grows_linearly():
    assert_linear(lambda t: extract(t, AR, "ar"), _invited, 100)
    assert_linear(lambda t: extract(t, AR, "ar"), _dashed, 100)
