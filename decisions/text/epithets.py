"""A body asked under the press's epithet for it, read as that body when the
report has named it.

Class of text: an Arabic (or French, English) news report of a council's
decisions that names the United Nations once, then asks it under the epithet
the press uses for a second mention: "... لجنة تقصي حقائق في إطار الأمم
المتحدة ... وطالب المجلس المنظمة الدولية باتخاذ الإجراءات" ("the
international organisation" is the UN), "l'organisation onusienne", "the world
body"; and an AU text that calls the AU Commission by its short name,
"المفوضية الأفريقية", after naming the African Union. The epithet is read as
the body only when the report (its head, this paragraph or one before it) has
named the body it stands for (the UN), or the organisation it belongs to (the
AU): otherwise it stays as written, for a reviewer. Only the epithet alone is
read so: "المفوضية الأفريقية لحقوق الإنسان" (another body) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .bodies import BodyRef, Index, RegistryEntry, mentions, unregistered
from .folding import fold_key, fold_text

__all__ = ["Epithets"]

# The epithet, folded by ``fold_key``; the body it stands for; the bodies whose
# mention earlier in the report lets it be read so.
_EPITHETS: dict[str, tuple[str, frozenset[str]]] = {
    fold_key(name): (slug, frozenset(named))
    for names, slug, named in (
        (
            ("المنظمة الدولية", "المنظمة الأممية", "المنظمة الاممية", "المنظمة الدولية الأممية",
             "l'organisation onusienne", "organisation onusienne", "the world body",
             "world body", "the world organization", "the world organisation"),
            "united-nations",
            ("united-nations",),
        ),
        (
            ("المفوضية الأفريقية", "المفوضية الإفريقية", "المفوضية الافريقية"),
            "au-commission",
            ("african-union", "au-commission"),
        ),
    )
    for name in names
}  # fmt: skip


class Epithets:
    """Reads a report's paragraphs in order (``seen``), then the owners of
    each (``resolve``)."""

    def __init__(self, registry: Sequence[RegistryEntry], index: Index, head: str = "") -> None:
        wanted = {slug for slug, _ in _EPITHETS.values()}
        self._entries = {e.slug: e for e in registry if e.slug in wanted}
        self._index = index
        self._named: set[str] = set()
        if head:
            self.seen(head)

    def seen(self, text: str) -> None:
        """Note the bodies ``text`` names (one pass over it)."""
        self._named.update(e.slug for _, _, e in mentions(self._index, text, fold_text(text)))

    def resolve(self, requests: Iterable, text: str = "") -> tuple:
        """``requests`` with an owner named by an epithet read as its body
        (``text``: the paragraph the owner spans count in)."""
        out = []
        for request in requests:
            owner = request.owner
            found = None if owner.registered else _EPITHETS.get(fold_key(owner.name))
            written = _written(request, text) if owner.registered else ""
            if written:
                # "l'organisation onusienne" read as the short name "l'Organisation"
                # (the OIC): the epithet, or the noun with its adjective, as written.
                found = _EPITHETS.get(fold_key(written))
                if found is None or not found[1] & self._named:
                    request = replace(request, owner=unregistered(written))
                    found = None
            entry = found and self._entries.get(found[0])
            if entry is not None and found[1] & self._named and not _goes_on(request, text):
                request = replace(request, owner=BodyRef.of(entry))
            out.append(request)
        return tuple(out)


# A French noun of an organisation with an adjective after it, in lower case:
# another organisation than the one the noun alone names ("l'organisation
# onusienne", "l'organisation régionale", "l'Organisation panafricaine").
_NOUN_ADJECTIVE_RE = re.compile(
    r"(?:l')?organi[sz]ation\s+(?:[a-z]+-)?[a-z]+(?:ienne|ale|aire|ique|aine)s?"
)


def _written(request, text: str) -> str:
    """The name written where a registered owner was read, when it is a noun
    and its adjective (see above); else ''."""
    if not request.owner_spans or not text:
        return ""
    start, end = request.owner_spans[-1]
    written = " ".join(text[start:end].split())
    return written if _NOUN_ADJECTIVE_RE.fullmatch(fold_text(written)) else ""


def _goes_on(request, text: str) -> bool:
    """Whether the name written goes on past the owner read ("المفوضية الأفريقية
    لحقوق الإنسان": a complement with "لـ" names another body)."""
    if not request.owner_spans or not text:
        return True  # where it was written is unknown: left as written
    end = request.owner_spans[-1][1]
    after = text[end : end + 40].split()[:1]
    return bool(after) and fold_text(after[0]).startswith("ل")
