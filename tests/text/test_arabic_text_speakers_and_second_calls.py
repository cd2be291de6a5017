"""Arabic news reports retelling a text by its author, the verb first: the
meeting after "لـ" is whose final statement it is ("طالب البيان الختامي للمؤتمر
... ، جميع دول العالم بـ ...") and the body after a text's noun without the
article its author ("وطالب بيان الرابطة ..."، "ودعا قرار مجلس الأمن ..."): they
speak, they are not asked. A second body asked by the same call after a comma,
its verb left out ("...، وجميع الأطراف الأخرى إلى ..."), and "other" after a
generic plural ("الأطراف الأخرى": the parties). Sentences written for these
tests after the structure of such pages, never copied."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


# --- The meeting whose final statement it is -----------------------------------


def test_the_meeting_of_a_final_statement_is_not_asked_the_body_after_the_comma_is():
    text = (
        "طالب البيان الختامي للمؤتمر الإقليمي الذي انعقد في عمان أمس، جميع دول العالم "
        "بدعم اللاجئين."
    )
    assert owners(text) == ["جميع دول العالم"]
    text = "دعا البيان الختامي للاجتماع الوزاري الذي عقد في الرباط، الدول الأعضاء إلى الإسهام."
    assert owners(text) == ["member-states"]


def test_the_body_asked_right_after_the_meeting_s_name():
    assert owners("طالب البيان الختامي للقمة الإقليمية جميع الأطراف بالالتزام بالهدنة.") == [
        "جميع الأطراف"
    ]
    text = "دعا البيان الختامي للقمة العربية الدول الأعضاء إلى تقديم الدعم."
    assert owners(text) == ["member-states"]


def test_a_final_statement_calling_for_an_act_asks_nobody():
    text = "دعا البيان الختامي للدورة الطارئة للجنة الدائمة في القاهرة «لتقديم الدعم للشعب»."
    assert owners(text) == []
    assert owners("ودعا البيان الختامي للقمة الطارئة في الرياض إلى وقف القتال.") == []


def test_counter_example_a_body_named_after_ila_is_still_asked():
    text = "ودعا البيان الختامي للقمة إلى الدول الأعضاء لتقديم الدعم."
    assert owners(text) == ["member-states"]


# --- A text's noun and its author ----------------------------------------------


def test_a_text_named_by_its_author_speaks():
    assert owners("وطالب بيان الرابطة، الذي قرأه أمينها العام، بإطلاق سراح المعتقلين.") == []
    assert owners("وطالب بيان الاتحاد بوقف الاستيطان.") == []
    assert owners("ودعا قرار مجلس الأمن الدول الأعضاء إلى تجميد الأصول.") == ["member-states"]


def test_a_participle_closing_a_sentence_whose_subject_is_the_text_asks():
    text = "وأدان بيان المنظمة الهجوم، داعيا المجتمع الدولي إلى التحرك."
    assert owners(text) == ["international-community"]
    text = "وأدان قرار المجلس القتال في المنطقة، مطالبا الجماعات المسلحة بمغادرتها."
    assert owners(text) == ["armed-groups"]


# --- A second body asked by the same call ---------------------------------------


def test_a_second_body_after_a_comma_with_its_own_ila_is_asked_too():
    text = "دعا الاجتماع السلطات إلى فتح المعابر، وجميع الأطراف الأخرى في البلاد إلى الهدوء."
    assert owners(text) == ["السلطات", "جميع الأطراف"]


def test_counter_example_no_ila_or_no_addressee_after_the_comma_asks_nobody_more():
    assert owners("وأشاد المجلس بدور الحكومة، وجميع الدول المجاورة في استقبال اللاجئين.") == []
    assert owners("دعا المجلس إلى وقف القتال، وكل الجهود الرامية إلى السلام.") == []
    assert owners("دعا المجلس الحكومة إلى الحوار، وجميع الأطراف المعنية.") == ["الحكومة"]


def test_other_after_a_generic_plural_says_which_of_them():
    assert owners("دعا المجلس الأطراف الأخرى إلى ضبط النفس.") == ["الأطراف"]
    # Not after another word: "المنظمات الإقليمية الأخرى" keeps its name.
    text = "وحثت الهيئة المنظمات الإقليمية الأخرى على التحرك."
    assert owners(text) == ["المنظمات الإقليمية الأخرى"]


def test_the_states_of_the_world_end_before_the_act():
    assert owners("دعت القمة جميع دول العالم بالاعتراف بالدولة.") == ["جميع دول العالم"]


# --- Linear time ------------------------------------------------------------------


def _meeting(n: int) -> str:
    return "طالب البيان الختامي للقمة" + " الكبرى" * n + " بالسلام."


def _author(n: int) -> str:
    return "وطالب بيان الاتحاد، الذي" + " قرأه" * n + "، بوقف القتال."


def _second(n: int) -> str:
    return "دعا المجلس الحكومة إلى الحوار" + "، وكل الأطراف" * n + " إلى الحوار."


def _many(n: int) -> str:
    return "دعا البيان الختامي للقمة العربية الدول الأعضاء إلى الحوار. " * n


def test_reading_text_speakers_and_second_calls_grows_linearly():
    assert_linear(lambda t: extract(t, AR, "ar"), _meeting, 200)
    assert_linear(lambda t: extract(t, AR, "ar"), _author, 200)
    assert_linear(lambda t: extract(t, AR, "ar"), _second, 200)
    assert_linear(lambda t: extract(t, AR, "ar"), _many, 50)
