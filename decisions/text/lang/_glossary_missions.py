"""The glossary's asks of a mission's life and of a mediation: data only,
read by ``concepts.py`` with the other asks of ``_glossary.py`` (one concept
a line: its key, then its terms in English, French and Arabic, languages
separated by "|", terms by ";"; see ``_glossary.py`` for how a term is
matched).

What a summit or a council asks again from one session to the next of a
mission it keeps in the field and of a mediation it backs: the mission's
drawdown planned, a regional force supported, the security arrangements of
a panel or a mission made, negotiations resumed. And the places of such
texts not named before (a regional community, a country of the OIC's
agenda), the AU's Panel of the Wise a council asks its commission to
mobilise; troops a regional mission's contributors provide ("fournir des
contingents", "المساهمة بقوات").

``DURATIONS``: phrases that place an ask within a mandate's term ("during
its mandate", "pendant la durée de son mandat", "طوال فترة ولايتها"): read
as one unit, a general ask (``concepts.GENERAL``), so that the word
"mandate" in them is not taken for the renewal of a mandate (a specific
ask: two different asks of one owner, each "for the duration of the
mandate", would share it).
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

MISSION_ASKS: dict[str, Terms] = _read(
    """
drawdown: drawdown; draw down; drawdown plan; downsizing; gradual reduction; phased reduction; scaling down | allègement graduel; allègement progressif; allègement du dispositif; réduction progressive; retrait progressif; désengagement progressif | التقليص التدريجي; تقليص البعثة; تقليص حجم; الخفض التدريجي; السحب التدريجي
regional-force: regional force; regional standby force; standby force; counter-terrorism brigade; brigade | force régionale; force en attente; force régionale en attente; brigade antiterroriste; brigade | القوة الإقليمية; قوة إقليمية; القوة الاحتياطية; القوة الجاهزة
security-arrangements: security arrangements; security measures | mesures de sécurité; dispositions de sécurité; arrangements de sécurité | الترتيبات الأمنية; ترتيبات أمنية; التدابير الأمنية
troop-contributions: contribute troops; provide troops; troop contributions; troop-contributing; contingents; troop contributors | fournir des contingents; fournir des troupes; contributeurs de troupes; contribution en troupes; contingents | المساهمة بقوات; المساهمة بالقوات; تقديم قوات; الدول المساهمة بقوات
negotiations: negotiations; negotiation; negotiating process; talks | négociations; négociation; pourparlers | مفاوضات; المفاوضات; التفاوض; العملية التفاوضية
"""
)

MISSION_PLACES: dict[str, Terms] = _read(
    """
eac: East African Community; EAC | Communauté d'Afrique de l'Est; Communauté de l'Afrique de l'Est; CAE | جماعة شرق أفريقيا; جماعة شرق إفريقيا; مجموعة شرق أفريقيا
eccas: Economic Community of Central African States; ECCAS | Communauté économique des États de l'Afrique centrale; CEEAC | الجماعة الاقتصادية لدول وسط أفريقيا; الجماعة الاقتصادية لدول وسط إفريقيا; إيكاس
panel-of-the-wise: Panel of the Wise | Groupe des Sages | فريق الحكماء; هيئة الحكماء; لجنة الحكماء
philippines: Philippines; Southern Philippines; Mindanao | Philippines; Mindanao | الفلبين; جنوب الفلبين; مينداناو
"""
)

DURATIONS: dict[str, Terms] = _read(
    """
mandate-term: during its mandate; during the mandate; throughout its mandate; throughout the mandate; for the duration of its mandate; for the duration of the mandate; before the end of the current mandate; before the end of its mandate; end of the current mandate; end of its mandate; expiry of the mandate; expiry of its mandate; expiration of the mandate | pendant la durée de son mandat; pendant la durée du mandat; pendant toute la durée du mandat; pendant toute la durée du nouveau mandat; pendant toute la durée de son mandat; pendant son mandat; pendant ce nouveau mandat; pendant ce mandat; durant son mandat; avant la fin du mandat; avant la fin de son mandat; fin du mandat en cours; expiration du mandat; avant l'expiration du mandat; expiration de son mandat | طوال فترة ولايتها; طوال فترة ولايته; خلال فترة ولايتها; خلال فترة ولايته; قبل انتهاء ولايتها; قبل انتهاء الولاية; انتهاء الولاية; انتهاء ولايتها
"""
)
