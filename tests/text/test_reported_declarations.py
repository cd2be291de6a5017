"""A page summing up a meeting's final declaration or communiqué in reported
speech ("Aussi, la déclaration exhorte les États membres ..."): the text is
the speaker, the bodies after its verb are asked. Texts written for these
tests after the structure of such summaries, never copied from one."""

from __future__ import annotations

from decisions.text.paragraphs import ReportParseError, parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

FR = registry("fr")

_PAGE_FR = (
    "Le sommet extraordinaire réuni mardi à Dakar a pris fin par l'adoption d'un texte commun "
    "sur la crise.\n\n"
    "Les dirigeants de quelque trente pays ont salué la tenue de cette rencontre et condamné "
    "les violences commises contre les civils.\n\n"
    "Par ailleurs, la déclaration finale exhorte le Secrétariat général et les États membres "
    "à fournir une aide humanitaire sans délai.\n\n"
    "De son côté, le porte-parole a indiqué que la délégation invite souvent la presse à "
    "ses réunions.\n"
)


def _read(text: str, reg, language: str):
    report = parse_report(text)
    found = extract_all([p.text for p in report.paragraphs], reg, language, report.head)
    return [
        (p.number, [r.owner.slug or r.owner.name for r in e.requests])
        for p, e in zip(report.paragraphs, found, strict=True)
    ]


def test_a_final_declaration_exhorting_bodies_is_read_with_its_owners():
    read = _read(_PAGE_FR, FR, "fr")
    assert ("3", ["general-secretariat", "member-states"]) in read, read


def test_a_spokesman_who_invites_is_not_the_declaration():
    # Counter-example: "la délégation invite" after another speaker is no paragraph.
    read = _read(_PAGE_FR, FR, "fr")
    assert all(number != "4" for number, _ in read), read


def test_a_hostile_page_of_declarations_stays_linear():
    # Up to 5,000 addressees after one verb, twice.
    assert_linear(
        parse_report,
        lambda n: (
            ("Aussi, la déclaration exhorte " + "les États membres, " * n + "à agir.\n\n") * 2
        ),
        500,
    )


EN = registry("en")

_PAGE_EN = (
    "The summit of the regional bloc has resolved to keep the sanctions in place until "
    "order is restored.\n\n"
    "In a statement issued after the summit in Lomé on Friday, the regional leaders called on "
    "the ECOWAS Commission to deploy a mission of observers.\n\n"
    "Speaking after the talks on Monday, the foreign minister called on the ECOWAS Commission "
    "to send more staff.\n"
)


def test_leaders_after_a_phrase_of_time_and_place_speak_for_the_summit():
    read = _read(_PAGE_EN, EN, "en")
    assert ("2", ["ecowas-commission"]) in read, read


def test_a_minister_after_a_phrase_of_time_is_not_the_meeting():
    read = _read(_PAGE_EN, EN, "en")
    assert all(number != "3" for number, _ in read), read


def test_a_hostile_page_of_phrases_before_the_leaders_stays_linear():
    def read(text):
        try:
            return parse_report(text)
        except ReportParseError:
            return None  # too long before its verb to be read: a clear error

    def page(n):
        block = (
            "After the summit " + "in the city, " * n + "the leaders called on the Commission.\n\n"
        )
        return block * 2

    assert_linear(read, page, 800)


def _slugs(text: str, reg, language: str) -> list[str]:
    from decisions.text.requests import extract

    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_a_title_followed_by_its_holders_name_is_the_office():
    text = "The Assembly requested UN Secretary General Maria Exampleton to appoint an envoy."
    assert _slugs(text, EN, "en") == ["un-secretary-general"]


def test_capitalised_words_after_a_body_that_is_no_title_are_kept():
    # Counter-example: "Security Council" is no person's title; its words after stay a name.
    text = "The Assembly requested the Security Council Sanctions Monitors to report back."
    assert "un-security-council" not in _slugs(text, EN, "en")


def test_a_hostile_run_of_capitalised_words_after_a_title_stays_linear():
    from decisions.text.bodies import index_of, lookup

    index = index_of(EN)

    def chunk(n: int) -> str:
        return "UN Secretary General " + "Maria " * n

    assert lookup(index, chunk(17_000)) is None  # 100k characters
    assert_linear(lambda text: lookup(index, text), chunk, 1_700)


def _names(text: str, reg, language: str) -> list[str]:
    from decisions.text.requests import extract

    return [r.owner.name for r in extract(text, reg, language).requests]


def test_an_acronym_written_in_lower_case_after_a_name_is_dropped():
    text = "Le sommet a chargé le Comité des Chefs d'Etat-major (Ccem) de préparer un plan."
    assert _names(text, FR, "fr") == ["Comité des Chefs d'Etat-major"]


def test_a_capitalised_word_in_brackets_that_is_no_acronym_of_the_name_is_kept():
    # Counter-example: "(Mali)" is no acronym of "Comité de suivi".
    text = "Le sommet a chargé le Comité de suivi (Mali) de préparer un plan."
    assert _names(text, FR, "fr") == ["Comité de suivi (Mali)"]


def test_a_hostile_name_before_a_lower_case_acronym_stays_linear():
    from decisions.text.names import bracket_end

    def span(n: int) -> str:
        return "Comité " * n + "(Ccem)"

    assert_linear(lambda s: bracket_end(s, s.lower(), 0, len(s)), span, 1_500)
