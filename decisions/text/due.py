"""A request's due date, read from its clauses: pure, no Django."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from .clauses import Clause
from .dates import DATE_LEAD_RE, DEADLINE_RE, DateMention

Span = tuple[int, int]


def due_of(
    text: str, folded: str, found: list[Clause], dates: list[DateMention]
) -> tuple[dt.date | None, str, Span | None]:
    """The request's due date, the phrase that states it as written, and where
    that phrase stands: a deadline phrase first, else the first date of a clause."""
    starts = [d.start for d in dates]  # in order: each clause's first date, by bisection
    in_clause = [
        dates[at]
        for c in found
        if (at := bisect_left(starts, c.start)) < len(dates) and dates[at].start < c.end
    ]
    chosen = min(in_clause, key=lambda d: d.start) if in_clause else (dates or [None])[0]
    phrase, span = "", None
    for clause in found:
        m = DEADLINE_RE.search(folded, clause.start, clause.end)
        if m:
            phrase, span = text[m.start() : m.end()], (m.start(), m.end())
            break
    if not phrase and chosen is not None:
        lead = DATE_LEAD_RE.search(folded, max(0, chosen.start - 40), chosen.start)
        span = (lead.start() if lead else chosen.start, chosen.end)
        phrase = text[span[0] : span[1]]
    return (chosen.date if chosen else None), phrase, span
