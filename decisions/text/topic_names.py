"""An office named by its title cut before its topic, the topic the text's own.

Class of text: a press release or a summary by a body whose remit is a topic
(a human rights council, a refugees' committee) naming another office by the
words before that topic: "the Council requested the Office of the High
Commissioner to ..." in a text on human rights is the Office of the High
Commissioner for Human Rights. A name is completed only when exactly one
registered name is the cut name, then "for" or "on" ("pour", "aux", "chargé de"), then
a topic whose words the text has already written (its head, the paragraphs
read so far); the same cut name in a text that names no such topic stays as
written, unregistered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .bodies import BodyRef, RegistryEntry
from .folding import fold_key, fold_text

__all__ = ["TopicNames"]

_LINK_RE = re.compile(r"\s(?:for|on|pour|aux|charge\s+de|chargee\s+de)\s")
_MAX_TOPIC_WORDS = 6
# A title of a few words ("Office of the High Commissioner"): a bare head noun
# ("Committee") is too common a short name to take a topic from the text.
_MIN_CUT_WORDS = 3


@lru_cache(maxsize=16)
def _cut_names(
    registry: tuple[RegistryEntry, ...],
) -> tuple[dict[str, dict[str, RegistryEntry]], re.Pattern | None]:
    """The registry's names cut before their topic (cut name -> topic -> entry),
    and a pattern finding those topics: built once per registry, not per report."""
    cut_names: dict[str, dict[str, RegistryEntry]] = {}
    for entry in registry:
        if entry.place:
            continue
        for alias in (entry.name, *entry.aliases):
            key = fold_key(alias)
            link = _LINK_RE.search(key)
            topic = key[link.end() :] if link else ""
            cut = key[: link.start()] if link else ""
            if len(cut.split()) >= _MIN_CUT_WORDS and len(topic.split()) <= _MAX_TOPIC_WORDS:
                cut_names.setdefault(cut, {})[topic] = entry
    topics = {t for by_topic in cut_names.values() for t in by_topic}
    if not topics:
        return cut_names, None
    alternatives = "|".join(re.escape(t) for t in sorted(topics, key=len, reverse=True))
    return cut_names, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


class TopicNames:
    """The registry's names cut before their topic, and the topics a text has
    written so far (``seen``, paragraph after paragraph)."""

    def __init__(self, registry: Sequence[RegistryEntry], head: str = "") -> None:
        self._cut, self._topics_re = _cut_names(tuple(registry))
        self._seen: set[str] = set()
        self.seen(head)

    def seen(self, text: str) -> None:
        """Read ``text`` (the head, a paragraph) for the topics it writes."""
        if self._topics_re is not None and text:
            self._seen.update(m.group() for m in self._topics_re.finditer(fold_text(text)))

    def resolve(self, requests: Sequence, text: str = "") -> tuple:
        """``requests`` (of the paragraph ``text``, read first) with each
        unregistered owner whose name is a cut name of exactly one registered
        body of a topic seen, read as that body."""
        self.seen(text)
        return tuple(self._resolve(r) for r in requests)

    def _resolve(self, request):
        owner = request.owner
        if owner.registered:
            return request
        by_topic = self._cut.get(fold_key(owner.name), {})
        found = {e.slug: e for topic, e in by_topic.items() if topic in self._seen}
        if len(found) != 1:
            return request
        return replace(request, owner=BodyRef.of(next(iter(found.values()))))
