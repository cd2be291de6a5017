"""A later paragraph pointing at the earlier paragraph it renews, by its number
and the earlier resolution's: "as called for in paragraph 2 of resolution No.
1/43-S&T", "au paragraphe 8 de sa résolution 49/34", "الفقرة ٨ من قراره ٤٩/٣٤".

The resolution is named by the numbers of its symbol ("49/34" of
"A/HRC/RES/49/34", "1/43" of "1/43-S&T"), in any script's digits. A pair of
requests of one owner whose later paragraph so points at the earlier one is a
renewal whatever else the two share (matching._measure). A paragraph number
alone ("paragraph 8"), or a resolution the earlier report is not, points at
nothing. Pure: no queries; one regular expression of bounded repeats, linear
in the text."""

from __future__ import annotations

import re
from functools import lru_cache

from decisions.text.folding import fold_text

__all__ = ["cited_paragraphs", "points_at"]

# Folded text (fold_text): lower case, no accents, ASCII digits, "ة" read "ه".
_CITED_RE = re.compile(
    r"(?<!\w)(?:paragraph|paragraphe|(?:ال)?فقره)s?\s+(?P<n>\d{1,3})"
    r"\s+(?:of|de|du|من)\s+(?:(?:its|the|sa|la|son|le)\s+)?"
    r"(?:resolution|قرار[هها]?|القرار)\s+(?:(?:no\.?|n\s?°|n\s?o\.?|رقم)\s*)?"
    r"(?P<ref>\d{1,4}(?:/\d{1,4}){1,3})(?![\d/])(?:-(?P<suffix>[a-z&]{1,5})(?![a-z&]))?"
)


@lru_cache(maxsize=4096)
def cited_paragraphs(text: str) -> frozenset[tuple[str, str]]:
    """(paragraph number, resolution numbers) of each paragraph ``text`` cites
    in a resolution: {("8", "49/34")}."""
    return frozenset((n, ref) for n, ref, _ in _cited(text))


@lru_cache(maxsize=4096)
def _cited(text: str) -> frozenset[tuple[str, str, str]]:
    """(paragraph number, resolution numbers, committee letters or "") cited:
    an OIC session numbers each committee's resolutions from 1, so "1/43-POL"
    is another resolution than "1/43-S&T"."""
    return frozenset(
        (m["n"], m["ref"], m["suffix"] or "") for m in _CITED_RE.finditer(fold_text(text or ""))
    )


def points_at(text: str, symbol: str, number: str) -> bool:
    """Whether ``text`` cites paragraph ``number`` of the resolution whose
    symbol is ``symbol``: its numbers stand in the symbol, not inside a longer
    number ("1/43" is not in "11/43")."""
    if not symbol or not number:
        return False
    folded = fold_text(symbol)
    wanted = fold_text(number).strip(" .-)(")
    for n, ref, suffix in _cited(text):
        m = re.search(rf"(?<!\d){re.escape(ref)}(?!\d)(?:-(?P<suffix>[a-z&]+))?", folded)
        if n == wanted and m and (not suffix or not m["suffix"] or m["suffix"] == suffix):
            return True
    return False
