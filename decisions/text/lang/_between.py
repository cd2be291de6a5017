"""The words an operative verb may take between itself and its addressee, in
every language, besides the words of a request made again: an adverb of
order or degree ("Calls also upon", "Appelle enfin", "يدعو أيضا") and a short
link to what came before ("Calls in this regard upon", "Demande à cet égard
aux", "يهيب في هذا الصدد بـ"). Folded forms (no accents, Arabic letters
folded). Each is used at most twice in a row: bounded."""

from __future__ import annotations

# "in this regard", "in that respect", "in the same spirit".
_EN_LINK = (
    r"in\s+(?:this|that|the\s+same)\s+(?:regard|respect|context|connection|spirit|vein)"
    r"|in\s+particular|to\s+this\s+end"
)
EN = (
    r"(?:(?:\s*,)?\s+(?:also|further|furthermore|moreover|therefore|accordingly|finally"
    r"|urgently|strongly|earnestly|" + _EN_LINK + r")(?:\s*,)?){0,2}"
)
"""After "calls"/"appeals", before "upon"/"on"/"to": each word with its spaces."""

FR = (
    r"(?:(?:\s*,)?\s+(?:egalement|aussi|en\s+outre|par\s+ailleurs|enfin|de\s+meme|ainsi"
    r"|a\s+cet\s+egard|a\s+ce\s+propos|a\s+ce\s+sujet|dans\s+ce\s+contexte|dans\s+ce\s+cadre"
    r"|a\s+cette\s+fin|en\s+particulier|notamment|vivement|fermement)(?:\s*,)?){0,2}"
)
"""After a French request verb, before its addressee ("Demande à cet égard aux ...")."""

AR = (
    r"(?:\s+(?:في\s+هذا\s+(?:الصدد|الشان|الاطار|السياق)|بهذا\s+(?:الخصوص|الشان)"
    r"|في\s+الوقت\s+نفسه|اخيرا)){0,2}"
)
"""After an Arabic request verb, before its addressee ("يهيب في هذا الصدد بـ")."""
