"""News reports in French and English: a body described in words then named
by its acronym in brackets; a person described by a possessive noun and named
in apposition after a comma; a generic addressee with an adjective, then the
place it is in. Sentences written for these tests."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


def test_a_described_body_is_the_acronym_in_brackets():
    text = "Le Conseil prie l'organisation sous-régionale des États de l'Ouest (Cedeao) de réagir."
    assert owners_named(text, FR) == ["ecowas"]
    # Counter-example: an acronym outside the registry leaves the words as written.
    text = "Le Conseil prie l'organisation sous-régionale des États de l'Ouest (Xyzq) de réagir."
    assert "ecowas" not in owners_named(text, FR)


def test_a_possessive_noun_before_a_named_apposition():
    text = (
        "Le Conseil a exigé du Premier ministre Jean Exemple et de son adversaire, "
        "le Général Paul Modèle, de retirer leurs troupes."
    )
    assert owners_named(text, FR) == ["Premier ministre Jean Exemple", "Général Paul Modèle"]
    # Counter-example: adjectives of a series run on without an article.
    text = "Le Conseil demande aux organes subsidiaires, spécialisés et affiliés d'agir."
    assert len(owners_named(text, FR)) == 1


def test_a_generic_addressee_with_an_adjective_before_its_place():
    text = "Le Conseil exhorte les parties belligérantes au Tchad du Nord à dialoguer."
    assert owners_named(text, FR) == ["Parties belligérantes"]
    text = "The Council urges the parties concerned in Northern Chad to talk."
    assert owners_named(text, EN) == ["Parties"]
    # Counter-example: a common noun after "au" is no place.
    text = "Le Conseil exhorte les partenaires au développement à contribuer."
    assert owners_named(text, FR) == ["Partenaires au développement"]


def _described(n: int) -> str:
    return "Le Conseil prie " + "l'organisation des États de l'Ouest (Cedeao), " * n + "d'agir."


def _apposed(n: int) -> str:
    pair = "du Président Jean Exemple et de son adversaire, le Général Paul Modèle, "
    return "Le Conseil a exigé " + pair * n + "de cesser."


def _placed(n: int) -> str:
    return "Le Conseil exhorte " + "les parties belligérantes au Tchad, " * n + "à dialoguer."


def test_described_acronyms_grow_linearly():
    assert_linear(lambda t: owners_named(t, FR), _described, 10)


def test_apposed_rivals_grow_linearly():
    assert_linear(lambda t: owners_named(t, FR), _apposed, 10)


def test_generic_places_with_adjectives_grow_linearly():
    assert_linear(lambda t: owners_named(t, FR), _placed, 10)
