"""A resolution or decision named by its number in a title block, read as the
report's symbol when the block has no slash symbol (``lines.symbol_of``):

- "القرار رقم ٤٨/٣٢-س", "Resolution No. 1/47-POL", "Résolution n° 12/48-POL":
  a number and a session, with the letters of the committee that drafted it;
- "قرار رقم: 8913 د.ع (159)": an Arab League council's number and its
  (ordinary, "د.ع"; extraordinary, "د.غ.ع") session; "ق.ق: 789 د.ع (33)", a
  summit's resolution in its short form;
- "Decision No. 3/2017", "قرار رقم 27", "Resolution No. 2166 (2014)": a
  number alone after the noun, or with its year in brackets;
- the committee's letters may be abbreviations of one letter each after the
  first, apart by a space or a dot ("2/48 – ق س", "2/48-ق.س"), and an Arab
  League council's session may be followed by its sitting ("8914 د.ع (159)
  ج2", the second sitting): both are part of the symbol, never the title
  or the meeting;
- a line that is the distinctive form alone ("2/48 – ق س", "12/48-POL"),
  nothing before or after it, is a symbol too.

A line opening with "No." or "رقم" and no noun, or with the noun and no
"No.", counts only with the first, distinctive form ("رقم ٤٨/٣٢-س",
"Resolution 12/48-POL"). The symbol is kept as written (vowel
marks and tatweel aside, spaces collapsed): the digits of any script are
read alike only to match, never rewritten. A date after the noun ("Decision
No. 3/12/2017") and a paragraph's number ("الفقرة رقم ٣") are no symbol.

Matched on the folded line (``fold_text``, same length: a position in it is
one in the line), anchored at its start, with bounded repetitions only: one
try per line, its cost bounded whatever the line's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import fold_text, strip_marks
from .lang import either

__all__ = ["ActSymbol", "act_symbol"]

MAX_SYMBOL_LINE = 300
"""What of a line is looked at: a title block's line, not a paragraph."""

# "POL", "س"; then up to three one-letter abbreviations: "ق س", "ق.س.ع"
# (apart by a space only in a script without case: "POL a" is a word after it).
_ONE_LETTER = r"(?: ?\. ?[^\W\d_]| [^\W\d_a-z])(?![^\W\d_])"
_LETTERS = rf"[^\W\d_]{{1,10}}(?:{_ONE_LETTER}){{0,3}}\.?"
# "48/32-س", "1/47-POL", "2/13-ORG (IS)"; the committee's letters optional.
_SESSION_FORM = rf"\d{{1,4}} ?/ ?\d{{1,4}}(?: ?- ?{_LETTERS}(?: ?\([^\W\d_]{{1,6}}\))?)?"
_SESSION_FORM_STRICT = rf"\d{{1,4}} ?/ ?\d{{1,4}} ?- ?{_LETTERS}(?: ?\([^\W\d_]{{1,6}}\))?"
_SESSION = rf"(?: ?[-/]? ?{either('session_marks')} ?\(? ?\d{{1,4}} ?\)?)"
# The sitting of an Arab League council's session: "ج2", "ج.3", "- ج 1".
_SITTING = r"(?: ?-? ?ج ?\.? ?\d{1,2})"
# "8913 د.ع (159)"; "2166 (2014)": a year or a session in brackets.
_NUMBER_FORM = rf"\d{{1,6}}(?:{_SESSION}{_SITTING}?| ?\(\d{{1,4}}\))?"
# Not followed by a digit, a slash, a decimal part or a letter: "3/12/2017" is a date.
_END = r"(?!\d|/|[.,]\d|[^\W\d_])"
_OPEN = r" ?:? ?\(? ?"
_CLOSE = r"(?: ?\))?"
_NOUN_MARK = rf"{either('act_nouns')}(?: [^\s\d:]+){{0,6}}? ?:? ?{either('number_marks')}"

_ACT_RE = re.compile(
    rf"^(?:{_NOUN_MARK}{_OPEN}(?:{_SESSION_FORM}|{_NUMBER_FORM}){_END}{_CLOSE}"
    rf"|{either('act_nouns')}{_OPEN}{_SESSION_FORM_STRICT}{_END}{_CLOSE}"
    rf"|{either('act_shorthands')}{_OPEN}{_NUMBER_FORM}{_END}{_CLOSE}"
    rf"|{either('number_marks')}{_OPEN}{_SESSION_FORM_STRICT}{_END}{_CLOSE})"
)
# The distinctive form alone on its line.
_BARE_RE = re.compile(rf"{_SESSION_FORM_STRICT}")
_LEAD_RE = re.compile(r"^[#>*_\s]+|[*_\s]+$")
_REST_STRIP = " :;,.-\u2013\u2014\u060c\u061b"


@dataclass(frozen=True)
class ActSymbol:
    symbol: str  # as written: "القرار رقم ٤٨/٣٢-س"
    rest: str  # what the line says after it (a title on the same line), or ""


def act_symbol(text: str) -> ActSymbol | None:
    """The resolution or decision a title block's line opens with, if any."""
    line = " ".join(strip_marks(_LEAD_RE.sub("", text[: MAX_SYMBOL_LINE * 2])).split())
    line = line[:MAX_SYMBOL_LINE]
    folded = fold_text(line)
    m = _ACT_RE.match(folded)
    if m is None:
        m = _BARE_RE.fullmatch(folded.rstrip(" ."))
        # Alone on its line, its committee's letters are capitals where the
        # script has case ("11/49-POL", "2/48 – ق س"): "15/03 - Alger" is a
        # date and a place.
        if m is not None and any(c.islower() for c in line[: m.end()]):
            return None
    if m is None:
        return None
    symbol = line[: m.end()].strip(" :.")
    return ActSymbol(symbol, line[m.end() :].strip(_REST_STRIP))
