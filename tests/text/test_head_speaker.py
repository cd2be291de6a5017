"""A news report of an organisation's Secretary-General speaking for it: when
the lead names him, "He called on ..." and "The Secretary General urged ..."
are the organisation's requests (decisions.text.head_speaker); when the lead
names a minister, or another organisation's Secretary-General, "he" asks
nothing in the organisation's name. Texts written for these tests."""

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


HEAD_PAGE = (
    "The Arab Maghreb Union (AMU) Secretary General Dr. Karim Salah has said that the "
    "member states follow the floods in the region with deep concern.\n\n"
    "He called on the parties to open the roads to the relief convoys at once.\n\n"
    "The Secretary General urged the donors to fund the appeal before the winter.\n\n"
    "At the same time, he also called on the neighbouring countries to shelter the families.\n"
)


def test_the_head_named_in_the_lead_speaks_for_the_organisation():
    assert owners(HEAD_PAGE)[-3:] == [["parties"], ["donors"], ["neighbouring-countries"]]


def test_the_head_who_chaired_the_meeting():
    page = (
        "The contact group met in Geneva on Monday under the chairmanship of the OIC "
        "Secretary-General Mr Omar Sall.\n\n"
        "In his speech, he urged the donors to keep their pledges to the refugees.\n"
    )
    assert owners(page)[-1] == ["donors"]


def test_he_is_no_speaker_without_the_head_in_the_lead():
    # Counter-examples: a minister, and another organisation's Secretary-General.
    minister = HEAD_PAGE.replace(
        "The Arab Maghreb Union (AMU) Secretary General Dr. Karim Salah", "The foreign minister"
    )
    with pytest.raises(ReportParseError):
        parse_report(minister)  # no paragraph: nobody asks in the organisation's name
    texts = minister.split("\n\n")
    found = extract_all(texts, EN, "en")
    assert [[r.owner.slug for r in e.requests] for e in found][1:] == [[], [], []]
    assert not head_leads("UN Secretary-General Ana Ruiz said the talks had failed.")
    assert not head_leads("The Secretary-General of the United Nations said so.")
    assert head_leads("The OIC Secretary-General said the talks had failed.")


def test_the_subject_before_the_verb():
    def subject(words: str) -> bool:
        return head_subject(words, 0, len(words))

    assert subject("he in a statement ")
    assert subject("the gcc secretary-general dr. karim salah ")
    assert subject("at the same time, she ")
    assert not subject("the un secretary-general ")
    assert not subject("the secretary-general of the united nations ")
    assert not subject("the minister ")


def test_hostile_head_subjects_stay_linear():
    assert_linear(lambda t: head_subject(t, 0, len(t)), lambda n: "he " + "also " * n + "x", 2_000)
    assert_linear(head_leads, lambda n: "un secretary general " * n, 2_000)
    assert_linear(parse_report, lambda n: HEAD_PAGE * n, 20)


def test_he_after_a_sentence_naming_another_person_is_that_person():
    # Class: a pronoun whose sentence before (in its paragraph) names a person by
    # another title (a minister, an envoy): his words, not the organisation's head's.
    page = HEAD_PAGE.replace(
        "He called on the parties",
        "The Minister of Health of the host country also spoke. He called on the parties",
    )
    assert "parties" not in sum(owners(page), [])
    # Counter-example: the sentence before names the Secretary-General himself.
    same = HEAD_PAGE.replace(
        "He called on the parties",
        "The Secretary General visited the camps. He called on the parties",
    )
    assert "parties" in sum(owners(same), [])


def test_a_hyphenated_un_secretary_general_is_another_organisations():
    assert not head_leads("The UN-Secretary-General said on Monday that the talks would resume.")
    assert head_leads("The AMU Secretary-General said on Monday that the talks would resume.")


def test_the_look_back_for_another_person_stays_linear():
    def make(n: int) -> str:
        return "The Minister spoke. " * n + "He called on the parties to act."

    assert_linear(lambda t: head_subject(t.lower(), len(t) - 30, len(t) - 27), make, 2_000)


def test_another_organisations_or_a_deputys_title_is_not_the_head():
    # Class: the title with another acronym than the one the lead printed before
    # it ("The LAS Secretary-General" on a page whose lead names the AMU's), or a
    # deputy's: not the organisation's head.
    other = HEAD_PAGE.replace(
        "The Secretary General urged", "The LAS Secretary-General Mr. Omar Nabil urged"
    )
    assert "donors" not in sum(owners(other), [])
    deputy = HEAD_PAGE.replace("The Secretary General urged", "The Deputy Secretary General urged")
    assert "donors" not in sum(owners(deputy), [])
    # Counter-examples: the lead's own acronym; a lead that prints none.
    same = HEAD_PAGE.replace("The Secretary General urged", "The AMU Secretary General urged")
    assert owners(same)[-2] == ["donors"]
    assert head_leads("The AMU Secretary-General said on Monday that ...") == "amu"
    assert head_leads("Secretary-General Karim Salah said on Monday that ...") == "*"
    assert head_leads("THE SECRETARY-GENERAL SAID ON MONDAY THAT ...") == "*"  # an article
    assert head_subject("the las secretary-general ", 0, 26, "*")


def test_he_after_a_paragraph_naming_another_person_is_that_person():
    # Class: the same across paragraphs of a news page: "He" opening a paragraph
    # after one whose last sentence names a minister is the minister.
    page = HEAD_PAGE.replace(
        "He called on the parties",
        "The Foreign Minister of the host country also addressed the meeting.\n\n"
        "He called on the parties",
    )
    assert "parties" not in sum(owners(page), [])
    assert owners(page)[-2:] == [["donors"], ["neighbouring-countries"]]
    # Counter-example: a paragraph before that names no other person.
    calm = HEAD_PAGE.replace(
        "He called on the parties", "The meeting lasted two hours.\n\nHe called on the parties"
    )
    assert "parties" in sum(owners(calm), [])
    assert_linear(
        lambda t: owners(t),
        lambda n: HEAD_PAGE + "The Minister spoke.\n\nHe called on the donors to give.\n\n" * n,
        20,
    )
