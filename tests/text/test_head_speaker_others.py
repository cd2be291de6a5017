"""Persons who are not the organisation's head, in the shapes the head's rules
read (decisions.text.head_speaker, head_speaker_fr): the United Nations'
Secretary-General named by the Organisation's full French name, a deputy, an
assistant or a former holder named in the lead, and another person (the UN's
head, a sultan, a foreign secretary) named in the sentence before "He". Their
asks are theirs, never the organisation's. Texts written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.head_speaker import head_leads, head_subject
from decisions.text.head_speaker_fr import speaks_fr
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")


def asked(text: str, lead: str, language: str) -> list[str]:
    reg = EN if language == "en" else FR
    return [r.owner.slug for r in extract(text, reg, language, head=head_leads(lead)).requests]


def test_the_united_nations_head_by_the_organisations_full_french_name():
    folded = "le secretaire general de l'organisation des nations unies "
    assert not speaks_fr(folded, 0, len(folded))
    text = "Le Secrétaire général de l'Organisation des Nations Unies exhorte les parties à agir."
    assert asked(text, "", "fr") == []
    assert not head_leads(
        "Le Secrétaire général de l'Organisation des Nations Unies, Ana Ruiz, a parlé."
    )
    # Counter-example: the organisation's own head, named in full, still speaks.
    own = "Le Secrétaire général de l'Organisation de la coopération islamique exhorte"
    assert asked(own + " les parties à agir.", "", "fr") == ["parties"]


@pytest.mark.parametrize(
    "lead",
    [
        "The OIC Deputy Secretary-General, Mr Karim Salah, said the talks had failed.",
        "The OIC Assistant Secretary-General for Humanitarian Affairs said the talks had failed.",
        "Former OIC Secretary-General Karim Salah said the talks had failed.",
        "The UN Under-Secretary-General for Political Affairs said the talks had failed.",
        "Le Secrétaire général adjoint de l'OCI, M. Karim Salah, a parlé.",
        "The Deputy Chairperson of the Commission of the African Union said so.",
    ],
)
def test_a_deputy_an_assistant_or_a_former_holder_in_the_lead_is_not_the_head(lead):
    assert not head_leads(lead)


def test_the_head_after_another_persons_title_in_the_lead_still_leads():
    # Counter-example: the head named after a deputy is the head.
    lead = "The OIC Deputy Secretary-General read the message of the OIC Secretary-General."
    assert head_leads(lead) == "oic"
    assert head_leads("The OIC Secretary-General said the talks had failed.") == "oic"


@pytest.mark.parametrize(
    "before",
    [
        "The UN Secretary-General addressed the session.",
        "The Secretary-General of the United Nations addressed the session.",
        "The Deputy Secretary-General addressed the session.",
        "The Sultan addressed the session.",
        "Pakistan's foreign secretary addressed the session.",
    ],
)
def test_he_after_another_person_is_that_person(before):
    lead = "The OIC Secretary-General spoke in Jeddah on Monday."
    text = before + " He urged the parties to cease fire."
    assert asked(text, lead, "en") == []


def test_he_after_the_head_himself_is_the_head():
    # Counter-example: the sentence before names the head himself.
    lead = "The OIC Secretary-General spoke in Jeddah on Monday."
    text = "The Secretary-General addressed the session. He urged the parties to cease fire."
    assert asked(text, lead, "en") == ["parties"]


def test_hostile_leads_and_persons_stay_linear():
    assert_linear(head_leads, lambda n: "deputy secretary general " * n, 2_000)
    head = head_leads("The OIC Secretary-General spoke.")

    def make(n: int) -> str:
        return "the un secretary-general spoke. " * max(1, n // 32) + "he "

    assert_linear(lambda t: head_subject(t, len(t) - 3, len(t), head), make, 2_000)
