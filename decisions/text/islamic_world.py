"""Non-governmental organisations of the Islamic world, described rather than named.

Class of text: an OIC statement asking "les organisations civiles et
humanitaires dans le monde islamique", "the humanitarian organisations of the
Muslim world", "charities in the Islamic world": the registry's Islamic NGOs
and charities (``islamic-ngos``), described by what they are and where,
instead of by the registry's name. Only organisations of civil society, aid or
charity (a few adjectives, joined by "and"/"et"), and only in or of the
Islamic (Muslim) world: "the organisations of the OIC", "international
organisations" or "les institutions financières" stay as they are (Arabic
descriptions: islamic_world_ar.py). Folded text; one anchored pattern over a
name: linear.
"""

from __future__ import annotations

import re

from .bodies import BodyRef, Index, lookup, unregistered
from .folding import fold_text
from .islamic_world_ar import describes_islamic_ngos

__all__ = ["addressee_ref"]

_KIND = (
    r"(?:civil(?:es|s)?|humanitaires?|humanitarian|caritatives?|charitable|benevoles?|voluntary"
    r"|non[\s-]gouvernementales|non[\s-]governmental|civil\s+society|de\s+la\s+societe\s+civile"
    r"|de\s+bienfaisance)"
)
_KINDS = rf"{_KIND}(?:\s*,\s*{_KIND})*(?:\s+(?:et|and)\s+{_KIND})?"
_WORLD = (
    r"(?:dans\s+le|du)\s+monde\s+(?:islamique|musulman)"
    r"|(?:in|of)\s+the\s+(?:islamic|muslim)\s+world"
)
_DESCRIBED_RE = re.compile(
    rf"\s*(?:(?:organisations|associations|ong)\s+{_KINDS}"
    rf"|(?:{_KINDS})\s+(?:organi[sz]ations|associations|ngos)|charities|ong|ngos)\s+(?:{_WORLD})\s*"
)
_REGISTERED_NAME = "Islamic NGOs"


def addressee_ref(
    index: Index, text: str, span: tuple[int, int, int], warnings: list[str]
) -> BodyRef:
    """The body the addressee ``text[start:end]`` outside the registry's names
    is (``span``: start, end, and where it is written from, a quantifier
    included): the Islamic NGOs when it describes them (see above), else the
    name as written, with a warning that it is not in the registry."""
    start, end, written = span
    name = text[start:end]
    if _DESCRIBED_RE.fullmatch(fold_text(name)) or describes_islamic_ngos(
        name, text[end : end + 40]
    ):
        entry = lookup(index, _REGISTERED_NAME)
        if entry is not None:
            return BodyRef.of(entry)
    ref = unregistered(text[start:end], text[written:end])
    warnings.append(f"paragraph text mentions an addressee not in the registry: '{ref.name}'")
    return ref
