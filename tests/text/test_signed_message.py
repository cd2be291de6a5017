"""A message an institution's head signs, asking in the first person and
unquoted: the request is the institution's (decisions.text.signed_message). A
person quoted by a report ("“I urge ...,” the minister said"), and an opinion
("I believe that ..."), ask nothing. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")


def owners(text: str) -> list[str]:
    return [r.owner.slug for r in extract(text, EN, "en").requests]


def test_the_writer_asks_in_the_first_person():
    assert owners("I call upon all Member States to renew their pledges to the Fund.") == [
        "member-states"
    ]
    assert owners("I also urge the international community to fund the appeal.") == [
        "international-community"
    ]


def test_the_writer_asks_in_french():
    fr = "Je lance un appel aux États membres pour qu'ils renouvellent leurs contributions."
    found = [r.owner.slug for r in extract(fr, registry("fr"), "fr").requests]
    assert found == ["member-states"]
    # Counter-example: a quoted speaker.
    fr = "« Je lance un appel aux États membres », a déclaré le ministre."
    assert [r.owner.slug for r in extract(fr, registry("fr"), "fr").requests] == []


def test_a_donors_list_keeps_its_generic_addressees():
    text = "I call upon the Member States, associations and individuals to give generously."
    assert owners(text) == ["member-states", "associations", "individuals"]
    # A plural in "-ions" is a noun of the list, not an adjective of the next one.
    text = "I call upon the Member States, foundations, associations and individuals to give."
    assert owners(text) == ["member-states", "associations", "individuals"]


def test_adjectives_of_one_series_stay_one_addressee():
    # Counter-example: adjectives over one noun.
    text = "The Council called on international, regional and subregional organizations to help."
    assert len(owners(text)) == 1


def test_a_signed_message_is_read_as_a_page():
    page = (
        "Message of the Chairman\n\n"
        "The Fund has supported schools and hospitals across the region for many years.\n\n"
        "Its projects have grown in number and in reach since the Fund was founded.\n\n"
        "I call upon all Member States to renew their pledges to the Fund this year.\n\n"
        "The Chairman of the Board\n"
    )
    report = parse_report(page)
    asked = [owners(p.text) for p in report.paragraphs]
    assert ["member-states"] in asked


def test_a_quoted_person_or_an_opinion_asks_nothing():
    # Counter-examples: quotation marks, a verb of saying, an opinion, and the
    # plural of a news page's own words.
    assert owners("We urge all Member States to read the report before the summit.") == []
    assert owners("“I call upon all parties to stop the fighting,” the minister said.") == []
    assert owners("I call upon all parties to stop the fighting, he said on Monday.") == []
    assert owners("I believe that the parties should stop the fighting.") == []


def test_many_adverbs_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: "I " + "also " * n + "call upon all Member States to act.",
        100,
    )
