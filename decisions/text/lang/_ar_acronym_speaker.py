"""Arabic: an organisation named in full with its acronym, right after a call
in the past (folded, as in lang/ar.py).

Class of text: a news agency's dispatch on an organisation's statement, which
opens with the verb and the organisation's whole name, its acronym in
quotation marks, brackets, dashes or slashes (spaced or not), then the body asked: 'دعت
المنظمة العربية للتنمية والتدريب " أوداتا " الحكومات الأعضاء إلى ...'. The whole
name and its acronym speak; the body asked opens after the acronym. The name
is a few words with no other body's head noun inside ("دعت القمة المنظمة ..."
names the speaker, then another body), and the body asked must follow (before
"إلى" alone, the call asks nobody: ``_CALL_FOR``). Bounded: linear.
"""

from __future__ import annotations

from ._ar_speakers import E as _E

__all__ = ["ACRONYM_SPEAKER"]

_AFTER_PAST = (
    r"(?:(?<=دعا)|(?<=دعت)|(?<=طالب)|(?<=طالبت)|(?<=حث)|(?<=حثت)|(?<=ناشد)|(?<=ناشدت)"
    r"|(?<=اهاب)|(?<=اهابت))"
)
_HEADS = r"(?:ال)?(?:منظمه|هييه|اتحاد|مركز|معهد|صندوق|بنك|جامعه|مجلس|لجنه|وكاله|مفوضيه)"
_OTHER_HEAD = rf"(?:ال)?(?:منظمه|هييه|اتحاد|مجلس|لجنه|قمه|موتمر|امانه|حكومه|دول){_E}"
_WORD = r"[^\s,.;:\"«»\u201c\u201d()]+"
# Or between dashes, the closing one glued to it: "المنظمة ... - إيسيسكو- ...";
# or between slashes, as a news agency sets it: "المنظمة ... /الإيسيسكو/ ...".
_ACRONYM = (
    r"\s*(?:[\"«\u201c(]\s*[^\s\"«»\u201c\u201d()]{2,12}\s*[\"»\u201d)]"
    r"|[-\u2013]\s*[^\s\"«»\u201c\u201d()\-\u2013]{2,12}\s*[-\u2013]"
    r"|/\s*[^\s\"«»\u201c\u201d()/]{2,12}\s*/)"
)
_ASKED = (
    r"\s+(?:جميع\s+|كافه\s+)?(?:ال)?(?:دول|حكومات|اطراف|سلطات|جهات|مجتمع|منظمات|هييات|مجلس"
    rf"|لجنه|امين|امانه|شركاء|وكالات|مسلمين|شعوب|احرار|شرفاء){_E}"
)
ACRONYM_SPEAKER = (
    rf"{_AFTER_PAST}\s+{_HEADS}{_E}(?:\s+(?!{_OTHER_HEAD}){_WORD}){{1,8}}?{_ACRONYM}(?={_ASKED})"
)
