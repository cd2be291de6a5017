"""What tells a renewal across languages, on sentences written for these
tests: figures brought up to date (a new year, a new amount, a new deadline)
neither help nor hurt two requests that ask the same thing, but do not make
one general ask (a visit) a match; asks the glossary now knows in the three
languages (illicit trafficking, natural resources, the zero-tolerance policy,
a humanitarian response plan, a binding resolution); first-person and bare
renewal wordings ("Renew our call on", "Call again for", "Reiterate our demand
that"); and "Member States" read after the organisation that speaks."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of
from decisions.text.requests import extract_all
from decisions.text.similarity import has_renewal_words
from tests.text.helpers import REGISTRY, owners_named


def overlap(a: str, b: str) -> float:
    return concept_overlap(concepts_of(a), concepts_of(b))[0]


def test_a_plan_renewed_for_a_new_year_and_amount_overlaps_as_without_figures():
    earlier = "to support the 2021 humanitarian response plan for Chad, which seeks US$0.6 billion"
    later = "d'appuyer le plan de réponse humanitaire de 2024 pour le Tchad, de 0,9 milliard"
    assert overlap(earlier, later) == 1.0


def test_the_same_amount_named_twice_still_counts():
    earlier = "to fund the humanitarian response plan of US$3 billion"
    later = "de financer le plan de réponse humanitaire de 3 milliards de dollars"
    assert "n:3000000000" in concept_overlap(concepts_of(earlier), concepts_of(later))[1]


def test_new_dates_around_one_general_ask_do_not_make_two_visits_alike():
    earlier = "to undertake a mission by 31 March 2021"
    later = "d'entreprendre une mission dans le Sahel d'ici au 30 juin 2025"
    assert overlap(earlier, later) < 0.5


@pytest.mark.parametrize(
    ("en", "fr", "ar", "key"),
    [
        (
            "to curb the illicit trafficking of arms",
            "de juguler le trafic illicite d'armes",
            "الحد من الاتجار غير المشروع بالأسلحة",
            "illicit-trafficking",
        ),
        (
            "the plunder of natural resources",
            "le pillage des ressources naturelles",
            "نهب الموارد الطبيعية",
            "natural-resources",
        ),
        (
            "to apply its zero-tolerance policy",
            "d'appliquer sa politique de tolérance zéro",
            "تطبيق سياسة عدم التسامح مطلقا",
            "sexual-exploitation",
        ),
        (
            "to adopt a binding resolution",
            "d'adopter une résolution contraignante",
            "اتخاذ قرار ملزم",
            "binding-resolution",
        ),
        (
            "to present a range of options",
            "de présenter un éventail d'options",
            "تقديم الخيارات المتاحة",
            "options",
        ),
    ],
)
def test_an_ask_is_one_concept_in_the_three_languages(en, fr, ar, key):
    assert all(key in concepts_of(text) for text in (en, fr, ar))


def test_a_multinational_force_in_arabic_is_no_question_of_citizenship():
    assert "citizenship" not in concepts_of("دعم قوة متعددة الجنسيات في البلاد")
    assert "citizenship" in concepts_of("منح الجنسية للمقيمين")


@pytest.mark.parametrize(
    "text",
    [
        "Renew our call on all States to halt such transfers.",
        "Call again for lifting the blockade of the town.",
        "Again demands that the parties release the detainees.",
        "Reiterate our demand that the Council act at once.",
    ],
)
def test_first_person_and_bare_renewal_wordings_say_a_request_is_renewed(text):
    assert has_renewal_words(text)


def test_calls_upon_alone_is_no_renewal():
    assert not has_renewal_words("Calls upon the parties to release the detainees.")


def test_reiterate_our_demand_that_asks_the_body_named_after_it():
    head = "We, the leaders of the States of the League of Arab States, decide as follows:"
    [found] = extract_all(
        ["Reiterate our demand that the Security Council adopt a binding resolution;"],
        REGISTRY,
        head=head,
    )
    assert [r.owner.slug for r in found.requests] == ["un-security-council"]


SC_HEAD = "The Security Council, recalling its earlier resolutions on the region,"


def slugs(texts: list[str], head: str) -> list[list[str]]:
    return [[r.owner.slug for r in e.requests] for e in extract_all(texts, REGISTRY, head=head)]


def test_bare_member_states_of_a_security_council_text_are_the_uns_in_three_languages():
    texts = [
        "Urges Member States to stop the flow of arms into the region;",
        "Exhorte les États Membres à mettre fin au flux d'armes vers la région ;",
        "يحث الدول الأعضاء على وقف تدفق الأسلحة إلى المنطقة؛",
    ]
    assert slugs(texts, SC_HEAD) == [["un-member-states"]] * 3


def test_member_states_of_a_league_text_stay_member_states():
    head = "إن مجلس جامعة الدول العربية على المستوى الوزاري،"
    assert slugs(["دعوة الدول الأعضاء إلى تقديم المساعدات؛"], head) == [["member-states"]]


def test_member_states_named_with_the_oic_in_a_un_text_stay_the_oics():
    text = "Encourages the Member States of the Organisation of Islamic Cooperation to act;"
    assert slugs([text], SC_HEAD) == [["member-states"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("D'exiger des États membres qu'ils versent leurs arriérés ;", ["member-states"]),
        (
            "La Réunion a décidé d'exiger des États membres qu'ils ferment ce bureau.",
            ["member-states"],
        ),
        ("يكرر دعوته الدول الأعضاء إلى تسديد متأخراتها.", ["member-states"]),
        ("كررت دعوتها إلى الأمين العام لتقديم تقرير.", ["secretary-general"]),
    ],
)
def test_french_and_arabic_renewed_demands_ask_the_body_named(text, expected):
    assert owners_named(text) == expected


def test_arabic_repeating_a_statement_asks_nobody():
    assert owners_named("يكرر أن الوضع الإنساني خطير.") == []


def test_member_states_led_by_another_organisations_acronym_are_not_the_uns():
    text = "Calls upon AU Member States to strengthen their regulatory mechanisms;"
    # Not the UN's: the AU's own, kept as written ("AU Member States").
    assert slugs([text], SC_HEAD) == [["au-member-states"]]


def test_reiterating_a_call_in_arabic_is_a_renewal():
    from decisions.text.similarity import has_renewal_words

    assert has_renewal_words("يكرر دعوته الحكومة إلى الإسراع في التنفيذ")
    assert has_renewal_words("وكرر المجلس طلبه إلى الأمين العام")
    assert not has_renewal_words("يدين تكرار الاعتداءات")
