"""Report lines -> units: the blocks a report's paragraphs are made of,
each opening with a list item, a bullet, a clause, a heading or a line
announcing the operative part. Used by ``paragraphs``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import is_intro
from .lines import Line
from .numbering import BULLET_RE, ITEM_RE
from .sections import section_titles

__all__ = ["Unit", "units_of"]


@dataclass
class Unit:
    line: int
    indent: int
    text: str
    item: re.Match[str] | None
    bullet: re.Match[str] | None
    clause: bool
    heading: bool
    subject_first: bool = False


def units_of(lines: list[Line]) -> list[Unit]:
    """Blank-separated blocks, further cut where a list item or clause starts;
    the topics over one list in figures (``sections``) are headings."""
    units: list[Unit] = []
    parts: list[str] = []

    def finish() -> None:
        unit = units[-1]
        unit.text = " ".join(" ".join(parts).split())
        # Re-match on the joined text so that the marker's "rest" spans every line.
        if unit.item:
            unit.item = ITEM_RE.match(unit.text)
        if unit.bullet:
            unit.bullet = BULLET_RE.match(unit.text)

    for ln in lines:
        starts = ln.item or ln.bullet or ln.clause or ln.heading or is_intro(ln.text)
        if ln.blank or (starts and parts):
            if parts:
                finish()
            parts = []
        if ln.blank:
            continue
        if not parts:
            units.append(
                Unit(
                    ln.number,
                    ln.indent,
                    "",
                    ln.item,
                    ln.bullet,
                    ln.clause,
                    ln.heading,
                    ln.subject_first,
                )
            )
        parts.append(ln.text)
        if ln.heading:
            finish()
            parts = []
    if parts:
        finish()
    for at in section_titles(units):  # "أولا: في مجال ..." over "1 -", "2 -", then "3 -"
        units[at].heading, units[at].item = True, None
    return units
