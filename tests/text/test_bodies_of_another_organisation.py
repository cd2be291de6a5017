"""A registered body's name followed by "of" and another registered
organisation, to which it does not belong ("les États membres de la
CEDEAO"), names that organisation's body, kept for review as written: the
short registered name does not win over the longer one. Sentences written
for these tests, never copied."""

from __future__ import annotations

from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


def test_member_states_of_another_organisation_are_its_own():
    text = "Invite les États membres de la CEDEAO à renforcer leur appui à la transition."
    # The registry holds the ECOWAS's own Member States (branch issuer).
    assert owners_named(text, FR) == ["ecowas-member-states"]


def test_member_states_of_another_organisation_in_english():
    text = "Calls upon the Member States of the African Union to support the mission."
    assert owners_named(text, EN) == ["au-member-states"]


def test_a_body_of_the_organisation_named_after_it_stays_registered():
    # Counter-example: the Secretary-General is the OIC's.
    text = "Prie le Secrétaire général de l'OCI de faire rapport à la prochaine session."
    assert owners_named(text, FR) == ["secretary-general"]


def _long(n: int) -> str:
    return "Invite les États membres de la CEDEAO " + "et du Sahel " * n + "à agir."


def test_reading_a_body_of_another_organisation_grows_linearly():
    assert_linear(lambda t: owners_named(t, FR), _long, 20)
