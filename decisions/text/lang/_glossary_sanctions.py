"""The glossary's asks of sanctions regimes: data only, read by
``concepts.py`` with the other asks of ``_glossary.py`` (one concept a line:
its key, then its terms in English, French and Arabic, languages separated
by "|", terms by ";"; see ``_glossary.py`` for how a term is matched).

What a Security Council sanctions resolution asks year after year: the
Secretary-General's administrative arrangements for a panel, a technical
assessment against the key benchmarks, a State's management of its weapons
and ammunition, their marking and their stockpiles, the Member States'
bans on a commodity (charcoal) or on explosive devices' components, and the
armed group's sources of finance; and the armed groups those regimes name.
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

SANCTIONS_ASKS: dict[str, Terms] = _read(
    """
administrative-arrangements: administrative measures; administrative arrangements; administrative issues; re-establish the Panel; re-establish the Group | dispositions administratives; mesures administratives; arrangements administratifs; questions administratives; reconstituer le Groupe | ترتيبات إدارية; الترتيبات الإدارية; التدابير الإدارية; المسائل الإدارية; إعادة تشكيل
technical-assessment: technical assessment; assessment of the progress; assess the progress | évaluation technique; évaluation des progrès | تقييم تقني; تقييما تقنيا; تقييم التقدم
benchmarks: key benchmarks; benchmarks; benchmark | objectifs de référence; critères de référence; points de référence | المعايير المرجعية; النقاط المرجعية; معايير مرجعية
weapons-management: weapons and ammunition management; management of weapons and ammunition; weapons management | gestion des armes et des munitions; gestion des armes et munitions; gestion des armes | إدارة الأسلحة والذخيرة; إدارة الأسلحة والذخائر; إدارة الأسلحة
weapons-marking: marking and registration; marking of weapons; weapons marking | marquage et l'enregistrement; marquage des armes; marquage | وسم الأسلحة; وسم وتسجيل; وسم
stockpiles: stockpile; stockpiles; storage sites | stocks d'armes; lieux de stockage; sites de stockage | مخزونات الأسلحة; مخزونات; مواقع التخزين
charcoal: charcoal | charbon de bois | الفحم; فحم
explosive-devices: improvised explosive device; improvised explosive devices; IED; IEDs | engin explosif improvisé; engins explosifs improvisés; EEI | الأجهزة المتفجرة المرتجلة; أجهزة متفجرة مرتجلة; العبوات الناسفة
armed-group-finance: sources of finance; sources of financing; financial flows; threat finance; terrorist financing; financing of terrorism | sources de financement; flux financiers; financement du terrorisme | مصادر التمويل; منافذ تمويل; منافذ التمويل; التدفقات المالية; تمويل الإرهاب
public-finance: public finances; public financial management; management of public finances | finances publiques; gestion des finances publiques | المال العام; المالية العامة
"""
)

SANCTIONS_PLACES: dict[str, Terms] = _read(
    """
al-shabaab: Al-Shabaab; Al-Shabab; Shabaab | Al-Chabab; Chabab; Al-Shabaab | حركة الشباب
"""
)
