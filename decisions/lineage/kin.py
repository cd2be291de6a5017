"""An owner and the body it heads or serves: one addressee at two levels.

One meeting asks the Secretary-General what the next asks the General
Secretariat; one summit directs the Executive Secretary, the next the SADC
Secretariat; a Peace and Security Council asks "the Commission" what it
later asks the African Union. Read faithfully, the two requests have two
owners, the head (or the secretariat) and the body above it, and the
matcher would never compare them. ``kin_of`` gives a body's kin: its parent
in the registry, when the body is that parent's executive (its head, its
secretariat or its commission, by its name); never a member, an organ or an
agency (the Security Council is not the United Nations, a Member State not
the Member States, the Human Rights Commission not the OIC). A pair of kin
owners weighs KIN_OWNER in the score, as an owner that was a partner does:
the requests must say much the same thing to be proposed.

Pure of queries when the body's parent is loaded with it
(``select_related("owner__parent")``).
"""

from __future__ import annotations

import re

from django.db.models import Q

__all__ = ["KIN_OWNER", "kin_of", "kin_query"]

KIN_OWNER = 0.5

# A head or a secretariat, by its name in English: "Secretary-General of the
# League of Arab States", "Executive Secretary of SADC", "President of the
# Islamic Development Bank", "General Secretariat", "IGAD Secretariat".
_EXECUTIVE = re.compile(
    r"^(?:secretary[- ]general|executive secretary|general secretariat|secretariat"
    r"|(?:president|chairperson) of)\b|\bsecretariat$"
)


def _executive_of_parent(body) -> bool:
    name = " ".join((body.name_en or "").casefold().split())
    if _EXECUTIVE.search(name):
        return True
    # "African Union Commission", "ECOWAS Commission": the parent's own
    # commission, its name or acronym before the word.
    parent = body.parent
    head, _, last = name.rpartition(" ")
    return last == "commission" and head in {
        " ".join(n.casefold().split()) for n in (parent.name_en, parent.acronym_en) if n
    }


def kin_of(body) -> frozenset[int]:
    """The ids of `body`'s kin: its parent when `body` is its executive."""
    if body is None or body.parent_id is None or not _executive_of_parent(body):
        return frozenset()
    return frozenset({body.parent_id})


def kin_query(owner_ids: set[int], parent_ids: set[int]) -> Q:
    """The items whose owner may be kin to one of `owner_ids` (its parent is
    one of them) or is the parent of one of them (`parent_ids`, the probes'
    kin): candidates, confirmed by ``kin_of`` when scored."""
    return Q(owner__parent_id__in=owner_ids) | Q(owner_id__in=parent_ids)
