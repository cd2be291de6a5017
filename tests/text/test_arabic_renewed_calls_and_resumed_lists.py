"""Arabic news dispatches: a renewed call closing a sentence as a circumstantial
participle with the call as a noun ("...، مجددا دعوة المنظمة إلى المجتمع الدولي
...") asks the body after "إلى" or the noun's object; a list that names a group,
singles out some of its members after "وبخاصة", then goes on after a comma and
a joined "و" asks the body after the comma too. Sentences written for these
tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def test_a_renewing_participle_with_a_bare_noun_asks_the_body_after_ila():
    text = "وأشاد المجلس بالجهود المبذولة، مجددا دعوة الجامعة إلى المجتمع الدولي لتقديم العون."
    assert owners(text) == ["international-community"]


def test_a_renewing_participle_with_its_pronoun_asks_the_nouns_object():
    text = "وأدانت الهيئة التفجير، مجددة مطالبتها مجلس الأمن بالتحرك العاجل."
    assert owners(text) == ["un-security-council"]
    text = "وعبر المجلس عن قلقه، مكررا نداءه إلى الدول الأعضاء لزيادة المساهمات."
    assert owners(text) == ["member-states"]


def test_counter_example_a_renewed_call_for_an_act_asks_nobody():
    assert owners("وأدان الأمين العام الهجوم، مجددا دعوته إلى وقف القتال.") == []
    assert owners("وأدان الأمين العام الهجوم، مجددا دعوة المنظمة إلى الوقف الفوري للقتال.") == []
    assert owners("وأدان الأمين العام الهجوم، مجددا التزام المنظمة بدعم الشعب.") == []


def test_a_list_going_on_after_the_singled_out_members_asks_the_next_body():
    text = "وحثت الهيئة الوكالات المتخصصة وبخاصة اليونسكو، والمنظمات الإقليمية الأخرى على التحرك."
    assert owners(text) == ["الوكالات المتخصصة", "unesco", "المنظمات الإقليمية الأخرى"]


def test_counter_example_a_name_inside_the_aside_only_says_which_members():
    text = "وحثت الهيئة الدول الأعضاء وبخاصة الدول المجاورة على التحرك."
    assert owners(text) == ["member-states"]


def _renewed(n: int) -> str:
    return "وأشاد المجلس بالجهود، " * n + "مجددا دعوة الجامعة إلى المجتمع الدولي للعون."


def _resumed(n: int) -> str:
    return "وحثت الهيئة الوكالات وبخاصة اليونسكو" + "، والمنظمات الإقليمية" * n + " على التحرك."


def test_reading_renewed_calls_and_resumed_lists_grows_linearly():
    assert_linear(lambda t: extract(t, AR, "ar"), _renewed, 200)
    assert_linear(lambda t: extract(t, AR, "ar"), _resumed, 200)
