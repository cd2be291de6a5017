"""Asks a renewal repeats in another language: a mandate renewed, a
situation referred to a court, an issue raised in bilateral contacts and
multilateral fora, a concept of operations, a force's strength, a central
bank and its currency, food assistance. Each is one glossary concept in
English, French and Arabic, so that two requests asking it of one owner
reach the renewal threshold across languages, and a request of the same
owner on the same place asking something else does not. Sentences written
for these tests; no database."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of
from decisions.text.similarity import RENEWAL_THRESHOLD
from tests.glossary_scores import same_owner_score

TRIPLES = [
    (
        "mandate-renewal",
        "to renew the mandate of the mission with adequate resources",
        "de doter la mission de moyens adaptés lors de la prorogation du mandat",
        "تمديد ولاية البعثة وتزويدها بالموارد الكافية",
    ),
    (
        "referral",
        "to refer the situation in Myanmar to the International Criminal Court",
        "de déférer la situation au Myanmar à la Cour pénale internationale",
        "إحالة الوضع في ميانمار إلى المحكمة الجنائية الدولية",
    ),
    (
        "diplomatic-fora",
        "to raise the question of Palestine in their bilateral contacts and multilateral fora",
        "d'évoquer la question de Palestine dans leurs contacts bilatéraux et les enceintes "
        "multilatérales",
        "إثارة القضية الفلسطينية في الاتصالات الثنائية والمحافل المتعددة الأطراف",
    ),
    (
        "concept-of-operations",
        "to revise the concept of operations of the regional force",
        "de réviser le concept d'opérations de la force régionale",
        "مراجعة مفهوم العمليات الخاص بالقوة الإقليمية",
    ),
    (
        "force-strength",
        "to keep the troop strength of the force at 5,000 uniformed personnel",
        "de maintenir l'effectif de la force à 5 000 personnels en tenue",
        "الإبقاء على قوام القوة عند ٥٠٠٠ من الأفراد النظاميين",
    ),
    (
        "central-bank",
        "to support the central bank so as to stabilize the national currency",
        "de soutenir la banque centrale afin de stabiliser la monnaie nationale",
        "دعم البنك المركزي للحفاظ على استقرار العملة الوطنية",
    ),
    (
        "arrears",
        "to pay their arrears without delay",
        "de verser sans tarder leurs arriérés",
        "تسديد متأخراتها دون تأخير",
    ),
    (
        "ratification",
        "to sign and ratify the Statute of the Organisation",
        "de signer et de ratifier le Statut de l'Organisation",
        "التوقيع والتصديق على النظام الأساسي للمنظمة",
    ),
    (
        "borders",
        "to strengthen the security of the borders with Libya",
        "de renforcer la sécurité des frontières avec la Libye",
        "تعزيز ضبط الحدود مع ليبيا",
    ),
    (
        "salaries",
        "to help pay the salaries of civil servants",
        "d'aider à payer les salaires des fonctionnaires",
        "المساعدة في دفع رواتب الموظفين",
    ),
    (
        "humanitarian-access",
        "to guarantee humanitarian access to the besieged towns",
        "de garantir l'accès humanitaire aux villes assiégées",
        "ضمان وصول المساعدات الإنسانية إلى المدن المحاصرة",
    ),
    (
        "food-security",
        "to scale up food assistance to the displaced",
        "d'intensifier l'assistance alimentaire aux déplacés",
        "تكثيف المساعدة الغذائية للنازحين",
    ),
]


@pytest.mark.parametrize(("key", "en", "fr", "ar"), TRIPLES, ids=[t[0] for t in TRIPLES])
def test_an_ask_is_one_concept_in_three_languages(key, en, fr, ar):
    assert key in concepts_of(en)
    assert key in concepts_of(fr)
    assert key in concepts_of(ar)


@pytest.mark.parametrize(("key", "en", "fr", "ar"), TRIPLES, ids=[t[0] for t in TRIPLES])
def test_the_same_ask_of_the_same_owner_reaches_the_threshold_across_languages(key, en, fr, ar):
    for a, b in ((en, fr), (fr, ar), (ar, en)):
        overlap, _ = concept_overlap(concepts_of(a), concepts_of(b))
        score = same_owner_score(a, b, renewal_words=False)
        assert score >= RENEWAL_THRESHOLD, (a, b, overlap)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # Same owner, same place, another ask.
        (
            "de proroger le mandat de la MINUSMA",
            "to support the elections in Mali with MINUSMA's logistics",
        ),
        (
            "de déférer la situation au Myanmar à la Cour pénale internationale",
            "to provide humanitarian assistance to the Rohingya in Myanmar",
        ),
        (
            "دعم البنك المركزي اليمني",
            "to rebuild the hospitals of Yemen",
        ),
    ],
)
def test_another_ask_on_the_same_place_stays_under_the_threshold(earlier, later):
    score = same_owner_score(earlier, later, renewal_words=True)
    assert score < RENEWAL_THRESHOLD


@pytest.mark.parametrize(
    ("text", "not_key"),
    [
        # Common words that look like the new terms.
        ("le déploiement effectif de la force", "force-strength"),
        ("le retrait effectif des forces étrangères", "force-strength"),
        ("العديد من الدول الأعضاء", "force-strength"),
        ("مواصلة عمله في اليمن", "currency"),
        ("ولاية جامو وكشمير", "mandate-renewal"),
        ("Mandates the Commission to follow up", "mandate-renewal"),
        ("to provide bilateral and multilateral assistance", "diplomatic-fora"),
        ("de renvoyer la question à une date ultérieure", "referral"),
        ("في حدود الموارد المتاحة", "borders"),
    ],
)
def test_a_look_alike_word_is_not_the_concept(text, not_key):
    assert not_key not in concepts_of(text)


def test_a_shared_amount_counts_where_the_glossary_has_no_word_for_the_ask():
    overlap, shared = concept_overlap(
        concepts_of("to deliver 2,350 tonnes of seed to Gao"),
        concepts_of("de livrer 2 350 tonnes de semences à Gao"),
    )
    assert shared == {"n:2350", "place:gao"}
    assert overlap == 1.0


def test_a_shared_place_and_year_alone_count_nothing():
    overlap, _ = concept_overlap(
        concepts_of("to deliver seed to Gao in 2019"),
        concepts_of("de recenser les puits de Gao en 2019"),
    )
    assert overlap == 0.0


@pytest.mark.parametrize(
    ("text", "key", "not_key"),
    [
        ("convoquer une conférence des donateurs pour le Sahel", "donors-conference", "conference"),
        ("عقد مؤتمر المانحين لإعادة الإعمار", "donors-conference", "conference"),
    ],
)
def test_a_term_reaching_past_a_general_verb_phrase_wins_over_it(text, key, not_key):
    found = concepts_of(text)
    assert key in found
    assert not_key not in found


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("تمديد ولاية بعثة الاتحاد الأفريقي في الصومال", {"mandate-renewal", "place:amisom"}),
        ("تشكيل لجنة تحقيق مستقلة", {"committee", "commission-of-inquiry"}),
    ],
)
def test_a_term_reaching_past_a_specific_one_is_read_beside_it(text, keys):
    assert keys <= concepts_of(text)


def test_reading_terms_stays_linear():
    from tests.formats.hostile import assert_linear

    assert_linear(
        lambda text: concepts_of.__wrapped__(text),
        lambda n: "convoquer une conférence des donateurs " * max(1, n // 40),
        2_000,
    )
