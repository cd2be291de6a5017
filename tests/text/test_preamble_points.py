"""A preamble whose last considerations are lettered points ("a) ..., b)
...,") before the numbered operative paragraphs: the points are no paragraphs,
the list starts at "1.". Texts written for these tests after the layout of
early UN Security Council resolutions in French and English."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear
from tests.text.helpers import numbers, owners_named, texts

FR = """Le Conseil de sécurité,

Constatant que les parties restent en désaccord sur les points suivants :

a) Les modalités du retrait des forces, ainsi que son calendrier, et

b) Le contrôle à exercer sur l'administration du territoire,

1. Prend acte du rapport de la commission ;

2. Prie le Secrétaire général de faire rapport au Conseil ;

3. Demande aux parties de coopérer avec la commission.
"""

EN = """The Security Council,

Noting that the parties disagree on:

(a) The arrangements for the withdrawal of forces, and

(b) The supervision of the administration of the territory,

1. Takes note of the report of the commission;

2. Requests the Secretary-General to report to the Council.
"""


def test_lettered_preamble_points_give_way_to_the_numbered_paragraphs():
    assert numbers(FR) == ["1", "2", "3"]
    assert texts(FR)[0].startswith("Prend acte")
    assert owners_named(texts(FR)[1]) == ["secretary-general"]
    assert owners_named(texts(FR)[2]) == ["Parties"]
    assert numbers(EN) == ["1", "2"]


def test_lettered_operative_paragraphs_keep_their_sub_list():
    # Lettered paragraphs that open with an operative verb are the paragraphs;
    # a numbered list inside them stays in them.
    text = """The Security Council,

a) Requests the Secretary-General to report on:

1. the withdrawal of forces,

b) Urges the parties to cooperate.
"""
    assert numbers(text) == ["a", "b"]


def test_lettered_points_ending_as_paragraphs_do_are_kept():
    # Points ending with a semicolon or a full stop are not a preamble's end.
    text = """Le Conseil,

a) Les forces se retireront ;

b) La commission contrôlera le retrait.

1. Prie le Secrétaire général de faire rapport.
"""
    assert numbers(text)[:2] == ["a", "b"]


def test_many_lettered_points_are_parsed_in_linear_time():
    def make(n: int) -> str:
        letters = "abcdefghijklmnopqrstuvwxyz"
        points = "".join(f"{c}) Les modalités du retrait,\n\n" for c in letters)
        return "Le Conseil,\n\n" + points * max(1, n // 800) + "1. Prie le Secrétaire général.\n"

    assert_linear(lambda t: parse_report(t, renumber=True), make, 4_000)


def test_many_numbered_sub_lists_under_lettered_points_stay_linear():
    # Each "1." asks whether the points before were a preamble: that question
    # reads a bounded number of points, however many there are.
    def make(n: int) -> str:
        letters = "abcdefghijklmnopqrstuvwxyz"
        unit = "".join(f"{c}) Les modalités,\n1) sous-point\n" for c in letters)
        return "Le Conseil,\n\n" + "a) Prie le Secrétaire général,\n" + unit * max(1, n // 600)

    assert_linear(lambda t: parse_report(t, renumber=True), make, 4_000)
