"""What a copied web page leaves at the start of a paragraph that is no word of
it: the date tag a page store writes before the text ("date 2025-05-18 The
Council ..."), and the placeholder a site's e-mail protection puts where an
address stood ("[email protected] The Council ..."), and the label of an Arabic
aggregator whose source's name was lost ("المصدر - عقد المجلس ..."). A paragraph read from
such a page is given without them, so that it opens with its own words."""

from __future__ import annotations

import re

__all__ = ["without_scraps"]

# One space read one way only ("\s" holds the no-break space): a run of them that
# never reaches "protected" is given up in one pass, not tried every way.
_SCRAP_RE = re.compile(
    r"(?:\s*(?:date\s+\d{4}-\d{2}(?:-\d{2})?(?![\w-])|\[\s*email(?:&#160;|\s)+protected\s*\]"
    r"|\u0627\u0644\u0645\u0635\u062f\u0631\s*[-:\u2013](?=\s)))+"
    r"\s*",
    re.IGNORECASE,
)


def without_scraps(text: str) -> str:
    """``text`` without the page's scraps it opens with (only there: a date in
    the text's own words, "the date 2025-05-18 set by ...", stays)."""
    m = _SCRAP_RE.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text
