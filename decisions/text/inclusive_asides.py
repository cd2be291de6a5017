"""Where the bodies singled out after "especially" end and the list of
addressees resumes.

Class of text: Arabic appeals that name a group, single out some of its members
("وبخاصة"، "خصوصا"), then go on with another addressee after a comma and a joined
"و": "الوكالات المتخصصة وبخاصة اليونسكو، والمنظمات الإقليمية الأخرى". The name
after ", و" is an addressee of its own, not one more member of the group; a name
inside the aside still only says which members. Only the joined "و" of the
languages that write it so (``joined_joiners``): one search, linear.
"""

from __future__ import annotations

import re

from .lang import either, every

__all__ = ["INCLUSIVE_RE", "aside_end"]

# The opener of such an aside ("in particular", "notamment"); not after a contrast
# ("toutes les parties, mais en particulier les autorités": a body asked too), nor
# before the dative said again ("aux deux parties, en particulier à l'Érythrée, de
# ...": the body after it is asked in its own right, not one of the parties).
INCLUSIVE_RE = re.compile(
    rf"(?<![\w'])(?<!mais )(?<!but ){either('inclusive_openers')}(?![\w'])"
    r"(?!\s+(?:a\s+(?:l'|la\s|les\s)|au\s|aux\s))"
)
_RESUMED_RE = (
    re.compile(rf"[,;]\s*(?:{either('joined_joiners')})") if every("joined_joiners") else None
)


def aside_end(folded: str, opener: re.Match, stop: int) -> int:
    """Where the aside ``opener`` opens ends in ``folded[:stop]``: the first
    comma followed by a joined "و", else ``stop``."""
    if _RESUMED_RE is None:
        return stop
    found = _RESUMED_RE.search(folded, opener.end(), stop)
    return found.start() if found else stop
