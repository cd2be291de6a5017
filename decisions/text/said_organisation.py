"""An organ named with its organisation pointed back at: "la Commission de
ladite Communauté", "le Secrétariat de cette organisation", "the Commission of
the said Community". The organisation is the one the text is about, named
before in full ("la Communauté économique des États de l'Afrique de l'Ouest");
the organ is that organisation's own, as its bare name ("la Commission") is in
its text. ``bare_organ`` gives the name without the pointing-back words, to be
read as the issuing organisation's short name (``context.with_context``)."""

from __future__ import annotations

import re

from .folding import fold_key

__all__ = ["bare_organ"]

# The organisation's head noun after words pointing back at it, closing the name
# (folded). Only the nouns an organisation's name opens with: "ladite
# résolution", "the said meeting" point at no organisation.
_SAID_RE = re.compile(
    r"\s+(?:(?:de|d')\s*(?:ladite|la\s+dite|cette|ledit|le\s+dit|cet)"
    r"|of\s+(?:the\s+said|that|this|the\s+same))\s+"
    r"(?:communaute|organisation|organization|union|ligue|league|community|institution)$"
)


def bare_organ(name: str) -> str:
    """``name`` folded without its closing words pointing back at an
    organisation ("commission de ladite communaute" -> "commission"); "" when
    it has none."""
    key = fold_key(name)
    m = _SAID_RE.search(key)
    return key[: m.start()] if m and m.start() > 0 else ""
