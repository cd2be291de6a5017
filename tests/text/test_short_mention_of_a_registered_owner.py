"""A registered body asked by its full name, then asked again by the first
words of that name alone ("le Haut-Commissariat des Nations Unies aux droits
de l'homme", then "le Haut-Commissariat"): the second mention is that body.
The same short words with no such body asked before, or with two asked that
both open so, stay as written. Texts written for these tests."""

from __future__ import annotations

from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners, registry

HEAD = "Le Conseil des droits de l'homme,\n\nRappelant ses résolutions antérieures,\n\n"

ASKED_THEN_SHORT = HEAD + (
    "1. Prie le Haut-Commissariat des Nations Unies aux droits de l'homme d'ouvrir un bureau"
    " dans le pays ;\n\n"
    "2. Invite la communauté internationale à financer le plan humanitaire ;\n\n"
    "3. Prie le Haut-Commissariat de fournir au Rapporteur spécial les ressources dont il a"
    " besoin ;\n"
)


def test_the_first_words_of_a_registered_owner_asked_before_are_that_owner():
    owners = page_owners(ASKED_THEN_SHORT, "fr")
    assert owners[0] == ["ohchr"]
    assert owners[2] == ["ohchr"]


def test_the_short_words_with_no_such_owner_asked_before_stay_as_written():
    text = HEAD + (
        "1. Invite la communauté internationale à financer le plan humanitaire ;\n\n"
        "2. Prie le Haut-Commissariat de fournir au Rapporteur spécial les ressources voulues ;\n"
    )
    owners = page_owners(text, "fr")
    assert owners[1] != ["ohchr"]


def test_two_owners_opening_with_the_same_words_leave_the_short_mention_as_written():
    text = HEAD + (
        "1. Prie l'Union africaine de déployer des observateurs ;\n\n"
        "2. Prie l'Union européenne de financer les observateurs ;\n\n"
        "3. Prie l'Union de publier le rapport des observateurs ;\n"
    )
    owners = page_owners(text, "fr")
    assert owners[0] == ["african-union"] and owners[1] == ["european-union"]
    assert owners[2] not in (["african-union"], ["european-union"])


def test_many_short_mentions_read_in_linear_time():
    reg = registry("fr")
    first = "Prie le Haut-Commissariat des Nations Unies aux droits de l'homme d'agir ;"

    def run(texts: list[str]) -> object:
        return extract_all(texts, reg, "fr")

    assert_linear(run, lambda n: [first] + ["Prie le Haut-Commissariat d'agir ;"] * n, 20)
