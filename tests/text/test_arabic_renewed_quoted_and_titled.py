"""Arabic news reports: the sides named by the fighting, then where it is
("القوى المتحاربة في ..."), asked without the place (lang/_ar_qualifiers.py); a
call renewed after a phrase of time, or with its addressee in construct
(lang/_ar_renewed_calls.py); the body's statement quoted after "وقال المجلس في
بيانه" (quoted_statement_ar.py); a speaker named first, his office after a
comma (lang/_ar_titled_person.py), whose closing participle is the
organisation's request when the office is its own Secretary-General's.
Sentences written for these tests; counter-examples; the cost kept linear."""

from __future__ import annotations

from decisions.text.folding import fold_text
from decisions.text.paragraphs import parse_report
from decisions.text.quoted_statement_ar import quoted_statement_ar
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")


def owners(text: str) -> list[str]:
    return owners_named(text, AR, "ar")


def names(text: str) -> list[str]:
    return [r.owner.name for r in extract(text, AR, "ar").requests]


# --- the sides of a war, then where it is fought


def test_warring_sides_are_asked_without_their_place():
    text = "وحث المجلس كافة الفصائل المتحاربة في الصومال على احترام الهدنة."
    assert names(text) == ["كافة الفصائل المتحاربة"]


def test_a_body_named_with_its_place_keeps_it():
    # Counter-example: no word of fighting before "في".
    text = "وحث المجلس اللجان المحلية في الصومال على احترام الهدنة."
    assert names(text) == ["اللجان المحلية في الصومال"]


# --- a call renewed


def test_a_call_renewed_after_a_phrase_of_time_asks_its_object():
    text = "وجدد المجلس مساء اليوم دعوته المجتمع الدولي إلى إغاثة المنكوبين."
    assert owners(text) == ["international-community"]


def test_a_call_renewed_to_sides_in_construct_asks_them():
    text = "وجددت القمة مناشدتها أطراف النزاع في السودان الكف عن القتال."
    assert names(text) == ["أطراف النزاع"]


def test_a_call_renewed_for_an_act_asks_nobody():
    # Counter-example: the call is for an act, after "إلى" or "لـ".
    assert owners("وجدد المجلس اليوم دعوته إلى وقف القتال فورا.") == []
    assert owners("وجدد المجلس دعوته لوقف القتال فورا.") == []


# --- the body's statement quoted


def _page(paragraph: str) -> str:
    return (
        "المجلس يدعو إلى التهدئة\n\n"
        "دعا مجلس الأمن الدولي اليوم جميع الأطراف إلى ضبط النفس ووقف التصعيد فورا.\n\n"
        + paragraph
        + "\n"
    )


def test_a_request_inside_the_quoted_statement_is_the_body_s():
    quoted = (
        'وقال مجلس الأمن في بيانه "جدد الأعضاء دعمهم لجهود الوسيط '
        'وحثوا جميع الأطراف على الانخراط في المحادثات دون شروط."'
    )
    paragraphs = parse_report(_page(quoted)).paragraphs
    assert [p.text[:8] for p in paragraphs] == ["دعا مجلس", "وقال مجل"]


def test_a_person_quoted_or_a_closed_quotation_is_not_the_body():
    # Counter-examples: a minister's words; a request after the quotation closed.
    person = 'وقال الوزير في بيانه "وحثوا جميع الأطراف على الانخراط في المحادثات."'
    assert [p.text[:8] for p in parse_report(_page(person)).paragraphs] == ["دعا مجلس"]
    closed = fold_text('وقال المجلس في بيانه "الوضع خطير" وحثوا الأطراف على الحوار')
    assert not quoted_statement_ar(closed, 0, closed.index("وحثوا"))


# --- a speaker named first, his office after a comma


def test_a_person_named_then_his_office_speaks():
    text = "ودعا سالم أحمد الفلاني، وزير الخارجية، الدول المانحة إلى الوفاء بتعهداتها."
    assert names(text) == ["الدول المانحة"]


def test_a_person_named_then_his_office_calls_for_an_act_asking_nobody():
    text = "وطالب سالم أحمد، رئيس الوفد، بضرورة وقف القتال فورا."
    assert names(text) == []


def test_the_own_head_named_first_carries_the_organisation_s_participle():
    own = (
        "أشاد سالم أحمد، أمين عام منظمة التعاون الإسلامي، بجهود الإغاثة، "
        "داعيا الدول الأعضاء إلى مضاعفة الدعم."
    )
    assert owners(own) == ["member-states"]


def test_another_person_s_participle_is_not_the_organisation_s():
    # Counter-example: a minister's office, not the organisation's head.
    other = (
        "أشاد سالم أحمد، وزير خارجية البلد، بجهود الإغاثة، داعيا الدول الأعضاء إلى مضاعفة الدعم."
    )
    assert owners(other) == []


def test_a_body_after_the_verb_stays_the_addressee():
    # Counter-example: a body's head noun, not a name, right after the verb.
    text = "ودعا المجلس مجلس الأمن، الجهاز المسؤول، إلى التحرك فورا."
    assert "un-security-council" in owners(text)


# --- linear


def test_hostile_leads_stay_linear():
    assert_linear(
        lambda t: extract(t, AR, "ar"),
        lambda n: "ودعا سالم " + "أحمد " * n + "، وزير الخارجية، الدول إلى الدعم.",
        40,
    )
    assert_linear(
        lambda t: extract(t, AR, "ar"),
        lambda n: "وجدد المجلس اليوم دعوته " + "أطراف " * n + "النزاع إلى الحوار.",
        40,
    )

    def quoted(t: str) -> bool:
        f = fold_text(t)
        return quoted_statement_ar(f, 0, len(f))

    assert_linear(quoted, lambda n: 'وقال المجلس في بيانه "' + "الأعضاء " * n, 60)
