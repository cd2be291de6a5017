"""A news page's lead that names its source before the body that met.

Class of text: agency copy retold by another site, whose lead says who reports
the communiqué before the communiqué speaks ("Emirates news agency, WAM, says the
final communiqué of the extraordinary summit, held in Riyadh, urged the
international community to ...", "Reuters reported that the final statement of
the meeting called on ..."). The words before the verb are then: the source (a
few words, an acronym between commas), a reporting verb, perhaps "that", the
body that met or its text, perhaps an aside of place or time (", held in X,").
The body's part is checked by the caller's pattern (``prose._MEETING_SUBJECT_RE``),
so a source reporting what someone else said ("Reuters says the minister urged
...") is not read as the body's request.
"""

from __future__ import annotations

import re

__all__ = ["attributed_subject"]

# The source, bounded (a name, an agency's acronym between commas); the reporting
# verb in the present or past; the rest; an aside of the meeting's place or time.
_ATTRIBUTED_RE = re.compile(
    r"[^;:.!?]{1,80}?\s(?:says|said|reports|reported|quotes|quoted)\s+(?:that\s+)?"
    r"(?P<subject>[^;:!?]{1,200}?)"
    r"(?:,\s*(?:held|convened|meeting|adopted|issued|released)\s[^,;:]{1,100})?,?\s*"
)
_MAX = 300  # the words before a verb the caller reads, no more


def attributed_subject(before: str, subject: re.Pattern[str]) -> bool:
    """Whether ``before`` (folded words before a verb) is a source reporting
    the body that met, whose words ``subject`` matches whole."""
    if len(before) > _MAX:
        return False
    m = _ATTRIBUTED_RE.fullmatch(before)
    return bool(m) and bool(subject.fullmatch(m.group("subject").strip()))
