"""An organ named with its organisation's full name in French or English
reads as the same registered body as its Arabic name does ("الأمانة العامة
لمنظمة التعاون الإسلامي"): fixtures/bodies.json. Sentences written for these
tests."""

from __future__ import annotations

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

FR = registry("fr")
EN = registry("en")


def names(found) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]


def test_the_secretariat_named_with_the_organisation_in_full_in_french():
    text = (
        "Prie le Secrétariat général de l'Organisation de la coopération islamique "
        "de coordonner avec l'Institut la campagne d'adhésion."
    )
    assert names(extract(text, FR)) == ["general-secretariat"]


def test_the_secretariat_named_with_the_organisation_in_full_in_english():
    text = (
        "Requests the General Secretariat of the Organisation of Islamic Cooperation "
        "to circulate the study to the Member States."
    )
    assert names(extract(text, EN)) == ["general-secretariat"]


def test_another_organisations_secretariat_is_not_the_oic_one():
    # Counter-example: the same organ of another organisation, named in full.
    text = "Prie le Secrétariat général de l'Organisation des Nations Unies de publier l'étude."
    assert "general-secretariat" not in names(extract(text, FR))


def test_a_long_name_repeated_is_read_in_linear_time():
    assert_linear(
        lambda t: extract(t, FR),
        lambda n: (
            "Prie "
            + "le Secrétariat général de l'Organisation de la coopération islamique, "
            * max(1, n // 70)
            + "de publier l'étude."
        ),
        2_000,
    )
