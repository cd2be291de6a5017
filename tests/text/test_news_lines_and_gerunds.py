"""A news page whose paragraphs stand one a line with no blank line between
them, a request made in a gerund ("Tout en exhortant les parties à ..., le
Conseil a ..."), and a reprinted resolution whose first number is printed
otherwise than the next ("1 –", then "2.", "3."). Texts written for these
tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.text.helpers import registry

FR = registry("fr")


def owners(text: str) -> list[str]:
    return [r.owner.slug or r.owner.name for r in extract(text, FR, "fr").requests]


def test_a_gerund_request_names_its_addressees():
    text = (
        "Tout en exhortant les milices à libérer les otages sans délai, les membres du "
        "Conseil ont exprimé leur inquiétude."
    )
    assert owners(text) == ["milices"]


def test_a_gerund_with_no_addressee_asks_nobody():
    assert owners("Le Conseil a salué le travail de la Mission, en appelant à la retenue.") == []
    # A gerund that is no request.
    assert owners("En soulignant les progrès accomplis, le Conseil a salué la Mission.") == []


NEWS = (
    "Dans un communiqué, les Quinze ont souligné la gravité de la situation dans le pays.\n"
    "Tout en exhortant les milices à libérer les otages, les membres du Conseil ont exprimé "
    "leur préoccupation quant au sort des civils pris au piège des combats.\n"
    "Par ailleurs, les membres du Conseil ont encouragé les organisations régionales à "
    "répondre rapidement aux besoins humanitaires des populations déplacées.\n"
    "Un nouveau représentant spécial a été nommé et la Mission rouvrira son bureau en mai.\n"
)


def test_news_paragraphs_one_a_line_are_read_one_by_one():
    paragraphs = parse_report(NEWS).paragraphs
    texts = [p.text for p in paragraphs]
    assert any(t.startswith("Tout en exhortant") for t in texts)
    found = {p.number: owners(p.text) for p in paragraphs}
    assert found["2"] == ["milices"]
    assert found["3"] == ["organisations-regionales"]
    # The last line, no paragraph of the body that met, is not read into the one before.
    assert all("rouvrira" not in t for t in texts)


def test_a_numbered_resolution_is_not_read_as_news():
    text = (
        "Le Conseil de sécurité,\n\n"
        "1. Demande aux parties de reprendre les négociations.\n"
        "2. Prie le Secrétaire général de lui faire rapport.\n"
    )
    assert [p.number for p in parse_report(text).paragraphs] == ["1", "2"]


def test_a_first_number_printed_with_a_dash_then_full_stops():
    text = (
        "Le Conseil de sécurité,\n\n"
        "1 \u2013 Réaffirme son appui à la Mission.\n"
        "2. Demande aux parties de reprendre les négociations.\n"
        "3. Prie le Secrétaire général de lui faire rapport.\n"
    )
    paragraphs = parse_report(text).paragraphs
    assert [p.number for p in paragraphs] == ["1", "2", "3"]
    assert owners(paragraphs[0].text) == []


def test_sub_items_after_a_dashed_first_paragraph_stay_inside_it():
    text = (
        "Le Conseil de sécurité,\n\n"
        "1 - Décide ce qui suit :\n"
        "1. les élections auront lieu en mai ;\n"
        "2. la Mission appuiera leur organisation.\n"
    )
    paragraphs = parse_report(text).paragraphs
    assert [p.number for p in paragraphs] == ["1"]
