"""French news reports and statements where an organisation's head speaks for
it in reported speech: its Secretary-General or the Chairperson of its
Commission named by title and organisation, his pronoun, or his surname when
the lead prints it (decisions.text.head_speaker_fr); the participle closing his
sentence; a lone adverb quoted between a verb and its addressee
(decisions.text.quoted_adverbs); a participle phrase opening the sentence
before a body's acronym (decisions.text.opening_participle); numerals and
distributive adjectives before a generic addressee; an opening act asked for
("l'ouverture d'une enquête") named as no body. Texts written for these tests;
each rule with a counter-example left as it was, and its cost kept linear."""

from __future__ import annotations

import pytest

from decisions.text.head_speaker import head_leads, head_subject
from decisions.text.head_speaker_fr import holder_of, speaks_fr, titled_opens
from decisions.text.opening_participle import participle_opens
from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.quoted_adverbs import unquote_adverbs
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners, registry

FR = registry("fr")


def owners(text: str) -> list[list[str]]:
    return page_owners(text, "fr")


def asked(text: str, head: str = "") -> list[str]:
    return [r.owner.slug for r in extract(text, FR, "fr", head=head).requests]


# The Chairperson of a Commission, titled with his organisation, then his name.
CHAIR_PAGE = (
    "Face aux inondations qui frappent la région du fleuve, le Président de la "
    "Commission de la CEDEAO, Omar Diallo, exprime sa vive préoccupation et appelle "
    "les différentes parties et plus particulièrement les milices locales à ouvrir "
    "les routes aux convois de secours.\n\n"
    "Par ailleurs le président de la commission de la CEDEAO, Omar Diallo, appelle "
    "la communauté internationale à financer sans délai le plan de secours.\n"
)


def test_the_titled_chairperson_speaks_for_his_organisation():
    assert owners(CHAIR_PAGE) == [["parties", "milices-locales"], ["international-community"]]


def test_another_person_or_the_united_nations_head_does_not():
    # Counter-examples: a minister, and the United Nations' Secretary-General.
    for speaker in ("le ministre des Affaires étrangères", "le Secrétaire général de l'ONU"):
        page = CHAIR_PAGE.replace("le Président de la Commission de la CEDEAO", speaker)
        page = page.replace("le président de la commission de la CEDEAO", speaker)
        with pytest.raises(ReportParseError):
            parse_report(page)  # nobody asks in the organisation's name
    assert not speaks_fr("le secretaire general de l'onu, ana ruiz, ", 0, 41)
    assert not speaks_fr("le ministre des affaires etrangeres, ", 0, 37)


# A dispatch: the lead names the Secretary-General and prints his name; a
# later paragraph quotes the communiqué naming him by his surname.
DISPATCH = (
    "Le secrétaire général de l’Organisation de la coopération islamique (OCI), "
    "Amadou Sow, a appelé lundi à la fin des combats dans la province du nord.\n\n"
    '"M.Sow a exhorté toutes les parties en conflit à la retenue, en souhaitant une '
    'issue négociée", indique le communiqué.\n'
)


def test_the_holder_named_in_the_lead_speaks_by_his_surname():
    assert holder_of(DISPATCH) == "sow"
    assert owners(DISPATCH)[-1] == ["parties-en-conflit"]


def test_another_surname_does_not_speak():
    # Counter-example: a name the lead does not print after the title.
    page = DISPATCH.replace("M.Sow a exhorté", "M.Kane a exhorté")
    assert owners(page)[-1] == []
    head = head_leads(DISPATCH)
    assert speaks_fr("m. sow ", 0, 7, head) == "holder"
    assert not speaks_fr("m. kane ", 0, 8, head)
    assert not speaks_fr("m. sow ", 0, 7, "")  # no lead naming him: nobody


def test_the_participle_closing_the_heads_sentence():
    text = (
        "Dans son discours à la session, le Secrétaire général de l'OCI, Dr Amadou Sow, "
        "a condamné les frappes contre les camps, appelant le Conseil de sécurité à agir."
    )
    assert asked(text) == ["un-security-council"]
    # Counter-example: a minister's sentence closed by the participle.
    other = text.replace("le Secrétaire général de l'OCI, Dr Amadou Sow", "le ministre Sow")
    assert asked(other) == []
    folded = "le secretaire general de l'oci, dr amadou sow, a condamne les frappes"
    assert titled_opens(folded, 0, len(folded))
    assert not titled_opens("le ministre sow a condamne les frappes", 0, 38)


def test_a_lone_quoted_adverb_and_an_opening_participle():
    text = (
        "Saluant « les efforts du médiateur », l’OCI appelle « fermement » les Nations "
        "unies « à l'envoi d'une mission d'enquête »."
    )
    assert asked(text) == ["united-nations"]
    # Counter-examples: a person after the participle; a quotation of several words.
    assert asked(text.replace("l’OCI", "le ministre")) == []
    assert unquote_adverbs("« la paix durable »") == "« la paix durable »"
    assert unquote_adverbs("appelle « fermement » les") == "appelle " + " " * 4 + "fermement les"
    assert participle_opens("condamnant l'attaque, ", 0, 22)
    assert not participle_opens("cependant, ", 0, 11)


def test_counted_addressees_and_acts_asked_for():
    said = "Les membres du Conseil ont appelé les deux parties à reprendre le dialogue."
    assert asked(said) == ["parties"]
    # An act asked for, and its author, are no addressee; a duration in the future asks nothing.
    assert asked("L’OCI a exigé l’ouverture d’une enquête de l’ONU sur ces faits.") == []
    session = "Placée sous la présidence du Niger, la session, dont les travaux dureront trois"
    assert asked(session + " jours, a élu son bureau.") == []
    # Counter-example: "à la" before a body is no act asked for.
    text = "Le Conseil demande à la Commission de l'Union africaine de lui faire rapport."
    assert asked(text) == ["au-commission"]


def test_hostile_french_heads_stay_linear():
    def subject(t: str) -> bool:
        return head_subject(t, 0, len(t), "")

    assert_linear(subject, lambda n: "le secretaire general de " + "la x " * n, 2_000)
    assert_linear(lambda t: speaks_fr(t, 0, len(t), "*"), lambda n: "m. " + "x " * n, 2_000)
    assert_linear(holder_of, lambda n: "le secretaire general, " + "x " * n, 2_000)
    assert_linear(unquote_adverbs, lambda n: "« fermement » « x " * n, 2_000)
    assert_linear(lambda t: participle_opens(t, 0, len(t)), lambda n: "a" * n + "ant", 2_000)
    assert_linear(parse_report, lambda n: CHAIR_PAGE * n, 20)
