"""A UN resolution in French as its extracted text prints it: each operative
paragraph's number glued to its verb ("3.Prie ...", no space after the full
stop). The numbers are the paragraphs'; a number glued to a word that opens
no clause stays text. Texts written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear
from tests.text.helpers import page_owners

GLUED = (
    "A/HRC/RES/61/7\n\n"
    "Conseil des droits de l'homme\n\n"
    "61/7. Coopération technique avec le pays\n\n"
    "Le Conseil des droits de l'homme,\n\n"
    "Rappelant ses résolutions antérieures sur la question,\n\n"
    "1.Salue les progrès accomplis par le pays dans la réforme de la justice ;\n\n"
    "2.Prie le Haut-Commissariat des Nations Unies aux droits de l'homme de renforcer "
    "son bureau dans le pays ;\n\n"
    "3.Invite la communauté internationale à appuyer le plan national des droits de l'homme ;\n\n"
    "4.Décide de poursuivre l'examen de la question à sa soixante-quatrième session.\n"
)


def test_a_number_glued_to_its_verb_numbers_the_paragraph():
    report = parse_report(GLUED)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3", "4"]
    assert report.paragraphs[1].text.startswith("Prie le Haut-Commissariat")
    assert report.paragraphs[2].text.startswith("Invite la communauté")


def test_the_owners_of_glued_paragraphs_are_read():
    owners = page_owners(GLUED, "fr")
    assert owners[1] == ["ohchr"]
    assert owners[2] == ["international-community"]


def test_a_number_glued_to_no_verb_stays_text():
    text = (
        "Le Conseil,\n\n"
        "1. Prie le Secrétaire général de lui faire rapport ;\n\n"
        "2.Annexe au rapport du Groupe de travail\n\n"
        "3.5 millions de personnes ont besoin d'aide.\n"
    )
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == ["1"]


def test_glued_numbers_read_in_linear_time():
    def make(n: int) -> str:
        body = "".join(f"{k}.Demande aux parties de respecter l'accord ;\n\n" for k in range(1, n))
        return "Le Conseil,\n\n" + body + "1.Cinq" * n + "\n"

    assert_linear(parse_report, make, 40)
