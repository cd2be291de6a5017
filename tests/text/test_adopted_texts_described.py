"""A session's closing press release describing the texts it adopted by their
requests ("Parmi les résolutions adoptées, figure celle par laquelle le Conseil
demande au Haut-Commissaire ...", "Among the resolutions adopted was one by
which the Council requested ..."): the body's own requests
(decisions.text.adopted_texts). An earlier text described by its request
("resolution 2391, by which the Council requests ...") asks nothing now; and
the High Commissioner's French names are the registry's OHCHR. Sentences
written for these tests."""

from __future__ import annotations

from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry

EN = registry("en")
FR = registry("fr")


def owners(text: str, reg=FR, language: str = "fr") -> list[str]:
    return [r.owner.slug for r in extract(text, reg, language).requests]


def test_an_adopted_text_described_by_its_request_is_the_bodys_own():
    fr = (
        "Parmi les résolutions adoptées, figure celle par laquelle le Conseil demande au "
        "Haut-Commissaire aux droits de l'homme de publier un rapport sur la situation."
    )
    assert owners(fr) == ["ohchr"]
    en = (
        "Among the resolutions adopted was one by which the Council requested the "
        "High Commissioner for Human Rights to publish a report on the situation."
    )
    assert owners(en, EN, "en") == ["ohchr"]


def test_a_press_release_page_reads_it():
    page = (
        "Communiqué de presse\n\n"
        "Le Conseil a clos aujourd'hui les travaux de sa session, à l'issue de laquelle il a "
        "adopté douze résolutions.\n\n"
        "Parmi les résolutions adoptées, figure celle par laquelle le Conseil demande au "
        "Haut-Commissariat aux droits de l'homme de publier un rapport sur la situation.\n"
    )
    report = parse_report(page)
    assert ["ohchr"] in [owners(p.text) for p in report.paragraphs]


def test_an_earlier_text_described_asks_nothing():
    # Counter-examples: an earlier resolution by its number; another body adopting.
    fr = (
        "Rappelant la résolution 2391, par laquelle le Conseil demande au Secrétaire général "
        "de faire rapport."
    )
    assert owners(fr) == []
    en = "Recalling resolution 2391, by which the Council requests the Secretary-General to act."
    assert owners(en, EN, "en") == []
    fr = (
        "Parmi les résolutions adoptées, figure celle par laquelle le ministre demande au "
        "Haut-Commissaire aux droits de l'homme de publier un rapport."
    )
    assert owners(fr) == []


def test_long_leads_stay_linear():
    assert_linear(
        lambda t: owners(t),
        lambda n: (
            "Parmi les résolutions adoptées " + "hier " * n + ", figure celle par laquelle le "
            "Conseil demande au Haut-Commissaire aux droits de l'homme de publier un rapport."
        ),
        100,
    )


def test_a_text_adopted_at_an_earlier_session_asks_nothing_now():
    # The lead dates the texts before the session reported: they are earlier
    # texts described, as "resolution 2391, by which ..." is.
    fr = (
        "Parmi les résolutions adoptées lors de la session précédente, figure celle par "
        "laquelle le Conseil demande au Haut-Commissaire aux droits de l'homme de publier "
        "un rapport."
    )
    assert owners(fr) == []
    en = (
        "Among the resolutions adopted at its previous session was one by which the Council "
        "requested the High Commissioner for Human Rights to publish a report."
    )
    assert owners(en, EN, "en") == []
    # Counter-example: the texts adopted at this session.
    this = en.replace("at its previous session", "at the session")
    assert owners(this, EN, "en") == ["ohchr"]
