"""Arabic: "in general" after an addressee, before the one singled out (folded,
as in lang/ar.py).

Class of text: a call on a wide body "in general", then on a narrower one "in
particular": "دعا المجتمعون المجتمع الدولي عموماً والعالم الإسلامي على وجه
الخصوص إلى ..."، "يحث الدول عموماً والدول المجاورة خصوصاً على ...". The adverb
closes the first addressee as a joiner does (lang/ar.py's ``list_joiners``):
the name ends before it, and the one after "و" is a second addressee, not the
action asked (lang/_ar_markers.py does not read the adverb as that action).
Only before "و" joined to a word with the article, or at the end of the list.
A plain alternation, no repetition: linear.
"""

from __future__ import annotations

__all__ = ["IN_GENERAL"]

IN_GENERAL = r"(?:عموما|علي\s+وجه\s+العموم)(?=\s+[وف](?:ال|لل)|\s*$)"
