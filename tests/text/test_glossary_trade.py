"""The glossary's asks of trade cooperation among member States and of the
seas off a coast (lang/_glossary_trade.py), legislative elections, and a
council kept informed, in three languages. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        (
            (
                "to send their lists of concessions to the committee's secretariat",
                "à transmettre leurs listes de concessions au secrétariat du comité",
                "إلى إرسال قوائم التنازلات إلى أمانة اللجنة",
            ),
            "concession-lists",
        ),
        (
            (
                "to publish the halal standards agreed by its committees",
                "à publier les normes halal adoptées par ses comités",
                "إلى نشر معايير الحلال التي أقرتها لجانه",
            ),
            "halal-standards",
        ),
        (
            (
                "to help the States found national accreditation bodies",
                "à aider les États à créer des organismes nationaux d'accréditation",
                "إلى مساعدة الدول على إنشاء هيئات الاعتماد الوطنية",
            ),
            "accreditation",
        ),
        (
            (
                "to patrol the gulf against piracy",
                "à patrouiller dans le golfe contre la piraterie",
                "إلى القيام بدوريات في الخليج لمكافحة القرصنة",
            ),
            "piracy",
        ),
        (
            (
                "to stop illegal fishing by foreign trawlers",
                "à mettre fin à la pêche illicite des chalutiers étrangers",
                "إلى وقف الصيد غير المشروع من قبل السفن الأجنبية",
            ),
            "illegal-fishing",
        ),
        (
            (
                "to keep the Council informed of the talks",
                "de tenir le Conseil informé des pourparlers",
                "إطلاع المجلس على سير المحادثات",
            ),
            "report-back",
        ),
        (
            (
                "to support the legislative elections of next spring",
                "à appuyer les élections législatives du printemps prochain",
                "إلى دعم الانتخابات التشريعية في الربيع المقبل",
            ),
            "elections",
        ),
    ],
)
def test_each_ask_is_read_in_three_languages(texts, key):
    for text in texts:
        assert key in concepts_of(text), text


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        (
            (
                "to join the Trade Preferential System among the Member States",
                "à rejoindre le Système de préférences commerciales entre les États membres",
                "إلى الانضمام إلى نظام الأفضليات التجارية",
            ),
            "place:trade-preferential-system",
        ),
        (
            (
                "to meet the Trade Negotiating Committee",
                "à rencontrer le Comité des négociations commerciales",
                "إلى لقاء لجنة المفاوضات التجارية",
            ),
            "place:trade-negotiating-committee",
        ),
    ],
)
def test_an_agreement_and_a_committee_are_names_in_three_languages(texts, key):
    for text in texts:
        assert key in concepts_of(text), text


def test_legislative_elections_are_no_legislation():
    # Counter-example: "التشريعية" qualifies the elections, no law is asked.
    assert "national-legislation" not in concepts_of("إلى دعم الانتخابات التشريعية")
    assert "national-legislation" in concepts_of("إلى مواءمة التشريعات الوطنية")


def test_other_acronyms_are_not_the_trade_committee():
    # "TNC" alone names other bodies (a transitional council): not read.
    assert not any("trade" in k for k in concepts_of("to talk with the TNC in Benghazi"))


def test_two_different_asks_of_the_sea_share_nothing():
    # Counter-example: piracy, then embassies in the capital, asked of the same States.
    piracy = concepts_of("يدعو الدول الأعضاء إلى مكافحة القرصنة قبالة السواحل")
    embassies = concepts_of("Urges Member States to open their embassies in the capital")
    assert concept_overlap(piracy, embassies)[0] == 0.0


def test_reading_the_asks_grows_linearly():
    unit = "piracy, illegal fishing and the lists of concessions; القرصنة والصيد غير المشروع; "
    assert_linear(concepts_of, lambda n: unit * n, 200)


@pytest.mark.parametrize(
    "text",
    [
        "Invites the States that are not yet members of the Institute to join it",
        "Invite les États qui ne sont pas encore membres de l'Institut à le rejoindre",
        "يدعو الدول إلى الانضمام إلى عضوية المعهد",
    ],
)
def test_becoming_a_member_is_acceding(text):
    assert {"membership", "ratification"} <= concepts_of(text)


def test_joining_efforts_is_no_accession():
    # Counter-example: "join" alone is not read (joining efforts, a consensus).
    assert "ratification" not in concepts_of("Invites the States to join their efforts")


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        (
            (
                "to work with the SMIIC",
                "à travailler avec l'Institut de normalisation et de "
                "métrologie pour les pays islamiques",
                "إلى العمل مع معهد المواصفات والمقاييس للدول الإسلامية",
            ),
            "place:smiic",
        ),
        (
            (
                "to send its tables to the ICDT",
                "à envoyer ses tableaux au CIDC",
                "إلى إرسال جداوله إلى المركز الإسلامي لتنمية التجارة",
            ),
            "place:icdt",
        ),
    ],
)
def test_an_institution_is_one_name_in_three_languages(texts, key):
    for text in texts:
        assert key in concepts_of(text), text


def test_acceding_to_an_institute_is_not_ratifying_a_trade_agreement():
    # Counter-example: the same ask, two different things acceded to.
    institute = concepts_of(
        "Invite les États à adhérer à l'Institut de normalisation et de "
        "métrologie pour les pays islamiques"
    )
    agreement = concepts_of("Urges the States to sign and ratify the TPS-OIC Agreements")
    joined = concepts_of("Invites the States not yet members of the SMIIC to join the Institute")
    assert concept_overlap(joined, institute)[0] > concept_overlap(agreement, institute)[0]


@pytest.mark.parametrize(
    "text",
    [
        "to keep in touch with the countries of the region",
        "à rester en contact avec les pays de la région",
        "إلى البقاء على اتصال مع دول المنطقة",
    ],
)
def test_the_countries_of_the_region_are_the_neighbours(text):
    assert "neighbouring-countries" in concepts_of(text)


def test_a_region_alone_is_no_neighbour():
    # Counter-example: a regional office names no neighbouring country.
    assert "neighbouring-countries" not in concepts_of("to open an office for the region")
