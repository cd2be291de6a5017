"""An English news report of an organisation's Secretary-General whose lead
names him after his organisation in full and its acronym ("The Secretary
General of the Organization of X (ACR), First bin Second Al-Last, said ..."):
his family name alone, later, speaks for the organisation ("Al-Last also
called on ..."), as does a news epithet with the acronym ("The ACR chief added
that ... and called on ..."). And "the governments of member states", lower
case, are the Member States: the French pattern of action nouns ("-ment") no
longer reads the English "governments" as an action. Sentences written for
these tests after the structure of a wire report."""

from __future__ import annotations

from decisions.text.head_speaker import head_leads
from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

LEAD = (
    "The Secretary General of the Organization of Islamic Cooperation (OIC), Karim bin "
    "Saleh Al-Nouri, voiced the organization's backing for the relief work of member states."
)
REG = registry("en")


def owners(paragraphs: list[str]) -> list[list[str]]:
    page = "\n\n".join([LEAD, *paragraphs])
    try:
        report = parse_report(page)
    except ReportParseError:  # no paragraph read: nobody asked
        return []
    found = extract_all([p.text for p in report.paragraphs], REG, "en", report.head)
    return [
        [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests] for e in found
    ]


def test_the_holder_is_read_after_the_organisation_in_full():
    assert head_leads(LEAD).holder == "al-nouri"
    lead = "Secretary-General of the OIC Foo (OIC), Dr. Karim A. Al-Nouri, has approved the grant."
    assert head_leads(lead).holder == "al-nouri"
    # The United Nations' Secretary-General named so is no holder of the head's title.
    un = "The Secretary-General of the United Nations (UN), Pablo Ruiz, said the talks failed."
    assert getattr(head_leads(un), "holder", "") == ""


def test_his_family_name_alone_speaks_for_the_organisation():
    found = owners(
        [
            "Al-Nouri praised the measures the States took for the flood victims.",
            "Al-Nouri also called on the governments of member states to send tents and water.",
        ]
    )
    assert found[-1] == ["member-states"]


def test_another_persons_name_does_not_speak():
    # Counter-example: a name the lead never gave the head.
    found = owners(["Haddad also called on the governments of member states to send tents."])
    assert all(not f for f in found)


def test_the_chief_epithet_with_a_first_verb_phrase_speaks():
    found = owners(
        [
            "The OIC chief added that the region should not look away and called on states "
            "to fund the field hospitals."
        ]
    )
    assert found[-1] == ["States"]
    # Counter-example: another body's chief.
    found = owners(["The army chief added that roads were closed and called on states to help."])
    assert all(not f for f in found)


def test_the_governments_of_member_states_are_the_member_states():
    assert owners_named("Calls on the governments of member states to share data.", REG) == [
        "member-states"
    ]
    # The governments of no registered group stay as written.
    assert owners_named("Calls on the governments of the region to share data.", REG) == [
        "Governments of the region"
    ]
    # Counter-example: a noun in "-ment" naming an action is still no body.
    assert owners_named("Calls for the development of the region.", REG) == []


def test_reading_such_a_report_grows_linearly():
    unit = "The OIC chief added that the region should act and called on states to help. "

    def make(n: int) -> str:
        return LEAD + "\n\n" + unit * max(1, n // len(unit))

    assert_linear(lambda page: parse_report(page), make, 10_000)


def test_a_participle_after_the_heads_own_verb_is_his_request():
    found = owners(
        [
            '"Al-Nouri praised the shelters the States opened for the displaced, calling on '
            'the local councils to keep them open through the winter," the statement said.'
        ]
    )
    assert found[-1] == ["Local councils"]
    found = owners(["He praised the relief work, urging the donors to release the funds."])
    assert found[-1] == ["Donors"]


def test_a_participle_after_another_persons_verb_is_not():
    # Counter-example: a minister opens the sentence.
    found = owners(["The minister praised the relief work, urging the donors to release funds."])
    assert all(not f for f in found)


def test_participles_after_the_heads_verb_grow_linearly():
    unit = "He praised the relief work, urging the donors to release the funds. "

    def make(n: int) -> str:
        return LEAD + "\n\n" + unit * max(1, n // len(unit))

    assert_linear(lambda page: parse_report(page), make, 10_000)
