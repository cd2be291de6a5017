"""The glossary's asks of a secretariat's follow-up: data only, read by
``concepts.py`` with the other asks of ``_glossary.py`` (one concept a line:
its key, then its terms in English, French and Arabic, languages separated
by "|", terms by ";"; see ``_glossary.py`` for how a term is matched).

What any council, summit or committee asks again of its secretariat and of
its members from one session to the next, whatever the country or the
theme, and that the next session often words differently: reports at a
fixed rhythm ("every 90 days" then "tous les trois mois"), recommendations
asked, a text kept in all the official languages, the identifying
information that goes with a listing proposal, an office's independence
guaranteed, an assessment mission fielded again, the impact of what was funded
assessed, democratic institutions
and national unity supported; and of a regional economic community, the
convergence programmes its members send in and the convergence criteria
(deficits, public debt) they are to meet.

A report due at a session ("session-report") is the closing request of a
resolution or a communiqué, renewed at every session: written here in one
run of words, and read by ``concepts.concepts_of`` too wherever a text names
a report and a session (the next one, or one by its ordinal:
``named_sessions``) apart. It tells a merged paragraph's halves apart (a
forum and the report, asked in one paragraph, then in two), but alone it
says nothing of what is reported on (``concepts.CLOSING_ASKS``).

``FOLLOWUP_PARENTS``: a report due at a session is a report and a session;
a joint assessment mission is a mission (the general
ask), as a needs assessment mission names one; assessed contributions to pay
up are contributions ("pay up their assessed contributions" / "verser leurs
contributions").
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

FOLLOWUP_ASKS: dict[str, Terms] = _read(
    """
periodic-reports: every 90 days; every three months; every 60 days; every six months; every 120 days; quarterly; on a quarterly basis; every four months; twice a year; at regular intervals; regular briefings; periodic reports; periodic report; periodically | tous les 90 jours; tous les trois mois; tous les 60 jours; tous les six mois; tous les 120 jours; trimestriel; trimestriellement; tous les quatre mois; deux fois par an; à intervalles réguliers; régulièrement informé; tenir régulièrement informé; rapports périodiques; rapport périodique; périodiquement | كل 90 يوما; كل ثلاثة أشهر; كل 60 يوما; كل ستة أشهر; كل 120 يوما; فصلي; كل أربعة أشهر; مرتين في السنة; على فترات منتظمة; إحاطات منتظمة; تقارير دورية; تقرير دوري; بصفة دورية; بشكل دوري
official-languages: official languages; all official languages; translation into; translated into | langues officielles; toutes les langues officielles; traduction en; traduit en | اللغات الرسمية; جميع اللغات الرسمية; الترجمة إلى; ترجمتها إلى
identifying-information: identifying information; identifying and background information; identifiers; identifying details | informations d'identification; éléments d'identification; identifiants; informations permettant d'identifier | تحديد هوية; تحديد الهوية; معلومات تعريفية; بيانات تعريفية; بيانات الهوية
independence: independence of the office; independence of the judiciary; operational independence; independent functioning | indépendance du Bureau; indépendance de la justice; indépendance du pouvoir judiciaire; indépendance opérationnelle | استقلال المكتب; استقلالية; استقلال القضاء
assessment-mission: assessment mission; joint assessment mission; evaluation mission; assessment missions | mission d'évaluation; missions d'évaluation; mission conjointe d'évaluation; missions conjointes d'évaluation | بعثة تقييم; بعثة تقييمية; بعثة مشتركة للتقييم; بعثات تقييم; بعثة لتقييم
democracy: democracy; democratic institutions; democratic governance; democratic | démocratie; institutions démocratiques; gouvernance démocratique; démocratique | الديمقراطية; المؤسسات الديمقراطية; ديمقراطي
national-unity: national unity; national cohesion; social cohesion; national unity government | unité nationale; cohésion nationale; cohésion sociale | الوحدة الوطنية; التماسك الوطني; التماسك الاجتماعي; الوفاق الوطني
convergence-programmes: convergence programme; convergence programmes; multi-year convergence programme; multi-year convergence programmes | programme de convergence; programmes de convergence; programme pluriannuel de convergence; programmes pluriannuels de convergence | برنامج التقارب; برامج التقارب; برنامج التقارب متعدد السنوات
convergence-criteria: convergence criteria; convergence thresholds; macroeconomic convergence; convergence performance; prudent fiscal policies; public debt; budget deficit; fiscal deficit; budget deficits; fiscal deficits | critères de convergence; seuils de convergence; convergence macroéconomique; politiques budgétaires prudentes; politique budgétaire prudente; dette publique; endettement public; déficit budgétaire; déficits budgétaires | معايير التقارب; التقارب الاقتصادي الكلي; السياسات المالية الحصيفة; الدين العام; عجز الموازنة; العجز المالي
impact-assessment: impact assessment; impact evaluation; assess the impact; evaluate the impact; assessing the impact | évaluation de l'impact; évaluation d'impact; étude d'impact; évaluer l'impact | تقييم أثر; تقييم الأثر; تقييم آثار; قياس أثر
session-report: report to the next session; report to its next session; report to the next meeting | rapport à la prochaine session; rapport à sa prochaine session; rendre compte à la prochaine session | تقرير إلى الدورة القادمة; تقرير إلى الدورة المقبلة; تقريرا إلى الدورة القادمة; تقريرا إلى الدورة المقبلة
guarantors: guarantor; guarantors; moral guarantor; guarantor States | garant; garants; garant moral; États garants | ضامن; الضامنين; الدول الضامنة; الضامن المعنوي
"""
)

# What is asked once a report is due, which many requests name, so sharing
# it says less (``concepts.GENERAL``): recommendations on something.
FOLLOWUP_GENERAL: dict[str, Terms] = _read(
    """
recommendations: recommendations; recommend; detailed recommendations | recommandations; recommander; recommandations détaillées | توصيات; التوصيات; يوصي
"""
)

FOLLOWUP_PARENTS: dict[str, tuple[str, ...]] = {
    "session-report": ("report-back", "next-session"),
    "assessment-mission": ("mission",),
    "arrears": ("contributions",),
}

# A State named by its people's adjective in another language ("greek",
# "اليوناني"), as ``_glossary.PLACES`` names others ("malien", "Congolese").
FOLLOWUP_PLACES: dict[str, Terms] = _read(
    """
greece: Greece; Greek | Grèce; grec; grecque | اليونان; يوناني
"""
)
