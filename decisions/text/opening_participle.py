"""A French sentence opened by a participle phrase of its subject, up to a
comma, before the body that speaks.

Class of text: a news report or a communiqué retelling a body's words with the
first of its acts as an opening participle: "Condamnant fermement l'agression
..., l'OCI appelle les Nations unies à ...", "Saluant les efforts du
médiateur, le CPS exhorte les parties à ...". The body after the comma speaks
(as after a topic: clauses.TOPIC_RE). Not a preposition or an adverb in -ant
("Cependant, ...", "Pendant la réunion, ...", "Avant le vote, ..."). Folded
text; one anchored match: linear.
"""

from __future__ import annotations

import re

__all__ = ["NOT_PARTICIPLES", "participle_opens"]

# French words in -ant that are no participle: prepositions and adverbs (folded).
NOT_PARTICIPLES = (
    r"pendant|cependant|durant|avant|maintenant|devant|suivant|nonobstant"
    r"|moyennant|auparavant|dorenavant"
)
_OPENING_RE = re.compile(
    rf"[\W\d_]{{0,4}}(?!(?:{NOT_PARTICIPLES})(?![\w']))[a-z]{{3,}}ant(?![\w'])"
)


def participle_opens(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` opens with a French present participle."""
    return bool(_OPENING_RE.match(folded, start, end))
