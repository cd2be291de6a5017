"""Arabic: an organisation named by its acronym written as one Arabic word
(folded, as in lang/ar.py).

Class of text: a news dispatch whose speaker, right after the calling verb, is
the organisation by its transliterated acronym, with or without the article,
bare or in quotation marks: 'ودعت "الإيغاد" أطراف النزاع إلى ...'، "وطالبت
الإيسيسكو المنظمات الدولية بـ ...". Arabic puts the subject right after the
verb, so that word speaks and the body asked follows it (lang/_ar_named.py's
``STATED_SPEAKER`` checks what follows). One word from a closed list, each
letter class fixed: linear.
"""

from __future__ import annotations

__all__ = ["SHORT_NAME"]

# Folded spellings (hamza on alef bare, taa marbuta as ha), each with or without
# the article: ISESCO, IGAD, ALECSO, UNESCO, UNICEF, UNRWA, ECOWAS, OPEC, ASEAN.
_WORDS = r"(?:ال)?(?:ايسيسكو|ايسسكو|ايغاد|الكسو|يونسكو|يونيسكو|يونيسف|اونروا|ايكواس|اوبك|اسيان)"
SHORT_NAME = rf"(?:[\"«\u201c]\s*{_WORDS}\s*[\"»\u201d]|{_WORDS}(?![^\W\d_]))"
