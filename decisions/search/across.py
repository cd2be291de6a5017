"""Search across languages: a query that names concepts or places of the
glossary (decisions/text/concepts.py) also finds the paragraphs naming them
in another language ("Tombouctou" finds "Timbuktu" and "تمبكتو"). These
hits come after the exact matches and say by which concepts they were found.

PostgreSQL: the paragraphs are first narrowed by a full-text query of every
term of each concept in every language (`tracker_simple`), then confirmed by
``concepts_of``. Other databases: the most recent FALLBACK_SCAN paragraphs
(and versions) are read and confirmed the same way.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import QuerySet
from django.utils.translation import get_language

from decisions.models import DecisionTranslation
from decisions.text.concepts import concept_spans, concepts_of, label, terms_of

# Query words this short may stand outside a concept ("de", "the", "في").
_FILLER_LENGTH = 3


def query_concepts(query: str) -> frozenset[str]:
    """The concepts, places and amounts the query names, when it names
    nothing else (a longer word outside them: no search across languages)."""
    spans = concept_spans(query)
    covered = [False] * len(query)
    for a, b, _ in spans:
        covered[a:b] = [True] * (b - a)
    for m in re.finditer(r"[^\W_]+", query):
        if len(m.group()) >= _FILLER_LENGTH and not all(covered[m.start() : m.end()]):
            return frozenset()
    return frozenset(k for _, _, k in spans if not k.startswith("year:"))


def _narrowed(qs: QuerySet, keys: frozenset[str]) -> QuerySet:
    """PostgreSQL: only rows naming some term of each concept."""
    if connection.vendor != "postgresql":
        return qs
    query = None
    for key in keys:
        terms = " or ".join(f'"{t}"' for t in terms_of(key)) or label(key)
        one = SearchQuery(terms, config="tracker_simple", search_type="websearch")
        query = one if query is None else query & one
    return qs.annotate(across=SearchVector("text", config="tracker_simple")).filter(across=query)


def _snippet(text: str, keys: frozenset[str], width: int, start: str, stop: str) -> str:
    spans = [(a, b) for a, b, k in concept_spans(text) if k in keys]
    begin = max(0, spans[0][0] - width // 3) if spans else 0
    end = min(len(text), begin + width)
    out, pos = [], begin
    for a, b in spans:
        if a < pos or b > end:
            continue
        out += [text[pos:a], start, text[a:b], stop]
        pos = b
    out.append(text[pos:end])
    return ("…" if begin else "") + "".join(out) + ("…" if end < len(text) else "")


def paragraphs_across(
    keys: frozenset[str],
    *,
    decisions: QuerySet,
    exclude: set[int],
    limit: int,
    scan: int,
    sentinels: tuple[str, str],
) -> list[tuple[object, str, str, str]]:
    """Paragraphs (or their versions) naming every key of `keys`, their
    decision not in `exclude`: (decision, snippet, language, labels), most
    recent first, at most `limit`."""
    if not keys:
        return []
    language = (get_language() or "en")[:2]
    labels = ", ".join(sorted(label(k, language) for k in keys))
    width = 240
    found: list[tuple[object, str, str, str]] = []
    seen = set(exclude)
    translations = DecisionTranslation.objects.select_related("decision__report")
    for qs, of_row in (
        (decisions, lambda d: (d, d.report.language)),
        (translations, lambda t: (t.decision, t.language)),
    ):
        for row in _narrowed(qs, keys).order_by("-pk")[:scan]:
            decision, lang = of_row(row)
            if decision.pk in seen or not keys <= concepts_of(row.text):
                continue
            seen.add(decision.pk)
            found.append((decision, _snippet(row.text, keys, width, *sentinels), lang, labels))
            if len(found) >= limit:
                return found
    return found
