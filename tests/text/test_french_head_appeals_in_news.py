"""French news pages where an organisation's Secretary-General asks: his name
after the title with the closing comma left out ("..., le prof. X Y a lancé un
appel à ..."), his name with no comma after the organisation's acronym in
brackets, a relative clause of his between commas before the verb; an adverb
closing the list of addressees ("... et les ONG en particulier, à ...");
"l'ensemble de la / du" before an addressee. Texts written for these tests."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import ReportParseError, parse_report
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, page_owners, registry

FR = registry("fr")


def test_a_name_left_open_after_the_title_asks():
    page = (
        "Le Secrétaire général de l'OCI, le prof. Jean Exemple a lancé un appel pressant "
        "à la communauté internationale en faveur du Tchad."
    )
    assert len(parse_report(page).paragraphs) == 1
    # Counter-example: a statement of his in that form opens no paragraph.
    with pytest.raises(ReportParseError):
        parse_report("Le Secrétaire général de l'OCI, le prof. Jean Exemple a insisté sur ceci.")


def test_a_name_after_the_acronym_in_brackets_and_a_relative_aside():
    page = (
        "Le secrétaire général de l'Organisation de la coopération islamique (OCI) "
        "Jean Exemple a invité les États membres à venir en aide au Tchad.\n"
        "Le Secrétaire général de l'OCI, qui a présenté ses condoléances au peuple du "
        "Tchad, a appelé les donateurs à agir."
    )
    assert page_owners(page, "fr") == [["member-states"], ["donateurs"]]
    # Counter-example: another organisation's head is not read as the OCI's.
    with pytest.raises(ReportParseError):
        parse_report("Le porte-parole, qui était à Paris, a appelé les donateurs à agir.")


def test_an_adverb_closing_the_list_and_the_whole_of():
    text = (
        "Le Conseil appelle l'ensemble de la communauté internationale, les donateurs "
        "et les diverses ONG en particulier, à accorder une aide."
    )
    found = owners_named(text, FR)
    assert "ONG en particulier" not in found and "ONG" in found
    assert "Ensemble de la communauté internationale" not in found
    # Counter-example: "en particulier" opening an inclusive aside keeps the list.
    text = "Le Conseil invite les donateurs, en particulier les pays voisins, à agir."
    assert owners_named(text, FR) == ["Donateurs"]


def _page(n: int) -> str:
    line = "Le Secrétaire général de l'OCI, le prof. Jean Exemple a lancé un appel aux donateurs.\n"
    return line * n


def _list(n: int) -> str:
    return "Le Conseil appelle " + "les donateurs, " * n + "et les ONG en particulier, à agir."


def test_loose_names_grow_linearly():
    assert_linear(lambda t: page_owners(t, "fr"), _page, 6)


def test_closing_adverbs_grow_linearly():
    assert_linear(lambda t: owners_named(t, FR), _list, 10)
