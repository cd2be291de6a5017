"""The date of a meeting whose title block gives no day, read from what lies
between the title block and the first paragraph (its heading lines and its
preamble).

A preamble often recalls older texts with their dates ("Recalling its
resolution 3369 (XXX) of 10 October 1975", "Rappelant la résolution de la
session tenue à Istanbul du 25 au 28 novembre 2019"): those days are not the
meeting's. When the lines above the preamble name the month of the meeting
without a day ("Resolution adopted ... in November 2022", "(tenue par
visioconférence, novembre 2020)"), a day of the preamble is the meeting's
only if it falls in that month; otherwise the meeting is placed on the
month's first day. With no such month, the first day of the preamble is
taken, as before."""

from __future__ import annotations

import datetime as dt

from .assembly_session import assembly_session_date
from .dates import month_of_meeting, scan_dates, year_of_meeting
from .lines import Line

__all__ = ["preamble_date", "title_lines"]


def title_lines(head: list[Line]) -> str:
    """The lines of a title block before its preamble opens: the first line
    ending with a comma ("The General Assembly,", "إن الجمعية العامة،", a
    recital "Recalling its resolution 9/8 (2015),") and all after it left out;
    one a line."""
    out = []
    for ln in head:
        if ln.text.rstrip(" *").endswith((",", "\u060c")):
            break
        out.append(ln.text)
    return "\n".join(out)


# A heading line is shorter than this, in words (as ``titleblock.head_end``).
_HEADING_WORDS = 12


def _same_month(a: dt.date, b: dt.date) -> bool:
    return (a.year, a.month) == (b.year, b.month)


def preamble_date(
    lines: list[Line], end: int, first_line: int, month: dt.date | None
) -> tuple[dt.date | None, list[str]]:
    """The meeting's date from the lines after the title block (``end``, an
    index) and before the first paragraph (``first_line``, a line number),
    and the warnings to give. ``month``: the month the title block named
    without a day, if any."""
    before_lines = [ln for ln in lines[end:] if ln.number < first_line]
    before = " ".join(ln.text for ln in before_lines)
    # The month named above the preamble: the title block's, else a short
    # heading line between the title block and the preamble (a line of prose,
    # such as a news page's story, names months of anything).
    above = title_lines(before_lines).split("\n")
    month = month or month_of_meeting(
        "\n".join(t for t in above if len(t.split()) < _HEADING_WORDS)
    )
    days = [d.date for d in scan_dates(before, month_year=False)]
    if month is not None:
        days = [d for d in days if _same_month(d, month)]
    date = days[0] if days else month or month_of_meeting(before)
    if date is not None:
        return date, []
    # A title block giving only the year of the text adopted ("(2002)"): the
    # meeting is placed in that year, and the reviewer told to check the day.
    year = year_of_meeting(title_lines(lines[:end]))
    if year is not None:
        return year, [f"only the year of the meeting found ({year.year}): check the date"]
    # A General Assembly text giving only its session ("Seventy-ninth session").
    heads = title_lines(lines[:end]).split("\n") + above
    session = assembly_session_date([t for t in heads if len(t.split()) < _HEADING_WORDS])
    if session is not None:
        date, number = session
        return date, [f"only the session of the General Assembly found ({number}): check the date"]
    return None, ["no meeting date found"]
