"""News reports naming the speaker in full before its call: an organisation's
institution with its parent's name and both acronyms in brackets, after a
dateline ending with a colon ("PLACE: The Union of X's (UX) Standing Council
(USC) called on ..."), and the organisation's Secretary-General with the
organisation's full name, its acronym in brackets and his name after a comma,
after an agency's dateline ("Town (Agency - 3 May) The Secretary General of
the Union of X (UX), Mr. Y called on ..."). Another organisation's head, or a
subject that is no such name, asks nothing. Texts written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import ReportParseError
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners, registry

EN = registry("en")


def owners(page: str) -> list[list[str]]:
    try:
        return page_owners(page, "en")
    except ReportParseError:
        return []  # no paragraph read: nothing asked


INSTITUTION = (
    "RABAT: The Organization of Islamic Cooperation’s (OIC) Standing Council on Water "
    "Resources (SCWR) called on all member states to share their drought data.\n\n"
    "The council also held a workshop on irrigation in May.\n"
)


def test_an_institution_named_after_its_parent_in_the_possessive_speaks():
    assert owners(INSTITUTION)[0] == ["member-states"]


def test_a_subject_that_is_no_name_with_acronyms_asks_nothing():
    # Counter-example: the words before the verb are a farmers' group, not the body.
    page = INSTITUTION.replace(
        "The Organization of Islamic Cooperation’s (OIC) Standing Council on Water "
        "Resources (SCWR)",
        "Farmers interviewed by the paper on the drought and the harvest",
    )
    assert all(o == [] for o in owners(page))


HEAD = (
    "OIC Secretary-General Calls On Member States To Fund Literacy\n\n"
    "Dakar (Agency / News Service - 3 MAY, 2024) The Secretary General of the Organization "
    "of Islamic Cooperation (OIC), H.E. Amadou Sall called on the Member States to fund the "
    "literacy programme.\n\n"
    "He thanked the host country for its support.\n"
)


def test_the_head_with_the_organisation_in_full_speaks_after_a_dateline():
    assert ["member-states"] in owners(HEAD)


def test_another_organisations_head_named_in_full_does_not():
    # Counter-example: the United Nations' Secretary-General, named the same way.
    page = HEAD.replace(
        "Organization of Islamic Cooperation (OIC), H.E.", "United Nations (UN), H.E."
    )
    assert ["member-states"] not in owners(page)


def test_long_names_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: (
            "RABAT: The Union " + "of Islamic Water " * n + "(OIC) Standing Council (SCWR) "
            "called on all member states to act.\n"
        ),
        20,
    )
    assert_linear(
        lambda t: owners(t),
        lambda n: (
            "OIC Secretary-General Calls\n\nThe Secretary General of the Organization "
            + "of Islamic Cooperation " * n
            + "(OIC), H.E. Amadou Sall called on the Member States to act.\n"
        ),
        20,
    )
