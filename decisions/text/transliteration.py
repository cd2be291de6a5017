"""Proper names compared across scripts: a consonant skeleton of a name
written in Latin letters or in Arabic, so that "Moroni" and "موروني",
"Jonglei" and "Jongleï", "Minsk" and "مينسك" fall on one key. Pure:
standard library only.

The skeleton keeps the consonants as classes of sounds both scripts write
(a velar for k, q, c, g, j and ك ق خ غ ج; a dental for t, d and ت ط د ض ث ذ
ظ; a sibilant for s, z and س ص ز ش...), drops vowels, h, w, y and their
Arabic letters (ا و ي ه ع ء: long vowels, the ta marbuta, sounds Latin
spellings leave out), and letters doubled. A name is a Latin word written
with a capital, not one of the institutional words both languages share
("Union", "Commission"), or any Arabic word without its article and
clitics; only skeletons of three consonants or more are kept, so a key is
rare enough to say something when two texts share it. The caller counts a
skeleton only when both requests have it (``name_keys`` of each, then their
intersection): a name one text has and the other lacks costs nothing.
Linear in the text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_keys", "proper_names", "skeleton"]

_LATIN_NAME = re.compile(r"(?<![\w'’-])[A-Z][A-Za-zÀ-ÿ]+(?:-[A-Z][A-Za-zÀ-ÿ]+)*")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")

_DIGRAPHS = (("sch", "s"), ("sh", "s"), ("ch", "s"), ("kh", "k"), ("gh", "k"), ("th", "t"),
             ("dh", "d"), ("ph", "f"), ("ck", "k"), ("x", "ks"))  # fmt: skip
_LATIN = str.maketrans({
    "q": "k", "c": "k", "g": "k", "j": "k", "d": "t", "z": "s", "p": "b", "v": "f",
})  # fmt: skip
_ARABIC = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "k", "د": "t", "ذ": "t", "ر": "r", "ز": "s",
    "س": "s", "ش": "s", "ص": "s", "ض": "t", "ط": "t", "ظ": "t", "غ": "k", "ف": "f",
    "ق": "k", "ك": "k", "خ": "k", "ل": "l", "م": "m", "ن": "n", "ح": "",
}  # fmt: skip
_DROPPED_LATIN = frozenset("aeiouyhw")

# Capitalised words English and French share that name no place or person.
_COMMON_WORDS = (
    "union commission mission conference session secretariat organisation organization "
    "council conseil committee comite assembly assemblee summit sommet programme program "
    "forum charter charte agenda plan fund fonds group groupe office bureau agency agence "
    "court cour state states etats nations unies united member members membres general "
    "government gouvernement republic republique islamic islamique african africaine arab "
    "arabe international internationale national nationale special speciale high "
    "representative representant envoy envoye resolution resolutions president minister "
    "ministre ministers ministres declaration secretary secretaire director directeur bank "
    "banque development developpement peace paix security securite human rights droits world "
    "monde regional region chapter article foreign affairs affaires etrangeres"
)
_COMMON = frozenset(_COMMON_WORDS.split())
# An ordinal, capitalised in a session's or a meeting's name ("the Forty-Seventh
# Session", "la Quarante-huitième session"): a number, no name; the next
# session has another, and a renewal names it.
_UNITS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ORDINAL_RE = re.compile(
    rf"(?:(?:{_TENS})-?)?(?:{_UNITS})"
    r"|(?:twentie|thirtie|fortie|fiftie|sixtie|seventie|eightie|ninetie|hundred)th"
    r"|[a-z-]*(?:ieme|premier|premiere)"
)
# A French ordinal goes on in small letters after its hyphen: "Quarante-huitième".
_ORDINAL_TAIL_RE = re.compile(r"-[a-zà-ÿ-]*(?:ième|ieme)(?![\w'’])")


def _plain(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


def _squeeze(consonants: str) -> str:
    out = []
    for c in consonants:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def skeleton(word: str) -> str:
    """The consonant classes of `word` (Latin or Arabic), doubled letters once."""
    if _ARABIC_WORD.fullmatch(word):
        return _squeeze("".join(_ARABIC.get(c, "") for c in word))
    plain = _plain(word).replace("-", "")
    for digraph, sound in _DIGRAPHS:
        plain = plain.replace(digraph, sound)
    plain = plain.translate(_LATIN)
    return _squeeze("".join(c for c in plain if c.isalpha() and c not in _DROPPED_LATIN))


def _arabic_bases(word: str) -> set[str]:
    """`word` without a conjunction, preposition and article (one each)."""
    bases = {word}
    for prefix in ("و", "ف"):
        if word.startswith(prefix) and len(word) > 4:
            bases.add(word[1:])
    for base in list(bases):
        for prefix in ("ب", "ل", "ك"):
            if base.startswith(prefix) and len(base) > 4:
                bases.add(base[1:])
    for base in list(bases):
        if base.startswith("ال") and len(base) > 4:
            bases.add(base[2:])
        elif base.startswith("ل") and len(base) > 4:  # لل: preposition and article
            bases.add(base[1:])
    return bases


def proper_names(text: str) -> dict[str, str]:
    """ "name:<skeleton>" -> the name as `text` writes it, for each proper
    name of `text` (see the module)."""
    found: dict[str, str] = {}
    for m in _LATIN_NAME.finditer(text or ""):
        word = m.group()
        before = text[: m.start()].rstrip()
        plain = _plain(word)
        if not before or before[-1] in ".;:!?)0123456789" or plain in _COMMON:
            continue  # the first word of a sentence, or an institutional word
        if _ORDINAL_RE.fullmatch(plain) or _ORDINAL_TAIL_RE.match(text, m.end()):
            continue  # a session's number
        found.setdefault(skeleton(word), word)
    for m in _ARABIC_WORD.finditer(text or ""):
        for base in _arabic_bases(m.group()):
            found.setdefault(skeleton(base), m.group())
    return {f"name:{k}": word for k, word in found.items() if len(k) >= 3}


def name_keys(text: str) -> frozenset[str]:
    """The keys of ``proper_names``."""
    return frozenset(proper_names(text))
