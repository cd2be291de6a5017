"""A registered group named with "of the Organisation" and nothing after:
the issuing organisation's own.

Class of text: an organisation's communiqué, or a report of it, naming its
members by their group and the common noun of the organisation itself ("les
ministres ont appelé les États membres de l'organisation à ...", "the Member
States of the Organization are requested to ..."). The noun says no other
organisation's name, so the group is the one the bare words name (and, in a
text another organisation issues, its own: ``issuer`` reads "of the
Organization" without a proper name after it as no tie). A proper name or a
qualifier after the noun ("de l'Organisation des Nations Unies", "de
l'organisation régionale") is another body, read as before."""

from __future__ import annotations

import re

__all__ = ["OWN_ORGANISATION_RE", "names_own_organisation"]

# Folded text, case kept; the noun last in the chunk (fullmatch).
OWN_ORGANISATION_RE = re.compile(r"\s*(?:of\s+the|de\s+l')\s*(?i:organi[sz]ation)[\s,;.]*")


def names_own_organisation(rest: str) -> bool:
    """Whether ``rest``, the words after a registered name up to the chunk's
    end, is only "of the Organisation" / "de l'organisation"."""
    return OWN_ORGANISATION_RE.fullmatch(rest) is not None
