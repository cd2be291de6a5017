# ruff: noqa: E501
"""A printed volume closes each resolution with a line recording its adoption
("Adoptée à la 412e séance par 9 voix", "Adopted at the 412th meeting by 9
votes"); what the page prints after it (a new question's "Décisions": "A sa
300e séance, le Conseil a décidé ...") is no paragraph of the resolution.
Texts written for the tests (Arabic volumes print no such line)."""

from __future__ import annotations

from decisions.text.blocks import closing_line
from decisions.text.folding import fold_text
from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear

FR = """12 (1950). Résolution du 3 mars 1950 [S/999]

Le Conseil de sécurité,

Invite les gouvernements intéressés à cesser le feu ;

Prie le Secrétaire général de lui faire rapport ;

Le Secrétaire général fournira au comité le personnel nécessaire.

Adoptée à la 412e séance

par 9 voix contre zéro, avec 2 abstentions.

LA QUESTION DES FRONTIÈRES

Décisions

A sa 300e séance, le 1er mars 1950, le Conseil a décidé d'inviter le représentant du Pérou à participer à la discussion.

A sa 301e séance, le 2 mars 1950, le Conseil a adopté la proposition suivante : le Secrétaire général est invité à informer les parties.
"""

EN = """12 (1950). Resolution of 3 March 1950 [S/999]

The Security Council,

Invites the Governments concerned to cease fire;

Requests the Secretary-General to report to it;

The Secretary-General will provide the committee with the staff it needs.

Adopted at the 412th meeting by 9 votes to none, with 2 abstentions.

THE QUESTION OF THE BORDERS

Decisions

At its 300th meeting, on 1 March 1950, the Council decided to invite the representative of Peru to take part in the discussion.
"""


def test_the_records_printed_after_the_closing_line_are_no_paragraphs():
    for text in (FR, EN):
        report = parse_report(text)
        assert [p.number for p in report.paragraphs] == ["1", "2", "3"], text[:40]


def test_without_a_closing_line_a_sentence_among_the_clauses_stays_a_paragraph():
    text = FR.split("Adoptée")[0]
    assert [p.number for p in parse_report(text).paragraphs] == ["1", "2", "3"]
    # An operative "Adopte ..." (adopts) is no closing line: no meeting, no vote.
    assert not closing_line(fold_text("Adopte le programme de travail pour 2025 ;"))
    assert not closing_line(fold_text("Adopted texts are listed in the annex."))
    assert closing_line(fold_text("Adoptée à l'unanimité à la 500e séance."))
    assert closing_line(fold_text("Adopted without a vote at the 12th meeting"))


def test_reading_records_after_a_closing_line_grows_linearly():
    record = "A sa 300e séance, le 1er mars 1950, le Conseil a décidé d'inviter le Pérou.\n\n"
    assert_linear(parse_report, lambda n: FR + record * n, 10)
