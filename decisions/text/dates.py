"""Dates and deadlines written in a text, in every language of ``lang``.

"16 décembre 2017", "1er mars 2018", "December 16, 2017", "2017-12-16",
"2016/3/10" (year first, as Arabic documents print it: "٢٠١٦/٣/١٠");
"mars 2018" / "March 2018" (the last day of the month) only after a deadline
word such as "d'ici", "avant", "by", "no later than". Resolution numbers such
as "2374 (2017)" are not dates. ``month_of_meeting`` reads a bare month and
year ("septembre 2016", "مارس ٢٠١٦") where a title block gives no day;
``year_of_meeting`` a year alone in brackets where it gives neither.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .folding import fold_text
from .lang import LANGUAGES, either, every

__all__ = [
    "DATE_LEAD_RE",
    "DEADLINE_RE",
    "DateMention",
    "find_dates",
    "month_of_meeting",
    "scan_dates",
    "year_of_meeting",
]

MONTHS: dict[str, int] = {}
for _table in LANGUAGES:
    for _name, _number in _table.months.items():
        MONTHS.setdefault(_name, _number)

_LETTER = r"[^\W\d_]"
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + rf")(?!{_LETTER})\.?"
_ORDINAL = either("ordinal_suffixes")
_MONTH_FIRST_ORDINAL = (
    "(?:" + "|".join(s for t in LANGUAGES if t.month_first for s in t.ordinal_suffixes) + ")"
)
_JOINER = "(?:" + "|".join(rf"{j}\s+" for j in every("day_month_joiners")) + ")"
_DMY_RE = re.compile(
    rf"(?<![\w.])(?P<d>\d{{1,2}}){_ORDINAL}?\s+{_JOINER}?"
    rf"(?P<m>{_MONTH})(?:\s*/\s*{_MONTH})?,?\s+(?P<y>\d{{4}})(?!\d)"
)
_MDY_RE = re.compile(
    rf"(?<!{_LETTER})(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}){_MONTH_FIRST_ORDINAL}?,?\s+"
    r"(?P<y>\d{4})(?!\d)"
)
# Year first, with dashes or slashes (the same twice); not inside a symbol
# ("A/RES/2016/3/1": a slash before it) nor a longer run of numbers.
_ISO_RE = re.compile(
    r"(?<![\d/-])(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/-])"
)
_OF = "(?:" + "|".join((*every("month_of"), r"\s+")) + ")"
_BARE_MY_RE = re.compile(rf"(?<!{_LETTER})(?P<m>{_MONTH}),?\s+(?P<y>\d{{4}})(?!\d)")
_MY_RE = re.compile(
    rf"(?<!{_LETTER}){either('month_year_leads')}{_OF}(?P<m>{_MONTH}),?\s+(?P<y>\d{{4}})(?!\d)"
)

DEADLINE_RE = re.compile(rf"(?<![\w'])(?:{either('deadline_phrases')})(?![\w'])")
"""A deadline without a date: "le plus tôt possible", "without delay"."""

DATE_LEAD_RE = re.compile(rf"(?<![\w'])(?:{either('date_leads')})\s*$")
"""The words that make a date a deadline, just before it: "avant le", "by"."""


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    text: str  # the date as written, e.g. "16 décembre 2017", "mars 2018"


def scan_dates(text: str, month_year: bool = True) -> list[DateMention]:
    """Every calendar date written in ``text``, in order, without overlaps.

    Month-year dates ("mars 2018") count only after a deadline word
    ("d'ici fin mars 2018", "by March 2018") and mean the last day of the month.
    """
    folded = fold_text(text)
    # (The dates of other calendars, such as a Hijri date written beside the
    # Gregorian one, use month names no table lists: they are not read.)
    found: list[DateMention] = []
    patterns = [_DMY_RE, _MDY_RE, _ISO_RE] + ([_MY_RE] if month_year else [])
    for pattern in patterns:
        for m in pattern.finditer(folded):
            month_key = m.group("m").rstrip(".")
            month = int(month_key) if month_key.isdigit() else MONTHS.get(month_key, 0)
            year = int(m.group("y"))
            start = m.start() if "d" in pattern.groupindex else m.start("m")
            try:
                if "d" in pattern.groupindex:
                    day = int(m.group("d"))
                else:
                    day = calendar.monthrange(year, month)[1]
                value = dt.date(year, month, day)
            except (ValueError, IndexError, calendar.IllegalMonthError):
                continue
            found.append(DateMention(start, m.end(), value, text[start : m.end()]))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def find_dates(text: str) -> list[tuple[dt.date, str]]:
    """Dates written in ``text`` as (date, text as written), in order."""
    return [(m.date, m.text) for m in scan_dates(text)]


def month_of_meeting(text: str) -> dt.date | None:
    """The first day of the first month-and-year written in ``text`` without a
    day ("Le Caire, septembre 2016", "القاهرة، مارس ٢٠١٦"): a meeting's date
    when its title block gives only the month. None when there is none."""
    for m in _BARE_MY_RE.finditer(fold_text(text)):
        month = MONTHS.get(m.group("m").rstrip("."), 0)
        if 1 <= month <= 12 and int(m.group("y")) >= 1:
            return dt.date(int(m.group("y")), month, 1)
    return None


# A year standing alone in brackets, as a resolution's title gives the year of
# its adoption ("Resolution 56/40 (2001)", "القرار ٥٧/٤٦ ... (٢٠٠٢)"), on a line
# that opens with the text's kind (markup aside): "Follow-up to resolution 9/8
# (2015)" names the year of another text.
_BRACKET_YEAR_RE = re.compile(r"\(\s*(?P<y>\d{4})\s*\)")
_OWN_TITLE_RE = re.compile(
    r"[\s*#_>]*(?:resolution|résolution|decision|décision|القرار|قرار)(?![^\W\d_])", re.IGNORECASE
)


def year_of_meeting(text: str) -> dt.date | None:
    """The first of January of the first year written alone in brackets on a
    line of ``text`` opening with the text's kind: a meeting's date when its
    title block gives only the year of the text it adopted (read as the month
    is, from the period's first day). None when there is none."""
    for line in text.split("\n"):
        if not _OWN_TITLE_RE.match(line):
            continue
        for m in _BRACKET_YEAR_RE.finditer(line):
            year = int(m.group("y"))
            if 1900 <= year <= 2199:
                return dt.date(year, 1, 1)
    return None
