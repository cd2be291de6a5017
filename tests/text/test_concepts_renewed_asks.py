"""Asks a council or summit renews in another language and other words: a
heritage list kept up, nomination files, national legislation, heritage in
danger, non-recognition of a changed status, diplomatic and legal steps,
targeted measures; and two funds named as what is funded (the IsDB's
development fund, the Al-Quds agency). Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concepts_of
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    ("key", "texts"),
    [
        ("heritage-list", ("to revise the heritage list of the region",
                           "de réviser la liste du patrimoine de la région",
                           "مراجعة قائمة التراث في المنطقة")),
        ("nomination-files", ("to help prepare nomination files for two sites",
                              "d'aider à préparer les dossiers de candidature de deux sites",
                              "المساعدة في إعداد ملفات الترشيح لموقعين")),
        ("national-legislation", ("to adopt national legislation on museums",
                                  "d'adopter une législation nationale sur les musées",
                                  "اعتماد تشريعات وطنية بشأن المتاحف")),
        ("heritage-in-danger", ("to protect the heritage in danger in the region",
                                "de protéger le patrimoine menacé de la région",
                                "حماية التراث المهدد في المنطقة")),
        ("non-recognition", ("not to recognize any change to the city",
                             "de ne reconnaître aucune modification de la ville",
                             "عدم الاعتراف بأي تغيير في المدينة")),
        ("diplomatic-legal-action", ("to back the diplomatic and legal steps of the State",
                                     "d'appuyer les démarches diplomatiques et juridiques d'Haïti",
                                     "دعم الإجراءات الدبلوماسية والقانونية للدولة")),
        ("targeted-measures", ("with a view to targeted sanctions against them",
                               "en vue de mesures individuelles à leur encontre",
                               "تمهيدا لفرض عقوبات فردية عليهم")),
        ("trade-fairs", ("to hold trade fairs every year",
                         "d'organiser des foires commerciales chaque année",
                         "تنظيم معارض تجارية كل عام")),
        ("mid-term-review", ("to carry out a mid-term review of the plan",
                             "de procéder à l'examen à mi-parcours du plan",
                             "إجراء مراجعة منتصف المدة للخطة")),
        ("face-to-face-meeting", ("to arrange a face-to-face meeting of the two presidents",
                                  "d'organiser une rencontre directe des deux présidents",
                                  "ترتيب لقاء مباشر بين الرئيسين")),
        ("non-interference", ("to refrain from any interference in the war",
                              "de s'abstenir de toute ingérence dans la guerre",
                              "الامتناع عن أي تدخل في الحرب")),
        ("priority-projects", ("giving priority to the projects of the camps",
                               "de financer en priorité les projets des camps",
                               "مع إعطاء الأولوية لمشاريع المخيمات")),
        ("place:isfd", ("through the Islamic Solidarity Fund for Development",
                        "par le Fonds de solidarité islamique pour le développement",
                        "عبر صندوق التضامن الإسلامي للتنمية")),
        ("place:bayt-mal-al-quds", ("to fund the Bayt Mal Al-Quds Agency",
                                    "de financer l'Agence Bayt Mal Al-Qods",
                                    "تمويل وكالة بيت مال القدس")),
    ],
)  # fmt: skip
def test_the_ask_is_found_in_three_languages(key, texts):
    for text in texts:
        assert key in concepts_of(text), text


@pytest.mark.parametrize(
    ("key", "text"),
    [
        # the heritage named, no list of it
        ("heritage-list", "to protect the heritage of the region"),
        # the World Heritage list is the world heritage, in every language
        ("heritage-list", "to inscribe the site on the World Heritage list"),
        ("heritage-list", "d'inscrire le site sur la liste du patrimoine mondial"),
        ("heritage-list", "إدراج الموقع في قائمة التراث العالمي"),
        # a candidate for a post, no nomination file
        ("nomination-files", "d'examiner la candidature du pays au poste de président"),
        # recognition given, not refused
        ("non-recognition", "to recognize the efforts of the mediators"),
        # diplomatic steps alone
        ("diplomatic-legal-action", "d'appuyer les démarches diplomatiques de l'État"),
        # trade alone, no fair; a review, not at mid-term
        ("trade-fairs", "to promote trade among the Member States"),
        ("mid-term-review", "to review the plan at its next session"),
        # a meeting, not between the leaders face to face; a State that intervened
        ("face-to-face-meeting", "to arrange a meeting of the ministers"),
        ("non-interference", "طلب المجلس من أي دولة تدخلت في النزاع أن تنسحب"),
        # projects funded, none first
        ("priority-projects", "to fund the projects of the camps"),
        # sanctions in general
        ("targeted-measures", "to lift the sanctions imposed on the country"),
        # the other Islamic Solidarity Fund, not the IsDB's development fund
        ("place:isfd", "يطلب إلى صندوق التضامن الإسلامي زيادة مساعداته"),
    ],
)
def test_near_words_name_another_thing(key, text):
    assert key not in concepts_of(text)


def test_reading_these_asks_is_linear():
    def make(n: int) -> str:
        return "la liste du patrimoine et les dossiers de candidature ; " * (n // 55)

    assert_linear(concepts_of, make, 3_000)
