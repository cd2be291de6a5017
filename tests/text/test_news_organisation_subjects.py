"""News pages retelling an organisation's meeting: the organisation taken up by
its common noun ("The organization urged ..."), the member States speaking for
the meeting ("The OIC member states invited ..."), a quotation opening the
action asked ('called on X to "immediately join ..."'), and a collective asked
through its members ("all members of the international community"). Texts
written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")
AR = registry("ar")


def owners(text: str, reg=EN, language: str = "en") -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_the_organisation_by_its_common_noun_speaks():
    assert owners("The organization urged the parties to return to the talks.") == ["parties"]
    assert owners("The Organisation has called on the donors to fund the plan.") == ["donors"]


def test_the_member_states_retelling_a_declaration_speak():
    assert owners("The OIC member states invited the parties to resume the dialogue.") == [
        "parties"
    ]
    assert owners("The member countries urged the donors to keep their pledges.") == ["donors"]


def test_a_group_among_the_members_is_no_speaker_for_the_meeting():
    # Counter-example: some members of the organisation asking, in their own words.
    assert owners("The African member states urged the parties to resume the dialogue.") == []
    assert owners("The three member states urged the parties to resume the dialogue.") == []


def test_the_paragraphs_of_a_retold_declaration():
    text = (
        "The Organization of Islamic Cooperation met in the capital on Sunday for two days.\n"
        "The OIC member states invited the parties to resume the dialogue at once.\n"
        "The organization urged the donors to keep their pledges to the refugees.\n"
    )
    report = parse_report(text)
    found = [owners(p.text) for p in report.paragraphs]
    assert found[-2:] == [["parties"], ["donors"]]


def test_a_quotation_opening_the_action_asked():
    assert owners('It also called on the parties to "immediately stop the fighting".') == [
        "parties"
    ]
    assert owners("The Council urged the donors to \u201cact now\u201d for the refugees.") == [
        "donors"
    ]


def test_a_collective_asked_through_its_members():
    asked = "The Council invited all members of the international community to help."
    assert owners(asked) == ["international-community"]
    fr = "Le Conseil a invité tous les membres de la communauté internationale à aider."
    assert owners(fr, FR, "fr") == ["international-community"]
    ar = "ودعا المجلس جميع أعضاء المجتمع الدولي إلى المساعدة."
    assert owners(ar, AR, "ar") == ["international-community"]


def test_the_members_of_an_organ_stay_as_written():
    # Counter-example: the members of an organ are not the organ.
    found = owners("The Council urged the members of the Committee to meet again.")
    assert found == ["members-of-the-committee"]
    assert owners("The Council urged the Member States to help.") == ["member-states"]


def test_hostile_subjects_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: "The OIC " + "member " * n + "states urged the parties to act. " * 2,
        200,
    )
    assert_linear(
        lambda t: owners(t),
        lambda n: "The Council urged all members of " * n + "the international community to act.",
        50,
    )


def test_a_board_of_governors_speaks():
    assert owners("The Board of Governors urged the donors to pay their contributions.") == [
        "donors"
    ]
    assert owners("The Board has unanimously called on the donors to pay at once.") == ["donors"]
    # Counter-example: a task another body gave the Board, told in a relative clause.
    told = (
        "The fund answers the summit held in May, which entrusted the Board of Governors "
        "with the task of setting it up."
    )
    assert owners(told) == []


def test_a_news_epithet_for_the_organisation_speaks():
    assert owners("The regional bloc urged the parties to hand over power.") == ["parties"]
    assert owners("The 57-member body called on the donors to act.") == ["donors"]
    assert owners("The Jeddah-based organisation has urged the parties to talk.") == ["parties"]
    assert owners("The Heads of State and Government urged the donors to act.") == ["donors"]
    assert owners("The General Secretariat called on the donors to act.") == ["donors"]


def test_another_organisations_body_is_no_epithet():
    # Counter-examples: the United Nations' "world body" and "UN body" in another's page.
    assert owners("The world body urged the parties to hand over power.") == []
    assert owners("The UN body called on the donors to act.") == []


def test_statements_between_requests_are_paragraphs():
    # A source reporting the body that met ("The declaration says the OIC countries
    # reaffirmed ...") and a rejection are statements of the meeting, read in order.
    text = (
        "The OIC met in the capital on Sunday and adopted a declaration.\n"
        "The OIC member states invited the parties to resume the dialogue at once.\n"
        "The declaration says the OIC countries reaffirmed their support for the refugees.\n"
        "In this context, they rejected the decision to close the border crossings.\n"
        "The organization urged the donors to keep their pledges to the refugees.\n"
    )
    report = parse_report(text)
    assert [p.text[:16] for p in report.paragraphs][-4:] == [
        "The OIC member s",
        "The declaration ",
        "In this context,",
        "The organization",
    ]
    assert [owners(p.text) for p in report.paragraphs][-4:] == [["parties"], [], [], ["donors"]]


def test_a_source_reporting_someone_else_asks_nothing():
    # Counter-example: the source reports a minister, not the body that met.
    assert owners("The agency says the minister urged the parties to resume the talks.") == []


def test_more_ways_a_news_report_names_the_body_that_met():
    asked = [
        "The Organisation of Islamic Cooperation (OIC) on Sunday urged the donors to act.",
        "The Jeddah-based OIC urged the donors to act.",
        "The 35-member PSC urged the donors to act.",
        "Council members urged the donors to act.",
        "The youth forum urged the donors to act.",
        "Foreign ministers of OIC member states called on the donors to act.",
        "The OIC, in a statement issued on Sunday, called on the donors to act.",
    ]
    assert [owners(s) for s in asked] == [["donors"]] * len(asked)


def test_a_person_or_a_paper_is_no_body_that_met():
    # Counter-examples: one minister, a newspaper with an epithet.
    assert owners("The minister urged the donors to act.") == []
    assert owners("The Jeddah-based newspaper urged the donors to act.") == []


def test_a_participle_after_while_carries_the_speakers_request():
    text = "The OIC reaffirmed its support for the refugees while urging the parties to talk."
    assert owners(text) == ["parties"]
    # Counter-example: another speaker's participle.
    other = "The minister reaffirmed his support for the refugees while urging the parties to talk."
    assert owners(other) == []


def test_hostile_while_participles_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: "The OIC noted the report" + " while urging" * n + " the parties to act.",
        100,
    )
