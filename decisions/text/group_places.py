"""A group asked with the State it is in ("أصحاب المصلحة في السودان",
"جميع الأطراف في السودان"): the group is the body asked, the place only says
where it stands, and is no part of its name (a State's own organ, "الحكومة
الانتقالية في السودان", is read as the State elsewhere: ``states``)."""

from __future__ import annotations

import re

from .bodies import BodyRef, Index, lookup, unregistered
from .folding import fold_text
from .quoted_names import quoted_name

__all__ = ["without_place"]

# Folded: groups of actors, not organs ("الأطراف", "أصحاب المصلحة", "الفصائل").
_GROUP_RE = re.compile(
    r"(?:(?:جميع|كافه|كل)\s+)?"
    r"(?:ال)?(?:اطراف|فرقاء|فصائل|اصحاب\s+المصلحه|جهات\s+الفاعله|فاعلين|قوي\s+السياسيه)"
)
_IN_RE = re.compile(r"\s+في\s+")
_QUANTIFIER_RE = re.compile(r"(?:جميع|كافه|كل)\s+")


def without_place(owner: BodyRef, index: Index) -> BodyRef:
    """``owner`` without the registered State named after it by "في", when it
    is a group of actors outside the registry, or without the place after its
    name in quotation marks (``quoted_names``); else ``owner`` unchanged."""
    if owner.registered:
        return owner
    if (quoted := quoted_name(owner, index)) != owner:
        return quoted  # "« Centre de ... » de Riyad": the name quoted (quoted_names)
    name = owner.name
    folded = fold_text(name)
    group = _GROUP_RE.match(folded)
    if group is None:
        return owner
    link = _IN_RE.match(folded, group.end())
    if link is None:
        return owner
    entry = lookup(index, name[link.end() :])
    if entry is None or not entry.place:
        return owner
    quantifier = _QUANTIFIER_RE.match(folded)
    return unregistered(
        name[quantifier.end() if quantifier else 0 : group.end()], name[: group.end()]
    )
