"""Arabic news pages and summaries: the General Secretariat speaking after a call
in the past, a body named after it ("وحثت الأمانة العامة المجتمع الدولي على
..."); the letter or speech the body spoke in, set off by commas between it and
the body asked ("وطالبت الهيئة، في رسالة ...، الدول ..."); and a summary telling
that the body went on to ask ("ومضى المجلس إلى مطالبة ..."). Sentences written
for these tests after the structure of such pages, never copied."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def openings(text: str) -> list[str]:
    return [" ".join(p.text.split()[:2]) for p in parse_report(text).paragraphs]


# --- The General Secretariat speaks, the body it asks after it ------------------


def test_the_secretariat_after_a_past_call_speaks_and_the_body_after_it_is_asked():
    text = "وحثت الأمانة العامة المجتمع الدولي على تقديم الدعم العاجل للاجئين."
    assert owners(text) == ["international-community"]
    text = "ودعت الأمانة العامة مجلس الأمن إلى التحرك لحماية المدنيين."
    assert owners(text) == ["un-security-council"]
    text = "وناشدت الأمانة العامة الدول الأعضاء تقديم المساعدة."
    assert owners(text) == ["member-states"]


def test_the_secretariat_before_ila_is_still_the_body_asked():
    # Counter-example: no body named after it.
    assert owners("ودعت الأمانة العامة إلى وقف التصعيد.") == ["general-secretariat"]
    assert owners("كلفت القمة الأمانة العامة بمتابعة التنفيذ.") == ["general-secretariat"]


# --- The letter or speech the body spoke in, between commas ---------------------


def test_a_letter_or_a_speech_between_commas_is_no_addressee():
    text = "وطالبت الهيئة، في رسالة وجهتها أمس إلى الأمم المتحدة، الدول الأعضاء بزيادة التمويل."
    assert owners(text) == ["member-states"]
    text = "وطالبت الهيئة، في كلمة ألقتها أمام الجمعية، المجتمع الدولي بوقف الانتهاكات."
    assert owners(text) == ["international-community"]


# --- A summary: the body went on to ask -----------------------------------------


def test_a_body_going_on_to_ask_opens_a_paragraph_read():
    text = (
        "عقد المجلس اجتماعه السنوي في العاصمة وناقش تقرير اللجنة.\n\n"
        "ومضى المجلس إلى مطالبة الطرفين بضبط النفس، وطلب إلى الأمين العام أن يقدم "
        "تقريرا خلال شهر.\n"
    )
    assert "ومضى المجلس" in openings(text)


def test_the_body_asked_by_the_verbal_noun_after_going_on():
    text = "ومضى المجلس إلى مطالبة الحكومة بضبط النفس، وطلب إلى الأمين العام أن يقدم تقريرا."
    assert owners(text) == ["الحكومة", "secretary-general"]
    assert owners("ثم مضت اللجنة في دعوة الأطراف إلى الحوار.") == ["الأطراف"]
    # Counter-example: going on with a debate asks nobody.
    assert owners("ومضى المجلس في مناقشة البنود الأخرى.") == []


def test_a_body_going_on_to_discuss_is_no_request():
    # Counter-example: "مضى في مناقشة" asks nothing.
    text = (
        "ودعا المجلس الدول الأعضاء إلى دعم الصندوق.\n\n"
        "ومضى المجلس في مناقشة البنود الأخرى من جدول الأعمال.\n"
    )
    assert openings(text) == ["ودعا المجلس"]


# --- Linear work ----------------------------------------------------------------


def test_a_long_secretariat_call_costs_linear_work():
    def make(n: int) -> str:
        unit = "الدول الأعضاء و"
        return "وحثت الأمانة العامة " + unit * max(1, n // len(unit)) + "المجتمع الدولي على الدعم."

    assert_linear(lambda text: extract(text, AR, "ar"), make, 3_000)


def test_a_long_letter_aside_costs_linear_work():
    def make(n: int) -> str:
        unit = "وطالبت الهيئة، في رسالة وجهتها أمس، الدول الأعضاء بالدعم، "
        return unit * max(1, n // len(unit)) + "والمجتمع الدولي بالتمويل."

    assert_linear(lambda text: extract(text, AR, "ar"), make, 3_000)


def test_a_long_call_after_going_on_costs_linear_work():
    def make(n: int) -> str:
        unit = "الأطراف المتنازعة و"
        return "ومضى المجلس إلى مطالبة " + unit * max(1, n // len(unit)) + "الحكومة بضبط النفس."

    assert_linear(lambda text: extract(text, AR, "ar"), make, 3_000)


def test_many_summary_paragraphs_going_on_cost_linear_work():
    def make(n: int) -> str:
        unit = "ومضى المجلس إلى مطالبة الأطراف بضبط النفس في المنطقة.\n\n"
        return "دعا المجلس الدول إلى الدعم.\n\n" + unit * max(1, n // len(unit))

    assert_linear(parse_report, make, 3_000)
