"""A name followed by words pointing back to it ("le Chef d'état-major
mentionné ci-dessus", "the Chief of Staff mentioned above") is the body named
before, in the same paragraph or an earlier one. Texts written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract, extract_all
from tests.text.helpers import registry

FR = registry("fr")
EN = registry("en")


def slugs(text: str, reg, language: str) -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_a_back_reference_in_the_same_paragraph_is_the_body_named_before():
    text = (
        "Demande au Directeur de la Mission d'observation de faire rapport. Prie en outre "
        "le Directeur mentionné ci-dessus de coopérer avec les parties."
    )
    assert slugs(text, FR, "fr") == ["directeur-de-la-mission-d-observation"]
    text = (
        "Requests the Director of the Observation Mission to report. Further requests the "
        "Director mentioned above to cooperate with the parties."
    )
    assert slugs(text, EN, "en") == ["director-of-the-observation-mission"]


def test_a_back_reference_in_a_later_paragraph():
    found = extract_all(
        [
            "Demande au Directeur de la Mission d'observation un rapport sur la situation.",
            "Prie le Directeur précité de coopérer avec les parties.",
        ],
        FR,
        "fr",
    )
    assert [r.owner.slug for r in found[1].requests] == ["directeur-de-la-mission-d-observation"]


def test_a_back_reference_with_nothing_before_stays_as_written():
    assert slugs("Prie le Directeur mentionné ci-dessus de coopérer.", FR, "fr") == [
        "directeur-mentionne-ci-dessus"
    ]


def test_a_name_ending_otherwise_is_not_read_back():
    text = (
        "Demande au Directeur de la Mission d'observation de faire rapport. Prie en outre "
        "le Directeur des affaires politiques de coopérer avec les parties."
    )
    assert len(slugs(text, FR, "fr")) == 2
