"""Who speaks for the body that met, in news reports and statements (own
sentences): a meeting named with the indefinite article, "here" before a time,
the person who chaired the meeting named with an aside, a session's text named
before the body with no comma, and an institution naming itself by its full
name and an acronym in two parts."""

from __future__ import annotations

from decisions.text.chair_aside import chair_of_the_meeting
from decisions.text.clauses import acronym_speaker
from decisions.text.outcome_lead import outcome_then_subject
from decisions.text.prose import _MEETING_SUBJECT_RE, _operative
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners, registry


def _read(text: str, language: str) -> list[str]:
    """The owners of a whole report, paragraph after paragraph."""
    return [name for names in page_owners(text, language, names=True) for name in names]


# A news report: the meeting first named with "An", "here on Monday" before the
# verb, then the chair's call, then statements of others.
NEWS_EN = (
    "Ministers meet on the border crisis\n"
    "An urgent meeting of the interior ministers of the regional council here on Monday "
    "voiced alarm at the fighting and asked the African Union to send observers.\n"
    "The Minister of Interior of Ruritania, who chaired the urgent meeting, called on "
    "the international community to fund the relief effort.\n"
    "A senior delegate, who attended the meeting, called on the donors to hurry.\n"
    "The ministers will meet again next month in the capital.\n"
)


def test_indefinite_meeting_and_its_chair_speak():
    owners = _read(NEWS_EN, "en")
    assert "African Union" in owners
    assert any("international community" in o.lower() for o in owners)
    assert not any("donors" in o.lower() for o in owners)  # another speaker


def test_indefinite_meeting_subject():
    assert _operative(
        "An extraordinary summit of the regional leaders expressed concern at the "
        "drought and asked the donors to help."
    )
    # counter-example: a person at the meeting is not the meeting
    assert not _operative("A delegate at the summit asked the donors to help at once.")


def test_here_before_a_time():
    assert _operative("The Council here on Tuesday asked the parties to stop the fighting.")
    assert _operative("Le Conseil ici hier a demandé aux parties de cesser les combats.")


def test_chair_aside():
    assert chair_of_the_meeting("the minister of ruritania, who chaired the urgent meeting,")
    assert chair_of_the_meeting("le ministre de la ruritanie, qui presidait la reunion,")
    # counter-examples: an aside that says nothing of chairing
    assert not chair_of_the_meeting("a senior delegate, who attended the meeting,")
    assert not chair_of_the_meeting("le porte-parole, qui assistait a la reunion,")


def test_text_named_before_the_body_without_comma():
    subject = _MEETING_SUBJECT_RE
    assert outcome_then_subject("in a resolution on ruritania the council", subject)
    assert outcome_then_subject("dans une resolution sur la ruritanie le conseil", subject)
    # counter-examples: another subject after the lead; no lead at all
    assert not outcome_then_subject("in a resolution on ruritania the government", subject)
    assert not outcome_then_subject("after a debate on ruritania the council", subject)
    assert _operative(
        "In a decision on the northern region the Council requested the Office of the "
        "Envoy to report on the talks."
    )


def test_institution_naming_itself():
    text = "Youth Forum for Peace and Cooperation (YFP-DC) firstly thanks"
    assert acronym_speaker(text, 0, len(text) - len("thanks"))
    assert acronym_speaker("YFP-DC again ", 0, len("YFP-DC again "))
    # counter-examples: a figure with a hyphen, a mixed-case name
    assert not acronym_speaker("COVID-19 ", 0, len("COVID-19 "))
    assert not acronym_speaker("UN-Habitat ", 0, len("UN-Habitat "))
    statement = (
        "Youth Forum for Peace and Cooperation (YFP-DC) firstly thanks the young people of "
        "the world on the day of youth and calls on the national youth councils to join "
        "their efforts.\n\n"
        "   YFP-DC highly values the work of the regional bodies for young people.\n"
    )
    assert _read(statement, "en") == ["National youth councils"]


def test_linear():
    assert_linear(lambda t: chair_of_the_meeting(t), lambda n: "x, who chaired " + "the " * n, 200)
    assert_linear(
        lambda t: outcome_then_subject(t, _MEETING_SUBJECT_RE),
        lambda n: "in a resolution on " + "the x " * n + "the council",
        200,
    )
    assert_linear(
        lambda t: acronym_speaker(t, 0, len(t)), lambda n: "Forum For " * n + "(AB-CD) ", 200
    )
    assert_linear(
        lambda t: _operative(t),
        lambda n: "An urgent meeting of " + "the council " * n + "asked the parties to act.",
        200,
    )


# A summary of a human rights body's texts naming an office cut before its topic.
RIGHTS_EN = (
    "RIGHTS COUNCIL ENDS ITS SPRING SESSION\n\n"
    "The Human Rights Council closed its spring session tonight after adopting twenty texts.\n\n"
    "In a resolution on Ruritania the Council requested the Office of the High Commissioner "
    "to assess the situation of detainees and to report to the Council.\n"
)
RIGHTS_FR = (
    "Le Conseil des droits de l'homme a clos sa session de printemps ce soir.\n\n"
    "Dans une résolution sur la Ruritanie le Conseil a prié le Haut-Commissariat des Nations "
    "Unies d'évaluer la situation des détenus.\n"
)


def test_office_cut_before_its_topic():
    assert _read(RIGHTS_EN, "en") == [
        "Office of the United Nations High Commissioner for Human Rights"
    ]


def test_office_cut_before_its_topic_counter_example():
    # a text that writes no topic of such an office: the name stays as written
    text = RIGHTS_EN.replace("Human Rights Council", "Regional Council").replace(
        "RIGHTS COUNCIL", "REGIONAL COUNCIL"
    )
    assert _read(text, "en") == ["Office of the High Commissioner"]


def test_office_cut_linear():
    from decisions.text.topic_names import TopicNames

    names = TopicNames(registry("en"))
    assert_linear(lambda t: names.seen(t), lambda n: "human rights and refugees " * n, 500)


def test_office_cut_before_its_topic_fr():
    assert _read(RIGHTS_FR, "fr") == ["Haut-Commissariat des Nations Unies aux droits de l'homme"]
