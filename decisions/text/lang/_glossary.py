"""The multilingual glossary: data only, read by ``concepts.py``.

Each concept is written once with its terms in English, French and Arabic.
A term is written as a reader would write it (accents, hamza, ta marbuta);
``concepts.py`` folds it the way the text is folded. Latin words may take a
plural ending; Arabic words may take the article, a clitic before the first
word (و ف ب ل ك) and a short ending (ة ات ين ون ان), so each term is written
once in its base form. A term starting with "=" is matched exactly as
written, with no clitic or ending ("مالي" alone also means "financial").

``ASKS``: what a request asks for. ``PLACES``: places and proper names, in
their several spellings.
"""

from __future__ import annotations

Terms = dict[str, tuple[str, ...]]

ASKS: dict[str, Terms] = {
    "trust-fund": {
        "en": ("trust fund",),
        "fr": ("fonds d'affectation spéciale", "fonds fiduciaire"),
        "ar": ("صندوق ائتماني", "صناديق ائتماني", "صندوق استئماني"),
    },
    "needs-assessment": {
        "en": ("needs-assessment mission", "needs assessment", "assessment of the needs"),
        "fr": ("mission d'évaluation des besoins", "évaluation des besoins"),
        "ar": ("بعثة لتقييم الاحتياجات", "تقييم الاحتياجات"),
    },
    "fact-finding": {
        "en": ("fact-finding mission", "fact-finding"),
        "fr": ("mission d'établissement des faits", "établissement des faits"),
        "ar": ("بعثة لتقصي الحقائق", "تقصي الحقائق"),
    },
    "cultural-heritage": {
        "en": ("cultural heritage",),
        "fr": ("patrimoine culturel",),
        "ar": ("التراث الثقافي", "تراث ثقافي"),
    },
    "manuscripts": {
        "en": ("manuscript",),
        "fr": ("manuscrit",),
        "ar": ("مخطوط", "المخطوطات"),
    },
    "mausoleums": {
        "en": ("mausoleum", "mausolea"),
        "fr": ("mausolée",),
        "ar": ("ضريح", "أضرحة"),
    },
    "libraries": {
        "en": ("library", "libraries"),
        "fr": ("bibliothèque",),
        "ar": ("مكتبات", "المكتبة"),
    },
    "restoration": {
        "en": ("restoration", "restore", "rehabilitation", "rehabilitate"),
        "fr": ("restauration", "restaurer", "réhabilitation", "réhabiliter"),
        "ar": ("ترميم", "إعادة تأهيل", "إعادة التأهيل"),
    },
    "humanitarian-assistance": {
        "en": ("humanitarian assistance", "humanitarian aid", "humanitarian relief"),
        "fr": ("assistance humanitaire", "aide humanitaire", "secours humanitaire"),
        "ar": ("مساعد إنساني", "معونة إنساني", "إغاثة إنساني"),
    },
    "reconstruction": {
        "en": ("reconstruction", "rebuilding", "rebuild"),
        "fr": ("reconstruction", "reconstruire"),
        "ar": ("إعادة الإعمار", "إعادة إعمار", "إعادة البناء", "إعادة بناء"),
    },
    "peace-agreement": {
        "en": ("peace agreement", "peace accord", "agreement for peace"),
        "fr": ("accord de paix", "accord pour la paix", "accords de paix"),
        "ar": ("اتفاق السلام", "اتفاقية السلام", "اتفاق سلام", "اتفاق من أجل السلم", "اتفاق السلم"),
    },
    "peace-process": {
        "en": ("peace process",),
        "fr": ("processus de paix",),
        "ar": ("عملية السلام", "مسار السلام", "عملية السلم"),
    },
    "reconciliation": {
        "en": ("reconciliation",),
        "fr": ("réconciliation",),
        "ar": ("مصالحة",),
    },
    "elections": {
        "en": ("election", "electoral"),
        "fr": ("élection", "électoral", "électorale"),
        "ar": ("انتخاب", "انتخابي"),
    },
    "refugees": {
        "en": ("refugee",),
        "fr": ("réfugié", "réfugiée"),
        "ar": ("لاجئ",),
    },
    "displaced-persons": {
        "en": ("displaced person", "internally displaced", "displaced"),
        "fr": ("personne déplacée", "déplacé", "déplacée"),
        "ar": ("نازح", "مشرد"),
    },
    "ceasefire": {
        "en": ("ceasefire", "cease-fire", "cessation of hostilities"),
        "fr": ("cessez-le-feu", "cessation des hostilités"),
        "ar": ("وقف إطلاق النار", "وقف الأعمال العدائية"),
    },
    "sanctions": {
        "en": ("sanction",),
        "fr": ("sanction",),
        "ar": ("عقوب",),
    },
    "development-projects": {
        "en": ("development project", "development programme", "development program"),
        "fr": ("projet de développement", "programme de développement"),
        "ar": ("مشاريع التنمية", "مشروع تنموي", "مشاريع تنموي", "برامج التنمية", "برنامج تنموي"),
    },
    "financial-contributions": {
        "en": ("financial contribution", "financial support", "contribute financially"),
        "fr": ("contribution financière", "soutien financier", "appui financier"),
        "ar": ("مساهم مالي", "دعم مالي", "مساهمات مالي"),
    },
    "donors-conference": {
        "en": (
            "donors conference",
            "donor conference",
            "donors' conference",
            "pledging conference",
        ),
        "fr": ("conférence des donateurs", "conférence de donateurs", "table ronde des bailleurs"),
        "ar": ("مؤتمر المانحين", "مؤتمر للمانحين"),
    },
    "mediation": {
        "en": ("mediation", "mediator"),
        "fr": ("médiation", "médiateur"),
        "ar": ("وساط",),
    },
    "dialogue": {
        "en": ("dialogue",),
        "fr": ("dialogue",),
        "ar": ("حوار",),
    },
    "good-offices": {
        "en": ("good offices",),
        "fr": ("bons offices",),
        "ar": ("المساعي الحميدة",),
    },
    "special-envoy": {
        "en": ("special envoy", "special representative"),
        "fr": ("envoyé spécial", "représentant spécial"),
        "ar": ("المبعوث الخاص", "الممثل الخاص"),
    },
    "terrorism": {
        "en": ("terrorism", "terrorist", "counter-terrorism"),
        "fr": ("terrorisme", "terroriste"),
        "ar": ("إرهاب", "إرهابي"),
    },
    "violent-extremism": {
        "en": ("violent extremism", "extremism"),
        "fr": ("extrémisme violent", "extrémisme"),
        "ar": ("التطرف العنيف", "تطرف"),
    },
    "disarmament": {
        "en": ("disarmament", "demobilization", "demobilisation", "reintegration"),
        "fr": ("désarmement", "démobilisation", "réinsertion"),
        "ar": ("نزع السلاح", "تسريح", "إعادة الإدماج"),
    },
    "peacekeeping": {
        "en": ("peacekeeping", "peace-keeping"),
        "fr": ("maintien de la paix",),
        "ar": ("حفظ السلام",),
    },
    "human-rights": {
        "en": ("human rights",),
        "fr": ("droits de l'homme", "droits humains", "droits de la personne"),
        "ar": ("حقوق الإنسان",),
    },
    "accountability": {
        "en": ("accountability", "impunity"),
        "fr": ("reddition des comptes", "reddition de comptes", "impunité"),
        "ar": ("المساءلة", "الإفلات من العقاب"),
    },
    "food-security": {
        "en": ("food security", "food insecurity"),
        "fr": ("sécurité alimentaire", "insécurité alimentaire"),
        "ar": ("الأمن الغذائي",),
    },
    "drought": {
        "en": ("drought", "desertification"),
        "fr": ("sécheresse", "désertification"),
        "ar": ("جفاف", "تصحر"),
    },
    "natural-disasters": {
        "en": ("natural disaster", "flood"),
        "fr": ("catastrophe naturelle", "inondation"),
        "ar": ("كوارث طبيعي", "كارثة طبيعي", "فيضان"),
    },
    "education": {
        "en": ("education", "school"),
        "fr": ("éducation", "enseignement", "école"),
        "ar": ("تعليم", "مدارس", "مدرسة"),
    },
    "scholarships": {
        "en": ("scholarship",),
        "fr": ("bourse d'études",),
        "ar": ("منح دراسي", "منحة دراسي"),
    },
    "health": {
        "en": ("health", "healthcare"),
        "fr": ("santé",),
        "ar": ("الصحة", "صحي"),
    },
    "capacity-building": {
        "en": ("capacity building", "capacity-building"),
        "fr": ("renforcement des capacités",),
        "ar": ("بناء القدرات", "بناء قدرات"),
    },
    "infrastructure": {
        "en": ("infrastructure",),
        "fr": ("infrastructure",),
        "ar": ("البنية التحتية", "البنى التحتية"),
    },
    "investment": {
        "en": ("investment",),
        "fr": ("investissement",),
        "ar": ("استثمار",),
    },
    "occupation": {
        "en": ("occupation", "occupying power"),
        "fr": ("occupation", "puissance occupante"),
        "ar": ("احتلال",),
    },
    "settlements": {
        "en": ("settlements", "settlement activities", "colonization"),
        "fr": ("colonies de peuplement", "colonisation"),
        "ar": ("الاستيطان", "المستوطنات", "مستوطنات"),
    },
    "holy-sites": {
        "en": ("holy sites", "holy places"),
        "fr": ("lieux saints",),
        "ar": ("الأماكن المقدسة", "المقدسات"),
    },
    "islamophobia": {
        "en": ("islamophobia",),
        "fr": ("islamophobie",),
        "ar": ("الإسلاموفوبيا", "كراهية الإسلام"),
    },
    "citizenship": {
        "en": ("citizenship", "statelessness"),
        "fr": ("citoyenneté", "apatridie"),
        "ar": ("المواطنة", "الجنسية", "انعدام الجنسية"),
    },
}

PLACES: dict[str, Terms] = {
    "mali": {
        "en": ("Mali", "Malian"),
        "fr": ("Mali", "malien", "malienne"),
        "ar": (
            "=في مالي",
            "=بمالي",
            "=لمالي",
            "=ومالي",
            "=جمهورية مالي",
            "=شمال مالي",
            "=وسط مالي",
            "=حكومة مالي",
            "=دولة مالي",
            "=شعب مالي",
        ),
    },  # fmt: skip
    "timbuktu": {
        "en": ("Timbuktu", "Timbuctoo"),
        "fr": ("Tombouctou",),
        "ar": ("تمبكتو", "تومبوكتو", "تمبوكتو", "تنبكت", "تنبكتو"),
    },
    "gao": {"en": ("Gao",), "fr": ("Gao",), "ar": ("غاو",)},
    "kidal": {"en": ("Kidal",), "fr": ("Kidal",), "ar": ("كيدال",)},
    "mopti": {"en": ("Mopti",), "fr": ("Mopti",), "ar": ("موبتي",)},
    "bamako": {"en": ("Bamako",), "fr": ("Bamako",), "ar": ("باماكو",)},
    "niger": {"en": ("Niger",), "fr": ("Niger",), "ar": ("النيجر",)},
    "sahel": {
        "en": ("Sahel",),
        "fr": ("Sahel", "sahélien", "sahélienne"),
        "ar": ("=منطقة الساحل", "=الساحل الأفريقي", "=الساحل الإفريقي", "=دول الساحل"),
    },
    "al-quds": {
        "en": ("Al-Quds", "Jerusalem", "Al-Quds Al-Sharif"),
        "fr": ("Al-Qods", "Al-Quds", "Jérusalem"),
        "ar": ("القدس",),
    },
    "al-aqsa": {"en": ("Al-Aqsa",), "fr": ("Al-Aqsa",), "ar": ("الأقصى",)},
    "palestine": {
        "en": ("Palestine", "Palestinian"),
        "fr": ("Palestine", "palestinien", "palestinienne"),
        "ar": ("فلسطين", "فلسطيني"),
    },
    "rohingya": {
        "en": ("Rohingya",),
        "fr": ("Rohingya", "Rohingyas"),
        "ar": ("روهينغيا", "الروهينجا", "روهينجا", "الروهنغيا"),
    },
    "myanmar": {
        "en": ("Myanmar", "Burma"),
        "fr": ("Myanmar", "Birmanie"),
        "ar": ("ميانمار",),
    },
    "afghanistan": {"en": ("Afghanistan",), "fr": ("Afghanistan",), "ar": ("أفغانستان",)},
    "somalia": {"en": ("Somalia",), "fr": ("Somalie",), "ar": ("الصومال",)},
    "yemen": {"en": ("Yemen",), "fr": ("Yémen",), "ar": ("اليمن",)},
    "syria": {"en": ("Syria",), "fr": ("Syrie",), "ar": ("سوريا", "سورية")},
    "libya": {"en": ("Libya",), "fr": ("Libye",), "ar": ("ليبيا",)},
    "sudan": {"en": ("Sudan",), "fr": ("Soudan",), "ar": ("السودان",)},
    "chad": {"en": ("Chad",), "fr": ("Tchad",), "ar": ("تشاد",)},
    "burkina-faso": {"en": ("Burkina Faso",), "fr": ("Burkina Faso",), "ar": ("بوركينا فاسو",)},
    "mauritania": {"en": ("Mauritania",), "fr": ("Mauritanie",), "ar": ("موريتانيا",)},
    "kashmir": {
        "en": ("Jammu and Kashmir", "Kashmir"),
        "fr": ("Jammu-et-Cachemire", "Cachemire"),
        "ar": ("جامو وكشمير", "كشمير"),
    },
    "central-african-republic": {
        "en": ("Central African Republic",),
        "fr": ("République centrafricaine",),
        "ar": ("جمهورية أفريقيا الوسطى",),
    },
    "minusma": {"en": ("MINUSMA",), "fr": ("MINUSMA",), "ar": ("مينوسما",)},
}
