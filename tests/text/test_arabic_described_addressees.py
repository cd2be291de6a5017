"""Arabic news reports of calls whose addressees are described after their
name: a participle with its complement ("المهتمة بالصحة"، "، والمكونة من ..."),
a relative clause ("التي أنشئت ..."), the competent bodies "in" the members
("جهات الاختصاص في الدول الأعضاء"), bodies "in the Islamic world"; a negated
adjective joined by "و" ("الحكومية وغير الحكومية") that keeps one name; and a
speaker named by its acronym with the aside "في بيان" and no comma before it.
Sentences written for these tests, never copied."""

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


def test_a_participle_phrase_after_the_addressee_is_left_out():
    text = "وحثت الهيئة الجمعيات الأهلية المهتمة بالصحة والبيئة في المنطقة على التعاون."
    assert owners(text) == ["الجمعيات الأهلية"]


def test_a_negated_adjective_joined_by_waw_keeps_one_name():
    text = "وحثت الهيئة المؤسسات الرسمية وغير الرسمية على التعاون."
    assert owners(text) == ["المؤسسات الرسمية وغير الرسمية"]


def test_counter_example_a_new_body_after_waw_is_still_asked():
    text = "وحثت الهيئة المؤسسات الرسمية وصناديق التنمية على التعاون."
    assert owners(text) == ["المؤسسات الرسمية", "صناديق التنمية"]


def test_a_relative_clause_and_a_coordinated_participle_are_left_out():
    text = (
        "وطالب المجلس لجنة الحكماء التي شكلت في الدورة الماضية، والمؤلفة من الرئيس"
        " السابق والحالي، بمواصلة مساعيها."
    )
    assert owners(text) == ["لجنة الحكماء"]
    text = (
        "ودعا المجلس لجنة الحكماء التي شكلت في الدورة الماضية، والمكونة من الرئيس"
        " السابق والحالي، إلى مواصلة مساعيها."
    )
    assert owners(text) == ["لجنة الحكماء"]


def test_competent_bodies_in_the_members_and_bodies_in_the_islamic_world():
    text = "ودعت الهيئة جهات الاختصاص في البلدان الأعضاء إلى الاستجابة."
    assert owners(text) == ["جهات الاختصاص"]
    text = "وناشدت الهيئة الصناديق الوقفية في العالم الإسلامي لتقديم العون."
    assert owners(text) == ["الصناديق الوقفية"]


def test_counter_example_a_place_after_another_noun_stays():
    # Not the competent bodies: the place is part of how the addressee is named.
    text = "ودعت الهيئة الجاليات العربية في أوروبا إلى التبرع."
    assert owners(text) == ["الجاليات العربية في أوروبا"]


def test_an_acronym_speaker_with_the_aside_in_a_statement():
    text = 'وناشدت "الإيسيسكو" في بيان ، الدول الأعضاء لتقديم العون للاجئين.'
    assert owners(text) == ["member-states"]
    text = 'ودعت "الإيسيسكو" منظمة الصحة العالمية لتنسيق الجهود.'
    assert owners(text) == ["who"]


def test_counter_example_the_acronym_asked_after_another_speaker():
    assert owners("ودعت المنظمة الإيسيسكو إلى تنسيق الجهود.") == ["isesco"]


def _described(n: int) -> str:
    return "وحثت الهيئة الجمعيات المهتمة " + "بالصحة والبيئة " * n + "على التعاون."


def _negated(n: int) -> str:
    return "وحثت الهيئة المؤسسات الرسمية " + "وغير الرسمية " * n + "على التعاون."


def _relative(n: int) -> str:
    told = "شكلت في الدورة، والمكونة من الرئيس "
    return "ودعا المجلس لجنة الحكماء التي " + told * n + "إلى العمل."


def test_reading_described_addressees_grows_linearly():
    assert_linear(lambda t: extract(t, AR, "ar"), _described, 100)
    assert_linear(lambda t: extract(t, AR, "ar"), _negated, 100)
    assert_linear(lambda t: extract(t, AR, "ar"), _relative, 100)
