"""A request inside the action another request asks for.

Class of text: news pages and communiqués whose request asks its addressee to
ask someone else in turn ("called on countries to ban the export of weapons and
join a diplomatic initiative ..., to urge the UN Security Council to halt arms
transfers"): the Security Council is asked by the countries (or by the
initiative), not by the body that met. In English the inner request is an
infinitive ("to urge", "to request") after the outer request verb of the same
sentence. Not after a verb of deciding ("called on X to act and decided to
request the Secretary-General to report": the body's own second request), nor
after "and" (two requests of the body listed: "to call on ... and to urge ...").
In French the inner request is the infinitive after its "de" ("a recommandé
d'accorder ..., d'encourager les chercheurs": whoever is to act encourages
them), with the same exceptions ("décide de demander", "et de demander"), and
none in a list a verb of deciding opens ("Décide d'inviter X ..., de demander à Y").
In Arabic the inner request is the verb "أن" opens ("تطلب إلى الأمين العام أن
يشجع ...": the Secretary-General is to encourage), not after a verb of deciding
("تقرر أن تطلب": the body's own request) nor after "وأن".

The other way round, a call left elliptic ("urged A to ... and for B to ...",
lang/_en_news.CALLED_FOR) is a request only after a request of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["inside_an_asked_action"]

_DECIDING_RE = re.compile(
    r"(?<![\w'])(?:decides|decided|agrees|agreed|resolves|resolved|also|further|and)\s+$"
)
_LOOK_BACK = 20  # the word before "to": a bounded read
# French: the infinitive after its "de" ("recommandé d'accorder ..., d'encourager
# X"), not after a verb of deciding ("décide de demander") nor after "et".
_FR_DECIDING_RE = re.compile(
    r"(?<![\w'])(?:decide|decident|decides?|convient|conviennent|convenu|resolu|et)\s+$"
)
# A list of the body's own acts its verb of deciding opens, in the same sentence.
_FR_DECIDES_LIST_RE = re.compile(
    r"(?<![\w'])(?:decide|decident|decides?|convient|conviennent|convenu|resolu)\s+(?:de\s|d')"
)
_FR_LIST_BACK = 400
# "أن" (folded "ان") alone before the verb, not joined to "و"; and the Arabic
# verbs of deciding before it ("تقرر أن تطلب", "وقرر المجلس أن يطلب").
_THAT_RE = re.compile(r"(?<![\w'])\u0627\u0646\s+$")
_AR_DECIDING_RE = re.compile(
    r"(?<![\w'])[\u0648\u0641]?[\u062a\u064a]?\u0642\u0631\u0631(?:\s+\S+)?\s+\u0627\u0646\s+$"
)


def inside_an_asked_action(folded: str, kinds_before: Collection[str], start: int) -> bool:
    """Whether the request verb at ``start`` is an infinitive ("to urge") after
    an earlier request of its sentence (``kinds_before``: the kinds of the verbs
    kept before it), so the addressee of that request is the one who asks."""
    if folded.startswith("for ", start) and folded.endswith(" and ", 0, start):
        # "urged A to ... and for B to ...": the call left elliptic is the same
        # request; with no request before it ("the need for peace and for the
        # parties to talk"), it is none.
        return "request" not in kinds_before
    if "request" not in kinds_before:
        return False
    back = max(0, start - _LOOK_BACK)
    if folded.startswith("to ", start):
        return not _DECIDING_RE.search(folded, back, start)
    if folded.startswith(("de ", "d'"), start):  # "a recommandé de ..., d'encourager X"
        if _FR_DECIDING_RE.search(folded, back, start):
            return False
        head = max(0, start - _FR_LIST_BACK)  # "Décide d'inviter X ..., de demander à Y"
        head = max(head, *(folded.rfind(m, head, start) + 1 for m in ".;:"))
        return not _FR_DECIDES_LIST_RE.search(folded, head, start)
    return bool(_THAT_RE.search(folded, back, start)) and not _AR_DECIDING_RE.search(
        folded, max(0, start - 2 * _LOOK_BACK), start
    )
