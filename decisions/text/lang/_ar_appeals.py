"""Arabic: the Secretary-General's appeal, told by a news page (folded, as in
lang/ar.py).

Class of text: a news report of an organisation's Secretary-General speaking
for it, his appeal written as a noun with the verb "وجّه" or "أطلق": "وجّه
الأمين العام للمنظمة، فلان، نداءً عاجلاً إلى الدول الأعضاء ..."، "أطلق الأمين العام
لجامعة الدول العربية نداء للمجتمع الدولي ...". The bodies asked follow "إلى" or
"لـ" ("للدول" is "لـ" + "الدول"). The Secretary-General is bare or of an
organisation the pattern names (not the United Nations': "الأمين العام للأمم
المتحدة" in another organisation's page speaks for the UN), his name between
commas after his title. A person of another title ("رئيس الوفد") is not read.
Bounded: linear.
"""

from __future__ import annotations

from ._ar_speakers import B as _B

__all__ = ["HEAD_APPEAL"]

_ORGANISATION = (
    r"\s+(?:لمنظمه\s+(?:التعاون|الموتمر)\s+الاسلامي|لجامعه\s+الدول\s+العربيه"
    r"|للجامعه(?:\s+العربيه)?|لمجلس\s+التعاون(?:\s+لدول\s+الخليج(?:\s+العربيه)?|\s+الخليجي)?"
    r"|للمنظمه)"
)
# His name between commas: "، حسين إبراهيم طه ،" (two to five words).
_NAME = r"\s*,\s*[^\s,.;:]+(?:\s+[^\s,.;:]+){1,4}\s*,"
_HEAD = rf"\s+الامين\s+العام(?:{_ORGANISATION})?(?:{_NAME})?"
HEAD_APPEAL = (
    rf"{_B}[وف]?(?:وجه|اطلق)(?:ت)?{_HEAD}\s+(?:ال)?نداء(?:ا)?(?:\s+(?!الي\s)[^\s,.;:]+){{0,2}}?"
    r"(?:\s+(?:الي|ل(?=[^\sل]))|\s+(?=لل\S))"
)
