"""The asks of a regional community's integration (``lang/_glossary_integration.py``):
one ask in three languages names one concept, and two neighbouring asks of one
owner (a railway, then a power grid; a common market, then a tourist visa) share
none and, being two sectors, differ. Sentences written for these tests, after the
structure of a regional summit's final statement; and the asks a resolution on
the cooperation between two organisations makes of their secretariats (a general
meeting, periodic consultations), after the structure of a General Assembly one."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of, differing
from tests.formats.hostile import assert_linear

SAME_ASK = [
    (
        "The Summit urged the Member States to complete the common market for farm goods.",
        "Le Sommet a exhorté les États membres à achever le marché commun des produits agricoles.",
        "حث المجلس الدول الأعضاء على استكمال السوق المشتركة للمنتجات الزراعية.",
        {"common-market"},
    ),
    (
        "The Council asked the Commission to finish the customs union by 2030.",
        "Le Conseil a demandé à la Commission d'achever l'union douanière d'ici 2030.",
        "كلف المجلس اللجنة باستكمال الاتحاد الجمركي بحلول عام 2030.",
        {"customs-union"},
    ),
    (
        "The Summit called on the Member States to build their sections of the railway.",
        "Le Sommet a appelé les États membres à construire leurs tronçons du chemin de fer.",
        "دعا المجلس الدول الأعضاء إلى إنشاء أجزائها من مشروع سكة حديد المنطقة.",
        {"railway"},
    ),
    (
        "The Summit asked the States to speed up the electrical interconnection of the region.",
        "Le Sommet a demandé aux États d'accélérer l'interconnexion électrique de la région.",
        "طلب المجلس إلى الدول الإسراع في الربط الكهربائي بين دول المنطقة.",
        {"grid-interconnection"},
    ),
    (
        "The Council urged the States to lift the barriers to the movement of goods.",
        "Le Conseil a exhorté les États à lever les obstacles à la circulation des marchandises.",
        "حث المجلس الدول على إزالة العوائق أمام انتقال السلع.",
        {"free-movement"},
    ),
    (
        "The Council asked the Secretariat to draft the rules of the unified visa for visitors.",
        "Le Conseil a demandé au Secrétariat de rédiger les règles du visa unifié des visiteurs.",
        "كلف المجلس الأمانة بإعداد قواعد التأشيرة الموحدة للزوار.",
        {"tourist-visa"},
    ),
    (
        "The Council asked the Secretariat to follow the circular carbon economy plan.",
        "Le Conseil a demandé au Secrétariat de suivre le plan d'économie circulaire du carbone.",
        "كلف المجلس الأمانة بمتابعة خطة الاقتصاد الدائري للكربون.",
        {"circular-carbon-economy"},
    ),
    (
        "The Summit called on the States to coordinate their positions at the talks.",
        "Le Sommet a appelé les États à coordonner leurs positions lors des pourparlers.",
        "دعا المجلس الدول إلى تنسيق مواقفها في المفاوضات.",
        {"joint-positions"},
    ),
]


@pytest.mark.parametrize("en, fr, ar, keys", SAME_ASK)
def test_one_integration_ask_names_its_concept_in_each_language(en, fr, ar, keys):
    for text in (en, fr, ar):
        assert keys <= concepts_of(text), text


def test_a_train_of_thought_is_no_railway():
    # Counter-example: words near the terms that name no integration ask.
    keys = concepts_of("The Council kept its line of thought on the common good and its visitors.")
    assert not keys & {"railway", "common-market", "tourist-visa", "free-movement"}


@pytest.mark.parametrize(
    "earlier, later",
    [
        # A railway, then the power grid: one owner, two sectors.
        (
            "دعا المجلس الدول الأعضاء إلى إنشاء أجزائها من مشروع سكة حديد المنطقة.",
            "The Summit asked the States to speed up the electrical interconnection.",
        ),
        # The common market, then a tourist visa.
        (
            "Le Sommet a exhorté les États membres à achever le marché commun.",
            "كلف المجلس الأمانة بإعداد قواعد التأشيرة الموحدة للزوار.",
        ),
    ],
)
def test_neighbouring_integration_asks_share_nothing_and_differ(earlier, later):
    a, b = concepts_of(earlier), concepts_of(later)
    overlap, _ = concept_overlap(a, b)
    assert overlap == 0.0
    assert differing(a, b)


def test_many_integration_terms_cost_work_linear_in_their_length():
    unit = "customs union, السوق المشتركة, chemin de fer, الربط الكهربائي, unified visa, "
    assert_linear(concepts_of, lambda n: unit * max(1, n // len(unit)), 5_000)


@pytest.mark.parametrize(
    "en, fr, ar, key",
    [
        (
            "Requests the Secretary-General to convene a general meeting of the two systems;",
            "Prie le Secrétaire général de convoquer une réunion générale des deux systèmes ;",
            "تطلب إلى الأمين العام أن يعقد الاجتماع العام بين المنظومتين؛",
            "general-meeting",
        ),
        (
            "Requests the Secretary-General to hold periodic consultations with the Secretariat;",
            "Prie le Secrétaire général de tenir des consultations périodiques avec lui ;",
            "تطلب إلى الأمين العام أن يعقد مشاورات دورية مع الأمانة؛",
            "periodic-consultations",
        ),
    ],
)
def test_the_asks_of_two_cooperating_secretariats_are_named_in_each_language(en, fr, ar, key):
    for text in (en, fr, ar):
        assert key in concepts_of(text), text


def test_an_exchange_of_information_is_no_consultation_nor_meeting():
    # Counter-example: a neighbouring ask to the same owner about the two secretariats.
    keys = concepts_of(
        "تطلب إلى الأمين العام تبادل المعلومات بين الأمانتين في مجال الإنذار المبكر؛"
    )
    assert not keys & {"general-meeting", "periodic-consultations"}
