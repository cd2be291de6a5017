"""Search across languages: a query that names concepts or places of the
glossary (decisions/text/concepts.py) also finds the paragraphs and the
action items (their summaries) naming them in another language
("Tombouctou" finds "Timbuktu" and "تمبكتو"). These hits come after the exact
matches and say by which concepts they were found.

PostgreSQL: the paragraphs are first narrowed by a full-text query of every
term of each concept in every language (`tracker_simple`), then confirmed by
``concepts_of``; the items' summaries likewise. Other databases: the most
recent FALLBACK_SCAN paragraphs (and versions) and items are read and
confirmed the same way.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import QuerySet
from django.utils.translation import get_language

from decisions.models import DecisionTranslation
from decisions.text.concepts import concept_spans, concepts_of, label, terms_of
from decisions.text.folding import fold_text

_WORD = re.compile(r"[^\W_]+")
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


# An Arabic word in the text may carry a clitic and the article before it.
_ARABIC_PREFIXES = ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال", "ك", "كال")


def _lexemes(word: str) -> list[str]:
    """The prefix queries a term's word is found by in a tsvector of
    ``tracker_simple`` (no stemmer): a Latin word with any ending
    ("mausoleum" finds "mausoleums"); an Arabic one with or without a hamza
    and its ending, after a clitic or the article."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in word):
        return [f"'{word}':*"]
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
    stems = {bare.rstrip("ةه") or bare, fold_text(bare).rstrip("ه") or bare}
    return [f"'{p}{s}':*" for s in sorted(stems) for p in _ARABIC_PREFIXES]


def _tsquery(key: str) -> str:
    """A raw tsquery finding the rows that may name `key` (``concepts_of``
    confirms them): any of its terms, each with all its words."""
    if key.startswith("date:"):
        return f"'{key[5:9]}'"  # the year: written alike in every language
    terms = []
    for term in terms_of(key) or (label(key),):
        words = [w for w in _WORD.findall(term.lower()) if len(w) > 1]
        if words:
            terms.append(" & ".join("(" + " | ".join(_lexemes(w)) + ")" for w in words))
    return " | ".join(f"({t})" for t in terms) or "''"


def _narrowed(qs: QuerySet, keys: frozenset[str], field: str = "text") -> QuerySet:
    """PostgreSQL: only rows whose `field` may name each concept."""
    if connection.vendor != "postgresql":
        return qs
    query = None
    for key in keys:
        one = SearchQuery(_tsquery(key), config="tracker_simple", search_type="raw")
        query = one if query is None else query & one
    return qs.annotate(across=SearchVector(field, config="tracker_simple")).filter(across=query)


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


def items_across(
    keys: frozenset[str],
    *,
    items: QuerySet,
    exclude: set[int],
    limit: int,
    scan: int,
    sentinels: tuple[str, str],
) -> list[tuple[object, str, str]]:
    """Action items whose summary (the request, in its report's language)
    names every key of `keys`, not in `exclude`: (item, snippet, labels),
    most recent first, at most `limit`."""
    if not keys:
        return []
    labels = ", ".join(sorted(label(k, (get_language() or "en")[:2]) for k in keys))
    found: list[tuple[object, str, str]] = []
    for item in _narrowed(items, keys, "summary").order_by("-pk")[:scan]:
        if item.pk in exclude or not keys <= concepts_of(item.summary):
            continue
        found.append((item, _snippet(item.summary, keys, 240, *sentinels), labels))
        if len(found) >= limit:
            break
    return found
