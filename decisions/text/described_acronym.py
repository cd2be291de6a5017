"""A body described in words, then named by its acronym in brackets:
"the regional organisation of the Horn of Africa States (XYZ)",
"l'organisation régionale des pays du Sahel (Abc)".

Class of text: a news report that introduces a body its readers may not know
by a description in common nouns and gives the body's own acronym in brackets
right after it. The description is no name of its own (its first noun,
"organisation", would otherwise be read as the issuing organisation's short
name); the acronym is. When the bracket holds only a registered acronym of a
body that is no State, the addressee is that body. A bracket holding anything
else (a date, a list, words, an acronym outside the registry) leaves the
chunk as it was read before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .folding import fold_text, strip_marks

if TYPE_CHECKING:  # (bodies.py imports this module: its types only, for the checker)
    from .bodies import Index, RegistryEntry

__all__ = ["described_acronym"]

# A description of two words or more (bounded), then one acronym-like word
# in brackets, the chunk's last.
_DESCRIBED_RE = re.compile(
    r"(?P<description>\S+(?:\s+\S+){1,15}?)\s*\(\s*(?P<acronym>[A-Z][A-Za-z.\-]{1,11})\s*\)"
)


def described_acronym(index: Index, chunk: str) -> RegistryEntry | None:
    """The registered body whose acronym closes ``chunk`` in brackets after a
    description in words, if any (never a State)."""
    m = _DESCRIBED_RE.fullmatch(" ".join(chunk.split()).strip(" .,;:"))
    if m is None:
        return None
    key = fold_text(strip_marks(m.group("acronym")), keep_case=True).replace("-", " ")
    entry = index.acronyms.get(key)
    if entry is None or entry.place:
        return None
    return entry
