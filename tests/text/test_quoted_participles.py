"""A news report quoting a communiqué verb by verb ("les participants ont
“réaffirmé ...”, “demandé au X de ...”"): the quoted participles are the
meeting's verbs; and a bracketed gloss after an addressee ("au FPL (un
mouvement armé, Ndlr) de ...") names no other owner."""

from __future__ import annotations

from decisions.text.bracket_aside import before_aside
from decisions.text.folding import fold_text
from decisions.text.paragraphs import parse_report
from decisions.text.quoted_verbs import unquote_participles
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

FR = registry("fr")
EN = registry("en")


def names(found) -> list[str]:
    return [r.owner.slug if r.owner.registered else r.owner.name for r in found.requests]


FR_QUOTED = (
    "Au terme de la session, les ministres ont notamment “rappelé leur soutien au "
    "processus de Lomé”, “demandé au FPL (front populaire de libération, une milice "
    "armée du nord, Ndlr) de libérer les otages sans délai”."
)


def test_french_participles_quoted_after_their_auxiliary_are_read():
    assert names(extract(FR_QUOTED, FR)) == ["FPL"]


def test_english_participles_quoted_after_their_auxiliary_are_read():
    text = (
        "The ministers have “welcomed the new road map” and “called on the Northern "
        "Front (an armed group of the region, Ed.) to release all hostages”."
    )
    assert names(extract(text, EN)) == ["Northern Front"]


def test_a_news_page_quoting_verb_by_verb_is_read():
    page = (
        "Réunion à Niamey\n\n"
        "Le comité de suivi s'est réuni mardi à Niamey pour sa deuxième session de travail "
        "sur la situation dans la région.\n\n" + FR_QUOTED + "\n"
    )
    report = parse_report(page)
    assert any("FPL" in p.text for p in report.paragraphs)


def test_a_speakers_own_quoted_words_are_left_as_they_are():
    # Counter-examples: a quotation that does not open on a participle after
    # its auxiliary keeps its marks; a short bracket stays with the name.
    folded = fold_text("Le ministre a déclaré : « Nous appelons le FPL à libérer les otages ».")
    assert unquote_participles(folded) == folded
    folded = fold_text("a demandé au Front (FPL) de")
    assert before_aside(folded, 11, len(folded) - 3) == len(folded) - 3


def test_quoted_participles_and_asides_are_read_in_linear_time():
    assert_linear(
        lambda t: extract(t, FR),
        lambda n: "Les ministres ont “rappelé X”" + ", “demandé au FPL (a, b) de partir”" * n,
        200,
    )
    assert_linear(
        lambda t: unquote_participles(t),
        lambda n: "ont “salue x”" + " et “demande y”" * n,
        2_000,
    )
