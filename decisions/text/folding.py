"""Case and accents: one spelling to compare words and names by, and slugs.

``fold_text`` maps every character to exactly one character, so a position
found in folded text is a position in the original. Beyond case and
accents it unifies letter variants that writers use interchangeably (alef
with hamza or madda as bare alef, alef maqsura as ya, ta marbuta as ha),
digits of every script as ASCII digits, and the Arabic comma, semicolon and
question mark as their Latin forms. An Arabic conjunction "و" written apart
from its word ("و حثت", "و مجلس الأمن": some news pages type it so) is read
joined to it: it trades places with the space after it ("و حثت" folds as
" وحثت"), so that every other character keeps its position.

``strip_marks`` drops what a reader does not need to read a word, which
``fold_text`` cannot drop without moving positions: the optional vowel
marks of the Arabic and Hebrew scripts, the tatweel (a stretching stroke)
and invisible format characters (zero-width joiners, direction marks).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = [
    "SLUG_MAX_LENGTH",
    "collation_key",
    "fold_key",
    "fold_text",
    "loose_pattern",
    "slugify",
    "strip_marks",
]

_APOSTROPHES = "\u2019\u2018`\u00b4\u02bc\u2032\u02b9"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# Letter variants written interchangeably; NFKD already takes hamza and madda
# off alef, waw and ya. Punctuation of other scripts as its Latin form.
_VARIANTS = {
    "\u0649": "\u064a",  # alef maqsura -> ya
    "\u06cc": "\u064a",  # Farsi ya -> ya
    "\u0629": "\u0647",  # ta marbuta -> ha
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u060c": ",",  # Arabic comma
    "\u061b": ";",  # Arabic semicolon
    "\u061f": "?",  # Arabic question mark
    "\u06d4": ".",  # Arabic full stop
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
}
# Optional marks: Hebrew points, Arabic signs and harakat, superscript alef,
# Quranic annotation marks; the tatweel; invisible format characters.
_MARKS_RE = re.compile(
    "[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u00ad\u061c\u200b-\u200f\ufeff]"
)


@lru_cache(maxsize=8192)
def _fold_char(ch: str, keep_case: bool) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return " "
    if ch in _VARIANTS:
        return _VARIANTS[ch]
    if ch.isdigit() and not ch.isascii():
        return str(unicodedata.digit(ch, 0))
    base = ch
    for part in unicodedata.normalize("NFKD", ch):
        if not unicodedata.combining(part):
            base = part
            break
    if not keep_case:
        base = base.lower()[:1] or base
    return _VARIANTS.get(base, base)


def collation_key(text: str) -> tuple[str, str]:
    """What a list of names sorts by, in any of the three languages: the
    letters without accents, case or optional marks ("États" among the E's,
    not after Z; an Arabic name by its letters, its vowel marks and hamza
    seats set aside), then the name itself to order what folds the same."""
    return (" ".join(fold_text(strip_marks(text)).casefold().split()), text)


# The conjunction "و" standing alone before an Arabic word: not a letter before
# it, one space after it (one fixed-width look-behind and look-ahead: linear).
_DETACHED_WAW_RE = re.compile("(?<![^\\W\\d_])\u0648 (?=[\u0621-\u064a])")


def fold_text(text: str, keep_case: bool = False) -> str:
    """Accent-free, apostrophe- and dash-unified copy of ``text``, same length.

    Every character maps to exactly one character, so positions found in the
    folded text are positions in the original (a detached "و" alone moves
    one place, onto the space after it: see the module's docstring).
    """
    folded = "".join(_fold_char(ch, keep_case) for ch in text)
    if "\u0648 " in folded:
        folded = _DETACHED_WAW_RE.sub(" \u0648", folded)
    return folded


def strip_marks(text: str) -> str:
    """``text`` without optional vowel marks, tatweel and invisible format
    characters: "كلّف" -> "كلف", "أولاً" -> "أولا". Latin text in NFC form
    is unchanged (its accents are part of its letters)."""
    return _MARKS_RE.sub("", text)


@lru_cache(maxsize=256)
def _spellings() -> dict[str, str]:
    """Folded letter -> a character class of every letter folding to it,
    for the scripts whose letters have variants (Latin, Arabic)."""
    spellings: dict[str, set[str]] = {}
    for code in (*range(0x20, 0x250), *range(0x600, 0x700)):
        ch = chr(code)
        if not ch.isalnum():
            continue
        folded = _fold_char(ch, False)
        if folded.isalnum():
            spellings.setdefault(folded, {folded}).add(ch)
    return {k: "[" + "".join(sorted(v)) + "]" for k, v in spellings.items() if len(v) > 1}


def loose_pattern(word: str) -> str:
    """A regular expression matching ``word`` as written, before folding:
    "اولا" matches "أولا" and "اولا"; each letter may carry optional marks.
    For text that cannot be folded first (its matches are kept as written)."""
    spellings = _spellings()
    marks = _MARKS_RE.pattern + "*"
    parts = []
    for ch in word:
        if ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(spellings.get(ch, re.escape(ch)) + marks)
    return "".join(parts)


def fold_key(text: str) -> str:
    """The key two spellings of one name share: folded, dashes as spaces,
    single spaces, no closing punctuation."""
    folded = fold_text(strip_marks(text)).replace("-", " ")
    return " ".join(re.sub(r"[.,;:!?]+$", "", folded.strip()).split())


SLUG_MAX_LENGTH = 120
"""The longest slug ``slugify`` returns (the length of Body.slug)."""

_HASH_LENGTH = 8


def slugify(name: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """A slug for a body's name, stable and distinct for any script.

    A Latin name gives its plain form ("Croix-Rouge" -> "croix-rouge"). A
    name with letters of another script, or too long, gets a short hash of
    its folded key so that two different names never share a slug:
    "مجلس الأمن" -> "body-3f9a1c2e", "Comité الأمن" -> "comite-5b0e7d21".
    """
    key = fold_key(name)
    latin = re.sub(r"[^a-z0-9]+", "-", fold_text(key)).strip("-")
    other_script = any(ch.isalpha() and not ("a" <= ch <= "z") for ch in key)
    if latin and not other_script and len(latin) <= max_length:
        return latin
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:_HASH_LENGTH]
    stem = latin[: max_length - _HASH_LENGTH - 1].rstrip("-") or "body"
    return f"{stem}-{digest}"
