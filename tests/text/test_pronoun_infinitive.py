"""French: an object pronoun "le" between "de" and the infinitive ("prie le
Secrétaire général de le tenir informé") ends the addressee, like "lui"."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear

from .helpers import REGISTRY, owners_named


def test_pronoun_le_before_infinitive_ends_the_addressee():
    text = "Prie également le Secrétaire général de le tenir régulièrement informé de la situation."
    assert owners_named(text) == ["secretary-general"]


def test_pronoun_le_after_an_unregistered_body():
    names = owners_named("Prie la Commission mixte de suivi de le saisir de toute difficulté.")
    assert len(names) == 1
    assert "saisir" not in names[0]


def test_article_la_before_a_noun_stays_part_of_the_name():
    # Only "le" was added: "de la lettre" is a noun, never a pronoun + verb.
    assert owners_named("Prie le Secrétaire général de lui faire rapport.") == ["secretary-general"]


def test_linear_on_repeated_pronouns():
    assert_linear(
        lambda t: extract(t, REGISTRY), lambda n: "Prie le Comité " + "de le " * n + "faire.", 2_000
    )
