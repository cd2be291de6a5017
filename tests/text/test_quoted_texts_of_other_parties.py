"""A news page quoting another party's text in the first person plural ("“We
urge ...,” the rebels' statement read", "le communiqué des rebelles précise :
« Nous appelons ... »") next to the communiqué of the body that met: only the
body's own text (its author unnamed, or named as the meeting: "the summit's
final statement", "le communiqué final du sommet") asks anybody. And many
quotations cost work linear in the text. Sentences written for these tests."""

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
        # a possessive naming another author
        ("“We call on all parties to lay down their arms,” the rebels' statement read.", "en"),
        ("“We urge the member States to stay out,” the movement’s short statement read.", "en"),
        ("The Government's statement read: “We call upon all parties to act.”", "en"),
        # a party's noun among the text's words
        ("“We urge all member States to stop the raids,” the rebel statement said.", "en"),
        # an author after the text's noun
        ("“We call upon the Security Council to act,” the statement by the rebels read.", "en"),
        ("“We urge all member States to help,” said the statement issued by the junta.", "en"),
        ("« Nous appelons les États membres à agir », a indiqué le communiqué des rebelles.", "fr"),
        ("« Nous exhortons les parties à négocier », selon la déclaration du mouvement.", "fr"),
        (
            "Le communiqué publié par la junte précise : « Nous invitons les États membres "
            "à venir. »",
            "fr",
        ),
        # a speaker named before the text
        ("“We urge all member States to help,” rebels said in their statement.", "en"),
        ("“We urge the international community to act,” a spokesman for the group said.", "en"),
        ('وقال البيان الصادر عن المتمردين: "ندعو جميع الدول الأعضاء إلى دعم الصندوق".', "ar"),
        ('وأضاف البيان الذي أصدرته الحركة: "ندعو جميع الدول الأعضاء إلى دعم الصندوق".', "ar"),
        ('وجاء في بيان المتمردين "ندعو جميع الدول الأعضاء إلى دعم الصندوق".', "ar"),
    ],
)
def test_another_party_s_text_quoted_in_the_first_person_asks_nobody(text, language):
    assert owners(text, language) == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "“We urge all member States to step up their support,” the summit’s final "
            "statement read.",
            "en",
            ["member-states"],
        ),
        (
            "“We call upon all member States to act,” the statement of the meeting read.",
            "en",
            ["member-states"],
        ),
        (
            "“We urge all member States to act,” the Contact Group's statement read.",
            "en",
            ["member-states"],
        ),
        (
            "« Nous appelons les États membres à agir », a indiqué le communiqué final du sommet.",
            "fr",
            ["member-states"],
        ),
        (
            "« Nous invitons les États membres à contribuer », a ajouté le communiqué du 12 mars.",
            "fr",
            ["member-states"],
        ),
        (
            'وقال البيان الختامي: "ندعو جميع الدول الأعضاء إلى دعم الصندوق".',
            "ar",
            ["member-states"],
        ),
    ],
)
def test_the_meeting_s_own_text_named_with_its_author_still_asks(text, language, expected):
    assert owners(text, language) == expected


# -- bounded work: many quotations, each opened before "we" and its verb


def _quotations(n: int) -> str:
    unit = "“ we urge the "
    return "The ministers deplored " + unit * max(1, n // len(unit)) + "parties to act."


def _closed_quotations(n: int) -> str:
    unit = "“We urge all parties to act,” the rebels' statement read. "
    return unit * max(1, n // len(unit))


@pytest.mark.parametrize("make", [_quotations, _closed_quotations])
def test_many_quotations_cost_work_linear_in_their_number(make):
    assert_linear(lambda text: extract(text, REGISTRIES["en"], "en"), make, 5_000)
