"""One noun shared by coordinated adjectives (``text/coordinated.py``) and the
glossary's asks of a mission's life and of a mediation
(``lang/_glossary_missions.py``): a request asked in one language with the
adjectives before the noun and in another after it names the same concepts;
a list of names is no list of adjectives; a mandate's term is no renewal of
a mandate. Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concept_overlap, concept_spans, concepts_of
from decisions.text.coordinated import coordinated_phrases
from decisions.text.folding import fold_text
from decisions.text.similarity import RENEWAL_THRESHOLD, concept_signal, renewal_score
from tests.formats.hostile import assert_linear

# One request, three languages: each must name the keys given.
SAME_REQUEST = [
    (
        "Urges the member countries to increase their humanitarian, economic and technical"
        " assistance to the displaced families.",
        "Exhorte les pays membres à accroître leur aide humanitaire, économique et technique"
        " aux familles déplacées.",
        "يحث البلدان الأعضاء على زيادة مساعداتها الإنسانية والاقتصادية والفنية للأسر النازحة.",
        {"humanitarian-assistance", "technical-cooperation"},
    ),
    (
        "Asks the Secretary-General to take the financial and security arrangements the"
        " observers need.",
        "Prie le Secrétaire général de prendre les mesures financières et de sécurité dont les"
        " observateurs ont besoin.",
        "يطلب إلى الأمين العام اتخاذ الترتيبات الأمنية التي يحتاجها المراقبون.",
        {"security-arrangements"},
    ),
    (
        "Requests the Commission to prepare the gradual drawdown of the mission.",
        "Demande à la Commission de préparer l'allègement progressif du dispositif.",
        "يطلب إلى المفوضية إعداد التقليص التدريجي للبعثة.",
        {"drawdown"},
    ),
    (
        "Calls on the Union to back the regional force deployed in the east.",
        "Demande à l'Union d'appuyer la force régionale déployée dans l'est.",
        "يطلب إلى الاتحاد دعم القوة الإقليمية المنتشرة في الشرق.",
        {"regional-force"},
    ),
    (
        "Calls upon the three countries to resume negotiations in good faith.",
        "Invite les trois pays à reprendre les négociations de bonne foi.",
        "يدعو البلدان الثلاثة إلى استئناف المفاوضات بحسن نية.",
        {"negotiations"},
    ),
    (
        "Demands that the rebels cease hostilities at once.",
        "Exige que les rebelles cessent sans délai les hostilités.",
        "يطالب المتمردين بالوقف الفوري للأعمال العدائية.",
        {"ceasefire"},
    ),
    (
        "Asks the Commission to train the defence and security forces of the country.",
        "Demande à la Commission de former les forces de défense et de sécurité du pays.",
        "يطلب إلى المفوضية تدريب قوات الدفاع والأمن في البلد.",
        {"national-army"},
    ),
    (
        "Requests the Commission to support the Gambian police throughout its mandate.",
        "Demande à la Commission d'appuyer la police gambienne pendant la durée de son mandat.",
        "يطلب إلى المفوضية دعم الشرطة في غامبيا طوال فترة ولايتها.",
        {"place:gambia", "mandate-term"},
    ),
]


@pytest.mark.parametrize(("en", "fr", "ar", "keys"), SAME_REQUEST)
def test_one_request_names_its_concepts_in_each_language(en, fr, ar, keys):
    for text in (en, fr, ar):
        assert keys <= concepts_of(text), text


def test_the_adjectives_before_the_noun_meet_those_after_it():
    en = concepts_of("Calls for technical and financial support to the Commission.")
    fr = concepts_of("Appelle à un appui financier et technique à la Commission.")
    ar = concepts_of("يدعو إلى تقديم الدعم المالي والفني للمفوضية.")
    for keys in (en, fr, ar):
        assert {"technical-cooperation", "financial-contributions"} <= keys


def test_a_list_of_names_is_no_list_of_adjectives():
    # "the islands of Anjouan, Mohéli and Grande Comore": "جزر القمر" (the
    # Comoros) is a name the list only seems to spell.
    assert "place:comoros" not in concepts_of("متابعة المشاريع في جزر أنجوان وموهيلي والقمر الكبرى")
    # Bodies joined by "and" are no adjectives of the noun after them.
    assert concepts_of("Appeals to Member States and to the charities to help.") == frozenset()


def test_a_mandate_s_term_is_no_renewal_of_a_mandate():
    during = concepts_of("Directs the Commission to act before the end of the current mandate.")
    renewal = concepts_of("Decides to renew the mandate of the Mission for twelve months.")
    assert "mandate-renewal" not in during and "mandate-term" in during
    assert "mandate-renewal" in renewal
    # Two different asks of one owner, each within the term of a mandate,
    # share only a general ask: no renewal.
    a = concepts_of("Charge la Commission de mobiliser les ressources pendant son mandat.")
    b = concepts_of("Directs it to submit a drawdown plan before the end of its mandate.")
    overlap, shared = concept_overlap(a, b)
    assert shared == {"mandate-term"}
    score = renewal_score(
        similarity=0.0, owner=1.0, renewal_words=False, cites=False,
        content=concept_signal(overlap),
    )  # fmt: skip
    assert score < RENEWAL_THRESHOLD


@pytest.mark.parametrize("acronym", ["ECOMIG", "ECOMOG", "SSMGB", "SAMIM"])
def test_a_regional_community_s_operation_named_by_its_acronym_is_a_mission(acronym):
    assert "mission" in concepts_of(f"Directs the Commission to support {acronym}.")


def test_a_word_in_capitals_like_an_operation_is_none():
    assert "mission" not in concepts_of("Calls for ECONOMIC recovery and ECOMMERCE rules.")


def test_the_phrases_keep_the_whole_list_as_their_span():
    folded = fold_text("their humanitarian, economic and technical assistance")
    phrases = [p for _, _, p in coordinated_phrases(folded)]
    assert "humanitarian assistance" in phrases and "economic assistance" in phrases
    spans = [(a, b) for a, b, k in concept_spans(folded) if k == "technical-cooperation"]
    assert spans


@pytest.mark.parametrize(
    "unit",
    [
        "humanitarian, economic, social, cultural, technical, financial and legal assistance, ",
        "l'aide humanitaire, économique, sociale, culturelle et technique et de sécurité, ",
        "المساعدات الإنسانية والاقتصادية والاجتماعية والثقافية والفنية والمالية ",
        "and and or et ou , , و و وال ",
        "a" * 300 + ", " + "b" * 300 + " and ",
    ],
)
def test_the_lists_are_read_in_linear_time(unit):
    assert_linear(coordinated_phrases, lambda n: unit * max(1, n // len(unit)), 20000)
    assert_linear(concept_spans, lambda n: unit * max(1, n // len(unit)), 20000)
