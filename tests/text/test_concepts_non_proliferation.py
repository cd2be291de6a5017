"""The asks made of a State outside the treaty against the spread of nuclear
weapons (``lang/_glossary_security.py``): that it join the treaty and put its
facilities under the atomic agency's comprehensive safeguards, named alike in
three languages; a treaty of another kind names neither. Sentences written
after the structure of a regional council's resolution."""

from __future__ import annotations

import pytest

from decisions.text.concepts import concepts_of
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "Calls on the State to accede to the Non-Proliferation Treaty without conditions;",
        "Appelle l'État à adhérer au Traité sur la non-prolifération sans conditions ;",
        "يدعو الدولة إلى الانضمام إلى معاهدة عدم الانتشار دون شروط؛",
    ],
)
def test_joining_the_treaty_is_named_in_each_language(text):
    assert "non-proliferation-treaty" in concepts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Urges the State to place all its facilities under comprehensive safeguards;",
        "Exhorte l'État à soumettre ses installations aux garanties généralisées ;",
        "يحث الدولة على إخضاع منشآتها لنظام الضمانات الشاملة؛",
    ],
)
def test_the_safeguards_are_named_in_each_language(text):
    assert "nuclear-safeguards" in concepts_of(text)


def test_a_treaty_of_another_kind_names_neither():
    # Counter-example: a future treaty on a zone, and guarantees of another kind.
    keys = concepts_of(
        "Invite les États à présenter leurs vues sur un futur traité et ses garanties ;"
    )
    assert not keys & {"non-proliferation-treaty", "nuclear-safeguards"}


def test_treaty_terms_cost_work_linear_in_their_length():
    unit = "معاهدة عدم الانتشار, garanties généralisées, NPT, "
    assert_linear(concepts_of, lambda n: unit * max(1, n // len(unit)), 5_000)
