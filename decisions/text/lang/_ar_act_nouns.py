"""Arabic: the act called for after "يدعو إلى" / "دعا إلى", no body (folded, as in
lang/ar.py).

Class of text: a statement calling for an act, its verbal noun with the article
right after "إلى": the idioms "إلى الاعتقاد", "إلى القلق", "إلى السعي"; a verbal
noun of the derived forms VIII ("الاحترام"; its "ت" turned "ط" or "د" by the letter
before it: "الاضطلاع"، "الازدياد"), X ("الاستمرار") and III ("المحافظة",
"المساعدة", "المشاركة": م, a letter, ا, two letters, ة); or any noun qualified as
immediate or urgent ("الوقف الفوري"، "الانسحاب العاجل"), which no body's name is.
"دعت المنظمة إلى المحافظة على ..."، "ودعت إلى الوقف الفوري لـ ...": asks nobody.
Each letter class is fixed and the noun ends at a space: linear.
"""

from __future__ import annotations

__all__ = ["ACT_NOUN"]

_L = r"[^\W\d_]"
ACT_NOUN = (
    rf"(?:اعتقاد|قلق|سعي|ا(?:{_L}ت|[صضطظ]ط|[دذز]د){_L}ا{_L}|است{_L}{{2}}ا{_L}|م{_L}ا{_L}{{2}}ه"
    rf"|{_L}+\s+ال(?:فوري|عاجل)ه?)"
)
