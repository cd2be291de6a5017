"""The authorities of several States named after one head ("the transitional
authorities in Chad, Niger and Sudan": each State), and "decides that ... must /
doivent": an obligation like "shall" / "devront". Texts written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")


def slugs(text: str, reg, language: str) -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_authorities_of_listed_states_are_each_state():
    found = slugs(
        "Urges the transitional authorities in Burkina Faso, Guinea and Niger to respect "
        "the agreed timelines.",
        EN,
        "en",
    )
    assert found == ["burkina-faso", "guinea", "niger"]


def test_french_authorities_of_listed_states():
    found = slugs(
        "Exhorte les autorités de transition du Burkina Faso et du Niger à coopérer.", FR, "fr"
    )
    assert found == ["burkina-faso", "niger"]


def test_a_list_naming_an_unknown_place_stays_as_written():
    found = [
        r.owner.name
        for r in extract(
            "Urges the authorities in Niger and Atlantis to hold elections.", EN, "en"
        ).requests
    ]
    assert found == ["Authorities in Niger and Atlantis"]


def test_decides_that_states_must_act():
    assert slugs("Decides that all States must refrain from supporting such groups.", EN, "en")
    assert slugs("Décide que tous les États doivent s'abstenir de soutenir ces groupes.", FR, "fr")


def test_decides_that_a_thing_must_be_done_asks_nobody():
    assert slugs("Decides that the agreements must be respected in full.", EN, "en") == []
    assert slugs("Décide que les accords doivent être respectés.", FR, "fr") == []
    # Not a decision: an opinion on what States should do.
    assert slugs("Le Conseil estime que les États doivent agir.", FR, "fr") == []


def test_a_french_name_goes_on_with_its_lower_case_adjectives_and_complement():
    found = [
        r.owner.name
        for r in extract(
            "Exige que les Forces armées maliennes cessent les combats.", FR, "fr"
        ).requests
    ]
    assert found == ["Forces armées maliennes"]
    found = [
        r.owner.name
        for r in extract(
            "Décide que le Conseil national de transition devra organiser les élections.", FR, "fr"
        ).requests
    ]
    assert found == ["Conseil national de transition"]


def test_a_verb_after_a_french_name_ends_it():
    found = [
        r.owner.name
        for r in extract("Exige que les Parties respectent le cessez-le-feu.", FR, "fr").requests
    ]
    assert found == ["Parties"]
