"""Two signals of a renewal across languages, beside the concepts: a proper
name both requests name in any script (Malakal / ملكال), and the owner's only
request in each report. Each with a near miss that must not be proposed.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from tests.factory import make_body, make_decision, make_item, make_report

pytestmark = pytest.mark.django_db


def dated(symbol: str, language: str, year: int):
    return make_report(symbol, language=language, date=datetime.date(year, 9, 20))


def _two_reports(earlier: list[str], later: list[str], languages=("ar", "en")):
    owner = make_body("ports-authority")
    old = dated("OIC/XS-1/REP", languages[0], 2020)
    new = dated("OIC/XS-2/REP", languages[1], 2021)
    for n, summary in enumerate(earlier, 1):
        make_item(make_decision(old, number=str(n), text=summary), owner=owner, summary=summary)
    for n, summary in enumerate(later, 1):
        make_item(make_decision(new, number=str(n), text=summary), owner=owner, summary=summary)
    return renewals.renewals_propose(report=new)


OTHER = "to organise free elections in the country"


def test_a_name_both_requests_write_in_their_own_script_is_a_signal():
    found = _two_reports(
        ["تمويل إصلاح ميناء ملكال وتدريب العاملين فيه"],
        ["to fund the repair of the port of Malakal", OTHER],
    )
    [proposal] = found[("1", "ports-authority")]
    assert proposal.signals["names"] == ["Malakal"]
    assert "only_request" not in proposal.signals


def test_another_name_with_the_same_general_ask_is_not_proposed():
    found = _two_reports(
        ["تمويل إصلاح ميناء ملكال وتدريب العاملين فيه"],
        ["to fund the repair of the port of Bentiu", OTHER],
    )
    assert found == {}


REFUGEES_FR = "de suivre la situation des réfugiés et des personnes déplacées au Tchad"
REFUGEES_EN = "to report on the refugees in Chad and on the schooling of their children"


def test_the_owners_only_request_in_each_report_is_a_signal():
    found = _two_reports([REFUGEES_FR], [REFUGEES_EN], languages=("fr", "en"))
    [proposal] = found[("1", "ports-authority")]
    assert proposal.signals["only_request"] is True
    assert "refugees" in proposal.signals["concepts"]


def test_with_a_second_request_of_the_owner_the_same_pair_is_not_proposed():
    found = _two_reports([REFUGEES_FR], [REFUGEES_EN, OTHER], languages=("fr", "en"))
    assert found == {}


def test_only_requests_sharing_a_general_ask_alone_are_not_proposed():
    found = _two_reports(
        ["تمويل دراسة عن ميناء بوصاصو وتدريب العاملين فيه"],
        ["to fund the new schools of the capital"],
    )
    assert found == {}


def test_the_signals_read_in_words(client):
    from django.template.loader import render_to_string

    found = _two_reports([REFUGEES_FR], [REFUGEES_EN], languages=("fr", "en"))
    [proposal] = found[("1", "ports-authority")]
    html = render_to_string("decisions/lineage/_signals.html", {"signals": proposal.signals})
    assert "only request in each report" in html


# One general ask shared and nothing else, each request naming its own
# place, amount or resolution: two different requests (sentences written
# for these tests).
@pytest.mark.parametrize(
    "earlier, later, languages",
    [
        (
            ["de financer la réfection du port de Berbera"],
            ["to finance the repair of the port of Kismayo"],
            ("fr", "en"),
        ),
        (
            ["تمويل إصلاح ميناء مقديشو"],
            ["to finance the repair of the port of Kismayo"],
            ("ar", "en"),
        ),
        (["de verser 2 millions de dollars"], ["to pay 5 million dollars"], ("fr", "en")),
        (
            ["de présenter un rapport sur l'application de la résolution 2701 (2023)"],
            ["to submit a report on the implementation of resolution 2740 (2024)"],
            ("fr", "en"),
        ),
    ],
)
def test_one_general_ask_with_differing_specifics_is_not_proposed(earlier, later, languages):
    assert _two_reports(earlier, later + [OTHER], languages=languages) == {}


@pytest.mark.parametrize(
    "earlier, later, languages",
    [
        (
            ["de financer la réfection du port de Kismayo"],
            ["to finance the repair of the port of Kismayo"],
            ("fr", "en"),
        ),
        (
            ["تمويل إصلاح ميناء مقديشو"],
            ["to finance the repair of the port of Mogadishu"],
            ("ar", "en"),
        ),
        (
            ["de financer la réfection du port"],
            ["to finance the repair of the port of Kismayo"],
            ("fr", "en"),
        ),
        (
            ["de présenter un rapport sur l'application de la résolution 2701 (2023)"],
            ["to submit a report on the implementation of resolution 2701 (2023)"],
            ("fr", "en"),
        ),
    ],
)
def test_the_same_general_ask_with_the_same_or_one_sided_specifics_is_proposed(
    earlier, later, languages
):
    found = _two_reports(earlier, later + [OTHER], languages=languages)
    assert list(found) == [("1", "ports-authority")]


def test_differing_specifics_are_shown_in_the_signals():
    from decisions.lineage.signals import differing_specifics
    from decisions.text.concepts import concepts_of
    from decisions.text.transliteration import proper_names

    a, b = "to finance the port of Kismayo", "de financer le port de Berbera"
    differs = differing_specifics(concepts_of(a), concepts_of(b), proper_names(a), proper_names(b))
    assert differs == [(["Kismayo"], ["Berbera"])]
