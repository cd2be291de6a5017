"""General asks of peace-and-security texts a renewal repeats in another
language: air assets for a mission, a peaceful settlement, territorial
integrity, no interference in a conflict, contacts and consultations, a
review of a mission, a power plant, a humanitarian response. Each is one
glossary concept in English, French and Arabic, so that two requests asking
it of one owner reach the renewal threshold across languages, while a
request of the same owner asking something else does not. Sentences written
for these tests; no database."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concepts_of
from decisions.text.similarity import RENEWAL_THRESHOLD
from tests.glossary_scores import same_owner_score

TRIPLES = [
    (
        "air-assets",
        "to provide the force with the helicopters it still needs",
        "de fournir à la force les hélicoptères qui lui manquent encore",
        "تزويد القوة بالمروحيات التي لا تزال تحتاج إليها",
    ),
    (
        "peaceful-settlement",
        "to work towards a peaceful settlement of the border dispute",
        "d'œuvrer à un règlement pacifique du différend frontalier",
        "العمل من أجل تسوية سلمية للنزاع الحدودي",
    ),
    (
        "territorial-integrity",
        "to respect the territorial integrity of the country",
        "de respecter l'intégrité territoriale du pays",
        "احترام السلامة الإقليمية للبلد",
    ),
    (
        "non-interference",
        "to refrain from any interference in the internal crisis",
        "de s'abstenir de toute ingérence dans la crise interne",
        "الامتناع عن التدخل في الأزمة الداخلية",
    ),
    (
        "contacts",
        "to pursue his consultations with the neighbouring governments",
        "de poursuivre ses consultations avec les gouvernements voisins",
        "مواصلة مشاوراته مع حكومات الجوار",
    ),
    (
        "electrification",
        "to help finance the new power plant of the capital",
        "d'aider à financer la nouvelle centrale électrique de la capitale",
        "المساعدة في تمويل محطة توليد الكهرباء الجديدة في العاصمة",
    ),
]


@pytest.mark.parametrize(("key", "en", "fr", "ar"), TRIPLES, ids=[t[0] for t in TRIPLES])
def test_each_language_names_the_concept(key, en, fr, ar):
    for text in (en, fr, ar):
        assert key in concepts_of(text), text


@pytest.mark.parametrize(("key", "en", "fr", "ar"), TRIPLES, ids=[t[0] for t in TRIPLES])
def test_the_same_ask_of_the_same_owner_reaches_the_threshold(key, en, fr, ar):
    for a, b in ((en, fr), (fr, ar), (ar, en)):
        overlap, _ = concept_overlap(concepts_of(a), concepts_of(b))
        score = same_owner_score(a, b, renewal_words=False)
        assert score >= RENEWAL_THRESHOLD, (a, b, overlap)


def test_a_humanitarian_response_is_humanitarian_assistance():
    assert "humanitarian-assistance" in concepts_of("to scale up its humanitarian response")
    assert "humanitarian-assistance" in concepts_of("d'intensifier sa réponse humanitaire")


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # Same owner, another ask: a near miss to each new concept.
        (
            "to provide the force with the helicopters it still needs",
            "de verser leurs contributions au budget de la force",
        ),
        (
            "مواصلة مشاوراته مع حكومات الجوار",
            "to organise a donors conference for the reconstruction",
        ),
        (
            "to respect the territorial integrity of the country",
            "d'organiser des élections libres dans le pays",
        ),
    ],
)
def test_another_ask_of_the_same_owner_stays_under_the_threshold(earlier, later):
    score = same_owner_score(earlier, later, renewal_words=True)
    assert score < RENEWAL_THRESHOLD


@pytest.mark.parametrize(
    ("text", "not_key"),
    [
        ("Mandates the Commission to follow up", "mandate-renewal"),
        ("une intervention chirurgicale", "non-interference"),
    ],
)
def test_a_look_alike_word_is_not_the_concept(text, not_key):
    assert not_key not in concepts_of(text)
