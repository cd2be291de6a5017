"""The year of a United Nations General Assembly text that gives only its
session: "Seventy-seventh session", "Soixante-dix-neuvième session",
"الدورة التاسعة والسبعون", "79th session".

The Assembly's first session opened in 1946 and each regular session opens
in September of its year: session N runs from September 1945 + N. A title
block naming the United Nations General Assembly and a session line of its
own, with no date anywhere before the first paragraph, places the meeting on
the first of September of that year (the reviewer is told to check the
day). Pure: standard library only."""

from __future__ import annotations

import datetime as dt
import re

from .folding import fold_text

__all__ = ["assembly_session_date", "ordinal_value"]

# The Assembly's session N opens in September of FIRST_YEAR + N.
FIRST_YEAR = 1945
_OPENING_MONTH = 9

_EN_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_EN_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_TENTHS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"

_FR_CARDINALS = [
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}

_AR_UNITS = ["حاديه", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "سابعه", "ثامنه", "تاسعه"]
_AR_TENS = ["عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"]


def _french_cardinal(n: int) -> str:
    if n <= 16:
        return _FR_CARDINALS[n - 1]
    if n < 20:
        return "dix-" + _FR_CARDINALS[n - 11]
    if n >= 80:
        rest = n - 80
        return "quatre-vingt" + ("s" if rest == 0 else "-" + _french_cardinal(rest))
    tens = 60 if n >= 70 else n - n % 10
    rest = n - tens
    if rest == 0:
        return _FR_TENS[tens]
    joint = " et " if rest in (1, 11) and tens != 80 else "-"
    return _FR_TENS[tens] + joint + _french_cardinal(rest)


def _french_ordinal(n: int) -> str:
    if n == 1:
        return "premiere"
    words = _french_cardinal(n)
    head, last = re.match(r"(.*?)([a-z]+)$", words).groups()
    last = {"cinq": "cinqu", "neuf": "neuv", "quatre-vingts": "quatre-vingt"}.get(last, last)
    if last.endswith("e"):
        last = last[:-1]
    if words == "quatre-vingts":
        head, last = "", "quatre-vingt"
    return head + last + "ieme"


def _arabic_tens(n: int) -> tuple[str, ...]:
    stem = _AR_TENS[n // 10 - 2]
    return (f"{stem}ون", f"{stem}ين")


def _ordinals() -> dict[str, int]:
    """Every spelling of 1..99 as an ordinal, folded, joined by single spaces."""
    out: dict[str, int] = {}
    for n in range(1, 100):
        tens, unit = divmod(n, 10)
        if n < 10:
            en = [_EN_UNITS[n - 1]]
        elif n < 20:
            en = [_EN_TEENS[n - 10]]
        elif unit == 0:
            en = [_EN_TENTHS.split()[tens - 2]]
        else:
            en = [f"{_EN_TENS[tens - 2]} {_EN_UNITS[unit - 1]}"]
        if n == 1:
            ar = ["اولي", "اولى"]
        elif n < 10:
            ar = [_AR_UNITS[n - 1]]
        elif n == 10:
            ar = ["عاشره"]
        elif n < 20:
            ar = [f"{_AR_UNITS[unit - 1]} عشره", f"{_AR_UNITS[unit - 1]} عشر"]
        elif unit == 0:
            ar = list(_arabic_tens(n))
        else:
            ar = [f"{_AR_UNITS[unit - 1]} و{t}" for t in _arabic_tens(n)]
            ar += [f"{_AR_UNITS[unit - 1]} وال{t}" for t in _arabic_tens(n)]
        for spelling in (*en, _french_ordinal(n), *ar):
            out[" ".join(spelling.replace("-", " ").split())] = n
    return out


ORDINALS = _ordinals()


def ordinal_value(words: str) -> int | None:
    """The value of an ordinal written in words or digits ("seventy-seventh",
    "quatre-vingt-unième", "السابعة والسبعون", "79th", "79e"), else None."""
    folded = " ".join(fold_text(words).replace("-", " ").split())
    folded = " ".join(w[2:] if w.startswith("ال") else w for w in folded.split())
    if m := re.fullmatch(r"(\d{1,2})\s*(?:st|nd|rd|th|e|eme|ieme|er|re)?", folded):
        return int(m.group(1))
    return ORDINALS.get(folded)


# A session line of its own: "<ordinal> session", "session <n>", "الدورة <ordinal>".
_SESSION_LINE = re.compile(
    r"^\W*(?:(?P<before>.{1,40}?)\s+session|الدوره\s+(?P<after>.{1,40}?))\W*$"
)
_ASSEMBLY = re.compile(r"assemblee generale|general assembly|الجمعيه العامه")
_NATIONS = re.compile(r"nations unies|united nations|الامم المتحده")


def assembly_session_date(title_lines: list[str]) -> tuple[dt.date, int] | None:
    """(first of September of the session's year, the session) when
    `title_lines` name the United Nations and its General Assembly and one
    line is the session alone ("Seventy-seventh session"); else None."""
    folded = [fold_text(line) for line in title_lines]
    block = "\n".join(folded)
    if not (_ASSEMBLY.search(block) and _NATIONS.search(block)):
        return None
    for line in folded:
        m = _SESSION_LINE.match(line.strip(" *#"))
        if m is None:
            continue
        number = ordinal_value(m.group("before") or m.group("after"))
        if number is not None and number >= 1:
            return dt.date(FIRST_YEAR + number, _OPENING_MONTH, 1), number
    return None
