"""Generic addressees and States' governments as statements write them:
"les différents acteurs" are the actors (a distributive adjective dropped like
a quantifier), "les parties intéressées à œuvrer" keeps its qualifier (an
infinitive opening with the ligature "œ" ends the addressee), and "the Ivorian
Government", "les autorités burkinabè" are the registered States whose
adjectives do not start with their names (lang._demonyms). Sentences written
for these tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")


def owners(text: str, reg=FR, language: str = "fr") -> list[tuple[str, str]]:
    return [(r.owner.slug, r.owner.name) for r in extract(text, reg, language).requests]


def test_a_distributive_adjective_is_left_out_of_a_generic_addressee():
    fr = "Le Secrétariat appelle les différents acteurs à respecter la trêve."
    assert owners(fr) == [("acteurs", "Acteurs")]
    fr = "Le Secrétariat appelle diverses organisations à soutenir les réfugiés."
    assert owners(fr) == [("organisations", "Organisations")]
    en = "The Council urged the various stakeholders to respect the truce."
    assert owners(en, EN, "en") == [("stakeholders", "Stakeholders")]


def test_a_name_holding_the_word_stays_whole():
    # Counter-example: "différends" is no distributive adjective.
    fr = "Le Conseil prie le Comité des différends de se réunir."
    assert owners(fr) == [("comite-des-differends", "Comité des différends")]


def test_an_infinitive_with_the_ligature_ends_the_addressee():
    fr = "Il exhorte les parties intéressées à œuvrer pour une solution pacifique."
    assert owners(fr) == [("parties-interessees", "Parties intéressées")]
    fr = "Le Conseil prie le Gouvernement d'œuvrer au retour des déplacés."
    assert [s for s, _ in owners(fr)] == ["gouvernement"]


def test_a_name_opening_with_the_ligature_is_no_infinitive():
    # Counter-example: "l'Œuvre d'Orient" is asked, not an infinitive.
    fr = "Le Conseil invite l'Œuvre d'Orient à poursuivre son aide."
    assert [n for _, n in owners(fr)] == ["Œuvre d'Orient"]


def test_a_government_named_by_an_irregular_adjective_is_the_state():
    fr = "Le Conseil prie instamment le Gouvernement ivoirien de libérer les détenus."
    assert owners(fr) == [("cote-d-ivoire", "Côte d'Ivoire")]
    fr = "Le Conseil invite les autorités burkinabè à rouvrir les écoles."
    assert [s for s, _ in owners(fr)] == ["burkina-faso"]
    en = "The Council called on the Ivorian Government to release the detainees."
    assert [s for s, _ in owners(en, EN, "en")] == ["cote-d-ivoire"]
    en = "The Council called on the Comorian authorities to hold the vote."
    assert [s for s, _ in owners(en, EN, "en")] == ["comoros"]


def test_a_qualified_adjective_or_another_noun_is_not_the_state():
    # Counter-examples: two words of adjective name another body; the adjective
    # of a people, not of an organ of the State, names no State.
    en = "The Council called on the Turkish Cypriot authorities to resume the talks."
    assert "turkiye" not in [s for s, _ in owners(en, EN, "en")]
    en = "The Council called on the Ivorian refugees' committees to register."
    assert "cote-d-ivoire" not in [s for s, _ in owners(en, EN, "en")]


def test_hostile_adjectives_and_distributives_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: "Le Conseil appelle les " + "différents " * n + "acteurs à agir.",
        100,
    )
    assert_linear(
        lambda t: owners(t),
        lambda n: "Le Conseil prie le Gouvernement " + "ivoirien " * n + "de libérer les détenus.",
        100,
    )
