"""A person speaking for an organisation: the chairperson of its commission in
a statement retold in the third person ("The Chairperson calls on ..."), and its
head in a message of his own in the first person ("I would like to call on
...") are the organisation's requests (decisions.text.head_speaker). Texts
written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.head_speaker import head_leads, head_subject
from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")


def owners(text: str) -> list[list[str]]:
    report = parse_report(text)
    found = extract_all([p.text for p in report.paragraphs], EN, "en", report.head)
    return [[r.owner.slug for r in e.requests] for e in found]


CHAIR_PAGE = (
    "The Chairperson of the Commission of the African Union, Ms Ada Nwosu, follows with "
    "concern the floods in the eastern provinces.\n\n"
    "The Chairperson calls on the parties to open the roads to the relief convoys.\n\n"
    "Moreover, the Chairperson strongly regrets the delays and renews her call on all donors "
    "to fund the appeal before the winter.\n"
)


def test_the_commission_chairperson_named_in_the_lead_speaks_for_it():
    assert owners(CHAIR_PAGE)[-2:] == [["parties"], ["donors"]]
    assert head_leads("The AU Commission Chairperson said on Monday ...").title == "chair"


def test_a_chairperson_the_lead_does_not_name_as_the_commissions_asks_nothing():
    # Counter-example: the chair of a meeting (a minister) is no head of the commission.
    page = CHAIR_PAGE.replace(
        "The Chairperson of the Commission of the African Union, Ms Ada Nwosu,",
        "The Chairperson of the ministerial meeting, Ms Ada Nwosu,",
    )
    with pytest.raises(ReportParseError):
        parse_report(page)
    assert not head_leads("The Chairperson of the meeting said on Monday ...")
    # The chairperson's subject only after a lead naming him: not a secretary-general's page.
    sg = head_leads("The OIC Secretary-General said on Monday ...")
    assert not head_subject("the chairperson ", 0, 16, sg)


MESSAGE_PAGE = (
    "Every year the world marks the day of the volunteers. The Message of the AMU "
    "Secretary General on this occasion was,\n"
    "“On this occasion, I would like to call on all Member States’ Governments, "
    "International organizations, Civil Societies and all young people, to fund the "
    "volunteers.\n"
    "We need to do more for the volunteers in the region.\n"
    "In conclusion, I would like to reiterate my call to all the Member States to fund the "
    "programme.”\n"
)


def test_the_head_in_his_own_message_speaks_in_the_first_person():
    found = [o for o in owners(MESSAGE_PAGE) if o]
    assert found == [
        ["member-states", "international-organizations", "civil-societies", "young-people"],
        ["member-states"],
    ]


def test_i_is_no_speaker_when_the_lead_names_no_message_of_the_head():
    # Counter-example: a report of the Secretary-General's visit, quoting someone else.
    page = MESSAGE_PAGE.replace(
        "The Message of the AMU Secretary General on this occasion was,",
        "The AMU Secretary General visited the camps, where a volunteer said,",
    )
    assert not [o for o in extract_all(page.split("\n"), EN, "en") if o.requests]
    assert not head_leads(page.split("\n")[0]).first_person
    assert head_leads(MESSAGE_PAGE.split("\n")[0]).first_person


def test_a_registered_bodys_governments_in_the_possessive_go_on_the_list():
    text = "The Council calls on Member States' authorities and all donors to fund the appeal."
    found = extract_all([text], EN, "en")[0]
    assert [r.owner.slug for r in found.requests] == ["member-states", "donors"]
    # Counter-example: the possessive of a body before its action stays the action.
    other = "The Council calls on Member States' efforts and all donors to fund the appeal."
    assert "member-states" in [r.owner.slug for r in extract_all([other], EN, "en")[0].requests]


def test_persons_speaking_for_the_organisation_stay_linear():
    assert_linear(parse_report, lambda n: CHAIR_PAGE * n, 20)
    assert_linear(parse_report, lambda n: MESSAGE_PAGE + "I would like to thank you. " * n, 200)
    sg = head_leads(MESSAGE_PAGE.split("\n")[0])
    assert_linear(lambda t: head_subject(t, 0, len(t), sg), lambda n: "i " + "also " * n, 2_000)
    assert_linear(head_leads, lambda n: "message of the " * n + "chairperson", 2_000)
