"""Arabic: words after an addressee that say which one it is, not part of its
name (lang/ar.py's ``qualifiers``; matched on the words as written, marks
stripped, by subjects.py, which ends the name before them)."""

from __future__ import annotations

__all__ = ["QUALIFIERS"]

QUALIFIERS = (
    # "اللجنة الفرعية المنبثقة عن ..."، "الفريق المنشأ بموجب ...": the name ends before.
    r"ال(?:منبثق|منشا|منشأ|مشكل|مكلف)[ةه]?(?:\s+(?:عن|من|بموجب|ب|في)|$)",
    r"ال(?:مقبل|قادم)[ةه]?(?:\s|$)",  # "اجتماع وزراء الخارجية المقبل": which meeting
    r"(?<=المعني[ةه]\s)في\s",  # "الأطراف المعنية في المجتمع الدولي": where they are
    # "المجموعة العربية في الأمم المتحدة": a group named by its adjective, where it sits.
    r"(?<=ي[ةه]\s)(?:في|فى|لدى|لدي)\s+(?:ال|الأ|لل)?[اأ]?مم\s+المتحد[ةه]",
    # Class: an organisation's department named by its adjective, then the organisation
    # it belongs to: "الإدارة الإنسانية في منظمة التعاون الإسلامي" (whose it is).
    r"(?<=ي[ةه]\s)(?:في|فى|ب)\s*منظم[ةه]\s+(?:التعاون|المؤتمر)\s+ال[إا]سلامي(?:\s|$)",
    # "الدول التي جمدت دعمها": a relative clause after a generic plural says which
    # of them; the addressee is the plural ("الدول"). So does "other" ("كل الأطراف
    # الآخرين في ليبيا"، "الدول الأخرى": the other sides asked by a second call).
    r"(?:(?<=الدول\s)|(?<=ال[اأ]طراف\s)|(?<=الجهات\s)|(?<=الحكومات\s)|(?<=السلطات\s)"
    r"|(?<=المنظمات\s)|(?<=الفصائل\s)|(?<=الجماعات\s))"
    r"(?P<relative>الت[يى]|الذين|ال[اأآ]خر(?:ين|ون|[ىي])(?=\s|$))(?:\s|$)",
    # Class: news reports of calls to the sides of a war, named by the war and then
    # by where it is fought: "أطراف النزاع في السودان"، "أطراف الصراع في اليمن" ask
    # "أطراف النزاع" (the place says which war, as "parties in the Sudan" in English).
    r"(?<=(?:النزاع|الصراع)\s)في\s",
    # So are the sides named by the fighting itself: "القوى المتصارعة في اليمن"،
    # "الفصائل المتحاربة في الصومال" ask "القوى المتصارعة"، "الفصائل المتحاربة".
    r"(?<=ال(?:متصارع|متحارب|متنازع|متقاتل)[ةه]\s)في\s",
    # Class: appeals to people described by what they hold, "أحرار العالم من أصحاب
    # الضمائر الحية"، "... من ذوي النوايا الحسنة": the partitive says which of them.
    r"من\s+(?:[أا]صحاب|ذو[يى])\s",
    # Class: news reports of calls to bodies described after their name by a
    # participle with its complement ("المنظمات ... المهتمة بالتعليم"، "الآلية
    # المكونة من ...") or a relative clause ("الآلية التي أنشئت ..."): which ones.
    r"ال(?:مهتم|مكون|مؤلف|عامل|ناشط)[ةه]?\s+(?:ب|من\s|في\s)",
    r"(?:الت[يى]|الذي|اللت[يى]ن|اللذ[يى]ن)\s",
    # Class: calls to the competent bodies of the members, "جهات الاختصاص في الدول
    # الأعضاء"، "الجهات المختصة في ...", and to bodies "in the Islamic (Arab) world".
    r"(?:(?<=الاختصاص\s)|(?<=المختص[ةه]\s))في\s",
    r"في\s+العالم\s+ال(?:[إاأ]سلامي|عربي)(?:\s|$)",
    # Class: calls to envoys described by where they are accredited, "السفراء
    # المعتمدون لدى ..."، "ممثلي المنظمات المعتمدين في ..."، "... المعتمدين بالمغرب":
    # which of them, after a bare plural too (as a relative clause, ``accredited``).
    r"(?P<accredited>المعتمد(?:[ةه]|ين|ون)?)\s+(?:لد[يى]\s|في\s|ب)",
)
