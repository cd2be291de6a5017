"""A bare "the Government" whose State the paragraph names only by its adjective.

Class of text: a press release or a resolution naming a State by its adjective
and then asking its government without the State's name ("Strongly condemning
the violations by the Syrian authorities, the Assembly called on the
Government to ...", "... par les autorités syriennes, ... appelle le
Gouvernement à ...", "... السلطات السورية ... ودعا الحكومة إلى ..."). With no
State asked before (``context.with_context`` reads those), the bare government
is that State when the paragraph, up to the end of the request, names exactly
one registered State, and only by an adjective ("Syrian" -> Syria, "nigerian" ->
Nigeria: the adjective less its shortest ending, as ``bodies`` reads "the Syrian
regime"). Two States, none, or a State named by its name ("les autorités de
transition" of a paragraph on the transition "en Guinée", which readers keep as
written) leave it as written, for review; so does a State named in a later clause, and the adjective
of a State the registry cannot name ("the Israeli forces", "Saudi": ``_OTHER_STATE_RE``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .bodies import BodyRef, Index, RegistryEntry, mentions
from .context import bare_government
from .folding import fold_text
from .lang import every

__all__ = ["government_of_the_state_named", "state_of_adjective"]

# The shortest ending first: "nigerian" is Nigeria, not Niger ("nigerien" is).
_DEMONYM_ENDS = sorted(set(every("demonym_ends")), key=len)
# Feminine and plural endings before the demonym's own: "syriennes", "السورية".
_AGREEMENT_RE = re.compile(r"(?:nes|ne|es|e|s|\u0629|\u0647|\u064a\u0646|\u0648\u0646)$")
# A word that may be a State's adjective (folded): a run of Latin letters
# ("syrian", "syriennes": French writes them in lower case), or an Arabic word
# with its article.
_ADJECTIVE_RE = re.compile(r"(?<![\w'-])(?:[a-z]{4,}|\u0627\u0644[^\W\d_]{3,})(?![\w'-])")
_MAX_WORDS = 400  # a paragraph's words read as adjectives, no more


def state_of_adjective(index: Index, adjective: str) -> RegistryEntry | None:
    """The registered State whose name ``adjective`` (folded) is, less its
    ending ("syrian" -> Syria, "syriennes" -> Syria, "السورية" -> سورية): the
    stem alone for every ending first ("nigerien" -> Niger), then with a
    vowel put back ("malien" -> Mali+a is not tried before "mali")."""
    forms = [adjective]
    bare = _AGREEMENT_RE.sub("", adjective)
    if bare != adjective and len(bare) > 3:
        forms.append(bare)
    for form in forms:
        if form.startswith("\u0627\u0644"):  # Arabic: the article goes ("السورية": سورية)
            form = form[2:]
        stems = [form] if not form.isascii() else []
        stems += [form[: -len(e)] for e in _DEMONYM_ENDS if _ends(form, e)]
        for added in _ADDED:
            for stem in stems:
                entry = index.plain.get(stem + added) or index.acronyms.get(stem + added)
                if entry is not None and entry.place:
                    return entry
    return None


# What a name may have lost to its adjective: nothing, a vowel, Arabic "يا"/"ية".
_ADDED = ("", "a", "e", "\u064a\u0627", "\u064a\u0629")


def _ends(form: str, end: str) -> bool:
    return form.endswith(end) and len(form) > len(end) + 2


def _states_named(index: Index, text: str) -> dict[str, RegistryEntry]:
    """The registered States ``text`` names only by an adjective, by slug; none
    when it names a State by its name."""
    folded = fold_text(text)
    if any(e.place for _, _, e in mentions(index, text, folded)):
        return {}  # a State named by its name: the reader keeps the government as written
    found: dict[str, RegistryEntry] = {}
    for at, m in enumerate(_ADJECTIVE_RE.finditer(folded)):
        if at >= _MAX_WORDS:
            break
        if _OTHER_STATE_RE.fullmatch(m.group()) or _QUALIFIED_RE.search(
            folded, max(0, m.start() - 16), m.start()
        ):
            return {}  # another State the registry cannot name: two States, or one unknown
        entry = state_of_adjective(index, m.group())
        if entry is not None:
            found.setdefault(entry.slug, entry)
    return found


# The adjective of a State the stem rule cannot read ("Saudi", "Turkish",
# "marocaine": irregular) or the registry may not hold ("Israeli", "American"):
# with it, a paragraph may name two States ("the Israeli forces ... Palestinian
# civilians"), so the government stays as written. Folded; with agreement endings.
_OTHER_STATE_RE = re.compile(
    r"(?:israeli|israelien|lebanese|libanais|saudi|saoudien|turkish|turc|turque|emirati"
    r"|emirien|afghan|moroccan|marocain|somali|somalien|ivorian|ivoirien|american"
    r"|americain|british|britannique|french|francais|chinese|chinois|indian|indien"
    r"|ukrainian|ukrainien|ethiopian|ethiopien|kenyan|eritrean|erythreen)"
    r"(?:ne|nes|e|es|s)?"
    # Arabic, folded (hamza dropped, final "ة" as "ه"), with the article.
    r"|ال(?:اسراييلي|امريكي|تركي|اماراتي|افغاني|مغربي|سعودي|فرنسي|بريطاني|صيني|هندي"
    r"|اوكراني)(?:ه|ين|ون)?"
)


# A point of the compass or a qualifier before the adjective names another
# State than the adjective alone: "South Sudanese" is not Sudan, "Equatorial
# Guinean" not Guinea, "North Korean", "Central African".
_QUALIFIED_RE = re.compile(r"(?<![\w'-])(?:south|north|equatorial|central|east|west|new)\s+$")


def government_of_the_state_named(
    written: Mapping[BodyRef, BodyRef], text: str, index: Index
) -> dict[BodyRef, BodyRef]:
    """``written`` (each owner -> the owner as written), a bare government left
    as written read as the one State ``text`` names (see above)."""
    out: dict[BodyRef, BodyRef] = {}
    states: dict[str, RegistryEntry] | None = None
    for ref, as_written in written.items():
        if not ref.registered and ref == as_written and bare_government(ref.name):
            states = _states_named(index, text) if states is None else states
            if len(states) == 1:
                out.setdefault(BodyRef.of(next(iter(states.values()))), as_written)
                continue
        out.setdefault(ref, as_written)
    return out
