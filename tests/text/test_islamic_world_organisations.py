"""Organisations of civil society, aid or charity described as those of the
Islamic world ("les organisations civiles et humanitaires dans le monde
islamique") are the registry's Islamic NGOs (decisions.text.islamic_world);
French adjectives in "-itaires" joined by "et" stay in one name. Sentences
written for these tests; counter-examples; the cost kept linear."""

from __future__ import annotations

from decisions.text.bodies import index_of
from decisions.text.islamic_world import addressee_ref
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")


def owners(text: str, reg=FR, language: str = "fr") -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_aid_organisations_of_the_islamic_world_are_islamic_ngos():
    fr = (
        "Le Secrétaire général de l'OCI a exhorté les organisations caritatives et "
        "humanitaires du monde musulman à secourir les déplacés."
    )
    assert owners(fr) == ["islamic-ngos"]
    en = "Urges the humanitarian organizations of the Muslim world to help the displaced."
    assert owners(en, EN, "en") == ["islamic-ngos"]


def test_other_organisations_stay_as_written():
    # Counter-examples: no "Islamic world"; organisations of no civil, aid or charity kind.
    assert "islamic-ngos" not in owners(
        "Le Conseil a exhorté les organisations civiles et humanitaires à secourir les déplacés."
    )
    assert "islamic-ngos" not in owners(
        "Le Conseil a exhorté les organisations financières du monde islamique à aider."
    )
    # "-itaires" joined by "et": one name, as "régionales et internationales" is.
    assert owners("Le Conseil a exhorté les autorités civiles et militaires à agir.") == [
        "autorites-civiles-et-militaires"
    ]


def test_hostile_descriptions_stay_linear():
    index = index_of(FR)
    assert_linear(
        lambda t: addressee_ref(index, t, (0, len(t), 0), []),
        lambda n: "organisations " + "civiles, " * n + "du monde",
        100,
    )
