"""A collective body addressed through its members: "all members of the
international community", "tous les membres de la communauté internationale",
"جميع أعضاء المجتمع الدولي".

Class of text: a request retold in a news report or a declaration that asks
"the members of" a body which is a collective with no seat of its own (a
registry entry of kind "group" whose name is a singular collective noun, such
as the international community). Asking its members is asking it: the name
after "members of" is looked up, and only such a collective is taken. The
members of an organ or an organisation ("the members of the Security
Council", "the members of the Committee") are not that organ: they stay as
written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (bodies.py imports this module: its types only, for the checker)
    from .bodies import Index, RegistryEntry

__all__ = ["collective_of_members"]

# On a folded key (lower case, no accents, single spaces): a quantifier, an
# article, the members, and what follows their link. Anchored and bounded.
_MEMBERS_RE = re.compile(
    r"(?:(?:all|tous|toutes|جميع|كافة|كل)\s+)?(?:(?:the|les)\s+)?"
    r"(?:members\s+of|membres\s+de|اعضاء)\s+(?P<rest>.{1,120})"
)

_ARTICLE_RE = re.compile(r"^(?:the\s+|la\s+|le\s+|l')")


def _collective(entry: RegistryEntry) -> bool:
    """A registry group named by a singular collective noun (by its slug: not
    "Member States", "Observer States", "Islamic NGOs", members already)."""
    if entry.kind != "group" or entry.place:
        return False
    return not entry.slug.endswith("s") and "member" not in entry.slug


def collective_of_members(index: Index, key: str) -> RegistryEntry | None:
    """The collective ``key`` (folded) addresses through its members, if any."""
    m = _MEMBERS_RE.fullmatch(key)
    if m is None:
        return None
    rest = m.group("rest")
    entry = index.plain.get(rest) or index.plain.get(_ARTICLE_RE.sub("", rest, count=1))
    return entry if entry is not None and _collective(entry) else None
