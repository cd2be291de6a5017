"""The glossary's asks of a country coming out of a war, and of the missions
and funds that help it: data only, read by ``concepts.py`` with the other
asks of ``_glossary.py`` (one concept a line: its key, then its terms in
English, French and Arabic, languages separated by "|", terms by ";"; see
``_glossary.py`` for how a term is matched).

What a Security Council, a Peace and Security Council, a regional summit or
an Islamic summit asks again from one meeting to the next: the authority of
the State restored throughout the country, the tasks of a mission handed
over to the United Nations country team and the lessons learned drawn,
a fund or a mechanism made operational.

``STABILISATION_PARENTS``: a peace operation named by its acronym or its
name is a mission of its organisation in its country (AMISOM is the African
Union's mission in Somalia, as "بعثة الاتحاد الأفريقي" says); a fund for
peace is funding; a camp town is in its country (Cox's Bazar, Bangladesh).
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

STABILISATION_ASKS: dict[str, Terms] = _read(
    """
state-authority: State authority; authority of the State; restoration of State authority; extension of State authority; State administration; administration of the State | autorité de l'État; restauration de l'autorité de l'État; extension de l'autorité de l'État; administration de l'État; redéploiement de l'administration | سلطة الدولة; بسط سلطة الدولة; استعادة سلطة الدولة; إدارة الدولة; بسط نفوذ الدولة
country-team: United Nations country team; UN country team; country team; UNCT | équipe de pays des Nations Unies; équipe de pays | فريق الأمم المتحدة القطري; الفريق القطري; فريق قطري
operationalisation: operationalisation; operationalization; operationalise; operationalize; operationalising; operationalizing; make operational; become operational | opérationnalisation; opérationnaliser; rendre opérationnel; rendre opérationnelle; mise en service; entrée en service | التشغيل الفعلي; بدء تشغيل; دخول حيز التشغيل
"""
)

# Lessons learned, drawn in a report: what a report is to hold (a general
# ask, as the report is), and not "enseignement" (teaching): education.
STABILISATION_GENERAL: dict[str, Terms] = _read(
    """
lessons-learned: lessons learned; lessons learnt; lessons drawn | enseignements tirés; leçons tirées; leçons apprises | الدروس المستفادة; الدروس المستخلصة
"""
)
GENERAL_KEYS = frozenset(STABILISATION_GENERAL)

STABILISATION_PARENTS: dict[str, tuple[str, ...]] = {
    "place:amisom": ("mission", "place:african-union", "place:somalia"),
    "place:peace-fund": ("funding",),
    "place:coxs-bazar": ("place:bangladesh",),
}
