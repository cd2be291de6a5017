"""News pages retelling a communiqué: "the Authority charges X to ...", a
line quoting it ('"It decides: To adopt ...; and charges ..."'), "another
decision reached was to instruct X to ...", "a lancé un appel au gouvernement
soudanais pour qu'il ...", a dateline and an aside before a long name with its
acronyms in brackets, a last sentence whose full stop the copy lost; and the
fuller name a short second mention stands for ("the Technical Committee on the
Road Network", then "the Technical Committee"). Texts written for these tests."""

from __future__ import annotations

import contextlib

from decisions.text.context import named
from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract, extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")


def owners(text: str, reg=EN, language: str = "en") -> list[str]:
    return [
        r.owner.slug if r.owner.registered else r.owner.name
        for r in extract(text, reg, language).requests
    ]


def test_charges_with_its_addressee_is_a_request():
    assert owners("The Summit charges the Standing Committee to finish its work.") == [
        "Standing Committee"
    ]
    assert owners("The Summit charged the Standing Committee to finish its work.") == [
        "Standing Committee"
    ]


def test_charges_as_a_noun_or_a_remit_is_no_request():
    assert owners("The Committee charged with the follow-up met twice.") == []
    assert owners("The Summit noted the charges the Standing Committee had heard.") == []
    assert owners("The police charged the marchers at dawn.") == []


def test_a_short_mention_takes_the_fuller_name_with_an_article_inside():
    first = "The Summit commends the Technical Committee on the Road Network for its work."
    second = "It charges the Technical Committee to finish the report."
    found = extract_all([first, second], EN, "en")
    assert [r.owner.name for r in found[1].requests] == ["Technical Committee on the Road Network"]


def test_an_article_after_to_or_before_any_head_starts_no_name():
    assert [n.name for n in named("the report of the Review Mechanism to the Council")] == [
        "Review Mechanism"
    ]
    assert [n.name for n in named("the Prosecutor of the Review Mechanism for Claims")] == [
        "Review Mechanism for Claims"
    ]


def test_a_news_line_quoting_the_communique_stays_one_paragraph():
    text = (
        "The regional bloc met on Friday, according to the final communique of the summit.\n\n"
        '"The Authority commends the Technical Committee on the Road Network for its work."\n\n'
        '"It decides: To adopt the Transport Pact for the region; and charges the Technical '
        'Committee to continue its work on the remaining issues."\n'
    )
    paragraphs = parse_report(text).paragraphs
    quoted = [p.text for p in paragraphs if "It decides" in p.text]
    assert len(quoted) == 1 and quoted[0].startswith('"It decides: To adopt')
    found = extract_all([p.text for p in paragraphs], EN, "en")
    assert [r.owner.name for e in found for r in e.requests] == [
        "Technical Committee on the Road Network"
    ]


def test_a_resolution_line_is_still_cut_at_its_colon():
    text = "The Council decides: To adopt the Transport Pact; To request the Secretariat to act.\n"
    assert not parse_report(text).paragraphs[0].text.startswith("The Council decides")


def test_another_decision_reached_was_to_instruct():
    assert owners(
        "Another decision reached was to instruct the Regional Negotiators to conclude the talks."
    ) == ["Regional Negotiators"]
    assert owners("One of the decisions taken was to urge Member States to ratify it.") == [
        "member-states"
    ]


def test_a_decision_to_welcome_asks_nobody():
    assert owners("Another decision reached was to welcome the report of the Negotiators.") == []
    assert owners("The problem was to instruct the Regional Negotiators in time.") == []


def test_an_appeal_to_a_government_by_its_adjective_before_pour_que():
    text = "Le CPS a lancé un appel au gouvernement soudanais pour qu'il renforce le dialogue."
    assert owners(text, FR, "fr") == ["sudan"]
    text = "Le CPS a lancé un appel au renforcement du dialogue pour qu'il soit utile."
    assert owners(text, FR, "fr") == []


_DATELINE = (
    "Khartoum, Soudan (AGENCE) - Relevant que des obstacles sérieux freinaient le "
    "déploiement de la mission conjointe dans la région, le Conseil de la paix et de la "
    "sécurité (CPS) de l'Union africaine (UA) a lancé un appel au gouvernement soudanais pour "
    "qu'il renforce ses échanges avec la mission"
)


def test_a_dateline_an_aside_and_a_long_name_with_acronyms_open_a_paragraph():
    text = "Le CPS presse le Soudan\n" + _DATELINE + "\n"
    paragraphs = parse_report(text).paragraphs
    assert len(paragraphs) == 1 and paragraphs[0].text.startswith("Khartoum")
    assert owners(paragraphs[0].text, FR, "fr") == ["sudan"]


def test_a_short_block_without_a_stop_is_no_paragraph():
    # A headline-like block: few words, no stop, the speaker after a link.
    text = "Selon PANA, le Conseil a lancé un appel au gouvernement soudanais\n"
    assert parse_report(text + "\n" + _DATELINE + "\n").paragraphs[0].text.startswith("Khartoum")


def test_long_names_and_unstopped_blocks_stay_linear():
    def page(n: int) -> str:
        name = "le Conseil " + "de la paix (CPS) " * n
        return name + "a lancé un appel " * n + "\n" + "mot " * (40 * n) + "\n"

    assert_linear(parse_report, page, 200)


def test_a_request_of_a_text_described_with_its_own_subject_is_told():
    text = (
        "Le Sommet a salué la résolution 2391 aux termes de laquelle le Conseil de sécurité "
        "demande à la Mission d'appuyer la force."
    )
    assert owners(text, FR, "fr") == []
    text = (
        "The Summit welcomed resolution 2391, by which the Security Council requests the "
        "Mission to support the force."
    )
    assert owners(text) == []


def test_a_text_of_the_speaker_taken_up_by_a_pronoun_still_asks():
    text = "Le Sommet a adopté une déclaration par laquelle il demande aux parties de cesser."
    assert owners(text, FR, "fr") == ["Parties"]
    text = "The Summit adopted a declaration by which it requests the parties to stop fighting."
    assert owners(text) == ["Parties"]


def test_a_pronoun_with_its_own_verb_then_et_demande_opens_a_paragraph():
    text = (
        "Le Conseil a adopté une résolution sur la force d'observation.\n"
        "Le texte a été adopté à l'unanimité. Il comprend dix paragraphes, dont l'un prévoit: "
        '"Le mandat est prorogé", et demande au Secrétaire général de veiller à la sécurité.\n'
    )
    paragraphs = parse_report(text).paragraphs
    asked = [p for p in paragraphs if p.text.startswith("Le texte")]
    assert len(asked) == 1
    assert owners(asked[0].text, FR, "fr") == ["secretary-general"]


def test_a_described_lead_far_before_many_verbs_stays_linear():
    def text(n: int) -> str:
        return "aux termes de laquelle le Conseil " + "demande au Comité d'agir, " * n + "."

    assert_linear(lambda t: extract(t, FR, "fr"), text, 100)


def test_a_topic_then_an_acronym_speaks_and_for_a_ends_the_addressees():
    text = (
        "In a statement read for the Chair,the OIC expressed alarm at the events of the week "
        "and encouraged the parties for a peaceful settlement through talks."
    )
    assert owners(text) == ["Parties"]
    page = "Envoys met in Jeddah on Monday.\n\n" + text + "\n"
    assert len(parse_report(page).paragraphs) >= 1


def test_for_the_inside_a_name_is_kept():
    text = "The Summit requests the Office for the Coordination of Humanitarian Affairs to act."
    assert owners(text) == ["ocha"]
    text = "The Summit calls on the Committee for an Arab Solution to meet."
    assert owners(text) == ["Committee for an Arab Solution"]


def test_a_topic_then_a_person_speaking_is_no_paragraph():
    text = (
        "In a statement read for the Chair, the Foreign Minister of a member State "
        "urged the international community to act.\n"
    )
    with contextlib.suppress(ReportParseError):
        assert parse_report(text).paragraphs == ()


def test_a_topic_with_many_verbs_stays_linear():
    def text(n: int) -> str:
        return "In a statement on the matter, the OIC " + "urged the parties to act and " * n + "."

    assert_linear(lambda t: extract(t, EN, "en"), text, 200)


def test_the_security_council_members_open_a_press_statement_paragraph():
    text = (
        "The following press statement was issued today:\n\n"
        "The Security Council members expressed serious concern over the crisis in the region.\n\n"
        "The Security Council members called for an end to the fighting and a return to calm.\n"
    )
    paragraphs = parse_report(text).paragraphs
    assert [p.text[:31] for p in paragraphs][-2:] == [
        "The Security Council members ex",
        "The Security Council members ca",
    ]
    assert [owners(p.text) for p in paragraphs] == [[] for _ in paragraphs]


def test_council_members_inside_a_sentence_open_no_paragraph():
    text = "Several reports noted that the Security Council members met twice in June.\n"
    with contextlib.suppress(ReportParseError):
        assert parse_report(text).paragraphs == ()
