"""A note reprinted inside another: each numbered paragraph opens with a
quotation mark ("« 7. Les membres ..."); the number still opens a paragraph."""

from __future__ import annotations

from decisions.text.lines import _QUOTES_RE
from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear

NOTE = """Méthodes de travail du Conseil de sécurité

« 1. Les membres du Conseil demandent au Secrétariat de distribuer les rapports à temps.

« 2. Les membres du Conseil demandent au Secrétariat de tenir la liste à jour.

« II. Documentation

« 3. Les membres du Conseil demandent au Secrétariat de publier le programme. »
"""


def test_quoted_numbers_open_paragraphs():
    assert [p.number for p in parse_report(NOTE).paragraphs] == ["1", "2", "3"]


def test_quote_before_words_is_kept():
    # A quotation that is no numbered paragraph keeps its mark.
    assert _QUOTES_RE.match("« Le Conseil 1. »").end() == 0
    assert _QUOTES_RE.match("« 12. Le Conseil").end() == 2


def test_linear():
    assert_linear(lambda t: _QUOTES_RE.match(t), lambda n: "« " * n + "1", 2_000)
