"""A later request pointing at the earlier paragraph it renews, by that
paragraph's number and the earlier resolution's ("as called for in paragraph 3
of resolution 12/7", "الفقرة ٣ من قراره ١٢/٧"): proposed whatever else the two
share. A paragraph of another resolution, another paragraph of the same one
and a number inside a longer one point at nothing. Sentences written for
these tests."""

from __future__ import annotations

import datetime

import pytest

from decisions.lineage import renewals
from decisions.lineage.citations import cited_paragraphs, points_at
from tests.factory import make_body, make_report, make_request
from tests.formats.hostile import assert_linear


def test_a_paragraph_of_a_resolution_is_read_in_each_language():
    assert cited_paragraphs("as asked in paragraph 3 of resolution No. 12/7-C,") == {("3", "12/7")}
    assert cited_paragraphs("comme le demande le paragraphe 3 de sa résolution 12/7") == {
        ("3", "12/7")
    }
    assert cited_paragraphs("على النحو المطلوب في الفقرة ٣ من قراره ١٢/٧ المؤرخ") == {("3", "12/7")}


def test_a_paragraph_alone_or_a_resolution_alone_is_no_citation():
    assert cited_paragraphs("as set out in paragraph 3 above and in resolution 12/7") == frozenset()


def test_the_resolution_numbers_stand_in_the_symbol_not_inside_a_longer_number():
    text = "as asked in paragraph 3 of resolution 12/7"
    assert points_at(text, "A/XYZ/RES/12/7", "3")
    assert not points_at(text, "A/XYZ/RES/12/7", "4")
    assert not points_at(text, "A/XYZ/RES/112/7", "3")
    assert not points_at(text, "A/XYZ/RES/12/71", "3")


def test_reading_citations_is_linear():
    assert_linear(
        lambda text: cited_paragraphs.__wrapped__(text),
        lambda n: "paragraph 3 of resolution " * n + "paragraphe 1 de la " * n,
        200,
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("cited", "proposed"),
    [("3", True), ("2", False)],
)
def test_a_later_request_citing_the_earlier_paragraph_renews_it(cited, proposed):
    owner = make_body("water-office")
    old = make_report("A/XYZ/RES/12/7", language="fr", date=datetime.date(2021, 3, 1))
    new = make_report("A/XYZ/RES/13/2", language="ar", date=datetime.date(2022, 3, 1))
    make_request(old, "2", "Prie le Bureau de publier ses comptes annuels ;", owner)
    make_request(old, "3", "Prie le Bureau d'aider les villes côtières dans leurs projets ;", owner)
    make_request(
        new,
        "5",
        f"يطلب إلى المكتب أن يواصل عمله على النحو المطلوب في الفقرة {cited} من قراره ١٢/٧؛",
        owner,
    )
    found = renewals.renewals_propose(report=new)
    numbers = [p.earlier.decision.number for p in found.get(("5", "water-office"), [])]
    assert (numbers == ["3"]) if proposed else ("3" not in numbers)
    if proposed:
        assert found[("5", "water-office")][0].signals["cites_paragraph"] is True
