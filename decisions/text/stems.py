"""The forms a folded word may be a glossary word in (``concepts.py``): the
glossary writes each term once in its base form, a text inflects it. Pure:
standard library only; bounded work per word (a few prefixes, one pronoun,
one ending), so a scan stays linear in the text.

- Arabic: the clitics (و ف ب ك ل), the article, an attached pronoun and a
  short ending taken off ("وبالمشاريع" is found as "مشروع"'s plural stem).
- Latin script: a plural ending; an English verb's "-ing" / "-ed" and a
  French participle's "-ant" / "-ée(s)" for the base form the glossary
  writes ("following up" is "follow up", "communiquant" "communiquer").
"""

from __future__ import annotations

__all__ = ["glossary_stems"]

_ARABIC_ENDINGS = ("يه", "ات", "ين", "ون", "ان", "ه", "ي")  # folded: ية is يه
_ARABIC_PRONOUNS = ("هما", "ها", "هم", "كم")
_LATIN_ENDINGS = ("es", "s", "x")


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def glossary_stems(token: str) -> list[str]:
    """The forms a folded token may be a glossary word in, longest first:
    itself, without a Latin plural ending, or (Arabic) without its clitics,
    article, attached pronoun and ending (a feminine plural "ات" may stand
    for a singular "ة": "جامعات" is found as "جامعة"). Longest first, so
    that the least cut form wins ("مكتبات" libraries before "مكتب" office).
    Bounded work per token: a few prefixes, one pronoun, one ending."""
    stems = {token}
    if _is_arabic(token):
        bases = {token}
        for first in ("و", "ف"):
            if token.startswith(first) and len(token) > 3:
                bases.add(token[1:])
        for base in list(bases):
            for prep in ("ب", "ك", "ل"):
                if base.startswith(prep) and len(base) > 3:
                    bases.add(base[1:])
        for base in list(bases):
            if base.startswith("ال") and len(base) > 4:
                bases.add(base[2:])
            if base.startswith("ل") and len(base) > 3:  # لل: preposition and article
                bases.add(base[1:])
        for base in list(bases):
            for pronoun in _ARABIC_PRONOUNS:
                if base.endswith(pronoun) and len(base) - len(pronoun) >= 3:
                    cut = base[: -len(pronoun)]
                    bases.add(cut)
                    if cut.endswith("ت"):  # a ta marbuta before a pronoun: سفارتها
                        bases.add(cut[:-1] + "ه")
        for base in bases:
            stems.add(base)
            for end in _ARABIC_ENDINGS:
                if base.endswith(end) and len(base) - len(end) >= 3:
                    stems.add(base[: -len(end)])
                    if end == "ات":
                        stems.add(base[: -len(end)] + "ه")
        return sorted(stems, key=lambda s: (-len(s), s))
    for end in _LATIN_ENDINGS:
        if token.endswith(end) and len(token) - len(end) >= 3:
            stems.add(token[: -len(end)])
    stems.update(_latin_verb_stems(token))
    return sorted(stems, key=lambda s: (-len(s), s))


# A verb of a Latin-script text inflected where the glossary writes its base
# form (folded, no accents): English "following", "shared", "planning" for
# "follow", "share", "plan"; French "communiquant", "désignées" for
# "communiquer", "désigner". Each candidate is only looked up in the
# glossary's table: a form that is no glossary word finds nothing.
_ENGLISH_VERB_ENDINGS = ("ing", "ed")
_FRENCH_PARTICIPLES = ("ant", "ees", "ee")


def _latin_verb_stems(token: str) -> set[str]:
    out: set[str] = set()
    for end in _ENGLISH_VERB_ENDINGS:
        base = token[: -len(end)]
        if token.endswith(end) and len(base) >= 4:
            out.update((base, base + "e"))
            if base[-1] == base[-2] and base[-1] not in "aeiou":  # planned, sharing
                out.add(base[:-1])
    for end in _FRENCH_PARTICIPLES:
        base = token[: -len(end)]
        if token.endswith(end) and len(base) >= 4:
            out.add(base + "er")
            if end == "ant" and base.endswith("ge"):  # partageant: partager
                out.add(base[:-1] + "er")
    return out
