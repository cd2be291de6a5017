"""Case and accents: one spelling to compare words and names by, and slugs.

``fold_text`` maps every character to exactly one character, so a position
found in folded text is a position in the original.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = ["SLUG_MAX_LENGTH", "fold_key", "fold_text", "slugify"]

_APOSTROPHES = "\u2019\u2018`\u00b4\u02bc\u2032\u02b9"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


@lru_cache(maxsize=8192)
def _fold_char(ch: str, keep_case: bool) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return " "
    base = ch
    for part in unicodedata.normalize("NFKD", ch):
        if not unicodedata.combining(part):
            base = part
            break
    if not keep_case:
        base = base.lower()[:1] or base
    return base


def fold_text(text: str, keep_case: bool = False) -> str:
    """Accent-free, apostrophe- and dash-unified copy of ``text``, same length.

    Every character maps to exactly one character, so positions found in the
    folded text are positions in the original.
    """
    return "".join(_fold_char(ch, keep_case) for ch in text)


def fold_key(text: str) -> str:
    """The key two spellings of one name share: folded, dashes as spaces,
    single spaces, no closing punctuation."""
    folded = fold_text(text).replace("-", " ")
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
