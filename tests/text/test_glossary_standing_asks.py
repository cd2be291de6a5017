"""Asks renewed session after session across languages, added to the
glossary: the desecration of the Holy Quran, the yearly draft resolution
co-sponsored, troops contributed to a regional mission, a bank's capital
increase, the Economic Community of Central African States and the AU's
Panel of the Wise, close collaboration as coordination, a regional
community's levy, a country's recovery as its reconstruction. Each one concept in
English, French and Arabic, each with a near request that must not share
it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concepts_of
from tests.formats.hostile import assert_linear

SAME_REQUEST = [
    (
        "Urges Member States to prevent any desecration of the Holy Quran.",
        "Exhorte les États membres à prévenir toute profanation du Saint Coran.",
        "يحث الدول الأعضاء على منع أي تدنيس للمصحف الشريف.",
        "desecration",
    ),
    (
        "Invites Member States to co-sponsor the yearly draft resolution on minorities.",
        "Invite les États membres à coparrainer le projet de résolution annuel sur les minorités.",
        "يدعو الدول الأعضاء إلى دعم مشروع القرار السنوي بشأن الأقليات.",
        "draft-resolution",
    ),
    (
        "Calls upon the States of the region to contribute troops to the regional mission.",
        "Appelle les États de la région à fournir des contingents à la mission régionale.",
        "يدعو دول المنطقة إلى المساهمة بقوات في البعثة الإقليمية.",
        "troop-contributions",
    ),
    (
        "Urges member countries to subscribe to the general capital increase of the Bank.",
        "Exhorte les pays membres à achever la souscription de l'augmentation générale du capital.",
        "يحث البلدان الأعضاء على الاكتتاب في الزيادة العامة لرأس مال البنك.",
        "capital-increase",
    ),
    (
        "Requests the Commission to work with ECCAS on the return to constitutional order.",
        "Prie la Commission de travailler avec la CEEAC au retour à l'ordre constitutionnel.",
        "يطلب إلى المفوضية العمل مع الجماعة الاقتصادية لدول وسط أفريقيا.",
        "place:eccas",
    ),
    (
        "Requests the Commission to deploy the Panel of the Wise to the country.",
        "Prie la Commission de dépêcher le Groupe des Sages dans le pays.",
        "يطلب إلى المفوضية إيفاد فريق الحكماء إلى البلد.",
        "place:panel-of-the-wise",
    ),
    (
        "Requests the Secretariat to collaborate closely with the host State.",
        "Prie le Secrétariat de se concerter avec l'État hôte.",
        "يطلب إلى الأمانة التنسيق الوثيق مع الدولة المضيفة.",
        "coordination",
    ),
    (
        "Calls on Member States to apply the Community Levy in full.",
        "Exhorte les États membres à appliquer intégralement le prélèvement communautaire.",
        "يدعو الدول الأعضاء إلى تطبيق الضريبة المجتمعية كاملة.",
        "community-levy",
    ),
    (
        "Requests the Secretariat to prepare a conference for the country's economic recovery.",
        "Prie le Secrétariat de préparer une conférence pour le relèvement du pays.",
        "يطلب إلى الأمانة الإعداد لمؤتمر لدعم تعافي اقتصاد البلد.",
        "reconstruction",
    ),
]


@pytest.mark.parametrize(("en", "fr", "ar", "key"), SAME_REQUEST)
def test_one_ask_is_read_in_three_languages(en, fr, ar, key):
    assert key in concepts_of(en) and key in concepts_of(fr) and key in concepts_of(ar)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a resolution adopted, not a draft to table
        ("Welcomes the resolution adopted by the Assembly on minorities.", "draft-resolution"),
        # troops withdrawn are no troops contributed
        ("Demands the withdrawal of all foreign troops from the territory.", "troop-contributions"),
        ("يطالب بانسحاب جميع القوات الأجنبية من الإقليم.", "troop-contributions"),
        # a capital city, a budget increase
        ("Urges the parties to meet in the capital and to raise the budget.", "capital-increase"),
        # subscribing to principles is no subscription of shares
        ("Invite les États à souscrire aux principes de la Charte.", "capital-increase"),
        # a holy site protected is not desecrated
        ("Calls for the protection of the holy sites of Al-Quds.", "desecration"),
        # costs recovered, a fee levied
        ("Calls for the recovery of the costs of the mission.", "reconstruction"),
        ("Decides to levy a fee on each application.", "community-levy"),
        # wise words, not the Panel
        ("Commends the wise leadership of the Chairperson.", "place:panel-of-the-wise"),
    ],
)
def test_a_near_request_does_not_name_it(text, key):
    assert key not in concepts_of(text)


def test_reading_the_new_asks_stays_linear():
    def make(n):
        return " ".join(
            "profanation du Coran; draft resolution; fournir des contingents; الزيادة العامة"
            " لرأس المال; Groupe des Sages; CEEAC; se concerter avec l'État."
            for _ in range(n)
        )

    assert_linear(concepts_of.__wrapped__, make, 40)


@pytest.mark.parametrize(
    ("en", "fr", "ar", "key"),
    [
        (
            "the Mozambican Government",
            "le Gouvernement mozambicain",
            "الحكومة الموزمبيقية",
            "place:mozambique",
        ),
        ("the Chadian authorities", "les autorités tchadiennes", "السلطات التشادية", "place:chad"),
        ("the Nigerien forces", "les forces nigériennes", "القوات النيجرية", "place:niger"),
        ("the Iraqi Government", "le gouvernement irakien", "الحكومة العراقية", "place:iraq"),
    ],
)
def test_a_state_named_by_its_adjective_is_that_state_in_every_language(en, fr, ar, key):
    assert key in concepts_of(en) and key in concepts_of(fr) and key in concepts_of(ar)


def test_a_neighbour_with_a_like_adjective_stays_apart():
    assert "place:niger" not in concepts_of("the Nigerian Government")
    assert "place:nigeria" not in concepts_of("les autorités nigériennes")
