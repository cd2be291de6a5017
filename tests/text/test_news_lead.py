"""A news page read as "The Council called on ..." paragraphs counts its lead
(with the dateline) and the sentences before the first paragraph so read,
numbered by their places; the site's menu, headline and date line are none.
A French sentence opening with the pronoun "on" names no body. Texts
written for these tests after the layout of such pages, never copied."""

from __future__ import annotations

from decisions.text.lines import read_lines
from decisions.text.paragraphs import parse_report
from decisions.text.prose import lead_blocks
from tests.formats.hostile import assert_linear
from tests.text.helpers import owners_named

PAGE = """Daily Herald | Home | World | Sport

Ministers ask donors to fund school meals

Monday 3 March 2025 | 10:15

ACCRA, 3 March 2025 (Agency) - Education ministers ended a meeting in Accra on Monday.

In its final statement, the Conference urged donors to fund school meals in rural areas.

It also asked the Secretariat to report on enrolment within six months.

The Conference called on Member States to train more teachers.

The next meeting will be held in Lomé in 2026.
"""


def test_the_lead_and_the_sentences_before_the_first_read_are_paragraphs():
    report = parse_report(PAGE)
    numbers = [p.number for p in report.paragraphs]
    assert numbers[:4] == ["1", "2", "3", "4"]
    assert report.paragraphs[0].text.startswith("ACCRA, 3 March 2025")
    assert report.paragraphs[1].text.startswith("In its final statement")
    assert not any(
        "Daily Herald" in p.text or "Monday 3 March" in p.text[:14] for p in report.paragraphs
    )


def test_the_date_in_the_lead_is_still_the_meeting_date():
    report = parse_report(PAGE)
    assert report.date is not None and report.date.isoformat() == "2025-03-03"


def test_a_resolution_read_by_its_numbers_gains_no_lead():
    text = (
        "The Council,\n\nRecalling its earlier decisions,\n\n"
        "1. Urges Member States to contribute.\n\n2. Requests the Secretariat to report.\n"
    )
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == ["1", "2"]


def test_numbers_that_are_no_places_gain_no_lead():
    lines = read_lines(PAGE)
    assert lead_blocks(lines, "a", 9) == []
    assert lead_blocks(lines, "1", 7) == []  # the first block itself: nothing before it


def test_on_opening_a_sentence_in_the_future_names_no_body():
    assert owners_named("On trouvera ci-après le texte de la déclaration du Président.") == []
    # Counter-example: a body opening the sentence, its verb in the future, is asked.
    assert owners_named("Le Secrétaire général fournira un rapport au Conseil.") == [
        "secretary-general"
    ]


def _page(n: int) -> str:
    lead = "\n\n".join(
        f"ACCRA, {i} March (Agency) - Ministers met in Accra on Monday." for i in range(n)
    )
    return lead + "\n\nThe Conference called on Member States to train more teachers.\n"


def test_reading_the_lead_grows_linearly():
    assert_linear(parse_report, _page, 30)


PAGE_FR = """Agence | Accueil | Monde

DAKAR, 3 mars 2025 (Agence) - Les ministres de l'Education ont clos leur session lundi.

Les habitants du quartier ont appelé la mairie à rouvrir le marché central, selon un témoin.

Le Conseil a exhorté les États membres à former davantage d'enseignants.
"""


def test_a_sentence_where_another_speaker_asks_is_not_taken_before_the_first():
    # Counter-example: residents ask the town hall; the sentence keeps its place only.
    report = parse_report(PAGE_FR)
    assert [p.number for p in report.paragraphs] == ["1", "3"]
