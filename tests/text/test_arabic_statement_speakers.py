"""Arabic press statements and a secretariat's own statements: the members
speaking in the plural ("ودعوا ..."), the Security Council's members named
after the verb as the speaker, a call for an act after an aside ("ودعا
المجلس، في بيانه، إلى وقف ...") or as a verbal noun ("إلى الاحترام ..."), the
General Secretariat speaking before the body it asks by a quantifier, and its
attitude ("تتابع ... بقلق") stating, not asking."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def names(text: str) -> list[str]:
    found = extract(text, AR)
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]


def test_the_members_call_in_the_plural():
    assert names("وأعرب الوزراء عن قلقهم، ودعوا الأطراف إلى التهدئة.") == ["الأطراف"]
    assert names("ودعوا إلى وقف القتال فورا.") == []  # a call for an act


def test_the_council_members_after_the_verb_speak():
    text = "ودعا أعضاء مجلس الأمن الدول الأعضاء إلى دعم الحوار بين الليبيين."
    assert names(text) == ["member-states"]


def test_a_call_for_an_act_after_an_aside_or_as_a_verbal_noun_asks_nobody():
    assert names("ودعا المجلس، في بيانه اليوم، إلى وقف القتال.") == []
    assert names("ودعا المجلس إلى الاحترام الكامل للاتفاق.") == []
    # The verbal noun's "ت" turned "ط" or "د" by the letter before it: still an act.
    # (The Security Council asked to do its own duty, "يدعو مجلس الأمن إلى الاضطلاع
    # بمسؤولياته", is the body asked: test_arabic_head_asks_and_issued_calls.py.)
    assert names("ودعا المجلس إلى الاضطلاع بالمهام الموكلة كاملة.") == []
    assert names("ودعا المجلس إلى الازدياد في الإنتاج.") == []
    # Counter-example: a body whose name opens alike is still asked after "إلى".
    assert names("ودعا المجلس إلى الاتحاد الأفريقي أن يرسل بعثة.") != []
    # Counter-example: the body asked after the aside is still read.
    assert names("ودعا المجلس، في بيانه اليوم، الدول الأعضاء إلى وقف القتال.") == ["member-states"]


def test_the_general_secretariat_speaks_before_a_quantified_addressee():
    assert names("وتدعو الأمانة العامة كافة الأطراف إلى الحوار.") == ["كافة الأطراف"]
    # Counter-example: charged with a task, it is the body asked.
    assert names("تكلف الأمانة العامة بمتابعة تنفيذ هذا القرار.") == ["general-secretariat"]


def test_following_with_concern_states_and_following_up_asks():
    text = "تتابع الأمانة العامة بقلق التطورات في البلاد، وتحث جميع الأطراف على ضبط النفس."
    assert names(text) == ["جميع الأطراف"]
    assert names("تتابع الأمانة العامة تنفيذ هذا القرار.") == ["general-secretariat"]


def test_statement_speakers_are_read_in_linear_time():
    assert_linear(
        lambda t: extract(t, AR),
        lambda n: "تتابع الأمانة العامة " + "التطورات " * n + "بقلق، ودعوا الأطراف إلى الحوار.",
        300,
    )
    assert_linear(
        lambda t: extract(t, AR),
        lambda n: "ودعا أعضاء مجلس الأمن، " + "في بيانه " * n + "، إلى وقف القتال.",
        300,
    )
