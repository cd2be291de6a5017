"""The glossary's asks of economic and commercial cooperation among member
States, and of the seas off a coast: data only, read by ``concepts.py`` with
the other asks of ``_glossary.py`` (one concept a line: its key, then its
terms in English, French and Arabic, languages separated by "|", terms by
";"; see ``_glossary.py`` for how a term is matched).

What a standing committee on trade asks again each year, in other words or
another language: that States notify the lists of the tariff concessions
they grant under a preferential trade agreement, that States not yet members join an institute, that it finish
harmonised halal standards and help States set up accreditation bodies;
that a food security organisation run the grain and food reserves held in common;
and what a council asks of States off a failed State's coast: to fight
piracy and illegal fishing. The agreements and committees named by their
acronyms in one language and in words in another ("TPS-OIC" / "Système de
préférences commerciales", "TNC" / "Comité des négociations commerciales"),
and the OIC's economic institutions named as what is joined or worked with
("the SMIIC" / "l'Institut de normalisation et de métrologie"), are
``TRADE_PLACES``: proper names.
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

TRADE_ASKS: dict[str, Terms] = _read(
    """
concession-lists: concession list; concession lists; list of concessions; lists of concessions; lists of tariff concessions | liste de concessions; listes de concessions; listes des concessions; liste des concessions tarifaires | قائمة التنازلات; قوائم التنازلات; قوائم التنازلات التعريفية
halal-standards: halal standard; halal standards; halal standardization; halal standardisation | norme halal; normes halal; normalisation halal | معايير الحلال; المعايير الحلال; مواصفات الحلال; المواصفات القياسية الحلال
accreditation: accreditation; accreditation body; accreditation bodies | accréditation; organisme d'accréditation; organismes d'accréditation; organismes nationaux d'accréditation | هيئات الاعتماد; هيئة الاعتماد; هيئات الاعتماد الوطنية
piracy: piracy; pirates; acts of piracy; maritime piracy | piraterie; actes de piraterie; pirates | القرصنة; أعمال القرصنة; القرصنة البحرية; القراصنة
membership: become members; become a member; not yet members; not yet a member | devenir membres; devenir membre; pas encore membres; pas encore membre | الانضمام إلى عضوية; الحصول على العضوية; الحصول على عضوية; =الانضمام إليه; =الانضمام إليها
food-reserves: food reserve; food reserves; food security reserve; food stock; food stocks | réserve alimentaire; réserves alimentaires; réserve de sécurité alimentaire; stock alimentaire; stocks alimentaires | الاحتياطي الغذائي; احتياطي الأمن الغذائي; احتياطي غذائي; احتياطي الغذاء; احتياطيات غذائية; المخزون الغذائي; مخزون الغذاء
illegal-fishing: illegal fishing; illegal, unreported and unregulated fishing; IUU fishing; unlawful fishing | pêche illicite; pêche illégale; pêche INN; pêche illicite, non déclarée et non réglementée | الصيد غير المشروع; الصيد غير القانوني
"""
)

TRADE_PLACES: dict[str, Terms] = _read(
    """
trade-preferential-system: TPS-OIC; Trade Preferential System; Trade Preferential System among the Member States | SPC-OCI; Système de préférences commerciales; Système de préférences commerciales entre les États membres | نظام الأفضليات التجارية; نظام الأفضلية التجارية
smiic: SMIIC; Standards and Metrology Institute for Islamic Countries; Standards and Metrology Institute for the Islamic Countries | Institut de normalisation et de métrologie pour les pays islamiques | معهد المواصفات والمقاييس للدول الإسلامية
sesric: SESRIC; Statistical, Economic and Social Research and Training Centre for Islamic Countries | Centre de recherches statistiques, économiques et sociales et de formation pour les pays islamiques | مركز الأبحاث الإحصائية والاقتصادية والاجتماعية والتدريب للدول الإسلامية; مركز أنقرة
icdt: ICDT; Islamic Centre for Development of Trade; Islamic Centre for the Development of Trade | CIDC; Centre islamique pour le développement du commerce | المركز الإسلامي لتنمية التجارة
trade-negotiating-committee: TNC Secretariat; Trade Negotiating Committee; Trade Negotiations Committee | Comité des négociations commerciales | لجنة المفاوضات التجارية
"""
)

# Joining an institution is acceding to it: a State asked to become a member of
# an institute ("not yet members of ... to join") renews the call to accede to
# it ("adhérer à l'Institut").
TRADE_PARENTS: dict[str, tuple[str, ...]] = {"membership": ("ratification",)}
