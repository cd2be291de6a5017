"""A body asked under the press's epithet for it (decisions.text.epithets), and
a session's number after "في ختام دورته" read as when the body met
(lang/_ar_speakers.py): own sentences, with counter-examples."""

from __future__ import annotations

from decisions.text.lang._ar_speakers import SUBJECT_NAMED
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

AR = registry("ar")
EN = registry("en")


def _owners(paragraphs: list[str], reg, language: str) -> list[list[str]]:
    found = extract_all(paragraphs, reg, language, "")
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


def test_world_organisation_after_the_un_is_named_ar():
    paragraphs = [
        "ودعا المجلس الى عقد مؤتمر دولي برعاية الأمم المتحدة.",
        "وطالب المجلس المنظمة الدولية بإرسال مراقبين الى المنطقة.",
    ]
    assert _owners(paragraphs, AR, "ar") == [[], ["united-nations"]]


def test_world_organisation_en():
    paragraphs = [
        "The Council recalled the role of the United Nations in the region.",
        "The Council called on the world body to send observers.",
    ]
    assert _owners(paragraphs, EN, "en")[1] == ["united-nations"]


def test_epithet_counter_examples():
    # The UN never named: the epithet stays as written.
    assert _owners(["وطالب المجلس المنظمة الدولية بإرسال مراقبين."], AR, "ar") == [
        ["المنظمة الدولية"]
    ]
    # Another body whose name opens with the short name: not the AU Commission.
    paragraphs = [
        "أكد المجلس دعم الاتحاد الأفريقي للحوار.",
        "وطلب المجلس من المفوضية الأفريقية لحقوق الإنسان والشعوب إعداد تقرير.",
    ]
    assert "au-commission" not in _owners(paragraphs, AR, "ar")[1]


def test_au_commission_short_name():
    paragraphs = [
        "أكد المجلس دعم الاتحاد الأفريقي للحوار في البلاد.",
        "وطلب المجلس من المفوضية الأفريقية إعداد تقرير عن الوضع.",
    ]
    assert _owners(paragraphs, AR, "ar")[1] == ["au-commission"]


def test_session_number_is_no_addressee():
    assert owners_named("ودعا المجلس في ختام دورته ال120 الى تشكيل لجنة خبراء.", AR, "ar") == []
    assert owners_named("ودعا المجلس في ختام دورته الثالثة الى تشكيل لجنة خبراء.", AR, "ar") == []


def test_session_number_counter_example():
    # A body asked after the session's number is still read.
    text = "ودعا المجلس في ختام دورته الثالثة الدول الأعضاء الى تشكيل لجنة."
    assert owners_named(text, AR, "ar") == ["member-states"]


def test_linear():
    import re

    pattern = re.compile(SUBJECT_NAMED)
    assert_linear(
        lambda t: pattern.match(t), lambda n: " المجلس في ختام دورته" + " الثالثه" * n, 2_000
    )
    assert_linear(
        lambda ps: extract_all(ps, AR, "ar", ""),
        lambda n: ["وطالب المجلس المنظمة الدولية بإرسال مراقبين."] * n,
        50,
    )


# A news report's chained decisions (lang/_ar_speakers.py, link_phrases.py,
# lang/ar.py reported_leads, lang/_ar_calls.py "قيام").


def test_meeting_level_after_its_session_ar():
    text = "طالب مجلس الجامعة في اجتماعه أمس على مستوى المندوبين الدول الأعضاء بزيادة الدعم."
    assert owners_named(text, AR, "ar") == ["member-states"]


def test_meeting_level_counter_example():
    # The body's own session, no body asked after it: a statement.
    assert owners_named("وناقش المجلس في اجتماعه اليوم الوضع في المنطقة.", AR, "ar") == []


def test_link_phrase_without_comma_ar():
    text = "ومن جهة أخرى طالب المجلس الدول الأعضاء بتقديم المساعدات."
    assert owners_named(text, AR, "ar") == ["member-states"]


def test_link_phrase_counter_example():
    assert owners_named("وفي سياق متصل قال المندوب إن الوضع خطير.", AR, "ar") == []


def test_relative_clause_joined_by_waw_is_another_text():
    text = "وأيد المجلس المبادرة المقدمة من الوسطاء والتي تدعو الطرفين إلى وقف القتال."
    assert owners_named(text, AR, "ar") == []
    # Counter-example: the body's own call after "و" still asks.
    text = "وأيد المجلس المبادرة ودعا الطرفين إلى وقف القتال."
    assert owners_named(text, AR, "ar") == ["الطرفين"]


def test_rise_of_a_state_is_no_request():
    text = "حتى تتحقق أهداف الشعب المتمثلة في قيام الدولة المستقلة ، وبما أن الظروف تغيرت."
    assert owners_named(text, AR, "ar") == []
    # Counter-example: "قيام X بـ ..." still asks X.
    text = "يقرر: قيام الدول الأعضاء بتقديم الدعم اللازم للصندوق."
    assert owners_named(text, AR, "ar") == ["member-states"]


def test_links_linear():
    from decisions.text.link_phrases import link_phrase_only

    assert_linear(lambda t: link_phrase_only(t, 0, len(t)), lambda n: "في " * n, 2_000)
    assert_linear(
        lambda t: owners_named(t, AR, "ar"),
        lambda n: "يقرر: قيام" + " الدول" * n + "، وبما أن الظروف تغيرت.",
        200,
    )


def test_group_seated_at_the_un_ar():
    # A group named by its adjective, then where it sits: the seat is no part of it.
    text = "وكلف المجلس المجموعة الإسلامية في الأمم المتحدة بمتابعة تنفيذ القرار."
    assert owners_named(text, AR, "ar") == ["المجموعة الإسلامية"]


def test_group_seat_counter_example():
    # The UN's own Member States keep their name whole.
    text = "ودعا المجلس الدول الأعضاء في الأمم المتحدة إلى دعم القرار."
    assert owners_named(text, AR, "ar") == ["un-member-states"]


def test_group_seat_linear():
    assert_linear(
        lambda t: owners_named(t, AR, "ar"),
        lambda n: "وكلف المجلس المجموعة" + " العربية" * n + " في الأمم المتحدة بمتابعة الأمر.",
        200,
    )


FR = registry("fr")


def test_french_organisation_with_its_adjective_is_not_the_short_name():
    # Class: a French noun of an organisation and an adjective after it, lower
    # case: the UN's epithet when the UN was named, else as written; never the
    # short name alone ("l'Organisation": the OIC).
    asks = "Le Conseil demande à l'organisation onusienne de dépêcher une mission."
    assert _owners([asks], FR, "fr") == [["Organisation onusienne"]]
    named = ["Le Conseil salue le rapport des Nations Unies sur la région.", asks]
    assert _owners(named, FR, "fr")[1] == ["united-nations"]
    regional = "Le Conseil invite l'organisation régionale à dépêcher une mission."
    assert _owners([regional], FR, "fr") == [["Organisation régionale"]]
    # Counter-examples: the short name alone, a registered full name.
    assert _owners(["Le Conseil invite l'Organisation à dépêcher une mission."], FR, "fr") == [
        ["oic"]
    ]
    iom = "Le Conseil invite l'Organisation internationale pour les migrations à aider."
    assert _owners([iom], FR, "fr") == [["iom"]]
    assert _owners(["The Council called on the Organisation to act."], EN, "en") == [["oic"]]


def test_organisation_with_its_adjective_linear():
    assert_linear(
        lambda ps: extract_all(ps, FR, "fr", ""),
        lambda n: ["Le Conseil demande à l'organisation onusienne de dépêcher une mission."] * n,
        50,
    )
