"""The United Nations Secretary-General speaking in a report of his own words.

Class of text: a news page (the UN's own news service, a wire) retelling a
message or a statement of the United Nations Secretary-General in the third
person: "Dans un message à la Conférence ..., le Secrétaire général des
Nations Unies, Ban Ki-moon a demandé à l'organisation d'intervenir ... / Ban
Ki-moon a demandé instamment à l'OCI d'user de son influence ...". His asks
are the report's (fixtures/real/README.md: a text's owners are those its
speaker asks). ``head_speaker`` leaves the UN's Secretary-General out, as
another organisation's in an OIC page; he speaks only when the report's lead
names him and no other organisation's head, and says the report retells his
own words ("Dans un message à ...", "Dans une déclaration": a page where he
merely acts is another organisation's news): then his title ("le Secrétaire
général", with "des Nations Unies" or not), a pronoun or his surname (printed
in the lead after the title) speak. French; folded text; anchored patterns
over bounded slices: linear.
"""

from __future__ import annotations

import re

from .folding import fold_text

__all__ = ["UN", "un_lead", "un_speaks"]

UN = "un"
_MAX = 300  # the words before a verb read for the subject
_LEAD_CHARS = 400
# The UN named after a title, in French (folded); head_speaker uses it too.
UN_AFTER_FR = r"(?:des\s+nations\s+unies|de\s+l'onu|de\s+l'organisation\s+des\s+nations\s+unies)"
_UN = UN_AFTER_FR
_TITLE = r"secretaire[\s-]+general"
# The title with the UN named after it ("le Secrétaire général de l'ONU, X a"),
# then his name between a comma and the verb.
_LEAD_RE = re.compile(
    rf"(?<![\w'])(?:le|la)\s+{_TITLE}\s+{_UN}\s*,\s*(?:m\.?\s+)?"
    r"(?P<name>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s*,?\s+(?:a|avait)\s"
)
# Any other head in the lead: another organisation's Secretary-General or
# chairperson, whose words the report may retell instead.
_ANOTHER_RE = re.compile(
    rf"(?<![\w']){_TITLE}(?!\s+{_UN})(?!\s+adjoint)|presidente?\s+de\s+la\s+commission"
)
# The lead says the report retells his own words: "Dans un message à ...".
_OWN_WORDS_RE = re.compile(
    r"(?<![\w'])(?:dans|par)\s+(?:un|une|son|sa)\s+(?:message|declaration|discours|allocution"
    r"|communique|lettre)(?![\w'])"
)
_OPENING = r"(?:(?:par\s+ailleurs|en\s+outre|de\s+plus|enfin)\s*,?\s*|[a-z][^,;:.\"«»]{0,150},\s*)?"
_QUOTES = r"[\"'\u00ab\u00bb\u201c\u201d\s]*"
_ADVERBS = r"(?:\s+(?:egalement|aussi|encore))?"
_SUBJECT_RE = re.compile(
    rf"{_QUOTES}{_OPENING}(?:(?:le\s+{_TITLE}(?:\s+{_UN})?\s*,\s*)?(?:m\.?\s+)?"
    r"(?:[\w-]+\s+)?(?P<name>[\w-]+)|le\s+" + _TITLE + rf"(?:\s+{_UN})?|il|elle){_ADVERBS}\s*"
)


def un_lead(*leads: str) -> str:
    """The holder's surname (folded) when the first of ``leads`` naming the
    UN's Secretary-General with his name is a lead naming no other head and
    saying it retells his message; "" otherwise."""
    for lead in leads:
        folded = fold_text(lead[:_LEAD_CHARS])
        m = _LEAD_RE.search(folded)
        if m is None:
            continue
        if _ANOTHER_RE.search(folded) or not _OWN_WORDS_RE.search(folded, 0, m.start()):
            return ""
        return m.group("name").split()[-1]
    return ""


def un_speaks(folded: str, start: int, end: int, holder: str) -> bool:
    """Whether ``folded[start:end]``, the words before a verb, are the UN's
    Secretary-General, whose surname the lead printed (``holder``)."""
    if not holder or end - start > _MAX:
        return False
    m = _SUBJECT_RE.fullmatch(folded, start, end)
    return m is not None and m.group("name") in (None, holder)
