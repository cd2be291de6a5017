"""A news report retelling a message of the United Nations Secretary-General
(decisions.text.un_head): when the lead names him with his name, names no
other organisation's head and says it retells his message, his asks are the
report's, by his title, his surname or "il". Pages written for these tests;
counter-examples: a lead naming another head too, a lead saying no message,
another surname; and the cost kept linear."""

from __future__ import annotations

import pytest

from decisions.text.head_speaker import head_leads
from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.un_head import un_lead, un_speaks
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners

PAGE = (
    "Dans un message adressé au sommet de la Ligue des États arabes, le Secrétaire "
    "général de l'ONU, Kofi Annan a demandé aux États membres de la Ligue de soutenir "
    "le processus de paix dans la région.\n\n"
    "Kofi Annan a également exhorté la communauté internationale à financer le plan "
    "de reconstruction du pays.\n\n"
    "« La paix reste possible », a-t-il ajouté devant les délégations.\n"
)


def test_his_message_asks_by_title_and_surname():
    assert un_lead(PAGE) == "annan"
    found = page_owners(PAGE, "fr")
    assert found[-1] == ["international-community"]
    assert len(found) == 2


def test_a_lead_naming_another_head_or_no_message_is_not_his():
    other = PAGE.replace(
        "le Secrétaire général de l'ONU, Kofi Annan a demandé",
        "le Secrétaire général de l'ONU, Kofi Annan et le Secrétaire général de l'OCI ont demandé",
    )
    assert un_lead(other) == ""
    plain = PAGE.replace("Dans un message adressé au sommet de la Ligue des États arabes, le", "Le")
    assert un_lead(plain) == ""
    with pytest.raises(ReportParseError):
        parse_report(plain.replace("Kofi Annan a également exhorté", "M. Annan exhorte"))


def test_another_surname_does_not_speak():
    head = head_leads(PAGE)
    assert un_speaks("kofi annan ", 0, 11, head.holder)
    assert not un_speaks("jean dupont ", 0, 12, head.holder)
    assert not un_speaks("kofi annan ", 0, 11, "")


def test_hostile_leads_stay_linear():
    assert_linear(
        lambda t: un_lead(t),
        lambda n: "Dans un message, le secrétaire général des nations unies, " + "x " * n + "a",
        100,
    )
    assert_linear(
        lambda t: un_speaks(t, 0, len(t), "annan"),
        lambda n: "dans un message " + "a " * n + ", le secretaire general ",
        100,
    )
