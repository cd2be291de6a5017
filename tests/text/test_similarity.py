"""decisions.text.similarity: the measure on known pairs (French, English,
Arabic), the renewal words, cited symbols, the score and the word diff."""

from __future__ import annotations

import random

import pytest

from decisions.text.similarity import (
    RENEWAL_THRESHOLD,
    cited_symbols,
    cosine,
    fold_for_similarity,
    has_renewal_words,
    jaccard,
    renewal_score,
    text_similarity,
    trigrams,
    word_diff,
)
from tests.formats.hostile import assert_linear

# (earlier, later renewing it, an unrelated request of the same meeting)
PAIRS = {
    "fr": (
        "La Réunion a réitéré son appel à l'ISESCO et à l'IRCICA pour prendre les mesures "
        "nécessaires, en collaboration avec l'UNESCO, pour restaurer, préserver et protéger "
        "le riche patrimoine culturel islamique du Mali.",
        "La Réunion a réitéré son appel à l'ISESCO et à l'IRCICA pour prendre les mesures "
        "nécessaires, en collaboration avec l'UNESCO, pour restaurer, préserver et protéger "
        "le riche patrimoine culturel islamique du Mali, notamment les manuscrits de Tombouctou.",
        "La Réunion a demandé à l'ISESCO d'organiser des programmes de bourses et de formation "
        "professionnelle pour les jeunes maliens.",
    ),
    "en": (
        "The Meeting requested the Secretary-General to dispatch, as soon as possible, a joint "
        "OIC needs assessment mission to Mali to evaluate the security and humanitarian situation.",
        "The Meeting again requested the Secretary-General to dispatch before the end of 2018 "
        "the joint OIC needs assessment mission to Mali to evaluate the security and "
        "humanitarian situation.",
        "The Meeting requested the Secretary-General to appoint a Special Envoy for the Sahel.",
    ),
    "ar": (
        "طلب الاجتماع من الإيسيسكو والإرسيكا اتخاذ التدابير اللازمة بالتعاون مع اليونسكو "
        "لترميم التراث الثقافي الإسلامي الغني لمالي وصونه وحمايته.",
        "جدد الاجتماع نداءه إلى الإيسيسكو والإرسيكا لاتخاذ التدابير اللازمة بالتعاون مع "
        "اليونسكو لترميم التراث الثقافي الإسلامي الغني لمالي وصونه وحمايته.",
        "طلب الاجتماع من الإيسيسكو تنظيم برامج للمنح الدراسية والتدريب المهني لفائدة الشباب.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_a_renewal_is_closer_to_its_request_than_an_unrelated_request(lang):
    earlier, later, other = PAIRS[lang]
    renewed = text_similarity(earlier, later)
    unrelated = text_similarity(earlier, other)
    assert renewed >= 0.75, renewed
    assert unrelated <= 0.6, unrelated
    assert renewed - unrelated >= 0.3


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_renewal_words_are_found_in_the_renewing_paragraph_only(lang):
    earlier, later, other = PAIRS[lang]
    assert has_renewal_words(later)
    assert not has_renewal_words(other)


@pytest.mark.parametrize(
    "text",
    [
        "La Réunion a de nouveau demandé au Secrétaire général",
        "Le Groupe renouvelle son appel aux États membres",
        "The Council renews its call upon Member States",
        "The Meeting reiterated its appeal to ISESCO",
        "يجدد المجلس دعوته الدول الأعضاء",
        "ودعا الاجتماع مجددا الأمين العام",
    ],
)
def test_each_language_has_its_renewal_words(text):
    assert has_renewal_words(text)


def test_folding_ignores_case_accents_punctuation_and_arabic_marks():
    assert fold_for_similarity("Préserver, PROTÉGER !") == "preserver proteger"
    assert fold_for_similarity("أولاً") == fold_for_similarity("اولا")
    assert text_similarity("Réitéré", "reitere") == pytest.approx(1.0)


def test_the_measures_are_zero_for_nothing_shared_and_one_for_the_same():
    a, b = trigrams("patrimoine culturel"), trigrams("zzz qqq")
    assert cosine(a, a) == pytest.approx(1.0)
    assert jaccard(a, a) == 1.0
    assert cosine(a, b) == 0.0 and jaccard(a, b) == 0.0
    assert cosine(a, trigrams("")) == 0.0


def test_cited_symbols_are_found_upper_case_and_once():
    text = (
        "Rappelant son rapport OIC/ACM-2017/MALI-REP et la résolution OIC/CFM-45/2018/POL/RES, "
        "ainsi que oic/acm-2017/mali-rep."
    )
    assert cited_symbols(text) == ("OIC/ACM-2017/MALI-REP", "OIC/CFM-45/2018/POL/RES")
    assert cited_symbols("La Réunion a demandé au Secrétaire général.") == ()


def test_the_same_owner_alone_never_reaches_the_threshold():
    assert renewal_score(similarity=0.5, owner=1.0, renewal_words=True, cites=True) < (
        RENEWAL_THRESHOLD
    )


def test_close_wording_and_the_same_owner_reach_the_threshold():
    assert renewal_score(similarity=0.8, owner=1.0, renewal_words=False, cites=False) >= (
        RENEWAL_THRESHOLD
    )
    assert renewal_score(similarity=0.95, owner=1.0, renewal_words=True, cites=True) == 1.0


def test_renewal_words_and_a_citation_raise_the_score_of_close_wording():
    plain = renewal_score(similarity=0.7, owner=1.0, renewal_words=False, cites=False)
    confirmed = renewal_score(similarity=0.7, owner=1.0, renewal_words=True, cites=True)
    assert confirmed > plain


def test_the_word_diff_marks_words_added_and_removed():
    diff = word_diff(
        "protéger le patrimoine du Mali.", "protéger le riche patrimoine du Mali, notamment <b>."
    )
    assert diff == [
        ("same", "protéger le"),
        ("ins", "riche"),
        ("same", "patrimoine du Mali,"),
        ("ins", "notamment <b>."),
    ]


def test_the_word_diff_ignores_a_change_of_accent_or_case_alone():
    assert word_diff("Etats membres", "États Membres") == [("same", "États Membres")]


def _rebuilt(diff: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    old = [w for op, text in diff if op != "ins" for w in text.split()]
    new = [w for op, text in diff if op != "del" for w in text.split()]
    return old, new


def test_the_word_diff_gives_back_both_texts_on_long_inputs():
    rng = random.Random(19)
    words = [f"w{i}" for i in range(60)]
    for _ in range(20):
        old = [rng.choice(words) for _ in range(rng.randint(0, 900))]
        new = list(old)
        for _ in range(rng.randint(0, 40)):
            at = rng.randint(0, len(new))
            if rng.random() < 0.5 and at < len(new):
                del new[at]
            else:
                new.insert(at, rng.choice(words) + "x")
        diff = word_diff(" ".join(old), " ".join(new))
        assert _rebuilt(diff) == (old, new)


def test_the_word_diff_keeps_what_two_long_texts_share():
    old = " ".join(f"mot{i}" for i in range(3000))
    new = old.replace("mot1500 ", "mot1500 nouveau ")
    assert word_diff(old, new) == [
        ("same", " ".join(f"mot{i}" for i in range(1501))),
        ("ins", "nouveau"),
        ("same", " ".join(f"mot{i}" for i in range(1501, 3000))),
    ]


def _repeated(n: int) -> tuple[str, str]:
    # Repeated words with no word found once: difflib on these was quadratic.
    return "a b " * n, "b a " * n


def _one_word_against_two(n: int) -> tuple[str, str]:
    return " ".join(["x"] * n), " ".join(["x", "y"] * (n // 2))


def _reversed(n: int) -> tuple[str, str]:
    # Every word found once, in reverse order: the chain of shared words is one long.
    return " ".join(f"w{i}" for i in range(n)), " ".join(f"w{i}" for i in reversed(range(n)))


def _scattered(n: int) -> tuple[str, str]:
    # Shared words scattered between long runs of a repeated one.
    return (
        " ".join(f"k{i} " + "z " * 150 for i in range(n)),
        " ".join(f"k{i} " + "q " * 150 for i in range(n)),
    )


@pytest.mark.parametrize(
    "make, n",
    [(_repeated, 2000), (_one_word_against_two, 3000), (_reversed, 4000), (_scattered, 30)],
)
def test_the_word_diff_of_long_hostile_texts_is_linear(make, n):
    # The work grows with the texts, not with their square (the largest pair is
    # the size an earlier test timed: 20,000 to 40,000 words) ...
    assert_linear(lambda pair: word_diff(*pair), make, n)
    # ... and the diff still rebuilds both texts.
    old, new = make(10 * n)
    assert _rebuilt(word_diff(old, new)) == (old.split(), new.split())
