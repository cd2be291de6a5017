"""The multilingual glossary: one concept, place or amount found in English,
French and Arabic alike, folded (case, accents, Arabic letter forms, vowel
marks, clitics), in time linear in the text."""

from __future__ import annotations

import pytest

from decisions.text.concepts import (
    concept_overlap,
    concept_spans,
    concepts_of,
    differing,
    is_ask,
    label,
    terms_of,
)
from tests.formats.hostile import assert_linear

FR = (
    "La Réunion a demandé au Secrétaire général de créer un fonds d'affectation "
    "spéciale pour la restauration des manuscrits de Tombouctou, doté d'un million de dollars."
)
EN = (
    "The meeting requested the Secretary General to set up a trust fund for the "
    "restoration of the manuscripts of Timbuktu, with USD 1,000,000."
)
AR = "طلب الاجتماع من الأمين العام إنشاء صندوق ائتماني لترميم مخطوطات تمبكتو بمبلغ مليون دولار."


def test_one_request_in_three_languages_names_the_same_concepts():
    expected = {"trust-fund", "restoration", "manuscripts", "place:timbuktu", "n:1000000"}
    assert concepts_of(FR) == concepts_of(EN) == concepts_of(AR) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("mission d'évaluation des besoins", "needs-assessment"),
        ("MISSION D'EVALUATION DES BESOINS", "needs-assessment"),
        ("a needs-assessment mission", "needs-assessment"),
        ("بعثة لتقييم الاحتياجات", "needs-assessment"),
        ("le patrimoine culturel", "cultural-heritage"),
        ("the cultural heritage", "cultural-heritage"),
        ("حماية التراث الثقافي", "cultural-heritage"),
        ("والتراثِ الثقافيّ", "cultural-heritage"),  # clitic and vowel marks
        ("المساعدات الإنسانية", "humanitarian-assistance"),
        ("aide humanitaire", "humanitarian-assistance"),
        ("للاجئين", "refugees"),
        ("des réfugiés", "refugees"),
        ("cessez-le-feu", "ceasefire"),
        ("droits de l’homme", "human-rights"),  # a typographic apostrophe
        ("Tombouctou", "place:timbuktu"),
        ("tombouctou", "place:timbuktu"),
        ("تومبوكتو", "place:timbuktu"),
        ("وتمبكتو", "place:timbuktu"),
        ("Jérusalem", "place:al-quds"),
        ("بالقدس", "place:al-quds"),
        ("les Rohingyas", "place:rohingya"),
        ("الروهينجا", "place:rohingya"),
        ("في مالي", "place:mali"),
        ("١٬٠٠٠٬٠٠٠ دولار", "n:1000000"),  # Arabic-Indic digits and separators
        ("un million", "n:1000000"),
        ("2,5 millions", "n:2500000"),
        ("5 000 dollars", "n:5000"),
        ("en ٢٠١٨", "year:2018"),
    ],
)
def test_it_folds_case_accents_and_arabic_forms(text, key):
    assert key in concepts_of(text)


def test_financial_in_arabic_is_not_mali():
    assert "place:mali" not in concepts_of("تقديم دعم مالي")
    assert "financial-contributions" in concepts_of("تقديم دعم مالي")


def test_small_numbers_are_not_amounts():
    assert concepts_of("paragraphe 12, alinéa 3") == frozenset()


def test_spans_are_positions_in_the_text_as_written():
    text = "Tombouctou, puis وتمبكتُو"
    spans = concept_spans(text)
    assert [text[a:b] for a, b, _ in spans] == ["Tombouctou", "وتمبكتُو"]
    assert {k for _, _, k in spans} == {"place:timbuktu"}


def test_the_longest_term_wins():
    assert concepts_of("une mission d'évaluation des besoins") == {"needs-assessment"}


def test_overlap_needs_a_shared_ask():
    a = concepts_of("trust fund for Timbuktu")
    b = concepts_of("needs-assessment mission to Timbuktu")
    assert concept_overlap(a, b)[0] == 0.0
    score, shared = concept_overlap(concepts_of(FR), concepts_of(AR))
    assert score == 1.0 and "trust-fund" in shared


# One request in three languages, each naming an ask, a place or body and an amount
# or a date the other two name too (written for these tests).
@pytest.mark.parametrize(
    ("en", "fr", "ar", "expected"),
    [
        (
            "to support the withdrawal of foreign forces, foreign fighters and mercenaries",
            "d'appuyer le retrait des forces étrangères, des combattants étrangers et des "
            "mercenaires",
            "دعم انسحاب القوات الأجنبية والمقاتلين الأجانب والمرتزقة",
            {"foreign-forces"},
        ),
        (
            "to place the Joint Force of the G5 Sahel under Chapter VII",
            "de placer la Force conjointe du G5 Sahel sous le chapitre VII",
            "وضع القوة المشتركة لمجموعة دول الساحل الخمس تحت الفصل السابع",
            {"chapter-vii", "place:g5-sahel"},
        ),
        (
            "to honour the pledges made at the Brussels conference of February 2018",
            "d'honorer les annonces de contributions faites à la conférence de Bruxelles de "
            "février 2018",
            "الوفاء بالتعهدات المعلنة في مؤتمر بروكسل في فبراير ٢٠١٨",
            {"pledges", "conference", "place:brussels", "month:2018-02"},
        ),
        (
            "to provide logistical means to the hybrid operation in Darfur",
            "de fournir des moyens logistiques à l'opération hybride au Darfour",
            "تزويد العملية المختلطة في دارفور بالوسائل اللوجستية",
            {"logistics", "place:unamid", "place:darfur"},
        ),
        (
            "to coordinate with IGAD to unify the initiatives",
            "de poursuivre la coordination avec l'IGAD afin d'unifier les initiatives",
            "التنسيق مع الهيئة الحكومية للتنمية من أجل توحيد المبادرات",
            {"coordination", "place:igad", "settlement-initiatives"},
        ),
        (
            "to deploy 3,000 troops by 30 June 2024",
            "de déployer 3 000 hommes d'ici au 30 juin 2024",
            "نشر قوات قوامها ٣٠٠٠ جندي بحلول ٣٠ يونيو ٢٠٢٤",
            {"deployment", "n:3000", "date:2024-06-30"},
        ),
        (
            "to set up a committee to follow up the projects in Gedaref hospitals",
            "de constituer un comité de suivi des projets dans les hôpitaux de Gedaref",
            "تشكيل لجنة لمتابعة المشاريع في مستشفيات القضارف",
            {"committee", "hospitals", "place:gedaref"},
        ),
        (
            "to stop the aggression and provide international protection",
            "de faire cesser l'agression et d'assurer une protection internationale",
            "وقف العدوان وتوفير الحماية الدولية",
            {"aggression", "international-protection"},
        ),
        (
            "to support The Gambia in the case before the International Court of Justice "
            "signed on 13 December 2018.",
            "d'appuyer la Gambie dans l'affaire portée devant la Cour internationale de Justice "
            "signée le 13 décembre 2018.",
            "دعم غامبيا في القضية المرفوعة أمام محكمة العدل الدولية الموقعة في ١٣ ديسمبر ٢٠١٨.",
            {"legal-case", "place:gambia", "place:icj", "date:2018-12-13"},
        ),
    ],
)
def test_new_concepts_are_found_in_three_languages(en, fr, ar, expected):
    found = [concepts_of(t) & expected for t in (en, fr, ar)]
    assert found == [expected] * 3


def test_arabic_indic_and_persian_digits_are_amounts_and_dates():
    assert concepts_of("٢٥٠٠٠٠٠ دولار") == concepts_of("2 500 000 dollars") == {"n:2500000"}
    assert concepts_of("۱۵ مارس ۲۰۲۲") == concepts_of("15 March 2022") == {"date:2022-03-15"}
    assert concepts_of("أيار/مايو ٢٠٢٢") == concepts_of("mai 2022") == {"month:2022-05"}


def test_two_asks_of_one_kind_that_differ_count_half():
    study = concepts_of("a study on the education of girls in Afghanistan")
    conference = concepts_of("une conférence sur la place des femmes en Afghanistan")
    assert differing(study, conference) == [(["study"], ["conference"])]
    assert concept_overlap(study, conference)[0] < 0.35
    # The same kind named alike on both sides is no difference.
    again = concepts_of("une étude sur l'éducation des filles en Afghanistan")
    assert differing(study, again) == []
    assert concept_overlap(study, again)[0] == 1.0


def test_labels_and_terms():
    assert label("place:timbuktu", "fr") == "Tombouctou"
    assert label("trust-fund", "en") == "trust fund"
    assert label("n:1000000") == "1,000,000"
    assert "تمبكتو" in terms_of("place:timbuktu")
    assert is_ask("trust-fund") and not is_ask("place:mali")


@pytest.mark.parametrize(
    "hostile",
    [
        "\x00\x01\x0b\u202e" * 100,
        "fonds " * 1000,
        "1 000 " * 1000 + "x",
        "1,000," * 1000,
        "بال" * 5000,
        "و" * 20000,
        "a" * 100000,
    ],
)
def test_hostile_input_is_handled(hostile):
    concepts_of(hostile)
    concept_spans(hostile)


@pytest.mark.parametrize(
    "unit",
    ["fonds d'affectation ", "1 000 ", "1,0", "والتراث ", "mission d ", "ab" * 50 + " "],
)
def test_the_scan_is_linear(unit):
    assert_linear(concept_spans, lambda n: unit * max(1, n // len(unit)), 20000)


# A peace agreement named by its place between the words (sentences written
# for these tests), and near misses.
@pytest.mark.parametrize(
    "text",
    [
        "يحث على تنفيذ اتفاق جوبا للسلام",
        "demande la mise en œuvre de l'Accord de Juba pour la paix",
        "urges the implementation of the Juba Peace Agreement",
    ],
)
def test_a_peace_agreement_named_by_its_place_is_a_peace_agreement(text):
    assert "peace-agreement" in concepts_of(text)


@pytest.mark.parametrize(
    "text", ["اتفاق الحكومة للسلامة المرورية", "un accord de Juba pour la pêche"]
)
def test_other_agreements_are_not_peace_agreements(text):
    assert "peace-agreement" not in concepts_of(text)
