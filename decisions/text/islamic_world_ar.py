"""Arabic: non-governmental organisations of the Islamic world, described
rather than named (islamic_world.py reads the English and French).

Class of text: an OIC text or its Secretary-General asking "المؤسسات الخيرية
والإنسانية في العالمين العربي والإسلامي"، "المنظمات الإنسانية والإغاثية في العالم
الإسلامي"، "المنظمات غير الحكومية بالعالم الإسلامي": the registry's Islamic NGOs
(``islamic-ngos``), described by what they are and where, as its own aliases
describe them ("المؤسسات الإنسانية في العالم الإسلامي"). Only organisations,
institutions, bodies or societies that are humanitarian or non-governmental
(other adjectives of aid or charity beside, joined by "و"), and only in the
Islamic world (with the Arab world or not): "الهيئات الإنسانية والخيرية" alone,
"المؤسسات المالية في العالم الإسلامي" or "المنظمات الإنسانية في أفريقيا" stay as
they are, and so do charities alone ("المنظمات الخيرية في العالم الإسلامي": the
world qualifies them, lang/_ar_qualifiers.py, as the tuned real documents read).
Folded text; one anchored pattern over a name: linear.
"""

from __future__ import annotations

import re

from .folding import fold_text, strip_marks

__all__ = ["describes_islamic_ngos"]

_HEAD = r"(?:ال)?(?:منظمات|موسسات|هييات|جمعيات)"
_KIND = (
    r"(?:(?:ال)?(?:خيريه|انسانيه|اغاثيه|تطوعيه|اهليه)"
    r"|غير\s+(?:ال)?حكوميه|(?:ال)?مجتمع\s+(?:ال)?مدني)"
)
_KINDS = rf"(?P<kinds>{_KIND}(?:\s+[وف]{_KIND}){{0,3}})"
# One of them at least: what the registry's aliases say.
_OWN_KIND_RE = re.compile(r"انسانيه|غير\s+(?:ال)?حكوميه")
_WORLD = (
    r"(?:ال)?عالم\s+(?:ال)?اسلامي"
    r"|(?:ال)?عالمين\s+(?:ال)?(?:عربي\s+والاسلامي|اسلامي\s+والعربي)"
)
_DESCRIBED_RE = re.compile(rf"\s*{_HEAD}\s+{_KINDS}(?P<world>\s+(?:في\s+|ب)(?:{_WORLD}))?\s*")
_WORLD_RE = re.compile(rf"\s+(?:في\s+|ب)(?:{_WORLD})(?![^\W\d_])")
_AFTER = 40  # the words after the name read for the world it is in


def describes_islamic_ngos(name: str, after: str = "") -> bool:
    """Whether the addressee ``name`` describes the Islamic NGOs (see above):
    the world it is in closes it, or opens ``after``, the words that follow it
    (lang/_ar_qualifiers.py ends a name before "في العالم الإسلامي")."""
    m = _DESCRIBED_RE.fullmatch(fold_text(strip_marks(name)))
    if m is None or not _OWN_KIND_RE.search(m.group("kinds")):
        return False
    return bool(m.group("world")) or bool(_WORLD_RE.match(fold_text(strip_marks(after[:_AFTER]))))
