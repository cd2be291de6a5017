"""News pages and press releases that retell a meeting's text in reported
speech: a request closing a list of gerunds ("..., and urging X to"), a hedge
("reportedly"), an agency named before the communiqué ("Agency X says the final
communiqué of the summit, held in Y, urged ..."), a body named with "a"/"un"
("tasked a ministerial committee with ..."), a possessor after "by" ("backed by
Algeria's efforts": nobody asked), a request inside the action another request
asks for ("called on countries to join an initiative ... to urge the Council to
..."), a call renewed ("renewed the call to ..."). Sentences written for these
tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

EN = registry("en")
FR = registry("fr")


# A participle closing a list of gerunds, and before a bare plural of States.


def test_a_participle_closing_a_list_of_gerunds_asks_its_addressee():
    text = (
        "The main points of the declaration include condemning the attacks, demanding "
        "a truce, and urging the UN Security Council to act without delay."
    )
    assert owners_named(text, EN) == ["un-security-council"]


def test_a_participle_before_a_bare_plural_of_states_asks_them():
    text = "The summit condemned the raids, urging nations to list the militias as terrorists."
    assert owners_named(text, EN) == ["Nations"]
    text = "The summit condemned the raids, urging countries to close their airspace."
    assert owners_named(text, EN) == ["Countries"]


def test_a_preamble_closing_with_and_and_a_participle_asks_nobody():
    # Counter-example: a sentence a participle opens tells what another text asked.
    text = (
        "Considering that the truce should help the civilians, and encouraging the parties "
        "to continue their talks,"
    )
    assert owners_named(text, EN) == []


def test_the_united_nations_is_no_generic_plural():
    assert owners_named("The summit called on the United Nations to act.", EN) == ["united-nations"]


# A news report's hedge between the communiqué and its verb.


def test_a_hedged_communique_asks_as_the_communique_does():
    text = "The communiqué reportedly called on countries to stop selling weapons to the parties."
    assert owners_named(text, EN) == ["Countries"]
    # Counter-example: a hedge does not make a minister's words the communiqué's.
    text = "The minister reportedly called on countries to stop selling weapons to the parties."
    assert owners_named(text, EN) == []


# An agency named before the communiqué in a news page's lead.

PAGE = (
    "Summit ends in Cairo\n\n"
    "Gulf news agency, GNA, says the final communiqué of the extraordinary Summit of the "
    "bloc, held in Cairo, urged the international community to protect the civilians.\n\n"
    "Reuters says the foreign minister of the host country, speaking in Cairo, urged donors "
    "to give more to the refugees of the region.\n\n"
    "The communiqué reportedly called on countries to ban the sale of arms to the militias.\n"
)


def test_an_agency_reporting_the_communique_leads_a_paragraph():
    paragraphs = parse_report(PAGE).paragraphs
    firsts = [p.text.split(",")[0] for p in paragraphs]
    assert "Gulf news agency" in firsts
    lead = next(p for p in paragraphs if p.text.startswith("Gulf"))
    assert owners_named(lead.text, EN) == ["international-community"]


def test_an_agency_reporting_a_minister_leads_no_paragraph():
    # Counter-example: the minister is no body that met.
    paragraphs = parse_report(PAGE).paragraphs
    assert not any(p.text.startswith("Reuters") for p in paragraphs)


# A body named with an indefinite article.


def test_a_body_named_with_an_indefinite_article_is_asked():
    text = "The communiqué tasked a ministerial committee with monitoring the truce."
    assert owners_named(text, EN) == ["Ministerial committee"]
    text = "The Summit requested an ad hoc committee of experts to report on the matter."
    assert owners_named(text, EN) == ["Ad hoc committee of experts"]
    text = "Le Sommet charge un comité ministériel de suivre la mise en œuvre de la résolution."
    assert owners_named(text, FR) == ["Comité ministériel"]


def test_an_indefinite_article_before_no_body_asks_nobody():
    assert owners_named("The Council urged a review of the sanctions to be completed.", EN) == []
    assert owners_named("The Council called on a number of donors to give.", EN) != [
        "Number of donors"
    ]


# A possessor after "by" is asked nothing.


def test_a_possessor_after_by_is_no_agent():
    text = "It also urged support for the bid for full membership, backed by Algeria's efforts."
    assert owners_named(text, EN) == []


def test_an_agent_after_by_is_still_read():
    # Counter-example: the body that is to respect the ceasefire.
    assert owners_named("The Council urged respect for the ceasefire by all parties.", EN) == [
        "All parties"
    ]


# A request inside the action another request asks for.


def test_a_request_inside_the_action_asked_is_not_the_meetings():
    text = (
        "The communiqué called on countries to join an initiative led by three States, "
        "to urge the UN Security Council to halt arms transfers."
    )
    assert owners_named(text, EN) == ["Countries"]


def test_a_second_request_after_a_verb_of_deciding_is_the_meetings():
    text = (
        "The Council called on the parties to cease hostilities and decided to request the "
        "Secretary-General to report."
    )
    assert owners_named(text, EN) == ["Parties", "secretary-general"]
    assert owners_named("The Assembly decided to urge Member States to ratify it.", EN) == [
        "member-states"
    ]


# A call renewed.


def test_a_renewed_call_to_asks_its_addressee():
    text = "The meeting renewed the call to the international community to intensify efforts."
    assert owners_named(text, EN) == ["international-community"]
    # Counter-example: a call to action names nobody.
    assert owners_named("The meeting renewed the call to action on climate.", EN) == []


# Linear growth.


def _gerunds(n: int) -> str:
    return "Key points include " + "condemning the raids, " * n + "and urging the parties to act."


def _agency(n: int) -> str:
    return "Agency X says the final communiqué of the summit " + "of the bloc " * n + "urged."


def _indefinite(n: int) -> str:
    return "The Council tasked a " + "ministerial " * n + "committee with monitoring the truce."


def _nested(n: int) -> str:
    return "The Council called on the parties " + "to urge the others " * n + "to act."


def test_reading_gerund_lists_grows_linearly():
    assert_linear(lambda t: extract(t, EN, "en"), _gerunds, 20)


def test_reading_an_agency_lead_grows_linearly():
    assert_linear(lambda t: parse_report(t + "\n"), _agency, 20)


def test_reading_indefinite_bodies_grows_linearly():
    assert_linear(lambda t: extract(t, EN, "en"), _indefinite, 20)


def test_reading_nested_requests_grows_linearly():
    assert_linear(lambda t: extract(t, EN, "en"), _nested, 20)
