"""A declaration of leaders in the first person plural: the pronoun said once
in the preamble ("Nous, Chefs d'État ...,", "نحن قادة ...،"), each operative
paragraph opening with its verb alone ("Demandons au ...", "نطلب إلى ...").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY


def owners(text: str) -> list[str]:
    [found] = extract_all([text], REGISTRY)
    return sorted(r.owner.slug for r in found.requests)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prions le Secrétaire général de présenter un rapport à la prochaine session.",
         ["secretary-general"]),
        ("Demandons au Secrétaire général de réunir un groupe d'experts.", ["secretary-general"]),
        ("Exhortons les États membres à verser leurs contributions au Fonds.", ["member-states"]),
        ("Exigeons du Conseil de sécurité qu'il protège les civils.", ["un-security-council"]),
        ("Chargeons le Secrétariat général de dresser la liste des projets.",
         ["general-secretariat"]),
        ("Appelons de nouveau la communauté internationale à soutenir la reconstruction.",
         ["international-community"]),
        ("نطلب إلى الأمين العام رفع تقرير إلى الدورة القادمة.", ["secretary-general"]),
        ("نحث الدول الأعضاء على الوفاء بتعهداتها.", ["member-states"]),
        ("ندعو مجلس الأمن إلى حماية المدنيين.", ["un-security-council"]),
        ("نكلف الأمانة العامة بإعداد دراسة عن المشاريع.", ["general-secretariat"]),
        ("وندعو المجتمع الدولي إلى دعم إعادة الإعمار.", ["international-community"]),
    ],
)  # fmt: skip
def test_a_first_person_plural_verb_opening_a_paragraph_asks(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person quoted after a colon or inside quotation marks
        "Le ministre a déclaré : « Appelons la communauté internationale à agir. »",
        "Le ministre a déclaré : Exhortons les États membres à agir.",
        "قال الوزير: ندعو مجلس الأمن إلى التحرك.",
        # a call for an act, nobody asked
        "ندعو إلى وقف فوري لإطلاق النار.",
        "ندعو إلى الاحترام الكامل للقانون الدولي.",
        # the first person inside a sentence, after its own pronoun or subject
        "Il a ajouté que nous appelons la communauté internationale à agir.",
        "قال الوزير إننا ندعو مجلس الأمن إلى التحرك.",
        # first person plural statements
        "Réaffirmons notre attachement au Secrétaire général.",
        "نؤكد دعمنا للأمين العام.",
    ],
)
def test_other_first_person_words_ask_nobody(text):
    assert owners(text) == []


def test_reading_many_first_person_paragraphs_is_linear():
    def make(n: int) -> list[str]:
        return [
            "Demandons au Secrétaire général de suivre la question ; " * (n // 60)
            + "نطلب إلى الأمين العام متابعة الأمر؛ " * (n // 60)
        ]

    assert_linear(lambda t: extract_all(t, REGISTRY), make, 3_000)
