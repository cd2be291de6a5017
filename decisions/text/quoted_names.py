"""A body's name printed between quotation marks, then where it sits.

Class of text: a resolution or a report quoting a body's name, as French
typography does for a centre, a coalition or a mechanism not yet well known
("INVITE le « Centre de coordination de la lutte contre X » de Djeddah à ...",
'invites the "Regional Coordination Centre" of Nairobi to ...'). The body asked
is the name inside the quotation marks; the marks are no part of it, and the
city written after them by "de"/"d'"/"of"/"in" (a capitalised word or two) says
where the body sits. Words after the marks that are not such a place ("« Groupe
des amis » du Soudan", "« Amis » des victimes") keep the name as written.
"""

from __future__ import annotations

import re

from .bodies import BodyRef, Index, lookup, unregistered

__all__ = ["quoted_name"]

_QUOTED_RE = re.compile(
    r"[\"\u00ab\u201c]\s*(?P<name>[^\"\u00ab\u00bb\u201c\u201d]{3,160}?)\s*(?:[\"\u00bb\u201d]"
    r"(?:(?:\s+(?:de|of|in|at)\s+|\s+d['\u2019])[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?)?"
)  # (the closing mark may be lost with the words after it: "« Comité spécial")


def quoted_name(owner: BodyRef, index: Index) -> BodyRef:
    """``owner`` as the name between its quotation marks, the place after them
    left out, when it is written so and outside the registry; else ``owner``."""
    if owner.registered:
        return owner
    m = _QUOTED_RE.fullmatch(owner.name.strip())
    if m is None:
        return owner
    entry = lookup(index, m.group("name"))
    return BodyRef.of(entry) if entry is not None else unregistered(m.group("name"))
