"""French and English decisions and their reports (issue 18, enfr21): the
members of "the Organisation" with no name after it are the issuing
organisation's; two States' governments under one plural head, each by its
adjective; "engagent" (a plural council's members) asks; "à tout mettre en
œuvre" ends the addressees. Sentences written for these tests, after the
structures of press statements, communiqués and news reports."""

from __future__ import annotations

from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import REGISTRY, registry

EN = registry("en")
FR = registry("fr")


def owners(text: str, reg=FR, language: str = "fr") -> list[str]:
    found = extract(text, reg, language).requests
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found]


def test_member_states_of_the_organisation_are_the_bare_groups():
    fr = "Les ministres ont invité les États membres de l’organisation à voter."
    assert owners(fr) == ["member-states"]
    en = "The Council called upon the Member States of the Organization to pay their dues."
    assert owners(en, EN, "en") == ["member-states"]


def test_the_organisation_with_a_name_or_a_qualifier_is_another_body():
    # Counter-examples: a proper name after the noun, or an adjective.
    named = "Le Conseil prie les États membres de l'Organisation des Nations Unies d'agir."
    assert owners(named) == ["un-member-states"]
    assert owners("Le Conseil prie les États membres de l'organisation sous-régionale d'agir.") == [
        "États membres de l'organisation sous-régionale"
    ]


def test_of_the_organization_in_a_un_text_is_the_uns():
    head = "The Security Council, recalling its earlier resolutions on the region,"
    texts = ["Calls upon the Member States of the Organization to support the mission;"]
    found = extract_all(texts, REGISTRY, head=head)
    assert [r.owner.slug for r in found[0].requests] == ["un-member-states"]


def test_two_governments_by_their_adjectives_under_one_head():
    text = "Les membres du Conseil engagent les Gouvernements tchadien et soudanais à coopérer."
    assert owners(text) == ["chad", "sudan"]
    assert owners("Le Conseil exhorte les autorités malienne et nigérienne à dialoguer.") == [
        "government-of-mali",
        "niger",
    ]


def test_adjectives_of_no_state_stay_as_written():
    # Counter-example: "africains et arabes" names no registered State.
    text = "Le Conseil engage les gouvernements africains et arabes à coopérer."
    assert owners(text) == ["Gouvernements africains"]


def test_the_plural_engagent_asks_and_a_singular_engage_still_does():
    assert owners("Les membres du Conseil engagent le Gouvernement malien à voter.") == [
        "government-of-mali"
    ]
    assert owners("Le Conseil engage les parties à négocier.") == ["Parties"]
    # Counter-example: talks opened, nobody asked.
    assert owners("Les parties engagent des négociations à Alger.") == []


def test_a_tout_before_the_infinitive_ends_the_addressee():
    text = "Le Conseil encourage les parties libyennes concernées à tout faire pour la paix."
    assert owners(text) == ["Parties libyennes concernées"]
    # Counter-example: "à tout moment" is no infinitive.
    assert owners("Le Conseil invite les parties à agir à tout moment.") == ["Parties"]


def test_hostile_lists_of_adjectives_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: "Le Conseil engage les Gouvernements tchadien" + " et soudanais" * n + " à agir.",
        30,
    )
    assert_linear(
        lambda t: owners(t),
        lambda n: "Le Conseil prie les États membres" + " de l'organisation" * n + " d'agir.",
        30,
    )
