"""A Security Council press statement: unnumbered lines opening with "Les
membres du Conseil de sécurité <verbe au pluriel>" / "The members of the
Security Council ...", sometimes after a short link ("Dans ce contexte, ...")."""

from __future__ import annotations

from decisions.text.lines import _opens_with_the_meeting
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear

from .helpers import REGISTRY, owners_named

PRESS_FR = """Déclaration à la presse du Conseil de sécurité sur la Guinée

On trouvera ci-après le texte de la déclaration faite aujourd'hui par le Président:

Les membres du Conseil de sécurité exhortent toutes les parties à reprendre le dialogue.

Dans ce contexte, les membres du Conseil de sécurité demandent au Secrétaire général
de suivre la situation.
"""


def test_press_statement_lines_are_paragraphs():
    report = parse_report(PRESS_FR)
    assert len(report.paragraphs) == 2


def test_plural_present_after_the_members_is_a_request():
    text = "Les membres du Conseil de sécurité demandent au Secrétaire général de suivre."
    assert owners_named(text) == ["secretary-general"]


def test_plural_verb_after_another_subject_is_not_read():
    # Someone else asking: not the Council's request.
    assert owners_named("Les réfugiés demandent au Secrétaire général de les aider.") == []


def test_english_members_of_the_council_open_a_paragraph():
    assert _opens_with_the_meeting("The members of the Security Council urged all parties to talk.")
    assert not _opens_with_the_meeting("The members of the Security Council")


def test_linear_on_long_subject():
    assert_linear(
        lambda t: extract(t, REGISTRY),
        lambda n: "Les membres du Conseil " * n + "demandent au Comité de faire.",
        2_000,
    )


def test_plural_statement_lines_are_paragraphs_without_owners():
    text = (
        "Déclaration à la presse\n\n"
        "Les membres du Conseil de sécurité saluent les efforts du Groupe de haut niveau.\n\n"
        "Les membres du Conseil de sécurité prennent note de la décision du Comité.\n"
    )
    report = parse_report(text)
    assert len(report.paragraphs) == 2
    assert not any(extract(p.text, REGISTRY).requests for p in report.paragraphs)
