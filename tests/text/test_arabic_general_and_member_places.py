"""Arabic addressees: "عموماً" closing a wide addressee before a narrower one
(lang/_ar_general.py), a body "في الدول الأعضاء" named without the member
States it is in (member_places.py), and humanitarian bodies "في العالم
الإسلامي" read as the registry's Islamic NGOs (islamic_world_ar.py). Sentences written for these
tests; counter-examples; the cost kept linear."""

from __future__ import annotations

from decisions.text.bodies import index_of
from decisions.text.folding import fold_text
from decisions.text.islamic_world_ar import describes_islamic_ngos
from decisions.text.member_places import member_place_end
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in _requests(text)]


def _requests(text: str):
    return extract(text, AR, "ar").requests


def test_a_wide_addressee_in_general_then_a_narrow_one_are_two():
    text = "وناشد الوزراء المجتمع الدولي عموماً والدول المجاورة على وجه الخصوص إلى إيواء اللاجئين."
    assert owners(text) == ["international-community", "الدول المجاورة"]


def test_in_general_at_the_end_of_the_list_closes_it():
    text = "ويحث المؤتمر الدول الأعضاء عموماً على دعم الصندوق."
    assert owners(text) == ["member-states"]


def test_no_adverb_leaves_a_name_whole():
    # Counter-example: "العامة" is a name's adjective, no adverb of the list.
    text = "ودعا المجلس الأمانة العامة والدول الأعضاء إلى متابعة التنفيذ."
    assert owners(text) == ["general-secretariat", "member-states"]


def test_a_body_in_the_member_states_is_named_without_them():
    text = "وحث الاجتماع اللجان الوطنية للإغاثة في الدول الأعضاء في المنظمة على إرسال فرقها."
    assert owners(text) == ["اللجان الوطنية للإغاثة"]


def test_a_body_in_other_states_keeps_its_place():
    # Counter-examples: States that are not the registry's member States; and a
    # State's organ, whose place says whose it is.
    text = "ودعا الاجتماع الجاليات المسلمة في الدول غير الأعضاء إلى التضامن."
    assert owners(text) == ["الجاليات المسلمة في الدول غير الأعضاء"]
    index = index_of(AR)
    organ = "الحكومات في الدول الأعضاء"
    assert member_place_end(index, organ, fold_text(organ), 0, len(organ)) == len(organ)


def test_humanitarian_bodies_of_the_islamic_world_are_islamic_ngos():
    text = "ودعا المجلس الجمعيات الإغاثية والإنسانية في العالم الإسلامي إلى مد يد العون للمتضررين."
    assert owners(text) == ["islamic-ngos"]
    assert describes_islamic_ngos("الهيئات الإنسانية في العالمين الإسلامي والعربي")


def test_other_bodies_and_charities_alone_stay_as_written():
    # Counter-examples: no Islamic world; an institution of no charity or aid kind.
    assert not describes_islamic_ngos("الجمعيات الإنسانية والإغاثية")
    # Charities alone: the world only qualifies them (lang/_ar_qualifiers.py).
    assert not describes_islamic_ngos("الجمعيات الخيرية في العالم الإسلامي")
    assert not describes_islamic_ngos("المؤسسات المصرفية في العالم الإسلامي")
    assert not describes_islamic_ngos("المنظمات الإنسانية في القارة الأفريقية")


def test_hostile_lists_stay_linear():
    index = index_of(AR)

    def place(t: str) -> int:
        return member_place_end(index, t, fold_text(t), 0, len(t))

    assert_linear(place, lambda n: "اللجان " + "الوطنية " * n + "في الدول الأعضاء", 100)
    assert_linear(
        describes_islamic_ngos, lambda n: "المنظمات " + "والإنسانية " * n + "في العالم", 100
    )
    assert_linear(
        lambda t: _requests(t),
        lambda n: "ويدعو المجلس المجتمع الدولي عموما " + "والدول عموما " * n + "إلى العمل.",
        20,
    )
