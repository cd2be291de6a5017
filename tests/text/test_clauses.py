"""decisions.text.clauses: sentences, operative verbs and the clauses they open."""

from __future__ import annotations

from decisions.text.clauses import sentences
from decisions.text.requests import extract
from tests.text.helpers import REGISTRY


def test_a_noun_that_looks_like_a_verb_is_not_a_request():
    assert (
        extract("Takes note of the requests of the Government of Mali.", REGISTRY).kind
        == "statement"
    )


def test_a_participle_used_as_an_adjective_is_not_a_request():
    text = "La Réunion a salué la mission chargée de l'évaluation des besoins."
    assert extract(text, REGISTRY).kind == "statement"


def test_two_owners_in_one_sentence_get_their_own_clause_as_summary():
    text = "Requests Member States to contribute and requests the Secretary-General to report."
    result = extract(text, REGISTRY)
    assert [r.summary for r in result.requests] == [
        "Requests Member States to contribute",
        "requests the Secretary-General to report.",
    ]


def test_a_full_stop_after_an_abbreviation_does_not_end_a_sentence():
    text = "La Réunion a remercié M. Diallo. Elle a demandé au Secrétaire général d'agir."
    assert [text[s:e] for s, e in sentences(text)] == [
        "La Réunion a remercié M. Diallo.",
        "Elle a demandé au Secrétaire général d'agir.",
    ]


# A word of a name that reads like a verb in another language's future
# ("Extra" as French "-tra"), capitalised in running text, asks nobody.


def test_a_capitalised_word_of_a_name_is_not_a_verb_after_its_subject():
    text = (
        "The Meeting praised President Musa, the Chair of the Forum for his initiative to "
        "convene the 3rd Extra Summit held in Rabat."
    )
    assert extract(text, REGISTRY).requests == ()


def test_a_french_future_after_its_subject_still_asks():
    found = extract("Le Comité de suivi se réunira deux fois par an.", REGISTRY).requests
    assert [r.owner.name for r in found] == ["Comité de suivi"]
