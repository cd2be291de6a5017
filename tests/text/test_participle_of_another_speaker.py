"""A participle after a comma carrying a request ("..., urging all parties to
...", "..., appelant les parties à ...", "...، داعيا الأطراف إلى ...") is the
request of its sentence's subject: the body that met's when that subject is
the body (its name, its members, its text, its acronym), another speaker's
otherwise (a minister, a spokesman, a government quoted by a news page).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

REGISTRIES = {"en": registry("en"), "fr": registry("fr"), "ar": registry("ar")}


def owners(text: str, language: str) -> list[str]:
    found = extract(text, REGISTRIES[language], language).requests
    return [r.owner.slug or r.owner.name for r in found]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The minister spoke to reporters, urging all parties to respect the truce.", "en"),
        ("The Secretary-General welcomed the meeting, urging all member States to help.", "en"),
        ("The president of the Council met the press, urging all parties to talk.", "en"),
        ("The minister told the meeting he was worried, urging all parties to talk.", "en"),
        (
            "In a statement, the rebels rejected the talks, urging the member States to stay out.",
            "en",
        ),
        ("Le ministre s'est adressé à la presse, appelant les parties à respecter la trêve.", "fr"),
        ("Le gouvernement a rejeté l'accord, exhortant les États membres à se retirer.", "fr"),
        ("وقال الوزير للصحفيين، داعيا جميع الأطراف إلى احترام الهدنة.", "ar"),
        ("وأدانت الحكومة القصف، داعية الدول الأعضاء إلى دعم الصندوق.", "ar"),
        ("Italy stressed that the city is occupied, calling on member States to act.", "en"),
    ],
)
def test_a_participle_after_another_speaker_s_sentence_asks_nobody(text, language):
    assert owners(text, language) == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "The Council condemned the attacks, urging all parties to respect the truce.",
            "en",
            ["parties"],
        ),
        (
            "ADDIS ABABA, 3 May - The PSC condemned the attacks, urging all parties to stop.",
            "en",
            ["parties"],
        ),
        (
            "On Monday, the leaders condemned the raids, urging all member States to help.",
            "en",
            ["member-states"],
        ),
        (
            "The members of the Council met, urging all parties to respect the truce.",
            "en",
            ["parties"],
        ),
        (
            "Par ailleurs, le Sommet a salué le rapport, appelant les États membres à agir.",
            "fr",
            ["member-states"],
        ),
        ("L'UA a salué le document, appelant les États membres à agir.", "fr", ["member-states"]),
        ("وأدانت القمة القصف، داعية الدول الأعضاء إلى دعم الصندوق.", "ar", ["member-states"]),
        # the body that met, with nothing between it and the participle's comma
        ("The Council, calling upon all parties to stop the fighting.", "en", ["parties"]),
        ("Le Conseil, appelant les États membres à agir.", "fr", ["member-states"]),
        # a pronoun taking up the body named before
        (
            "They stressed that the city is occupied, calling on member States to act.",
            "en",
            ["member-states"],
        ),
        (
            "Ils ont souligné la gravité de la crise, appelant les États membres à agir.",
            "fr",
            ["member-states"],
        ),
    ],
)
def test_a_participle_after_the_body_s_own_sentence_asks(text, language, expected):
    assert owners(text, language) == expected


def _sentences(n: int) -> str:
    unit = "The minister, on Monday, in Addis - spoke, urging all parties to act. "
    return unit * max(1, n // len(unit))


def _one_sentence(n: int) -> str:
    unit = "the minister spoke, urging all parties, "
    return "The " + unit * max(1, n // len(unit)) + "to act."


@pytest.mark.parametrize("make", [_sentences, _one_sentence])
def test_reading_a_participle_s_subject_costs_linear_work(make):
    assert_linear(lambda text: extract(text, REGISTRIES["en"], "en"), make, 5_000)
