"""What a renewal brings up to date, so that two requests are compared on
what they ask: the figures (amounts, years, dates: ``updated``) and the
session a report is due at (``untimed``); and the closing report itself, a
report due at a session (``with_session_report``, ``CLOSING_ASKS``). Pure,
on sets of concept keys (``concepts``)."""

from __future__ import annotations

__all__ = ["CLOSING_ASKS", "untimed", "updated", "with_session_report"]

# Asks that close a text, whatever it is about (a report due at the next
# session): specific, so that a merged paragraph's halves are told apart,
# but not telling alone: two such reports on two places are two requests
# (``lineage.signals``).
CLOSING_ASKS = frozenset({"session-report"})

# A report and a session named apart ("report on the implementation of this
# resolution to the forty-sixth session"): a report due at a session, as the
# glossary's "report to the next session" is (its parents, ``_glossary_followup``).
_SESSION_REPORT = frozenset({"report-back", "next-session"})


def with_session_report(keys: set[str]) -> set[str]:
    """`keys`, with the report due at a session when they name a report and a session."""
    if keys >= _SESSION_REPORT:
        keys.add("session-report")
    return keys


def updated(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """`a` without its amounts (or years, dates, months) when `b` names some
    of that kind and the two share none: a renewal brings figures up to date
    (the 2023 plan for the 2022 one, 2.25 billion for 1.98), which says
    neither that the requests differ nor that they agree. Only where the two
    share more than one general ask (a mission, a report): new figures around
    a visit asked twice are another visit."""
    drop = set()
    for kind in ("n", "year", "date", "month"):
        prefix = kind + ":"
        mine = {k for k in a if k.startswith(prefix)}
        theirs = {k for k in b if k.startswith(prefix)}
        if mine and theirs and not mine & theirs:
            drop |= mine
    return a - drop if drop else a


def untimed(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """`a` without the session its report is due at when `b` names none: a
    paragraph that adds the report to what the other asked ("... and to
    report to the forty-sixth session") asks that much more, not twice."""
    if "next-session" in a and "next-session" not in b:
        return a - _TIMED
    return a


_TIMED = frozenset({"next-session", *CLOSING_ASKS})
