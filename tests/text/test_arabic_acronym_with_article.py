"""An Arabic text may give a body's acronym with the article, in brackets after
its full name, then go on to the next addressee ("اللجنة الدائمة ... (الكومسيك)
والمركز ..."): the acronym is the same body's, and the list goes on.
Sentences written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY


def owners(text: str) -> list[str]:
    [found] = extract_all([text], REGISTRY)
    return sorted(r.owner.slug for r in found.requests)


def test_an_acronym_with_the_article_keeps_the_list_going():
    text = (
        "يطلب المؤتمر إلى اللجنة الدائمة للتعاون الاقتصادي والتجاري (الكومسيك)"
        " والمركز الإسلامي لتنمية التجارة إعداد دراسة عن التجارة البينية."
    )
    assert owners(text) == ["comcec", "icdt"]


def test_the_acronym_alone_with_the_article_is_the_body():
    assert owners("يطلب المؤتمر إلى الكومسيك متابعة هذا الأمر.") == ["comcec"]


def test_a_word_in_brackets_that_names_nothing_adds_no_owner():
    text = "يطلب المؤتمر إلى المركز الإسلامي لتنمية التجارة (المركز) إعداد دراسة."
    assert owners(text) == ["icdt"]


def test_reading_a_long_list_is_linear():
    def make(n: int) -> list[str]:
        return [
            "يطلب المؤتمر إلى "
            + "اللجنة الدائمة للتعاون الاقتصادي والتجاري (الكومسيك) و" * (n // 60)
            + "المركز الإسلامي لتنمية التجارة إعداد دراسة."
        ]

    assert_linear(lambda t: extract_all(t, REGISTRY), make, 3_000)
