"""More phrasings of real resolutions and communiqués (issue 18, parts 2 and 3):
appeals addressed before the word "appeal", instructions given, the subject of
a that-clause asked to act ("demands that X ...", "decides that X shall ..."),
the passive in the future ("sera invité"), qualifiers and asides after an
addressee, reported speech and nominal objects that are no bodies. Sentences
written after the structures of UN, OIC and Arab League texts."""

from __future__ import annotations

import pytest

from tests.text.helpers import owners_named

owners = owners_named


# Appeals and instructions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Adresse aux autorités locales un appel pressant pour qu'elles rouvrent les écoles.",
            ["Autorités locales"],
        ),
        (
            "Fait appel au Gouvernement du Tchad et au Gouvernement du Niger pour que chacun "
            "d'eux facilite le retour des réfugiés.",
            ["chad", "niger"],  # a State's government is the State (text/states.py)
        ),
        (
            "Le Conseil a fait appel aux États voisins afin qu'ils ferment leurs frontières aux "
            "groupes armés.",
            ["États voisins"],
        ),
        (
            "Donne pour instructions au Comité des sanctions de se réunir avant la fin du mois.",
            ["Comité des sanctions"],
        ),
    ],
)
def test_an_appeal_or_an_instruction_names_its_addressees(text, expected):
    assert owners(text) == expected


def test_a_colon_ends_the_addressees_before_their_sub_items():
    text = "Invite les gouvernements concernés : i) A cesser le feu ; ii) A libérer les otages ;"
    assert owners(text) == ["Gouvernements concernés"]


# The subject of a that-clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demands that the Taliban immediately release all detained journalists;", ["Taliban"]),
        (
            "Reiterates its demand that the parties fully and without delay implement the "
            "ceasefire agreement;",
            ["Parties"],
        ),
        (
            "Encourages also that Member States continue building their capacities in port "
            "security;",
            ["member-states"],
        ),
        (
            "Decides further that the Special Envoy and UNSOM, at the request of the Federal "
            "Government, shall support the electoral process;",
            ["Special Envoy", "UNSOM"],
        ),
        (
            "Decides, following the request of the Government of Haiti, that the Mission shall "
            "verify the handover of weapons;",
            ["Mission"],
        ),
        (
            "Decides that, in addition to its current tasks under resolution 2400, the Mission "
            "shall, within its resources, monitor the ceasefire;",
            ["Mission"],
        ),
        (
            "Decides further that the tasks of the Mission shall be those set out in the "
            "report, and that the Mission shall adopt a gradual approach;",
            ["Mission"],
        ),
        (
            "Apprécie l'intention du Secrétaire général de suivre la situation, et demande "
            "qu'il continue à faire rapport au Conseil ;",
            ["secretary-general"],
        ),
        (
            "Exige que les parties au conflit se retirent sans délai du territoire ;",
            ["Parties au conflit"],
        ),
    ],
)
def test_the_subject_of_a_that_clause_is_asked_to_act(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Decides that the measures imposed by paragraph 3 shall apply to all entities;",
        "Decides that the mandate of the Mission shall be renewed for one year;",
        "Reaffirms that the provisions of resolution 2140 shall apply to the designated "
        "individuals;",
        "Stresses that the Mission shall be guided by the principles of the Charter;",
    ],
)
def test_a_that_clause_whose_subject_is_no_body_asks_nobody(text):
    assert owners(text) == []


# The passive in the future, a paragraph opening with "Que"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Que le Secrétaire général sera invité à convoquer le Comité ;",
            ["secretary-general"],
        ),
        (
            "Que la Commission d'enquête sera invitée à commencer ses travaux sans tarder.",
            ["Commission d'enquête"],
        ),
        ("That the Working Group shall be requested to meet in March.", ["Working Group"]),
    ],
)
def test_the_passive_in_the_future_and_a_leading_that(text, expected):
    assert owners(text) == expected


# Qualifiers and asides after an addressee


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donne pour instructions au comité du Conseil constitué le 2 mai de se réunir.",
            ["Comité du Conseil"],
        ),
        (
            "Invite les institutions spécialisées des Nations Unies à renforcer leur appui.",
            ["Institutions spécialisées des Nations Unies"],
        ),
        (
            "Requests the Working Group established pursuant to resolution 1540 to report.",
            ["Working Group"],
        ),
        (
            "Invite le Secrétaire général, conformément à l'Article 99 de la Charte, à saisir "
            "le Conseil.",
            ["secretary-general"],
        ),
        (
            "Requests the Secretary-General, in accordance with Article 98 of the Charter, to "
            "report.",
            ["secretary-general"],
        ),
        (
            "Calls upon the Government, in keeping with its commitments under the Lomé Accord, "
            "to disarm the militias.",
            ["Government"],
        ),
    ],
)
def test_a_qualifier_or_an_aside_after_the_addressee_is_no_body(text, expected):
    assert owners(text) == expected


# Reported speech and nominal objects


def test_a_request_made_in_a_speech_the_meeting_heard_is_not_the_meetings():
    text = (
        "Le Président a prononcé un discours dans lequel il a invité les États membres à "
        "renforcer leur coopération."
    )
    assert owners(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Urges the promotion of the peaceful uses of outer space by all means;",
        "Encourages all efforts to that end;",
        "Demands immediate access by the civilian population of Gaza to basic services;",
        "Urges the intensification of regional diplomatic efforts for the Middle East;",
        "Demande la cessation immédiate des hostilités dans la région du Darfour ;",
    ],
)
def test_a_nominal_object_naming_an_action_is_no_body(text):
    assert owners(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Demands a lasting ceasefire to be respected by all parties;",
            ["All parties"],
        ),
        (
            "Encourages renewed mediation efforts by all parties to that end;",
            ["All parties"],
        ),
        (
            "Requests a written assessment from the Secretary-General within two weeks;",
            ["secretary-general"],
        ),
        (
            "The Meeting further requested the cooperation of the Government of Chad to "
            "facilitate the visit.",
            ["chad"],
        ),
        (
            "Continues to urge all States to cooperate with the Tribunal;",
            ["All States"],
        ),
    ],
)
def test_the_body_that_a_request_names_after_its_object(text, expected):
    assert owners(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Meeting tasked the OIC Groups in New York, Geneva and Brussels with "
            "coordinating their positions in the relevant fora.",
            ["OIC Groups in New York, Geneva and Brussels"],
        ),
        (
            "It was also requested that the Islamic Solidarity Fund release emergency aid.",
            ["islamic-solidarity-fund"],
        ),
        (
            "Il a été demandé que le Secrétaire général présente un rapport à la prochaine "
            "session.",
            ["secretary-general"],
        ),
    ],
)
def test_tasked_with_and_it_was_requested_that(text, expected):
    assert owners(text) == expected
