"""The State each asked body is or belongs to: "chad" for Chad, "sudan" for
the Government of the Sudan (a registered organ of a State). A paragraph that
asks a State and then, in another clause, its bare "Government" ("calls on
Chad to ..., and demands that the Government ...", "exhorte le Tchad ... et
demande au Gouvernement ...", "يدعو السودان ... ويطالب الحكومة ...") means
that State: ``requests.extract`` gives these to the paragraph's own context,
as ``extract_all`` gives those of the paragraphs before."""

from __future__ import annotations

from collections.abc import Hashable, MutableMapping, Sequence
from itertools import islice

from .bodies import BodyRef, RegistryEntry

__all__ = ["merge_spans", "states_of"]

_CACHE: dict[int, tuple[Sequence[RegistryEntry], dict[str, str]]] = {}


def _states(registry: Sequence[RegistryEntry]) -> dict[str, str]:
    """Each State's slug and each organ of one's -> the State's slug (once per registry)."""
    cached = _CACHE.get(id(registry))
    if cached is not None and cached[0] is registry:
        return cached[1]
    places = {e.slug for e in registry if e.place}
    table = {
        e.slug: e.slug if e.place else e.parent for e in registry if e.place or e.parent in places
    }
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(registry)] = (registry, table)
    return table


def states_of(owners: Sequence[BodyRef], registry: Sequence[RegistryEntry]) -> dict[str, BodyRef]:
    """The States among ``owners`` (registered States or their organs): the
    State's slug -> the owner, in order."""
    if not owners:
        return {}
    table = _states(registry)
    return {table[o.slug]: o for o in owners if o.registered and o.slug in table}


def merge_spans(
    where: MutableMapping[BodyRef, dict[Hashable, None]],
    ref: BodyRef,
    written: BodyRef,
    merged: dict[tuple[BodyRef, BodyRef], int],
) -> None:
    """Give ``ref`` the spans of the words ``written`` that name it, those
    added since the last call for the pair only (``merged`` counts them): a
    paragraph repeating "the Government" n times costs n, not n squared."""
    spans = where.get(written)
    if not spans:
        return
    done = merged.get((ref, written), 0)
    new = len(spans) - done
    if new <= 0:
        return
    target = where.setdefault(ref, {})
    for span in reversed(list(islice(reversed(spans), new))):
        target.setdefault(span)
    merged[(ref, written)] = len(spans)
