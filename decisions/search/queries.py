"""One search over every report's paragraphs (and their other language
versions), the items' summaries and the notes of their history.

PostgreSQL: full-text search with the configuration of each row's language
(tracker_fr, tracker_en, tracker_ar, made by migration 0006 with `unaccent`
before the stemmer, so "reaffirme" finds "réaffirmé"), OR-ed with
`tracker_simple` (the words as typed, accents folded) for proper names and
text in another language than its report; ranked by SearchRank,
highlighted by SearchHeadline.

Other databases (SQLite in development): the most recent rows, at most
FALLBACK_SCAN per kind, are folded (case, accents, Arabic diacritics) and
matched in Python, every word of the query being required; rank = number of
occurrences.

Either way highlighting comes back as sentinel characters and is rendered by
`render_highlight`: the text escaped, `<mark>` the only markup.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db import connection
from django.db.models import Case, F, QuerySet, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from decisions.models import ActionItem, Decision, DecisionTranslation, StatusUpdate
from decisions.search import across
from decisions.text.normalize import strip_unsafe
from decisions.text.titleblock import language_of

MAX_QUERY_LENGTH = 200
RESULTS_PER_KIND = 20
FALLBACK_SCAN = 5000
SNIPPET_CHARS = 240

# Private-use characters the highlighter wraps matches in; turned into
# <mark> after the text is escaped, so no stored text can inject markup.
START, STOP = "\ue000", "\ue001"

CONFIGS = {"fr": "tracker_fr", "en": "tracker_en", "ar": "tracker_ar"}
SIMPLE = "tracker_simple"


class SearchQueryError(ValueError):
    """A query that cannot be searched; the message is for the user."""


@dataclass(frozen=True)
class Hit:
    kind: str  # "paragraph", "item", "note"
    title: str
    url: str
    snippet: SafeString
    rank: float
    language: str = ""  # of the snippet's text, for its lang and dir
    pk: int = 0
    owner: str = ""  # items and notes: whose item, shown after the title
    across: str = ""  # found in another language, by these concepts


@dataclass
class SearchResults:
    query: str
    paragraphs: list[Hit] = field(default_factory=list)
    items: list[Hit] = field(default_factory=list)
    notes: list[Hit] = field(default_factory=list)
    more: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        return len(self.paragraphs) + len(self.items) + len(self.notes)


def clean_query(raw: str) -> str:
    """The query as searched: controls dropped, spaces collapsed. Raises
    SearchQueryError when it is too long."""
    if len(raw) > MAX_QUERY_LENGTH * 4:
        raise SearchQueryError(_("The search is too long."))
    text = " ".join(strip_unsafe(raw).split())
    text = unicodedata.normalize("NFC", text.replace(START, "").replace(STOP, ""))
    if len(text) > MAX_QUERY_LENGTH:
        raise SearchQueryError(
            _("The search is too long (at most %(n)d characters).") % {"n": MAX_QUERY_LENGTH}
        )
    return text


def render_highlight(text: str) -> SafeString:
    """Escape `text` and turn the START/STOP sentinels into balanced
    <mark> elements; stray sentinels are dropped."""
    out: list[str] = []
    open_ = False
    for part in re.split(f"([{START}{STOP}])", strip_unsafe(text or "")):
        if part == START:
            if not open_:
                out.append("<mark>")
                open_ = True
        elif part == STOP:
            if open_:
                out.append("</mark>")
                open_ = False
        else:
            out.append(escape(part))
    if open_:
        out.append("</mark>")
    return mark_safe("".join(out))  # noqa: S308 - escaped above, <mark> only


def search(query: str, *, include_notes: bool, limit: int = RESULTS_PER_KIND) -> SearchResults:
    """Paragraphs, items and (for users with a role) notes matching `query`
    (already cleaned), best first, at most `limit` of each."""
    results = SearchResults(query=query)
    if not query:
        return results
    engine = _PostgresSearch(query) if connection.vendor == "postgresql" else _FoldedSearch(query)
    kinds = [("paragraphs", engine.paragraphs), ("items", engine.items)]
    if include_notes:
        kinds.append(("notes", engine.notes))
    for name, find in kinds:
        hits = sorted(find(limit + 1), key=lambda h: (-h.rank, h.kind, h.pk))
        if len(hits) > limit:
            results.more.add(name)
        setattr(results, name, hits[:limit])
    _add_across(results, limit)
    return results


def _add_across(results: SearchResults, limit: int) -> None:
    """Then the paragraphs and items naming the query's concepts in another language."""
    keys = across.query_concepts(results.query)
    common = {"keys": keys, "limit": limit + 1, "scan": FALLBACK_SCAN, "sentinels": (START, STOP)}
    if keys and len(results.paragraphs) < limit:
        exclude = {h.pk for h in results.paragraphs}
        for decision, snippet, language, labels in across.paragraphs_across(
            decisions=_decisions(), exclude=exclude, **common
        ):
            hit = _paragraph_hit(decision, snippet, 0.0, language)
            results.paragraphs.append(replace(hit, across=labels))
    if keys and len(results.items) < limit:
        exclude = {h.pk for h in results.items}
        for item, snippet, labels in across.items_across(items=_items(), exclude=exclude, **common):
            results.items.append(replace(_item_hit(item, snippet, 0.0), across=labels))
    for name in ("paragraphs", "items"):
        if len(getattr(results, name)) > limit:
            results.more.add(name)
            del getattr(results, name)[limit:]


# --- Titles and addresses, shared by both engines ---------------------------------


def _title(decision: Decision) -> str:
    """ "OIC/ACM-2017/MALI-REP ¶xiii": every hit's title (items and notes add
    their owner apart)."""
    return f"{decision.report.symbol} ¶{decision.number}"


def _paragraph_hit(decision: Decision, snippet: str, rank: float, language: str) -> Hit:
    title = _title(decision)
    url = decision.get_absolute_url()
    return Hit("paragraph", title, url, render_highlight(snippet), rank, language, decision.pk)


def _item_hit(item: ActionItem, snippet: str, rank: float) -> Hit:
    """A summary is the paragraph's words: its report's language."""
    decision = item.decision
    return Hit(
        "item",
        _title(decision),
        item.get_absolute_url(),
        render_highlight(snippet),
        rank,
        decision.report.language,
        item.pk,
        item.owner.name,
    )


def _note_hit(update: StatusUpdate, snippet: str, rank: float) -> Hit:
    """A note's language is not recorded: it is read from the note's common
    words, else taken to be its report's (a French note on an English report
    is French)."""
    item = update.item
    decision = item.decision
    return Hit(
        "note",
        _title(decision),
        item.get_absolute_url(),
        render_highlight(snippet),
        rank,
        language_of(update.note, default=decision.report.language),
        update.pk,
        item.owner.name,
    )


def _decisions() -> QuerySet:
    return Decision.objects.select_related("report").only(
        "id", "number", "text", "report__id", "report__symbol", "report__language"
    )


ITEM_FIELDS = (
    "id", "summary", "decision__id", "decision__number", "decision__report__id",
    "decision__report__symbol", "decision__report__language",
    "owner__id", "owner__name_en", "owner__name_fr", "owner__name_ar",
)  # fmt: skip


def _items() -> QuerySet:
    return ActionItem.objects.select_related("decision__report", "owner").only(*ITEM_FIELDS)


def _updates() -> QuerySet:
    fields = ["id", "note", "created_at", *(f"item__{f}" for f in ITEM_FIELDS)]
    return (
        StatusUpdate.objects.select_related("item__decision__report", "item__owner")
        .exclude(note="")
        .only(*fields)
    )


# --- PostgreSQL -------------------------------------------------------------------


def _config(language_path: str) -> Case:
    return Case(
        *(When(**{language_path: lang}, then=Value(cfg)) for lang, cfg in CONFIGS.items()),
        default=Value(SIMPLE),
    )


class _PostgresSearch:
    def __init__(self, query: str):
        self.query = query

    def _ranked(
        self, qs: QuerySet, text: str, language_path: str, limit: int, *, whole: bool = False
    ) -> list:
        """`whole`: highlight in the whole text (short ones: summaries, notes)
        rather than in up to two fragments."""
        config = _config(language_path)
        vector = SearchVector(text, config=config) + SearchVector(text, config=SIMPLE)
        query = SearchQuery(self.query, config=config, search_type="websearch") | SearchQuery(
            self.query, config=SIMPLE, search_type="websearch"
        )
        headline = SearchHeadline(
            F(text),
            query,
            config=config,
            start_sel=START,
            stop_sel=STOP,
            **(
                {"highlight_all": True}
                if whole
                else {"max_words": 40, "min_words": 15, "max_fragments": 2}
            ),
            fragment_delimiter=" … ",
        )
        return list(
            qs.annotate(document=vector)
            .filter(document=query)
            .annotate(rank=SearchRank(vector, query), snippet=headline)
            .order_by("-rank", "pk")[:limit]
        )

    def paragraphs(self, limit: int) -> list[Hit]:
        hits = [
            _paragraph_hit(d, d.snippet, d.rank, d.report.language)
            for d in self._ranked(_decisions(), "text", "report__language", limit)
        ]
        translations = DecisionTranslation.objects.select_related("decision__report").only(
            "id",
            "language",
            "text",
            "decision__id",
            "decision__number",
            "decision__report__id",
            "decision__report__symbol",
        )
        hits += [
            _paragraph_hit(t.decision, t.snippet, t.rank, t.language)
            for t in self._ranked(translations, "text", "language", limit)
        ]
        return hits

    def items(self, limit: int) -> list[Hit]:
        found = self._ranked(_items(), "summary", "decision__report__language", limit, whole=True)
        return [_item_hit(i, i.snippet, i.rank) for i in found]

    def notes(self, limit: int) -> list[Hit]:
        language = "item__decision__report__language"
        found = self._ranked(_updates(), "note", language, limit, whole=True)
        return [_note_hit(u, u.snippet, u.rank) for u in found]


# --- Other databases: folded matching in Python ----------------------------------------

_TATWEEL = "\u0640"
_ALIFS = str.maketrans("أإآ", "ااا")


def _fold_char(c: str) -> str:
    decomposed = unicodedata.normalize("NFKD", c.casefold())
    kept = "".join(x for x in decomposed if not unicodedata.combining(x) and x != _TATWEEL)
    return kept.translate(_ALIFS)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`text` folded (case, accents, Arabic diacritics), and for each folded
    character the index of the original character it comes from."""
    folded: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        f = _fold_char(c)
        folded.append(f)
        origin.extend([i] * len(f))
    return "".join(folded), origin


def query_terms(query: str) -> list[str]:
    folded, _ = fold_with_map(query)
    return list(dict.fromkeys(re.findall(r"\w+", folded)))


def folded_snippet(text: str, terms: list[str]) -> tuple[str, int]:
    """(snippet with sentinels, number of occurrences); 0 when a term is
    missing."""
    folded, origin = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(term), folded)]
        if not found:
            return "", 0
        spans += found
    spans.sort()
    starts = [(origin[a], origin[b - 1] + 1) for a, b in spans]
    first = starts[0][0]
    begin = max(0, first - SNIPPET_CHARS // 3)
    end = min(len(text), begin + SNIPPET_CHARS)
    out, pos = [], begin
    for a, b in starts:
        if a < pos or b > end:
            continue
        out += [text[pos:a], START, text[a:b], STOP]
        pos = b
    out.append(text[pos:end])
    snippet = "".join(out)
    return ("…" if begin else "") + snippet + ("…" if end < len(text) else ""), len(spans)


class _FoldedSearch:
    def __init__(self, query: str):
        self.terms = query_terms(query)

    def _scan(self, qs: QuerySet, text: str, limit: int) -> list[tuple[object, str, int]]:
        if not self.terms:
            return []
        found = []
        for row in qs.order_by("-pk")[:FALLBACK_SCAN]:
            snippet, count = folded_snippet(getattr(row, text), self.terms)
            if count:
                found.append((row, snippet, count))
        found.sort(key=lambda f: (-f[2], f[0].pk))
        return found[:limit]

    def paragraphs(self, limit: int) -> list[Hit]:
        hits = [
            _paragraph_hit(d, s, n, d.report.language)
            for d, s, n in self._scan(_decisions(), "text", limit)
        ]
        translations = DecisionTranslation.objects.select_related("decision__report")
        hits += [
            _paragraph_hit(t.decision, s, n, t.language)
            for t, s, n in self._scan(translations, "text", limit)
        ]
        return hits

    def items(self, limit: int) -> list[Hit]:
        return [_item_hit(i, s, n) for i, s, n in self._scan(_items(), "summary", limit)]

    def notes(self, limit: int) -> list[Hit]:
        return [_note_hit(u, s, n) for u, s, n in self._scan(_updates(), "note", limit)]
