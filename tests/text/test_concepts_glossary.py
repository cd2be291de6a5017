"""The larger glossary: the terms that make OIC, UN and AU requests, each
one concept in English, French and Arabic (verbal nouns, plurals, attached
pronouns), places and names in their spellings, full dates in the three
languages' month names, and general asks weighing less than specific ones.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concept_spans, concepts_of
from tests.formats.hostile import assert_linear

# One request, three languages: each set must name the same keys.
SAME_REQUEST = [
    (
        "The Meeting urged the donors to fund the reconstruction of schools in Gaza.",
        "La Réunion a exhorté les donateurs à financer la reconstruction des écoles à Gaza.",
        "حث الاجتماع المانحين على تمويل إعادة إعمار المدارس في غزة.",
        {"funding", "reconstruction", "education", "place:gaza"},
    ),
    (
        "Requests the Secretary-General to follow up the implementation of this resolution"
        " and to report thereon to the next session.",
        "Prie le Secrétaire général de suivre la mise en œuvre de la présente résolution"
        " et de faire rapport à la prochaine session.",
        "يطلب من الأمين العام متابعة تنفيذ هذا القرار وتقديم تقرير بشأنه إلى الدورة القادمة.",
        {"follow-up", "implementation", "report-back", "next-session", "session-report"},
    ),
    (
        "Calls on Member States to open a liaison office in Mogadishu for humanitarian affairs.",
        "Invite les États membres à ouvrir un bureau de liaison à Mogadiscio pour les"
        " affaires humanitaires.",
        "يدعو الدول الأعضاء إلى فتح مكتب اتصال في مقديشو للشؤون الإنسانية.",
        {"office", "humanitarian", "place:mogadishu"},
    ),
    (
        "Condemns the transfer of any embassy to Al-Quds and the settlement activities.",
        "Condamne le transfert de toute ambassade à Al-Qods et la colonisation.",
        "يدين نقل أي سفارة إلى القدس والاستيطان.",
        {"embassies", "settlements", "place:al-quds"},
    ),
    (
        "Invites the Fund to support the voluntary return of the displaced persons in Darfur.",
        "Invite le Fonds à soutenir le retour volontaire des personnes déplacées au Darfour.",
        "يدعو الصندوق إلى دعم العودة الطوعية للنازحين في دارفور.",
        {"voluntary-return", "displaced-persons", "place:darfur"},
    ),
    (
        "Urges the parties to respect the ceasefire and to resume the dialogue in Yemen.",
        "Exhorte les parties à respecter le cessez-le-feu et à reprendre le dialogue au Yémen.",
        "يحث الأطراف على احترام وقف إطلاق النار واستئناف الحوار في اليمن.",
        {"ceasefire", "dialogue", "place:yemen"},
    ),
    (
        "Requests ISESCO to hold a training workshop on water supply in Niamey.",
        "Prie l'ISESCO d'organiser un atelier de formation sur l'adduction d'eau à Niamey.",
        "يطلب من الإيسيسكو عقد ورشة عمل تدريبية حول إمدادات المياه في نيامي.",
        {"seminar", "training", "water-supply", "place:niamey"},
    ),
    (
        "Calls for a roadmap for the political transition that protects the children.",
        "Appelle à une feuille de route pour la transition politique qui protège les enfants.",
        "يدعو إلى خارطة الطريق للمرحلة الانتقالية تحمي الأطفال.",
        {"roadmap", "transition", "children"},
    ),
    (
        "Requests the Bank to study debt relief and climate change in Chad.",
        "Prie la Banque d'étudier l'allègement de la dette et les changements"
        " climatiques au Tchad.",
        "يطلب من البنك إعداد دراسة عن تخفيف الديون وتغير المناخ في تشاد.",
        {"study", "debt-relief", "climate-change", "place:chad"},
    ),
    (
        "Requests ISESCO to inscribe the Chinguetti manuscripts on the World Heritage list.",
        "Demande à l'ISESCO d'inscrire les manuscrits de Chinguetti au patrimoine mondial.",
        "يطلب من الإيسيسكو إدراج مخطوطات شنقيط في قائمة التراث العالمي.",
        {"manuscripts", "cultural-heritage", "place:chinguetti"},
    ),
]


@pytest.mark.parametrize(("en", "fr", "ar", "keys"), SAME_REQUEST)
def test_one_request_names_the_same_keys_in_three_languages(en, fr, ar, keys):
    assert concepts_of(en) == concepts_of(fr) == concepts_of(ar) == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("تجهيز مكتباتها", "libraries"),  # an attached pronoun after a plural
        ("نقل سفارتها", "embassies"),  # ta marbuta before a pronoun
        ("الجامعات الصومالية", "universities"),  # a plural in ات of a singular in ة
        ("الجامعات الصومالية", "place:somalia"),  # a nisba adjective in ية
        ("the Somali universities", "place:somalia"),
        ("des universités somaliennes", "place:somalia"),
        ("مساهمات طوعية", "contributions"),
        ("des bourses d'études", "scholarships"),
        ("منحاً دراسية", "scholarships"),
        ("la Force multinationale mixte", "place:mnjtf"),
        ("the Multinational Joint Task Force", "place:mnjtf"),
        ("القوة المشتركة المتعددة الجنسيات", "place:mnjtf"),
        ("la force conjointe du G5 Sahel", "place:g5-sahel"),
        ("لمجموعة دول الساحل الخمس", "place:g5-sahel"),
        ("Cour internationale de Justice", "place:icj"),
        ("أمام محكمة العدل الدولية", "place:icj"),
        ("à Djeddah", "place:jeddah"),
        ("في جدة", "place:jeddah"),
        ("بلدان الساحل", "place:sahel"),
        ("la désertification", "drought"),
        ("التصحر", "drought"),
        ("discours de haine", "hate-speech"),
        ("خطاب الكراهية", "hate-speech"),
    ],
)
def test_forms_of_the_new_terms_are_found(text, key):
    assert key in concepts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "20 September 2017",
        "September 20, 2017",
        "20 septembre 2017",
        "le 20 septembre 2017",
        "٢٠ سبتمبر ٢٠١٧م",
        "20 أيلول 2017",
        "20 أيلول/سبتمبر 2017",
    ],
)
def test_a_full_date_is_one_key_in_any_language(text):
    assert concepts_of(text) == {"date:2017-09-20"}


def test_a_first_of_the_month_and_a_bare_year():
    assert concepts_of("le 1er mars 2019") == {"date:2019-03-01"}
    assert concepts_of("en 2019") == {"year:2019"}
    assert concepts_of("40 mai 2019") == {"year:2019"}  # no such day


def test_library_is_not_office_nor_office_library():
    assert concepts_of("مكتبات") == {"libraries"}
    assert concepts_of("مكتب") == {"office"}


def test_words_of_other_meanings_are_left_out():
    # "siège" is also a headquarters; a lone "envoyé" is "sent"; تحقيق is "achieving".
    assert "blockade" not in concepts_of("au siège de l'Organisation")
    assert concepts_of("a envoyé une lettre") == frozenset()
    assert "commission-of-inquiry" not in concepts_of("تحقيق الأهداف")


def test_a_shared_general_ask_weighs_less_than_a_specific_one():
    general, _ = concept_overlap(
        frozenset({"report-back", "place:mali"}), frozenset({"report-back", "place:chad"})
    )
    specific, _ = concept_overlap(
        frozenset({"trust-fund", "place:mali"}), frozenset({"trust-fund", "place:chad"})
    )
    assert general < specific


def test_two_asks_of_one_owner_share_nothing_when_they_ask_different_things():
    a = concepts_of("to prepare a report on the human rights situation in Rakhine State")
    b = concepts_of("تنظيم ندوة دولية حول خطاب الكراهية في راخين")
    assert concept_overlap(a, b)[0] == 0.0


@pytest.mark.parametrize(
    "unit",
    ["20 septembre ", "٢٠ سبتمبر ", "September 20, ", "مكتباتها ", "1er ", "كانون "],
)
def test_the_scan_stays_linear_with_dates_and_pronouns(unit):
    assert_linear(concept_spans, lambda n: unit * max(1, n // len(unit)), 20000)


def test_hostile_long_input_is_read():
    text = ("20 septembre 2017 مكتباتها سفارتها " * 3000)[:100000]
    assert "date:2017-09-20" in concepts_of(text)


# Asks of regional communiqués, the same in each language (sentences written
# for these tests): a timetable, borders closed, decisions endorsed, medicines.


def test_regional_communique_asks_are_found_in_each_language():
    from decisions.text.concepts import concepts_of

    pairs = [
        ("to present a timetable for the return to civilian rule", "un chronogramme du retour"),
        ("to keep their land and air borders closed", "de garder leurs frontières fermées"),
        ("to endorse the measures agreed", "d'entériner les mesures convenues"),
        ("to let medicines reach the hospitals", "de laisser passer les médicaments"),
    ]
    for english, french in pairs:
        shared = concepts_of(english) & concepts_of(french)
        assert shared, (english, french)
    assert "border-closure" in concepts_of("إغلاق الحدود البرية")
