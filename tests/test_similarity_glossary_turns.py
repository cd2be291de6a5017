"""Asks renewed across languages that the glossary had no word for
(military manoeuvres, the transmission of a resolution as an official
document, neighbouring countries, humanitarian support, a fund-raising
campaign), a specific ask that is also its general one (humanitarian aid is
aid), and asks that turn an earlier one round (the sanctions, then their
lifting; closed borders, then reopened): one concept each in English,
French and Arabic, and the turned ask never a renewal of the first.
Sentences written for these tests; no database."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concepts_of
from decisions.text.similarity import RENEWAL_THRESHOLD
from tests.formats.hostile import assert_linear
from tests.glossary_scores import same_owner_score

TRIPLES = [
    (
        "military-manoeuvres",
        "to stop the military manoeuvres near the coast",
        "de mettre fin aux manœuvres militaires près des côtes",
        "وقف المناورات العسكرية قرب السواحل",
    ),
    (
        "transmission",
        "to transmit the resolution to the Chair of the Commission",
        "de transmettre la résolution au Président de la Commission",
        "إبلاغ هذا القرار إلى رئيس المفوضية",
    ),
    (
        "neighbouring-countries",
        "to coordinate with the neighbouring countries on the crisis",
        "de se concerter avec les pays voisins sur la crise",
        "التنسيق مع دول الجوار بشأن الأزمة",
    ),
    (
        "humanitarian-assistance",
        "to keep up its humanitarian support to the flood victims",
        "de maintenir son soutien humanitaire aux victimes des crues",
        "مواصلة الدعم الإنساني لضحايا السيول",
    ),
    (
        "sanctions-lifting",
        "to lift the sanctions once the elections are held",
        "de lever les sanctions dès la tenue des élections",
        "رفع العقوبات فور إجراء الانتخابات",
    ),
    (
        "border-reopening",
        "to reopen their borders with the neighbouring State",
        "la réouverture de leurs frontières avec l'État voisin",
        "إعادة فتح الحدود مع الدولة المجاورة",
    ),
]


@pytest.mark.parametrize(("key", "en", "fr", "ar"), TRIPLES, ids=[t[0] for t in TRIPLES])
def test_an_ask_is_one_concept_in_three_languages(key, en, fr, ar):
    assert key in concepts_of(en)
    assert key in concepts_of(fr)
    assert key in concepts_of(ar)


@pytest.mark.parametrize(("key", "en", "fr", "ar"), TRIPLES[:4], ids=[t[0] for t in TRIPLES[:4]])
def test_the_same_ask_of_the_same_owner_reaches_the_threshold_across_languages(key, en, fr, ar):
    for a, b in ((en, fr), (fr, ar), (ar, en)):
        assert same_owner_score(a, b, renewal_words=False) >= RENEWAL_THRESHOLD, (a, b)


def test_a_fund_raising_campaign_is_funding_in_three_languages():
    for text in (
        "to launch a fundraising campaign for the two colleges",
        "de lancer une campagne de collecte de fonds pour les deux collèges",
        "إطلاق حملة جمع التبرعات لصالح الكليتين",
    ):
        assert "funding" in concepts_of(text)


def test_humanitarian_aid_is_also_aid():
    assert {"humanitarian-assistance", "assistance"} <= concepts_of(
        "d'accroître l'aide humanitaire aux réfugiés"
    )
    assert "assistance" in concepts_of("to step up their relief to the refugees")
    # Aid alone is not humanitarian aid.
    assert "humanitarian-assistance" not in concepts_of("to step up their aid to the refugees")


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # The ask turned round: never the same request.
        (
            "to ensure that the sanctions are strictly applied by the banks",
            "de veiller à ce que la levée des sanctions soit effective",
        ),
        (
            "إغلاق الحدود البرية والجوية مع البلد",
            "to reopen their borders with the country without delay",
        ),
        # Territorial waters are no water supply; manoeuvres are no oil prospection.
        (
            "الكف عن إجراء المناورات العسكرية في مياهها الإقليمية",
            "de cesser toute prospection d'hydrocarbures dans les eaux territoriales",
        ),
    ],
)
def test_a_turned_or_neighbouring_ask_stays_under_the_threshold(earlier, later):
    assert same_owner_score(earlier, later, renewal_words=True) < RENEWAL_THRESHOLD


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("to respect the territorial waters of the islands", "place:territorial-waters"),
        ("de respecter les eaux territoriales des îles", "place:territorial-waters"),
        ("احترام المياه الإقليمية للجزر", "place:territorial-waters"),
        ("violations of its airspace", "place:airspace"),
        ("les violations de son espace aérien", "place:airspace"),
        ("انتهاك الجزر وأجوائها", "place:airspace"),
    ],
)
def test_waters_and_airspace_are_places_not_asks(text, key):
    found = concepts_of(text)
    assert key in found
    assert "water-supply" not in found


def test_former_combatants_and_a_named_process_are_read_in_three_languages():
    for text in (
        "to integrate the former combatants under the Algiers process",
        "d'intégrer les ex-combattants issus du processus d'Alger",
        "إدماج المقاتلين السابقين وفق عملية الجزائر",
    ):
        assert {"disarmament", "place:algiers-process"} <= concepts_of(text)
    # The process is named after the capital: the State alone is not it.
    assert "place:algiers-process" not in concepts_of("to support the Government of Algeria")


def test_a_line_tunnels_and_an_investigation_are_read_in_three_languages():
    for text in (
        "to allow the force to investigate the tunnels north of the Blue Line",
        "de permettre à la force d'enquêter sur les tunnels au nord de la Ligne bleue",
        "تمكين القوة من التحقيق في الأنفاق شمال الخط الأزرق",
    ):
        found = concepts_of(text)
        assert {"commission-of-inquiry", "place:tunnels", "place:blue-line"} <= found, text
    # "تحقيق" without the article is achieving, not investigating.
    assert "commission-of-inquiry" not in concepts_of("تحقيق الاستقرار في المنطقة")


def test_an_atmosphere_is_no_airspace():
    assert "place:airspace" not in concepts_of("انعقد الاجتماع في أجواء إيجابية")


def test_the_new_terms_are_read_in_linear_time():
    unit = "la réouverture de leurs frontières et la levée des sanctions avec les pays voisins; "
    assert_linear(concepts_of, lambda n: unit * max(1, n // len(unit)), 4_000)
