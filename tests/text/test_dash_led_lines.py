"""A communiqué republished as dash-led lines, its operative verbs with no
subject after the dash ("- Recalls its communiqués ...", "- Rappelle ...",
"- يدعو ..."): each line is a paragraph, read in order. Texts written for these
tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN_LINES = (
    "Communique of the meeting on the situation in the region\n"
    "Council,\n"
    "- Takes note of the briefing by the Commissioner. Council also takes note of the statement;\n"
    "- Recalls its previous communiqués and press statements on the situation;\n"
    "- Expresses its satisfaction with the efforts of the mediators;\n"
    "- Urges the parties to return to the talks without delay;\n"
)


def test_english_dash_led_lines_are_paragraphs():
    report = parse_report(EN_LINES)
    assert [p.text[2:12] for p in report.paragraphs] == [
        "Takes note",
        "Recalls it",
        "Expresses ",
        "Urges the ",
    ]
    owners = [r.owner.slug for r in extract(report.paragraphs[-1].text, registry("en")).requests]
    assert owners == ["parties"]


def test_french_dash_led_lines_are_paragraphs():
    text = (
        "Communiqué de la réunion sur la situation dans la région\n"
        "Le Conseil,\n"
        "- Rappelle ses communiqués antérieurs sur la situation dans la région ;\n"
        "- Exprime sa satisfaction pour les efforts des médiateurs ;\n"
        "- Exhorte les parties à reprendre les pourparlers sans délai ;\n"
    )
    report = parse_report(text)
    assert [p.text[2:10] for p in report.paragraphs] == ["Rappelle", "Exprime ", "Exhorte "]


def test_a_dash_inside_a_sentence_is_no_line_opening():
    # Counter-example: a dash between the subject and its verb leaves the verb
    # to whoever the words before name (here a person: no request of the meeting).
    found = extract("The envoy - speaking in Accra - urged the parties to talk.", registry("en"))
    assert found.requests == ()


def test_hostile_dash_lines_stay_linear():
    assert_linear(parse_report, lambda n: "- Recalls its communiqués on the region;\n" * n, 50)
