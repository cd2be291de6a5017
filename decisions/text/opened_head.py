"""The head a news page's paragraph opens with, speaking in the paragraphs after it.

Class of text: a news page whose lead names only the organisation ("The OIC has
urged ..."), whose next paragraph opens with its Secretary-General by title and
name ("OIC Secretary-General Dr. X Y said ..."), and whose later paragraphs name
him by his surname or a pronoun ("Dr Y asked the parties to ...", "He called on
..."). From the paragraph that opens so, he is the head those later paragraphs
speak for, as if the lead had named him (``head_speaker.head_leads``); a later
paragraph opening with another head's title replaces him. A pronoun after a
paragraph naming another person is still that person (``head_speaker.head_after``).
A news page's paragraph that opens so but asks nothing is kept among its
paragraphs when a later one is read only as his words (``prose.prose_blocks``):
the import then reads who speaks there. One pass over the paragraphs, each read once: linear.
"""

from __future__ import annotations

from collections.abc import Sequence

from .head_speaker import opening_head

__all__ = ["opened_heads"]


def opened_heads(texts: Sequence[str]) -> list[tuple[str, int]]:
    """For each of ``texts`` (a page's paragraphs in order), the head the last
    paragraph up to it opened with (``head_speaker.opening_head``), or "", and
    that paragraph's place in ``texts`` (-1 when none)."""
    heads: list[tuple[str, int]] = []
    last: tuple[str, int] = ("", -1)
    for at, text in enumerate(texts):
        head = opening_head(text)
        last = (head, at) if head else last
        heads.append(last)
    return heads
