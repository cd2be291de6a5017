"""Arabic: a second body asked by the same call, its verb left out (folded, as
in lang/ar.py).

Class of text: news reports of a call to two sides, each with its own act:
"دعا المجلس الجيش إلى وقف تحركاته، وكل الأطراف الأخرى إلى وقف القتال". After a
comma, "و" and a quantifier open a generic addressee ("كل الأطراف"، "جميع الدول")
whose own "إلى" and act follow within a few words: the verb of the clause
before asks it too. Without the quantifier, or without "إلى" after it ("،
وجميع الدول المجاورة"), or with a verb of its own ("، وجميع الأطراف تسعى إلى
..."), nothing is read. One bounded lookahead: linear.
"""

from __future__ import annotations

__all__ = ["ELLIPTIC_CALL"]

_L = r"[^\W\d_]"
_E = rf"(?!{_L})"
_GENERIC = r"(?:الاطراف|الدول|الحكومات|الجهات|الفصايل|الجماعات|القوات|السلطات)"
# Not when the addressee is the subject of a verb of its own right after it
# ("، وجميع الأطراف تسعى إلى ..."، "، وكل الأطراف لم ...") or "إلى" says where or
# how far ("، وكل الأطراف التي وقعت عليه إلى جانب الوسطاء"، "إلى حد").
_OWN_VERB = rf"\s+(?:[تيس]{_L}{{2,}}|(?:قد|لا|لم|لن|ما){_E})"
_NOT_ACT = rf"(?:جانب|حد|ان|اين|متي|ذلك){_E}"
ELLIPTIC_CALL = (
    rf"(?<=,)\s*[وف](?=(?:كل|جميع|كافه|ساير)\s+{_GENERIC}(?!{_L})(?!{_OWN_VERB})"
    rf"(?:\s+[^\s,.;:]+){{0,5}}?\s+الي\s+(?!{_NOT_ACT}){_L}{{3,}})"
)
