"""Paragraphs laid out as on the printed page: a hard line break inside each
sentence.

Class of text: an official press release or a report stored by a document site
as its printed page was laid out ("On the five (5)-year review of the Abuja call
for accelerated action towards universal\\naccess to HIV/AIDS, ..."): each line
filled to about the same width, paragraphs separated by blank lines. A line
filled to the page's width that does not end a sentence goes on onto the next
line, whatever the next line opens with (a capital: "... Development in\\nAfrica”
adopted ..."; a comma at the end of the line above: "... CARMMA,\\nmobilisation
..."). News pages that hold a paragraph a line are not of this class: their
lines are far longer than a printed page's, and are read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["page_width", "fills_the_line"]

# A printed page's line: between these many characters (a news page's paragraph
# a line is longer; a column of a few words is shorter).
_MIN_WIDTH, _MAX_WIDTH = 60, 110
_MIN_LINES = 4  # fewer lines: no layout to read
_MIN_BLOCKS, _BLOCK_LINES = 2, 3  # paragraphs of several lines, parted by blank lines
_DASHES = "-\u2013\u2014"
_FILLED = 0.8  # a line this share of the page's width is filled
# Marks ending a sentence or a listed point at a line's end.
_ENDS = ".!?;:\u061b\u061f\u06d4"


def page_width(texts: Sequence[str]) -> int:
    """The width the lines of ``texts`` (a text's lines, "" for a blank one) are
    filled to when they are laid out as a printed page, else 0: the length most
    lines reach (the ninth of ten, in order of length), in a text whose blank
    lines part paragraphs of several lines (at least two of three lines or
    more: a news page one sentence a line, with no blank line, is none)."""
    lengths = sorted(len(t) for t in texts if t)
    if len(lengths) < _MIN_LINES or _long_blocks(texts) < _MIN_BLOCKS:
        return 0
    width = lengths[(len(lengths) * 9) // 10 - 1]
    return width if _MIN_WIDTH <= width <= _MAX_WIDTH else 0


def _long_blocks(texts: Sequence[str]) -> int:
    """How many runs of non-blank lines between blank lines hold three lines or
    more, counting those after a first blank line only (the page's top may be
    a column of headlines)."""
    count = run = 0
    seen_blank = False
    for text in texts:
        if text:
            run += 1
            continue
        count += seen_blank and run >= _BLOCK_LINES
        seen_blank, run = True, 0
    return count + (seen_blank and run >= _BLOCK_LINES)


def fills_the_line(before: str, width: int) -> bool:
    """Whether the line ``before`` fills a page ``width`` wide and stops
    mid-sentence (a word cut by a hyphen goes on; a sentence closed by a dash,
    ".-", ends): the next line goes on it."""
    text = before.rstrip(" *")
    if not width or len(text) < _FILLED * width or text[-1:] in _ENDS:
        return False
    return not (text[-1:] in _DASHES and text[:-1].rstrip(" " + _DASHES)[-1:] in _ENDS)
