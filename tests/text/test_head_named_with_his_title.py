"""A news report naming the organisation's Secretary-General by his name, his
title between commas ("X, Secrétaire général de l'OCI, a exhorté ..."), after
an opener or none: he speaks for the organisation (head_speaker.appositive_head),
and a French lead's accented title names him. A deputy, or another
organisation's Secretary-General, does not. Texts written for these tests."""

from __future__ import annotations

from decisions.text.folding import fold_text
from decisions.text.head_speaker import appositive_head, head_leads
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners, registry

FR = registry("fr")
EN = registry("en")


def owners(page: str, language: str = "fr") -> list[list[str]]:
    return page_owners(page, language)


FR_PAGE = (
    "Lors de la séance d'ouverture du forum régional, Ahmed Karim Sall, Secrétaire Général "
    "de l'OCI, a exhorté toutes les parties à respecter le cessez-le-feu.\n\n"
    "Le Secrétariat général de l'OCI salue les efforts des médiateurs de la région.\n\n"
    "Le Secrétariat général de l'OCI appelle les donateurs à financer le plan de retour.\n"
)


def test_the_head_named_with_his_title_speaks_for_the_organisation():
    assert owners(FR_PAGE)[0] == ["parties"]
    assert owners(FR_PAGE)[-1] == ["donateurs"]


def test_a_french_lead_names_the_head_with_accents():
    assert head_leads("Ahmed Karim Sall, Secrétaire Général de l'OCI, a exhorté") == "*"


def test_the_title_in_english():
    said = fold_text("Mr Ahmed Sall, the OIC Secretary-General, ")
    assert appositive_head(said, 0, len(said), "oic")


def test_a_deputy_or_another_organisations_head_is_not_the_head():
    # Counter-examples: a deputy; the United Nations' Secretary-General; another
    # organisation's acronym than the lead's.
    for words, own in (
        ("Ahmed Sall, Secrétaire général adjoint de l'OCI, ", "*"),
        ("Ahmed Sall, Secrétaire général de l'ONU, ", "*"),
        ("Ahmed Sall, former Secretary-General of the OIC, ", "*"),
        ("Ahmed Sall, the GCC Secretary-General, ", "oic"),
    ):
        said = fold_text(words)
        assert not appositive_head(said, 0, len(said), own), words
    page = FR_PAGE.replace("Secrétaire Général de l'OCI", "Secrétaire général adjoint de l'OCI")
    assert owners(page) == [[], ["donateurs"]]  # the deputy's call is no paragraph


def test_long_openers_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: (
            "Lors de la séance " + "du forum " * n + ", Ahmed Sall, Secrétaire général de "
            "l'OCI, a exhorté les parties à respecter la trêve.\n"
        ),
        50,
    )
