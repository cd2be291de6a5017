"""Arabic: the text that speaks, named with whose text it is, between a verb
and its object (folded, as in lang/ar.py).

Class of text: news reports retelling a final statement or a resolution by
its author, the verb first: "طالب البيان الختامي للقمة ... الذي عقد في ...، جميع
دول العالم بـ ..."، "دعا البيان الختامي للاجتماع الاستثنائي ... في طهران «لممارسة
...»"، "وطالب بيان الاتحاد، الذي تلاه رئيسه ...، بتصنيف ..."، "وأدان قرار مجلس
الأمن ...، مطالبا الجماعات ...". The meeting after "لـ" is whose statement it
is, and the body after a text's noun without the article ("بيان الاتحاد"،
"قرار مجلس الأمن") its author: both speak, neither is asked.

The meeting's words run to a comma (the body asked after it), to a quantifier
opening the body asked ("... للقمة الإسلامية جميع دول العالم") or to a quotation
mark, "إلى", or a word with the article before the body asked ("... للقمة العربية
الدول الأعضاء إلى ..."); with none of them the pattern does not apply. Bounded
repetitions, one anchored match: linear.
"""

from __future__ import annotations

__all__ = ["TEXT_OF", "TEXT_BY"]

_L = r"[^\W\d_]"
_E = rf"(?!{_L})"
# The meeting (or its body) whose statement it is, joined to "لـ".
_MEETING = (
    r"(?:اجتماع|قمه|موتمر|دوره|لجنه|اتحاد|مجلس|هييه|مجموعه|فريق|منظمه|جامعه|مجتمعين"
    r"|مشاركين)"
)
_QUANTIFIER = r"(?:جميع|كافه|كل|ساير)\s"
_STOP = r"[^\s,.;:\"«»\u201c\u201d]+"
_WORD = rf"\s+(?!(?:الي|جميع|كافه|كل|ساير){_E}){_STOP}"
# The body asked right after a word with the article ("... للقمة العربية الدول
# الأعضاء إلى ..."); after a noun without it, the same words are still the
# meeting's name ("لاتحاد مجالس الدول الأعضاء").
_ASKED = (
    r"\s+(?:(?:جميع|كافه|كل)\s+)?ال(?:دول|مجتمع|اطراف|حكومات|سلطات|جهات|منظمات|امين|امانه"
    rf"|هييات|قوات|فصايل|جماعات|امم){_E}"
)
_DEFINITE = rf"\s+(?!(?:الي|الذي|التي){_E})(?:ال|لل){_STOP}"
# Its end: a comma (the body asked after it), a quantifier opening the body
# asked, a quotation mark, or a word with the article before the body asked.
_END = rf"(?:\s*,(?=\s*{_L})|(?=\s+{_QUANTIFIER})|(?=\s*[\"«\u201c])|{_DEFINITE}(?={_ASKED}))"
# Or "إلى" (a call for an act, or the body asked after it), when no body that
# could be asked stands before it: "ودعا البيان الختامي للقمة إلى وقف القتال"
# (in "... للقمة العربية الدول الأعضاء إلى ...", the States are asked).
_UNASKED_WORD = rf"(?!{_ASKED}){_WORD}"
TEXT_OF = (
    rf"\s+(?:لل{_MEETING}{_E}(?={_ASKED})"
    rf"|لل?{_MEETING}{_E}(?:{_WORD}){{0,25}}?{_END}"
    rf"|لل?{_MEETING}{_E}(?:{_UNASKED_WORD}){{0,25}}?(?=\s+الي\s))"
)
# A text's noun without the article, its author after it: a word with the
# article and its adjectives ("بيان الاتحاد"، "بيان القمة العربية"), or a body's
# head noun and its name's word ("قرار مجلس الأمن"); then, between commas, a
# relative clause about the text ("، الذي تلاه رئيسه فلان،").
_HEADS = r"(?:مجلس|منظمه|جامعه|اتحاد|لجنه|هييه|مفوضيه|قمه|موتمر|اجتماع)"
_AUTHOR = rf"(?:{_HEADS}\s+)?ال{_L}{{2,}}(?:\s+ال{_L}{{2,}}(?:يه|ي){_E}){{0,2}}"
_RELATIVE = r"(?:\s*,\s*(?:الذي|التي)\s[^,.;:]{1,150},)?"
TEXT_BY = rf"(?:بيان|قرار|اعلان)(?:\s+ختامي)?\s+{_AUTHOR}{_E}{_RELATIVE}"
