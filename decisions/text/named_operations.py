"""Peace operations and peace agreements named in a way the glossary's word
scan cannot read: an operation by its acronym in capitals (UNMISS, MINUSMA,
SAMIM: "mission"), an agreement by its place between its two words
("اتفاق جوبا للسلام", "l'Accord de Juba pour la paix": "peace-agreement").
Read on the text as written (case kept). Moved out of ``concepts.py``
unchanged."""

from __future__ import annotations

import re

__all__ = ["operation_spans"]


# A peace operation named by its acronym (UNMISS, MANUL, MINUSMA, MONUSCO,
# BINUH, AMISOM; the regional communities' ECOMOG, ECOMIG, SSMGB, SAMIM,
# EACRF...) is a mission, which another language may call "the Mission" /
# "البعثة". Read in the text as written: in capitals only, so "manuscript"
# or "minute" are not taken for one.
_OPERATION = re.compile(
    r"(?<![\w-])(?:UN(?:M|AM|SM|ITAM|ISFA|IFIL|DOF|FICYP|TSO|OWAS|OCA|SOM)[A-Z]*|MINU[A-Z]+"
    r"|MANU[A-Z]+|MONU[A-Z]+|BINU[A-Z]+|FINUL|AMISOM|ATMIS|MISCA|MISMA|MISAHEL"
    r"|ECOMOG|ECOMI[A-Z]+|SSMGB|AFISMA|SAMI[A-Z]+|EACRF)(?![\w-])"
)


# A peace agreement named by its place between the two words: "اتفاق جوبا
# للسلام", "l'Accord de Juba pour la paix" (English puts the name first: "the
# Juba Peace Agreement" is read by the glossary).
_NAMED_AGREEMENT = re.compile(
    r"(?<![\w])(?:اتفاق(?:ية)?\s+[\u0621-\u064a]+\s+لل(?:سلام|سلم)"
    r"|[Aa]ccords?\s+(?:de|d')\s*[A-ZÀ-Ý][\w-]*\s+pour\s+la\s+paix)(?![\w])"
)


def operation_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each operation and agreement so named in `text`."""
    return [(m.start(), m.end(), "mission") for m in _OPERATION.finditer(text)] + [
        (m.start(), m.end(), "peace-agreement") for m in _NAMED_AGREEMENT.finditer(text)
    ]
