"""A State's own government or authorities named after it: "the Guinean
transitional authorities", "autorités guinéennes", "the Government of the
Sudan", "السلطات السودانية". Outside the registry such a name is the State
(or its one registered organ, "Government of Mali"), whatever adjective the
text gives it; a name that does not say which State ("autorités de la
transition", "Government of National Unity") stays as written, for review.
The governments of a registered group of States are that group: "حكومات الدول
الأعضاء" is the Member States; and so is the group named by its qualifier
alone, the noun "States" left out ("وحث البيان الأعضاء على ...")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .bodies import RegistryEntry
from .capitals import CAPITALS
from .folding import fold_key
from .lang import every
from .lang._demonyms import IRREGULAR_DEMONYMS

__all__ = ["state_organ_of", "state_organs_of"]

_HEADS = frozenset(fold_key(w) for w in every("state_organs"))
_QUALIFIERS = frozenset(fold_key(w) for w in every("state_organ_qualifiers"))
_LINKS = frozenset(
    fold_key(w).rstrip("'")
    for w in every("state_organ_links") + every("name_prepositions") + every("name_articles")
)
_TITLES = frozenset(fold_key(w) for w in every("state_titles"))
_GROUP_HEADS = tuple(fold_key(w) + " " for w in every("state_group_heads"))
_JOINS = frozenset(fold_key(w) for w in every("conjunctions"))
_MAX_LISTED = 6  # "the authorities in A, B and C": a few States, never a long run
_ARABIC_ENDINGS = ("يه", "ه", "ي")  # folded nisba: "السودانية" -> "سودان"
_LATIN_VOWELS = "aeiouy"
_LANDS = ("istan", "stan")  # a State named "land of the X": its adjective is "X"


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _stems(name: str) -> list[str]:
    """The forms an adjective of the State named ``name`` (one folded word)
    starts with: "guinea" -> "guinea", "guine" (Guinean); "ليبيا" -> "ليبي"."""
    if _is_arabic(name):
        base = name[2:] if name.startswith("ال") and len(name) > 4 else name
        return [base, base[:-1]] if base.endswith("ا") and len(base) > 3 else [base]
    stems = [name]
    if name[-1] in _LATIN_VOWELS and len(name) > 4:
        stems.append(name[:-1])
    for land in _LANDS:  # "afghanistan" -> "afghan", "ouzbekistan" -> "ouzbek"
        if name.endswith(land) and len(name) - len(land) >= 4:
            stems.append(name[: -len(land)])
            break
    return stems


@lru_cache(maxsize=8)
def _tables(
    registry: tuple[RegistryEntry, ...],
) -> tuple[dict[str, str], dict[str, str], dict, dict]:
    """(State names -> slug, adjective stems -> slug, State -> its one organ,
    a group's one-word qualifier -> the group)."""
    names: dict[str, str] = {}
    stems: dict[str, str] = {}
    for entry in registry:
        if not entry.place:
            continue
        for alias in (entry.name, *entry.aliases):
            key = fold_key(alias)
            if not key:
                continue
            names.setdefault(key, entry.slug)
            if " " not in key:
                for stem in _stems(key):
                    stems.setdefault(stem, entry.slug)
            _add_title_free(key, entry.slug, names, stems)
    for adjectives, state_names in IRREGULAR_DEMONYMS:  # "ivoirien": Côte d'Ivoire
        slug = next((names[n] for n in state_names if n in names), "")
        for adjective in adjectives if slug else ():
            stems.setdefault(adjective, slug)
    states = set(names.values())
    bare: dict[str, RegistryEntry] = {}
    groups = {entry.parent for entry in registry if entry.place and entry.parent}
    organs: dict[str, list[RegistryEntry]] = {}
    for entry in registry:
        if entry.parent in states and not entry.place:
            organs.setdefault(entry.parent, []).append(entry)
    by_slug = {e.slug: e for e in registry}
    own = {slug: found[0] if len(found) == 1 else by_slug[slug] for slug, found in organs.items()}
    for slug in states:
        own.setdefault(slug, by_slug[slug])
    # The groups States belong to ("Member States"), by their names.
    for entry in registry:
        if entry.slug in groups and not entry.place:
            for alias in (entry.name, *entry.aliases):
                key = fold_key(alias)
                if key:
                    names.setdefault(key, entry.slug)
                    own.setdefault(entry.slug, entry)
                for head in _GROUP_HEADS:
                    if key.startswith(head) and " " not in key[len(head) :]:
                        bare.setdefault(key[len(head) :], entry)
    return names, stems, own, bare


def _add_title_free(key: str, slug: str, names: dict[str, str], stems: dict[str, str]) -> None:
    """A State's formal name read as its organs' names take it: without its
    links ("République du Niger" as "republique niger", as a name with its
    links left out is compared), and without its titles (``state_titles``):
    one word left is an adjective ("République centrafricaine":
    "autorités centrafricaines"), several a name ("Central African
    Republic": "the Central African authorities"). A name another State
    already holds stays that State's."""
    words = key.replace("'", " ").split()
    bare = [w for w in words if w not in _LINKS]
    if bare and bare != words:
        names.setdefault(" ".join(bare), slug)
    own = [w for w in bare if w not in _TITLES]
    if not own or own == bare:
        return
    if len(own) > 1:
        names.setdefault(" ".join(own), slug)
        return
    for stem in _stems(own[0]):
        stems.setdefault(stem, slug)


def _adjective(word: str, stems: dict[str, str]) -> str:
    """The State whose adjective ``word`` is ("guineennes" -> guinea), by the
    longest stem it starts with ("nigerian" is Nigeria's, not Niger's)."""
    if _is_arabic(word):
        base = word[2:] if word.startswith("ال") else word
        for ending in _ARABIC_ENDINGS:
            if base.endswith(ending) and len(base) - len(ending) >= 3:
                slug = stems.get(base[: -len(ending)])
                if slug:
                    return slug
        # The masculine of a name ending in "يا": "السوري" (سوريا), "الليبي" (ليبيا).
        return stems.get(base, "") if base.endswith("ي") else ""
    for size in range(len(word), 3, -1):
        slug = stems.get(word[:size])
        if slug:
            return slug
    return ""


def state_organ_of(name: str, registry: Sequence[RegistryEntry]) -> RegistryEntry | None:
    """The registered State (or its one registered organ) that ``name``, a
    body outside the registry, is the government or authorities of; None
    when ``name`` is not such a name or does not say which State."""
    return _organ_of(name, _tables(tuple(registry)))


def _organ_of(name: str, tables: tuple[dict, dict, dict, dict]) -> RegistryEntry | None:
    """state_organ_of on the registry's tables, computed once by the caller."""
    names, stems, own, bare = tables
    words = fold_key(name).replace("'", " ").split()
    if len(words) == 1 and words[0] in bare:
        return bare[words[0]]
    capital = CAPITALS.get(fold_key(name))  # "Téhéran" addressed: Iran's government
    if capital:
        return own.get(names.get(capital, ""))
    if len(words) > 8 or sum(w in _HEADS for w in words) != 1:
        return None
    rest = [w for w in words if w not in _HEADS and w not in _QUALIFIERS and w not in _LINKS]
    if not rest:
        return None
    slug = names.get(" ".join(rest), "")
    if not slug and len(rest) == 1:
        slug = _adjective(rest[0], stems)
    untitled = [w for w in rest if w not in _TITLES]
    if not slug and untitled and untitled != rest:
        # A title on the organ, not the State: "the Federal Government of Somalia".
        slug = names.get(" ".join(untitled), "")
        if not slug and len(untitled) == 1:
            slug = _adjective(untitled[0], stems)
    return own.get(slug) if slug else None


def state_organs_of(name: str, registry: Sequence[RegistryEntry]) -> list[RegistryEntry]:
    """The States (or their one registered organ) whose governments or
    authorities ``name`` names: one ("autorités guinéennes"), or several
    listed after one head ("the transitional authorities in Burkina Faso,
    Guinea and Mali", "les gouvernements du Mali et du Niger"): each listed
    name must be a registered State, else none is read."""
    tables = _tables(tuple(registry))
    one = _organ_of(name, tables)
    if one is not None:
        return [one]
    words = fold_key(name).replace("'", " ").replace(",", " , ").split()
    if len(words) > 8 + 3 * _MAX_LISTED or sum(w in _HEADS for w in words) != 1:
        return []
    head = next(i for i, w in enumerate(words) if w in _HEADS)
    groups: list[list[str]] = [[]]
    for word in words[head + 1 :]:
        if word == "," or word in _JOINS:
            if groups[-1]:
                groups.append([])
        elif word not in _QUALIFIERS and word not in _LINKS:
            groups[-1].append(word)
    groups = [g for g in groups if g]
    if not 2 <= len(groups) <= _MAX_LISTED:
        return []
    names, stems, own, _ = tables
    # "les Gouvernements soudanais et tchadien": one plural head, each State by its adjective.
    slugs = [names.get(" ".join(g), "") or _one_adjective(g, stems) for g in groups]
    if not all(slugs) or any(w not in _QUALIFIERS for w in words[:head] if w not in _LINKS):
        return []
    return [own[slug] for slug in dict.fromkeys(slugs)]


def _one_adjective(group: list[str], stems: dict[str, str]) -> str:
    """The State a listed group of one word names by its adjective, or ""."""
    return _adjective(group[0], stems) if len(group) == 1 else ""
