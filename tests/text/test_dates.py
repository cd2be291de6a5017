"""decisions.text.dates: dates and deadlines as written in French and English."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decisions.text.dates import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 16 décembre 2017 à Bruxelles", (dt.date(2017, 12, 16), "16 décembre 2017")),
        ("le 1er mars 2018", (dt.date(2018, 3, 1), "1er mars 2018")),
        ("le 20 Septembre, 2017 en marge", (dt.date(2017, 9, 20), "20 Septembre, 2017")),
        ("on December 16, 2017.", (dt.date(2017, 12, 16), "December 16, 2017")),
        ("on 16 December 2017.", (dt.date(2017, 12, 16), "16 December 2017")),
        ("on 2017-12-16.", (dt.date(2017, 12, 16), "2017-12-16")),
        ("d'ici fin mars 2018", (dt.date(2018, 3, 31), "mars 2018")),
        ("avant février 2019", (dt.date(2019, 2, 28), "février 2019")),
        ("no later than March 2018", (dt.date(2018, 3, 31), "March 2018")),
        ("by the end of June 2018", (dt.date(2018, 6, 30), "June 2018")),
    ],
)
def test_find_dates_reads_french_english_and_iso_dates(text, expected):
    assert find_dates(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "la résolution 2374 (2017) du Conseil",
        "le cessez-le-feu de mai 2014",
        "in March 2018",
        "le 31 février 2018",
        "2017-13-45",
    ],
)
def test_find_dates_ignores_what_is_not_a_date(text):
    assert find_dates(text) == []


def test_find_dates_lists_dates_in_order():
    assert [d for d, _ in find_dates("Du 2 mars 2018 au 2018-01-05.")] == [
        dt.date(2018, 3, 2),
        dt.date(2018, 1, 5),
    ]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_dates_never_raises(text):
    assert all(isinstance(d, dt.date) for d, _ in find_dates(text))
