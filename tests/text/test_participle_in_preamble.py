"""A participle after a comma ("..., urging the parties to ...") carries the
sentence's request on a news page, but not in a preambular paragraph, where it
tells what another text asked ("Taking note of the letter from X, requesting
the Council to ..."): that text's request, not the meeting's. Sentences
written for this test."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

REGISTRIES = {"en": registry("en"), "fr": registry("fr")}


def owners(text: str, language: str) -> list[str]:
    found = extract(text, REGISTRIES[language], language).requests
    return [r.owner.slug or r.owner.name for r in found]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Taking note of the letter from the Government of Ruritania, requesting the "
            "Council to extend the mandate of the mission,",
            "en",
        ),
        (
            "Recalling the report of the Secretary-General, inviting the Member States to give,",
            "en",
        ),
        (
            "Rappelant la lettre du Gouvernement de la Ruritanie, invitant le Conseil à "
            "prolonger le mandat de la mission,",
            "fr",
        ),
    ],
)
def test_a_participle_in_a_preambular_paragraph_asks_nobody(text, language):
    assert owners(text, language) == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "The Assembly restated its backing, urging the parties to resume talks.",
            "en",
            ["parties"],
        ),
        (
            "Le Conseil a redit son appui, exhortant les parties à reprendre le dialogue.",
            "fr",
            ["parties"],
        ),
    ],
)
def test_a_news_sentence_s_participle_still_asks(text, language, expected):
    assert owners(text, language) == expected


def test_preambular_participle_stays_linear():
    def make(n: int) -> str:
        return "Noting the letter from the Government, requesting the Council to act, " * n

    assert_linear(lambda text: extract(text, REGISTRIES["en"], "en"), make, 40)
