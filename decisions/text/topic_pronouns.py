"""What an object pronoun stands for when the sentence opens with a topic
naming a group, then the body that met asks "them": "En ce qui concerne le
retrait des trois pays de l'Alliance des Etats du Sahel, la Conférence les
exhorte à reconsidérer leur décision", "As regards the parties to the
conflict, the Council urges them to ...". The pronoun takes up the group the
topic names (its first plural group noun, with the proper name after it), not
the organisation the topic mentions on the way ("... de la CEDEAO"): a news
page of a summit says so when it retells a communiqué topic by topic."""

from __future__ import annotations

import re

from .clauses import TOPIC_RE
from .folding import fold_text

__all__ = ["topic_group"]

# A group's head noun in the plural (folded), after an article, a numeral or a
# quantifier: "des trois pays", "the parties", "toutes les autorités".
_GROUP_RE = re.compile(
    r"(?<![\w'])(?:pays|etats|parties|autorites|gouvernements|groupes|mouvements|forces"
    r"|countries|states|parties|authorities|governments|groups|movements)(?![\w'])"
)
# What may go on a group's name: a tie to a proper name ("de l'Alliance des
# Etats du Sahel", "of the Sahel"; not an acronym after a name: below), a tie to
# a common noun once ("au conflit", "to the conflict"), a lower-case adjective
# right after the head ("soudanaises").
_TIE_RE = re.compile(r"\s+(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d'|of\s+the\s+|of\s+)")
_COMMON_TIE_RE = re.compile(r"\s+(?:au|aux|to\s+the|in\s+the)\s+[a-z]+(?![\w'])")
_CAPITALISED_RE = re.compile(r"[A-ZÀ-Þ][\w'\u2019-]*")
_MORE_RE = re.compile(r"\s+[A-ZÀ-Þ][\w'\u2019-]*")
_ADJECTIVE_RE = re.compile(r"\s+[a-zà-ÿ]{4,}(?:es|s)(?![\w'])")
_NOT_ADJECTIVES = frozenset({"dans", "sous", "vers", "chez", "apres", "avant", "depuis", "this"})
_MAX_TOPIC = 300  # characters a topic may run over before its comma


def topic_group(text: str, folded: str, start: int, verb: int) -> tuple[int, int] | None:
    """(start, end) in ``text`` of the group a topic opening the sentence at
    ``start`` names, when the body that speaks follows the topic's comma before
    ``verb``; None when the sentence opens with no topic or it names no group."""
    while start < verb and folded[start] in " \"'«“":
        start += 1
    topic = TOPIC_RE.match(folded, start, verb)
    if topic is None:
        return None
    comma = folded.rfind(",", topic.end(), verb)
    if comma < 0 or comma - topic.end() > _MAX_TOPIC:
        return None
    head = _GROUP_RE.search(folded, topic.end(), comma)
    if head is None:
        return None
    end = head.end()
    adjective = _ADJECTIVE_RE.match(text, end, comma)
    if adjective and fold_text(adjective.group()).strip() not in _NOT_ADJECTIVES:
        end = adjective.end()
    common = _COMMON_TIE_RE.match(folded, end, comma)
    if common:
        return head.start(), common.end()
    while True:  # ties to proper names: one step a tie, so linear in the topic
        tie = _TIE_RE.match(folded, end, comma)
        name = _CAPITALISED_RE.match(text, tie.end(), comma) if tie else None
        # "... du Sahel de la CEDEAO": an acronym after a name taken is where
        # they go from, not a further part of the name ("pays de la CEDEAO" is).
        if name is None or (end > head.end() and name.group().isupper()):
            return head.start(), end
        end = name.end()
        while (more := _MORE_RE.match(text, end, comma)) is not None:
            end = more.end()
