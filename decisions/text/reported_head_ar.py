"""An Arabic news lead that names its source before the organisation's head.

Class of text: a page retelling another outlet's report, its lead saying who
reports before the Secretary-General speaks: "أفادت قناة «...» أن الأمين العام
لمنظمة ...، فلان الفلاني وجّه نداءً إلى ..."، "وذكرت الوكالة أن الأمين العام للمنظمة
دعا ...". The words before the verb are then a reporting verb, the source (a
few words), "أن", and the organisation's own Secretary-General (lang/_ar_speakers.py
``OWN_HEAD``: never the United Nations'), perhaps his name after a comma: he
speaks for the organisation, as head_speaker reads him. A minister reported so
("أفاد المصدر أن الوزير دعا ...") is not read. Folded text; one anchored match
over a bounded slice: linear.
"""

from __future__ import annotations

import re

from .lang._ar_speakers import OWN_HEAD

__all__ = ["reported_head_ar"]

_MAX = 300
_REPORTED_HEAD_RE = re.compile(
    r"[وف]?(?:افاد|ذكر|قال|اعلن|اوضح|نقل)(?:ت)?\s+[^.;:]{1,80}?\s+(?:ب)?ان\s+"
    rf"{OWN_HEAD}(?:\s*,?(?:\s+(?!ل)[^\s,.;:]+){{1,5}}?\s*,?)?\s*"
)


def reported_head_ar(folded: str, start: int, verb: int) -> bool:
    """Whether ``folded[start:verb]`` (the words of a sentence before its verb)
    are a source reporting that the organisation's own head speaks."""
    return verb - start <= _MAX and _REPORTED_HEAD_RE.fullmatch(folded, start, verb) is not None
