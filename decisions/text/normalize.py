"""Clean text on its way in: what users type, what a report file holds.

Line breaks and tabs stay as they are. Word's manual line break (a vertical
tab), form feeds and the Unicode line/paragraph separators become line
breaks. Every other control character (C0, DEL, C1) and the invisible bidi
controls that can reorder what a reader sees (overrides, embeddings and
isolates) are dropped; a lone surrogate becomes U+FFFD. Text is put in
Unicode NFC form, so the same word typed on two keyboards is the same string.

Standard library only: the parser, the forms and every writer share it.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_text", "strip_unsafe"]

# Become a line break: vertical tab, form feed, file/group/record
# separators, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR; CR LF and lone CR too.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

# Dropped: the other C0 controls except tab and line feed, DEL, C1 controls,
# bidi embeddings/overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI).
# The plain marks LRM, RLM and ALM stay: Arabic text uses them legitimately
# and they cannot reorder anything.
_UNSAFE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


# Lone surrogates (undecodable bytes Python kept, or an escape in JSON): no
# UTF-8 writer, hash or database takes them; each becomes U+FFFD.
_SURROGATES = re.compile("[\ud800-\udfff]")


def strip_unsafe(text: str) -> str:
    """Only what breaks a writer or misleads a reader goes: the control
    characters and bidi controls above; line breaks are unified; a lone
    surrogate is replaced. For text already stored, on its way out
    (XML-based writers refuse controls)."""
    return _SURROGATES.sub("\ufffd", _UNSAFE.sub("", _LINE_BREAKS.sub("\n", text)))


def normalize_text(text: str) -> str:
    """Text as it should be stored: NFC, unified line breaks, no unsafe
    characters. Idempotent."""
    return unicodedata.normalize("NFC", strip_unsafe(text))
