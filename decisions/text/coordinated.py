"""One noun shared by coordinated adjectives, read as each of its phrases.
Pure: standard library only.

A request often asks several kinds of one thing in one noun phrase: "their
humanitarian, economic and technical assistance", "l'aide humanitaire,
économique et technique", "مساعداتها الإنسانية والاقتصادية والفنية",
"les mesures administratives et de sécurité". The glossary names
"technical assistance" and "المساعدة الفنية", which the list spells only
in part: English puts the adjectives before the noun, French and Arabic
after it, so the other language's version of the same request names a
different part of the phrase, and the two share nothing.

``coordinated_phrases(folded)`` gives, for each such list in folded text
(``folding.fold_text``), the phrases it stands for ("technical assistance",
"aide technique", "المساعدات الفنية", "mesures de securite") with the span
of the whole list; ``concepts.concept_spans`` keeps those the glossary
names as one term. At most ``MAX_MEMBERS`` adjectives a list; one pass over
the words: linear in the text.
"""

from __future__ import annotations

import re

__all__ = ["MAX_MEMBERS", "coordinated_phrases"]

MAX_MEMBERS = 5

_WORD = re.compile(r"[^\W_]+")
# The word joining the last adjective: "and", "or", "et", "ou".
_LATIN_JOINERS = frozenset({"and", "or", "et", "ou"})
# French "et de sécurité": the last member a complement of the noun.
_OF = frozenset({"de", "d"})


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _gap(folded: str, end: int, start: int) -> str:
    return folded[end:start].strip()


def coordinated_phrases(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) for each adjective of a coordinated list joined
    to the noun it shares, in order; `folded` is folded text."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    out: list[tuple[int, int, str]] = []
    for k, (_, _, word) in enumerate(tokens):
        if word in _LATIN_JOINERS and 0 < k < len(tokens) - 1:
            out.extend(_latin(folded, tokens, k))
        elif _is_arabic(word) and not word.startswith("و") and k + 2 < len(tokens):
            out.extend(_arabic(folded, tokens, k))
    return out


def _members_before(folded: str, tokens: list, k: int) -> list[int]:
    """The indices of the adjectives before the joiner at `k`, nearest
    last: the word before it, then those before it separated by commas."""
    members = [k - 1]
    while len(members) < MAX_MEMBERS - 1:
        j = members[-1]
        if j == 0 or _gap(folded, tokens[j - 1][1], tokens[j][0]) != ",":
            break
        members.append(j - 1)
    return members[::-1]


def _latin(folded: str, tokens: list, k: int) -> list[tuple[int, int, str]]:
    if _gap(folded, tokens[k - 1][1], tokens[k][0]) not in ("", ","):
        return []
    members = _members_before(folded, tokens, k)
    out = []
    # English: "humanitarian, economic and technical assistance" (noun after).
    if k + 2 < len(tokens) and not _gap(folded, tokens[k + 1][1], tokens[k + 2][0]):
        noun = tokens[k + 2][2]
        for j in members:
            out.append((tokens[j][0], tokens[k + 2][1], f"{tokens[j][2]} {noun}"))
    # French: "aide humanitaire, économique et technique", "mesures
    # administratives et de sécurité" (noun before).
    first = members[0]
    if first > 0 and not _gap(folded, tokens[first - 1][1], tokens[first][0]):
        noun = tokens[first - 1][2]
        last = k + 1
        of = ""
        if tokens[last][2] in _OF and last + 1 < len(tokens):
            of, last = "de ", last + 1
        if not _is_arabic(noun):
            start, end = tokens[first - 1][0], tokens[last][1]
            out.extend((start, end, f"{noun} {tokens[j][2]}") for j in members[1:])
            out.append((start, end, f"{noun} {of}{tokens[last][2]}"))
    return out


def _arabic(folded: str, tokens: list, k: int) -> list[tuple[int, int, str]]:
    """ "المساعدات الإنسانية والاقتصادية والفنية": the noun at `k`, its first
    adjective after it, then the others each joined by "و"."""
    noun, first = tokens[k][2], tokens[k + 1][2]
    if not _is_arabic(first) or first.startswith("و"):
        return []
    if _gap(folded, tokens[k][1], tokens[k + 1][0]):
        return []
    out = []
    j = k + 2
    while j < len(tokens) and j - k - 1 < MAX_MEMBERS:
        word = tokens[j][2]
        if not (word.startswith("و") and len(word) > 3 and _is_arabic(word)):
            break
        if _gap(folded, tokens[j - 1][1], tokens[j][0]) not in ("", "،", ","):
            break
        out.append((tokens[k][0], tokens[j][1], f"{noun} {word[1:]}"))
        j += 1
    return out
