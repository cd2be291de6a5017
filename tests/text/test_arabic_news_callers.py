"""Arabic news pages: a call whose speaker is named in full and ends with a
comma ("دعا مجلس ... التابع لـ...، جميع الأطراف ... إلى ..."), an adverb
before "من" ("وطلب البيان أخيرا من الأمين العام"), and a group asked with the
State it is in ("أصحاب المصلحة في السودان"). Texts written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return [
        r.owner.slug if r.owner.registered else r.owner.name
        for r in extract(text, AR, "ar").requests
    ]


def test_a_speaker_named_in_full_before_a_comma_is_not_asked():
    text = "دعا مجلس السلم والأمن التابع للاتحاد، جميع الأطراف في المنطقة إلى الحوار."
    assert owners(text) == ["جميع الأطراف في المنطقة"]
    text = "دعت منظمة الصحة الإقليمية، الأمانة العامة إلى مواصلة العمل."
    assert owners(text) == ["general-secretariat"]


def test_a_list_going_on_after_the_comma_keeps_both_addressees():
    text = "دعا لجنة المتابعة، والأمانة العامة إلى مواصلة العمل."
    assert owners(text) == ["لجنة المتابعة", "general-secretariat"]


def test_a_group_asked_with_its_state_is_the_group():
    text = "دعا المجلس جميع الأطراف وأصحاب المصلحة في السودان إلى الحوار."
    assert owners(text) == ["جميع الأطراف", "أصحاب المصلحة"]


def test_a_place_that_is_no_state_or_a_state_organ_stays():
    assert owners("دعا المجلس جميع الأطراف في المنطقة إلى الحوار.") == ["جميع الأطراف في المنطقة"]
    assert owners("دعا المجلس الحكومة الانتقالية في السودان إلى الحوار.") == ["sudan"]


def test_an_adverb_before_min_is_no_name():
    assert owners("وطلب البيان أخيرا من الأمين العام أن يرفع تقريرا.") == ["secretary-general"]


def test_a_long_speaker_without_its_comma_stays_linear():
    def text(n: int) -> str:
        return ("دعا مجلس " + "السلم " * 20) * n + "، " + "الأطراف " * n + "إلى الحوار."

    assert_linear(lambda t: extract(t, AR, "ar"), text, 50)


def test_ministers_calling_in_a_meeting_told_between_commas_are_not_asked():
    text = (
        "دعا وزراء الخارجية العرب في اجتماعهم الطارئ، مساء أمس، في العاصمة، "
        "مجلس الأمن الدولي، إلى اتخاذ قرار عاجل."
    )
    assert owners(text) == ["un-security-council"]


def test_a_meeting_aside_then_a_call_for_an_act_names_no_body():
    assert owners("دعا وزراء الخارجية العرب في اجتماعهم، أمس، إلى وقف القتال فورا.") != ["أمس"]


def test_a_headline_printed_again_over_its_story_is_no_part_of_it():
    headline = "الوزراء العرب يدعون المجلس إلى التدخل"
    text = (
        headline + "\n\n" + headline + "\n"
        "دعا الوزراء العرب في اجتماعهم، أمس، مجلس الأمن الدولي، إلى إصدار قرار عاجل.\n"
    )
    paragraphs = parse_report(text).paragraphs
    assert paragraphs[-1].text.startswith("دعا الوزراء العرب")


def test_a_meeting_aside_without_its_addressee_stays_linear():
    def text(n: int) -> str:
        return "دعا وزراء الخارجية العرب في اجتماعهم" + "، أمس" * n + " إلى الحوار."

    assert_linear(lambda t: extract(t, AR, "ar"), text, 100)
