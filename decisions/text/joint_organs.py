"""One organ named in the plural for several organisations: "the
Secretaries-General of the League of Arab States and of the Organisation of
Islamic Cooperation", "les Secrétariats généraux de ... et de ...",
"الأمينين العامين لجامعة الدول العربية ومنظمة التعاون الإسلامي" (a joint
summit asks both). Each organisation's own organ is an owner: its short name
("secretary general") among that organisation's bodies
(``issuer.home_names``)."""

from __future__ import annotations

from collections.abc import Sequence

from .bodies import BodyRef, RegistryEntry, index_of, mentions
from .folding import fold_key, fold_text
from .issuer import home_names

__all__ = ["joint_organs"]

# The plural (or Arabic dual) of an organ, folded -> its singular short names.
_SECRETARY = ("secretary general", "secretaire general", "الامين العام")
_SECRETARIAT = ("general secretariat", "secretariat general", "الامانه العامه")
_PLURALS = {
    "secretaries general": _SECRETARY,
    "secretaires generaux": _SECRETARY,
    "الامينين العامين": _SECRETARY,
    "الامناء العامين": _SECRETARY,
    "general secretariats": _SECRETARIAT,
    "secretariats generaux": _SECRETARIAT,
    "الامانتين العامتين": _SECRETARIAT,
}
_REACH = 300  # characters after the plural read for the organisations' names
_STOPS = ";.:"


def _plural(name: str) -> tuple[str, ...]:
    key = fold_key(name)
    for plural, singular in _PLURALS.items():
        if key.startswith(plural) or key.startswith("the " + plural):
            return singular
    return ()


def joint_organs(
    text: str, owner: BodyRef, start: int, registry: Sequence[RegistryEntry]
) -> list[tuple[BodyRef, BodyRef]]:
    """(organisation, its organ) for each organisation named after the plural
    organ ``owner`` (a body outside the registry, named at ``start`` of
    ``text``), in the text's order; [] unless two or more are found."""
    if owner.registered:
        return []
    singular = _plural(owner.name)
    if not singular:
        return []
    end = min(len(text), start + _REACH)
    for stop in _STOPS:
        cut = text.find(stop, start, end)
        end = cut if cut >= 0 else end
    segment = text[start:end]
    found: dict[str, tuple[BodyRef, BodyRef]] = {}
    for s, e, entry in mentions(index_of(registry), segment, fold_text(segment)):
        if entry.place or entry.parent or entry.slug in found:
            continue
        names = home_names(segment[s:e], registry)
        organ = next((names[k] for k in singular if k in names), None)
        if organ is not None:
            found[entry.slug] = (BodyRef.of(entry), organ)
    return list(found.values()) if len(found) > 1 else []
