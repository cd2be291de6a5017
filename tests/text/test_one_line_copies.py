"""Web copies whose paragraphs run together on one line: numbered paragraphs
written inline ("...; 2. Decides ..."), and the French (or English) clauses of a
resolution held on one line, found by their operative verbs in sentence-initial
position. Texts written after the layouts of press articles and web archives."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.text.helpers import numbers, texts


def test_numbered_paragraphs_written_inline_after_a_title_are_split():
    text = (
        "Communiqué final du Bureau exécutif Genève, Suisse 1. Le Bureau exécutif s'est réuni "
        "le 4 mai 2015 au siège. La séance a été ouverte par le Président. 2. Le Bureau a pris "
        "note du rapport du Comité. 3. Il a prié le Secrétaire général de suivre la question."
    )
    assert numbers(text) == ["1", "2", "3"]
    assert texts(text)[2] == "Il a prié le Secrétaire général de suivre la question."


def test_numbered_paragraphs_after_a_semicolon_on_one_line_are_split():
    text = (
        "Texte du projet de résolution : Le Conseil de sécurité, Rappelant sa résolution 1234 ; "
        "1. Relève avec regret le retard pris ; 2. Prie le Secrétaire général de faire rapport ; "
        "3. Décide de rester saisi de la question."
    )
    assert numbers(text) == ["1", "2", "3"]
    assert texts(text)[1] == "Prie le Secrétaire général de faire rapport ;"


def test_the_next_numbers_written_inline_in_a_numbered_paragraph_are_split():
    text = (
        "The Security Council,\n\n"
        "1. Welcomes the report;\n\n"
        "2. Stresses the need for calm; 3. Requests the Secretary-General to report; "
        "4. Decides to remain seized of the matter.\n"
    )
    assert numbers(text) == ["1", "2", "3", "4"]
    assert texts(text)[2] == "Requests the Secretary-General to report;"


def test_a_number_in_a_sentence_is_not_split_off():
    text = (
        "The Security Council,\n\n"
        "1. Recalls paragraph 4. It remains in force;\n\n"
        "2. Requests the Secretary-General to report in 2. Weeks are not enough.\n"
    )
    assert numbers(text) == ["1", "2"]


def test_a_lone_one_with_no_two_after_it_is_not_split_off():
    text = (
        "The Meeting decided as follows:\n\n"
        "- The Meeting requested the Secretary-General to follow up Article 1. It also noted "
        "the report.\n"
    )
    assert numbers(text) == ["1"]


def test_clauses_of_a_resolution_on_one_line_are_found_by_their_verbs():
    text = (
        "Le Conseil de sécurité, Ayant pris connaissance du rapport du Médiateur sur les "
        "incidents du 3 mars, Invite les gouvernements intéressés : i) A cesser le feu ; "
        "ii) A permettre le contrôle de la trêve ; Donne pour instructions au Comité des "
        "observateurs de faire rapport au Conseil ; Exprime l'espoir que la paix sera rétablie."
    )
    report = parse_report(text)
    assert [p.text[:25] for p in report.paragraphs] == [
        "Invite les gouvernements ",
        "Donne pour instructions a",
        "Exprime l'espoir que la p",
    ]
    assert "ii) A permettre" in report.paragraphs[0].text


def test_a_capitalised_verb_inside_a_numbered_paragraph_stays_in_it():
    text = (
        "The Security Council,\n\n"
        "1. Welcomes the report; Requests the Secretary-General to report on it;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    assert numbers(text) == ["1", "2"]
    assert texts(text)[0] == "Welcomes the report; Requests the Secretary-General to report on it;"
