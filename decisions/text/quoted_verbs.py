"""A report quoting a communiqué verb by verb, the auxiliary left outside.

Class of text: a news report built on a meeting's communiqué, which keeps the
auxiliary and its subject in its own words and puts each participle inside
quotation marks ("les participants ont notamment “réaffirmé ...”, “demandé au
X de ...”"; "the ministers have “welcomed ...” and “called on X to ...”").
The verbs are the meeting's, the marks only the reporter's care to quote: the
folded copy that verbs are read on loses them (a mark becomes a space, a
separator ", “" becomes "  , " so that the second participle follows its comma
as in plain prose). The printed text keeps its marks; lengths never change.
A quotation that opens on anything but a participle after an auxiliary (a
speaker's own sentence, « Nous demandons ... ») is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["unquote_participles"]

_OPEN = '\u201c\u00ab"'
_CLOSE = '\u201d\u00bb"'
# The auxiliary (French, English), a few adverbs, then an opening mark before
# a participle (a word ending as one: "reaffirme", "demande", "pris", "welcomed").
_AUX_QUOTE_RE = re.compile(
    r"(?<![\w'])(?:a|ont|avait|avaient|has|have|had)"
    r"(?:\s+(?:notamment|egalement|aussi|also|further|en\s+outre|par\s+ailleurs)){0,2}"
    rf"\s*(?P<q>[{_OPEN}])\s*(?=[a-z]+(?:e|es|ee|ees|i|is|u|us|t|ts|ed)(?![\w']))"
)
# The quoted words up to their closing mark (bounded), then ", “" or "” et “"
# before the next participle.
_NEXT_RE = re.compile(
    rf"[^{_OPEN}{_CLOSE}]{{1,600}}?(?P<c>[{_CLOSE}])(?P<sep>\s*(?:,|et|and)\s*)(?P<q>[{_OPEN}])\s*"
    r"(?=[a-z]+(?:e|es|ee|ees|i|is|u|us|t|ts|ed)(?![\w']))"
)
_MAX_CHAIN = 20


def unquote_participles(folded: str) -> str:
    """``folded`` with the marks around participles quoted after their
    auxiliary made spaces (same length); unchanged when there are none."""
    if not any(q in folded for q in _OPEN):
        return folded
    chars = list(folded)
    changed = False
    for m in _AUX_QUOTE_RE.finditer(folded):
        chars[m.start("q")] = " "
        changed = True
        at = m.end()
        for _ in range(_MAX_CHAIN):
            nxt = _NEXT_RE.match(folded, at)
            if not nxt:
                break
            sep = nxt.group("sep").strip()
            begin, end = nxt.start("c"), nxt.end("q")
            chars[begin:end] = list(" " * (end - begin - len(sep) - 1) + sep + " ")
            at = nxt.end()
    return "".join(chars) if changed else folded
