"""Phrasings of real English and French resolutions: bodies resolved by the
longest name, a name attached to nothing, groups named with places, the
passive, "requested that", joiners before any addressee, qualifiers after an
addressee, generic addressees and unnumbered verb-first paragraphs. Short
texts written after the structures of OIC, OAU and UN resolutions."""

from __future__ import annotations

import pytest

from decisions.text.requests import extract
from tests.text.helpers import REGISTRY, numbers, owners_named

owners = owners_named


# Bodies: the longest name wins, a name attached to nothing is no body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A longer name the registry does not hold: kept whole, for review.
        (
            "Demande à l'Organisation des pays exportateurs de pétrole de poursuivre ses efforts.",
            ["Organisation des pays exportateurs de pétrole"],
        ),
        (
            "Requests the Organisation of the Petroleum Exporting Countries to pursue its efforts.",
            ["Organisation of the Petroleum Exporting Countries"],
        ),
        # A longer name the registry holds: that body.
        ("Demande à l'Organisation de l'unité africaine de poursuivre ses efforts.", ["oau"]),
        ("Requests the Organisation of African Unity to pursue its efforts.", ["oau"]),
        (
            "Demande au Secrétariat général de l'Organisation de suivre la question.",
            ["general-secretariat"],
        ),
    ],
)
def test_a_short_alias_never_wins_over_a_longer_name(text, expected):
    assert owners(text) == expected


def test_a_group_named_with_places_is_one_group_body_not_the_organisation():
    text = (
        "Requests the OIC Groups in New York, Geneva and Brussels to follow up "
        "the matter with the relevant bodies."
    )
    assert owners(text) == ["OIC Groups in New York, Geneva and Brussels"]


def test_a_phrase_between_commas_naming_nothing_is_no_body():
    text = (
        "Demande au Conseil de sécurité, eu égard à sa propre déclaration, "
        "de prendre les mesures nécessaires."
    )
    assert owners(text) == ["un-security-council"]


@pytest.mark.parametrize(
    "text",
    [
        "Calls upon, bearing in mind paragraph 1 of this resolution, all States to act.",
        "Requests the Panel, in the course of carrying out its mandate, to report.",
    ],
)
def test_an_adverbial_phrase_after_the_verb_is_no_body(text):
    assert all(not name.lower().startswith(("bearing", "in the")) for name in owners(text))


# Phrasing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Member States are requested to contribute to the Fund.", ["member-states"]),
        ("The Secretary-General is further requested to report.", ["secretary-general"]),
        (
            "Il est demandé au Secrétaire général de faire rapport à la prochaine session.",
            ["secretary-general"],
        ),
        ("Il est également demandé aux États membres de contribuer.", ["member-states"]),
    ],
)
def test_the_passive_names_its_owner(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Conference requested that the Secretary-General submit a report.",
        "Requests that the Secretary-General report on progress at its next session.",
    ],
)
def test_requested_that_names_its_owner(text):
    assert owners(text) == ["secretary-general"]


@pytest.mark.parametrize(
    "text",
    [
        "Demande aux États membres ainsi que la BID de soutenir le programme.",
        "Demande aux États membres ainsi qu'à la BID de soutenir le programme.",
        "Requests the Member States as well as the IsDB to support the programme.",
    ],
)
def test_ainsi_que_or_as_well_as_before_any_addressee(text):
    assert owners(text) == ["member-states", "isdb"]


@pytest.mark.parametrize(
    "text",
    [
        "Urges Member States, particularly those neighbouring Mali, to host the refugees.",
        "Exhorte les États membres, notamment ceux voisins du Mali, à accueillir les réfugiés.",
    ],
)
def test_a_qualifier_after_the_addressee_is_no_body(text):
    assert owners(text) == ["member-states"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Invite tous les intéressés à coopérer.", "Tous les intéressés"),
        ("Calls upon all parties concerned to exercise restraint.", "All parties concerned"),
        ("Calls upon both parties to exercise restraint.", "Both parties"),
        ("Invite les partenaires internationaux à appuyer.", "Partenaires internationaux"),
    ],
)
def test_generic_addressees_are_bodies_to_review(text, name):
    (request,) = extract(text, REGISTRY).requests
    assert (request.owner.name, request.owner.registered) == (name, False)


def test_unnumbered_verb_first_paragraphs_one_after_another():
    text = (
        "The Security Council,\n\n"
        "Recalling its previous resolutions,\n\n"
        "Welcomes the efforts of the parties;\n\n"
        "Requests the Secretary-General to report to the Council every three months;\n\n"
        "Calls upon all parties to exercise restraint;\n\n"
        "Decides to remain seized of the matter.\n"
    )
    assert numbers(text) == ["1", "2", "3", "4"]


def test_adjectives_in_a_series_qualify_one_addressee():
    text = (
        "Calls upon Member States as well as international, regional and subregional "
        "organizations to cooperate with the Committee."
    )
    assert owners(text) == [
        "member-states",
        "International, regional and subregional organizations",
    ]


def test_a_joiner_after_a_comma_opens_the_next_addressee():
    text = (
        "Urges all Member States, as well as international, regional and subregional "
        "organizations to ensure cooperation with the Panel."
    )
    assert owners(text) == [
        "member-states",
        "International, regional and subregional organizations",
    ]
