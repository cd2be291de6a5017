"""A group named with places, each place with its own "à" / "in" ("les
Groupes de l'OCI à Genève et à New York"), is one group body, not one body
and a city. Sentences written for these tests, never copied."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


def test_french_places_each_with_their_preposition_stay_in_the_group():
    text = "Exhorte les Groupes de l'OCI à Rabat et à Vienne à coordonner leur action."
    assert owners_named(text, FR) == ["Groupes de l'OCI à Rabat et à Vienne"]


def test_english_places_each_with_in_stay_in_the_group():
    text = "Requests the OIC Groups in Vienna, in Rabat and in Nairobi to coordinate."
    assert owners_named(text, EN) == ["OIC Groups in Vienna, in Rabat and in Nairobi"]


def test_a_second_addressee_after_the_conjunction_is_not_a_place():
    # Counter-example: "et les États membres" is a second addressee, not a place.
    text = "Exhorte les Groupes de l'OCI à Rabat et les États membres à coordonner leur action."
    found = owners_named(text, FR)
    assert "member-states" in found and len(found) == 2


def _long(n: int) -> str:
    places = ", ".join(f"à Ville{i}" for i in range(n))
    return f"Exhorte les Groupes de l'OCI {places} et à Rabat à coordonner leur action."


def test_reading_places_grows_linearly():
    assert_linear(lambda t: owners_named(t, FR), _long, 20)
