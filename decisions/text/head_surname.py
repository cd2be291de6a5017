"""The Secretary-General called by his family name alone, before the body he asks.

Class of text: an Arabic news report of an organisation's Secretary-General
speaking for it, which names him in full with his title once ("أكد حسين
إبراهيم طه، أمين عام منظمة التعاون الإسلامي، ..."، "وجه الأمين العام للمنظمة،
حسين إبراهيم طه، ...") and later by his family name alone as the subject of
a call, Arabic putting the subject between the verb and the body asked: "دعا
طه مجلس الأمن الدولي إلى ...". The family name is no part of the body's
name: an owner written as that name then a registered body is read as the
body. Only the holder the report names with the title is read so (a name not
so named, "دعا فلان مجلس ...", stays for a reviewer), and only when the rest is
a registered body. One bounded pass per paragraph: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .bodies import BodyRef, Index, lookup
from .folding import fold_text

__all__ = ["HeadSurnames"]

_WORD = r"[^\W\d_]{2,}"
_TITLE = r"(?:ال)?امين\s+(?:ال)?عام(?![^\W\d_])"
# "فلان الفلاني، أمين عام ..." (the name before the title) or "الأمين العام
# لمنظمة ...، فلان الفلاني، ..." (the name between commas after it).
_BEFORE_RE = re.compile(rf"(?<![^\W\d_])(?:{_WORD}\s+){{1,3}}({_WORD})\s*,\s*{_TITLE}")
_AFTER_RE = re.compile(
    rf"{_TITLE}(?:\s+[^\s,.;:]+){{0,5}}?\s*,\s*(?:{_WORD}\s+){{1,3}}({_WORD})\s*,"
)
# A name's last word is not one of these (a title, an article's noun).
_NOT_NAMES = frozenset({"العام", "عام", "امين", "الامين", "رييس", "السيد", "الدكتور"})


class HeadSurnames:
    """Reads a report's paragraphs in order (``seen``), then the owners of
    each (``resolve``)."""

    def __init__(self, index: Index) -> None:
        self._index = index
        self._names: set[str] = set()

    def seen(self, text: str) -> None:
        folded = fold_text(text)
        for pattern in (_BEFORE_RE, _AFTER_RE):
            self._names.update(
                m.group(1) for m in pattern.finditer(folded) if m.group(1) not in _NOT_NAMES
            )

    def resolve(self, requests: Iterable, text: str) -> tuple:
        """``requests`` of the paragraph ``text`` (noted first: ``seen``) with an
        owner written "<family name> <registered body>" read as that body (each
        body once)."""
        self.seen(text)
        out: dict[str, object] = {}
        for request in requests:
            owner = request.owner
            if not owner.registered and self._names:
                first, _, rest = fold_text(owner.name).partition(" ")
                entry = lookup(self._index, rest) if first in self._names and rest else None
                if entry is not None:
                    cut = len(owner.name.split(" ", 1)[0]) + 1
                    spans = tuple((s + cut, e) for s, e in request.owner_spans if e - s > cut)
                    request = replace(request, owner=BodyRef.of(entry), owner_spans=spans)
            out.setdefault(request.owner.slug, request)
        return tuple(out.values())
