"""The glossary's asks of a body's outreach and follow-up of a theme: data
only, read by ``concepts.py`` with the other asks of ``_glossary.py`` (one
concept a line: its key, then its terms in English, French and Arabic,
languages separated by "|", terms by ";"; see ``_glossary.py`` for how a
term is matched).

What a council asks again each session on a theme it follows: an
international day marked with public events, an observatory watching and reporting, the social
media platforms worked with, the pledges made honoured.
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

OUTREACH_ASKS: dict[str, Terms] = _read(
    """
international-day: International Day; world day; observance of the Day | Journée internationale; Journée mondiale | اليوم الدولي; يوم دولي; اليوم العالمي; إحياء اليوم
public-events: public events; commemorative events; awareness events | manifestations publiques; manifestations commémoratives; activités de sensibilisation | فعاليات; الفعاليات
observatory: observatory | observatoire | مرصد
social-media: social media; social networks; online platforms; social media platforms | réseaux sociaux; médias sociaux; plateformes en ligne | التواصل الاجتماعي; منصات التواصل; مواقع التواصل; وسائل التواصل
honour-commitments: honour their commitments; honor their commitments; fulfil their pledges; fulfill their pledges; meet their commitments | s'acquitter des engagements; s'acquitter de leurs engagements; honorer leurs engagements; honorer les engagements | الوفاء بما; الوفاء بالتزامات
"""
)
