"""The speaker's name running on into the words after an Arabic verb that
opens its sentence (verb, subject, object): "دعت اللجنة التنفيذية للمنظمة التي
تضم 57 دولة عقب اجتماع ... الدول الأعضاء إلى ...". The words up to the object
belong to the speaker: the addressee is the registered body that closes them,
never a name made of the clause before it. One anchored match and one scan of
the piece for names: linear."""

from __future__ import annotations

import re

from .bodies import Index, RegistryEntry, mentions

__all__ = ["after_speaker"]

# The speaker's name running on after an Arabic verb that opens the sentence,
# before its object: "دعت اللجنة التنفيذية للمنظمة التي تضم 57 دولة عقب اجتماع
# ... الدول الأعضاء إلى": a word tied to the speaker by its particle ("للمنظمة",
# "of the Organisation"), then a relative clause about it.
_SPEAKER_TAIL_RE = re.compile(r"لل[^\s\d]+\s+(?:الذي|التي|الذين|اللتين|اللذين)\s")


def after_speaker(
    index: Index, text: str, folded: str, start: int, end: int
) -> tuple[int, int, RegistryEntry] | None:
    """The registered body closing ``text[start:end]`` when the words before it
    are the speaker's name running on (``_SPEAKER_TAIL_RE``): the addressee,
    never the clause before it. None otherwise."""
    if not _SPEAKER_TAIL_RE.match(folded, start, end):
        return None
    found = mentions(index, text[start:end], folded[start:end])
    if not found:
        return None
    s, e, entry = found[-1]
    if start + e != end or entry.place:
        return None
    return start + s, start + e, entry
