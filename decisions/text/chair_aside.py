"""The chair of the meeting speaking for it, named with an aside that says so.

Class of text: a news report of a meeting whose call is given to the person who
chaired it, the person named by title and name and the chairing said in a
relative clause between commas: "The Foreign Minister of X, who chaired the
extraordinary meeting, called on ...", "Le ministre X, qui présidait la
réunion, a appelé ...". The chair speaks for the meeting, as the body that met
does. A person named without that aside ("A senior official, who attended the
meeting, called on ...") is another speaker and is not read so.
"""

from __future__ import annotations

import re

__all__ = ["chair_of_the_meeting"]

_MAX = 200  # the words before a verb the caller reads, no more
_MEETINGS = r"(?:meeting|session|summit|conference|council|reunion|sommet|conseil|conference)"
_CHAIR_RE = re.compile(
    # A person in a few words (a title and a name), no sentence mark.
    r"[^,.;:!?]{3,80},\s*"
    # en: "who chaired / presided over / was chairing the (extraordinary) meeting"
    r"(?:who\s+(?:chaired|chairs|presided\s+over|presides\s+over|was\s+chairing)"
    r"\s+the\s+(?:[\w-]+\s+){0,3}"
    + _MEETINGS
    +
    # fr: "qui présidait / a présidé / préside la réunion"
    r"|qui\s+(?:presidait|a\s+preside|preside)\s+(?:la|le|l')\s*(?:[\w-]+\s+){0,3}"
    + _MEETINGS
    + r"),?"
)


def chair_of_the_meeting(before: str) -> bool:
    """Whether ``before`` (the folded words of a sentence before its first verb)
    is a person and an aside saying that person chaired the meeting."""
    return len(before) <= _MAX and bool(_CHAIR_RE.fullmatch(before.strip()))
