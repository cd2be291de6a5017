"""A news report's phrase of purpose or circumstance opening the sentence, up
to its comma, then the body that met and its request: the body speaks
(decisions.text.opener_speaker). Another speaker after the comma keeps the
request his own. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")


def owners(text: str, reg=EN, language: str = "en") -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_the_body_that_met_after_an_opener_speaks():
    en = (
        "As a first step towards that goal, the heads of state therefore urged all member "
        "states to tighten border controls."
    )
    assert owners(en) == ["member-states"]
    en = "Against this background, the leaders called on the parties to resume the talks."
    assert owners(en) == ["parties"]
    fr = (
        "Pour atteindre cet objectif, les chefs d'Etat ont exhorté les États membres à "
        "renforcer les contrôles aux frontières."
    )
    assert owners(fr, FR, "fr") == ["member-states"]


def test_a_news_page_reads_the_paragraph():
    page = (
        "Leaders meet in the capital\n\n"
        "The summit of the regional leaders ended on Friday in the capital after two days.\n\n"
        "The leaders reaffirmed their resolve to fight terrorism in the region.\n\n"
        "As a first step towards that goal, the heads of state urged all member states to "
        "tighten border controls.\n"
    )
    report = parse_report(page)
    asked = [owners(p.text) for p in report.paragraphs]
    assert ["member-states"] in asked


def test_another_speaker_after_the_opener_asks_nothing_for_the_meeting():
    # Counter-examples: a minister after the comma; two phrases before the body.
    en = "In a speech to the summit, the minister urged all member states to act."
    assert owners(en) == []
    en = "In a speech, delivered on Friday, the envoy called on the parties to resume talks."
    assert owners(en) == []


def test_long_openers_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: "As a step " + "to that end " * n + ", the leaders urged the parties to act.",
        100,
    )
