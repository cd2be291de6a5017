"""Paragraphs opening with their subject: a communiqué's "The Meeting invited
..." lines before the list it decided, and the sentences of a resolution whose
subject is the body asked ("Le Secrétaire général fournira ...", "The
Committee shall meet ..."). Texts written after OIC communiqués and early UN
Security Council resolutions."""

from __future__ import annotations

import pytest

from tests.text.helpers import numbers, owners_named, texts

owners = owners_named


COMMUNIQUE = """Final communiqué of the meeting of the Contact Group on Sudan

Jeddah, 4 May 2019

The Meeting urged OIC Member States to extend humanitarian aid to the displaced families.
The Meeting called on the Transitional Council to release all political prisoners.
After deliberations, the Meeting decided as follows:
- To request the Secretary-General to dispatch a fact-finding mission.
- To request the OIC Group in Geneva to follow up the matter.
"""


def test_a_communiques_lines_opening_with_the_meeting_are_paragraphs_before_its_list():
    assert [t[:30] for t in texts(COMMUNIQUE)] == [
        "The Meeting urged OIC Member S",
        "The Meeting called on the Tran",
        "To request the Secretary-Gener",
        "To request the OIC Group in Ge",
    ]


def test_lines_opening_with_the_meeting_give_way_to_the_numbered_list_that_follows():
    text = (
        "The Meeting welcomed the delegations of the member states.\n"
        "The Meeting then adopted its agenda.\n\n"
        "The Meeting decided as follows:\n\n"
        "1. Requests the Secretary-General to follow up.\n\n"
        "2. Welcomes the report of the Committee.\n"
    )
    assert numbers(text) == ["1", "2"]
    assert texts(text)[0] == "Requests the Secretary-General to follow up."


def test_a_sentence_whose_subject_is_a_body_goes_on_a_list_of_clauses():
    text = (
        "Le Conseil de sécurité,\n\n"
        "Rappelant sa résolution 12,\n\n"
        "Crée un Comité d'observation composé de trois membres ;\n\n"
        "Invite le Comité à faire rapport dans un délai de dix jours.\n\n"
        "Le Comité et son personnel auront le droit de circuler librement.\n\n"
        "Le Secrétaire général, vu l'urgence, fournira au Comité le personnel nécessaire.\n\n"
        "Adoptée à la 300e séance\n"
    )
    assert numbers(text) == ["1", "2", "3", "4"]
    assert texts(text)[3].startswith("Le Secrétaire général, vu l'urgence")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Secrétaire général, vu l'urgence, fournira au Comité le personnel nécessaire.",
            ["secretary-general"],
        ),
        ("Le Comité d'observation se réunira au plus tard le 3 mai.", ["Comité d'observation"]),
        ("The Monitoring Committee shall meet before the end of March.", ["Monitoring Committee"]),
        ("Le Comité et son personnel auront le droit de circuler librement.", []),
        ("Le Comité aura le droit de se rendre partout où le Comité jugera utile d'aller.", []),
        ("The Committee shall have the right to go wherever the Committee shall deem useful.", []),
        ("La situation au Sahara occidental demeure préoccupante.", []),
        ("Le rapport devra être présenté au Conseil.", []),
        ("The report shall be submitted to the Council.", []),
        ("Welcomes the report, which the Committee shall discuss in March.", []),
    ],
)
def test_a_body_opening_a_sentence_in_the_future_or_with_shall_is_asked_to_act(text, expected):
    assert owners(text) == expected
