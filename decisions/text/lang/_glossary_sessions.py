"""The glossary's asks that a body renews from one session to the next on a
standing question: data only, read by ``concepts.py`` with the other asks of
``_glossary.py`` (one concept a line: its key, then its terms in English,
French and Arabic, languages separated by "|", terms by ";"; see
``_glossary.py`` for how a term is matched).

What a council, a summit or a ministerial conference asks again of the same
addressee, in other words or another language: that armed groups respect
international humanitarian law, that a government cooperate fully with a
mandate holder, that members attend a summit at the highest level, that
States spend a share of their gross domestic product on research and
development, that a centre gather comparable indicators, that a contact
group meet at ministerial level.
"""

# ruff: noqa: E501  (data: one concept a line reads better than wrapped terms)

from __future__ import annotations

from decisions.text.lang._glossary import Terms, _read

SESSION_ASKS: dict[str, Terms] = _read(
    """
humanitarian-law: international humanitarian law; humanitarian law; IHL | droit international humanitaire; droit humanitaire | القانون الدولي الإنساني; القانون الإنساني الدولي
full-cooperation: cooperate fully; fully cooperate; full cooperation; cooperate fully and transparently | coopérer pleinement; pleinement coopérer; pleine coopération; coopération pleine et entière; coopérer pleinement et dans la transparence | التعاون الكامل; التعاون التام; تعاون كامل; تتعاون تعاونا كاملا; يتعاون تعاونا كاملا; تتعاون تعاونا تاما; التعاون بشكل كامل
high-level-participation: at the highest level; at the highest possible level; at the level of Heads of State; at the level of Heads of State or Government | au niveau le plus élevé; au plus haut niveau; au niveau des chefs d'État | على أعلى مستوى; بأعلى مستوى ممكن; على مستوى رؤساء الدول; على مستوى القادة
research-development: research and development; R&D | recherche et développement; recherche et au développement; recherche-développement | البحث والتطوير; البحث العلمي والتطوير
gross-domestic-product: gross domestic product; GDP | produit intérieur brut; PIB | الناتج المحلي الإجمالي; الناتج المحلي
indicators: indicators; comparable indicators; statistical indicators | indicateurs; indicateurs comparables; indicateurs statistiques | مؤشرات; المؤشرات; مؤشرات إحصائية
ministerial-level: at ministerial level; at the ministerial level; ministerial-level meeting | au niveau ministériel; réunion au niveau ministériel | على المستوى الوزاري; المستوى الوزاري; على مستوى الوزراء
"""
)
