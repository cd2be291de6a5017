"""A French news report retelling a committee's final communiqué, read after
its structure: the body that met with an aside of its meeting between commas
("Le Comité X, réuni vendredi à Y sous la présidence de Z, a invité ...",
prose.py); an adverbial locution between the auxiliary and the participle
("a de même appelé", lang/_fr_verbs.ADV); a verb in the future inside a clause
of cause ("..., étant donné que tout Etat qui ... contribuera ...": nobody
asked, subjects.no_body_opens); a registered name that only opens a longer one
before "pour" and a capital ("l'Organisation des Nations Unies pour
l'Education, ...", names.longer_name); a quoted action noun ('le "retour ...')
naming no body. Sentences written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named, registry

REG = registry("fr")


def page_owners(page: str) -> list[tuple[str, list[str]]]:
    try:
        report = parse_report(page)
    except ReportParseError:  # no paragraph read: nobody asked
        return []
    found = extract_all([p.text for p in report.paragraphs], REG, "fr", report.head)
    return [
        (p.text[:20], [r.owner.slug if r.owner.registered else r.owner.name for r in e.requests])
        for p, e in zip(report.paragraphs, found, strict=True)
    ]


PAGE = (
    "Le Comité Al-Qods exhorte le monde à agir pour la Ville sainte\n\n"
    "Le Comité Al-Qods, réuni lundi et mardi à Rabat sous la présidence du ministre, a "
    "invité la communauté internationale à protéger le patrimoine de la Ville sainte.\n\n"
    "Le Comité a de même appelé l'UNESCO à dresser l'inventaire des sites menacés.\n"
)


def test_the_body_that_met_with_an_aside_of_its_meeting_speaks():
    found = page_owners(PAGE)
    assert [owners for _, owners in found] == [["international-community"], ["unesco"]]


def test_another_subject_with_such_an_aside_does_not():
    # Counter-example: the body asked earlier, not the one that met, holds the aside.
    page = (
        "Les ministres du Groupe X, réunis lundi à Rabat sous la présidence du ministre, "
        "ont dit que le pays allait mieux.\n\n"
        "Un porte-parole, réuni avec la presse, a invité les journalistes à revenir demain.\n"
    )
    assert all(not owners for _, owners in page_owners(page))


def test_an_adverbial_locution_between_the_auxiliary_and_the_participle():
    assert owners_named("Le Conseil a de même appelé les parties à dialoguer.", REG) == ["Parties"]
    assert owners_named("Le Conseil a, de même, demandé aux parties de dialoguer.", REG) == [
        "Parties"
    ]


def test_a_future_inside_a_clause_of_cause_asks_nobody():
    # The only verb in the future sits in the clause of cause: nobody is asked
    # (before, the committee opening the sentence was read as its addressee).
    text = (
        "Le Comité Al Qods souligne le rôle de la ville, étant donné que tout Etat qui "
        "cherche à la préserver contribuera ainsi à la paix."
    )
    assert owners_named(text, REG) == []
    # Counter-example: a body opening the sentence in the future is still asked.
    assert owners_named("Le Secrétariat général fournira un rapport au Conseil.", REG) == [
        "general-secretariat"
    ]


def test_a_registered_name_opening_a_longer_one_before_pour():
    text = (
        "Le Comité a appelé l'Organisation des Nations Unies pour l'Alimentation, les Forêts "
        "et les Pêches à poursuivre ses efforts."
    )
    assert "united-nations" not in owners_named(text, REG)
    # The UNESCO under its plural variant, and the United Nations before a verb.
    text = (
        "Le Comité a appelé l'Organisation des Nations unies pour l'Education, les Sciences "
        "et la Culture (UNESCO) à poursuivre ses efforts."
    )
    assert owners_named(text, REG) == ["unesco"]
    text = "Le Conseil demande à l'Organisation des Nations Unies pour faire rapport."
    assert owners_named(text, REG) == ["united-nations"]


def test_a_quoted_action_noun_names_no_body():
    text = (
        "Les chefs de l'Union (UX), réunis lundi à Lomé, ont exigé la libération du chef et "
        "fixé un délai pour le retour au calme. \"L'Union a notamment demandé la libération "
        'immédiate" du chef et le "retour complet à l\'ordre constitutionnel au Pays", selon '
        "le texte lu à la fin du sommet."
    )
    assert owners_named(text, REG) == []


def test_reading_such_a_report_grows_linearly():
    unit = (
        "Le Comité, réuni lundi à Rabat sous la présidence du ministre, a invité la "
        "communauté internationale à agir, étant donné que tout Etat contribuera à la paix. "
    )

    def make(n: int) -> str:
        return unit * max(1, n // len(unit))

    assert_linear(lambda page: parse_report(page), make, 10_000)


def test_the_body_named_by_its_head_noun_and_own_name_speaks_in_the_present():
    # "le Comité X invite ...", also inside a quotation of its words left open.
    for text in (
        "Le Groupe Afrique invite la communauté internationale à agir.",
        '"Le comité Al Qods invite la communauté internationale à protéger la ville.',
        "Le Comité exécutif invite la communauté internationale à agir.",
    ):
        assert owners_named(text, REG) == ["international-community"], text


def test_a_verbs_phrase_after_the_head_noun_is_no_name():
    # Counter-examples: the words after the head noun are the verb's ("se félicite et").
    assert owners_named("Le Conseil se félicite et invite les parties à agir.", REG) == ["Parties"]
    # An English subject is not read so: the statement's own verb is no name of it.
    text = "The statement stressed the need to act, calling on the international community to act."
    assert owners_named(text, REG) == ["international-community"]
