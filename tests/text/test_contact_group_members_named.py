"""The members of a contact group named with the organisation's acronym
before the group ("the members of the OIC Contact Group on ...") are the
registry's contact-group-members, whatever the group's topic, even one
that holds "and" (a territory named by two places): the topic is no second
addressee. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


@pytest.mark.parametrize(
    "text",
    [
        "Requests the members of the OIC Contact Group on Bosnia and Herzegovina to meet"
        " before the next session;",
        "Invites the members of the OIC Contact Group on the Sahel to hold a ministerial meeting;",
    ],
)
def test_the_members_of_the_oic_contact_group_are_one_addressee(text):
    assert owners_named(text, EN, "en") == ["contact-group-members"]


def test_in_french_with_the_acronym_after_the_group():
    text = (
        "Invite les membres du Groupe de contact de l'OCI sur la Bosnie-Herzégovine à se"
        " réunir en marge de la session ;"
    )
    assert owners_named(text, FR, "fr") == ["contact-group-members"]


def test_another_addressee_after_the_group_is_still_read():
    text = (
        "Urges the members of the OIC Contact Group on Sierra Leone and the Secretary-General"
        " to meet;"
    )
    assert owners_named(text, EN, "en") == ["contact-group-members", "secretary-general"]


def test_the_group_s_statement_asks_nobody_of_its_members():
    text = "Welcomes the statement of the OIC Contact Group on Bosnia and Herzegovina;"
    assert "contact-group-members" not in owners_named(text, EN, "en")
