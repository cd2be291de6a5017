"""A French word printed in capitals that spells a body's acronym.

Class of text: a French press release or news page whose headline is printed
in capitals ("FACE A LA MENACE TERRORISTE ET AU RISQUE POSE PAR UN GROUPE,
LE CONSEIL DE SECURITE ADRESSE ..."). There "AU" (to the) and "UN" (a) are
words, not the African Union nor the United Nations: after a French
preposition or conjunction, between words in capitals, the two letters are
read as the word. Elsewhere ("l'AU", "the AU", "AU Member States", a line
in lower case) they stay the acronym.
"""

from __future__ import annotations

import re

__all__ = ["caps_word"]

_WORDS = frozenset({"AU", "UN"})
# Folded (no accents): "À" is "A".
_BEFORE = frozenset(
    {
        "A", "ET", "OU", "DE", "PAR", "POUR", "SUR", "AVEC", "DANS", "EN", "ENTRE", "VERS",
        "CONTRE", "SANS", "SOUS", "QUE", "FACE", "GRACE", "CHEZ", "APRES", "AVANT", "DEPUIS",
    }
)  # fmt: skip
_PREVIOUS_RE = re.compile(r"(?<![A-Za-z])([A-Z]+)\s+$")
_NEXT_RE = re.compile(r"\s+[A-Z][A-Z'\u2019-]*(?![a-z])")
_LOOK = 12  # the words read on either side: a preposition is short


def caps_word(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` (case kept, accents folded), "AU" or "UN",
    is the French word in a headline printed in capitals."""
    if folded[start:end] not in _WORDS:
        return False
    before = _PREVIOUS_RE.search(folded, max(0, start - _LOOK), start)
    if before is None or before.group(1) not in _BEFORE:
        return False
    return _NEXT_RE.match(folded, end, min(len(folded), end + _LOOK + 20)) is not None
