"""Amounts, years and dates as language-independent keys: "1 000 000",
"one million", "مليون دولار" are all "n:1000000"; "20 September 2017",
"20 septembre 2017" and "٢٠ سبتمبر ٢٠١٧م" are all "date:2017-09-20".

Works on folded text (no case, accents or hamza; Arabic digits as ASCII), as
the concepts reader prepares it (decisions/text/concepts.py)."""

from __future__ import annotations

import re

_MULTIPLIERS = {
    "thousand": 10**3, "mille": 10**3, "الف": 10**3, "الاف": 10**3,
    "million": 10**6, "millions": 10**6, "مليون": 10**6, "ملايين": 10**6,
    "milliard": 10**9, "milliards": 10**9, "billion": 10**9, "billions": 10**9,
    "مليار": 10**9, "مليارات": 10**9,
}  # fmt: skip
_MULT = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))
# A number with its thousands grouped ("1 000 000", "1,000,000") or not,
# an optional decimal part and multiplier word; or a multiplier word alone
# after "one", "a", "un", or in Arabic on its own ("مليون دولار").
# Each repetition consumes a separator and exactly three digits: linear.
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<int>\d{1,3}(?:[ ,.]\d{3}(?!\d))+|\d+)(?:[.,](?P<dec>\d+))?"
    rf"(?:[ -]?(?P<mult>{_MULT}))?(?!\w)"
    rf"|(?<!\w)(?:(?:one|a|un|une) )?(?P<alone>million|milliard|billion|مليون|مليار)(?!\w)"
)


# Month names as folded (no case, accents or hamza): English, French, Arabic
# (the names used in Egypt and the Maghreb, and those of the Levant and Iraq).
_MONTHS = {
    1: "january janvier يناير جانفي", 2: "february fevrier فبراير فيفري", 3: "march mars مارس",
    4: "april avril ابريل افريل", 5: "may mai مايو ماي", 6: "june juin يونيو يونيه جوان",
    7: "july juillet يوليو يوليه جويلية", 8: "august aout اغسطس اوت",
    9: "september septembre سبتمبر",
    10: "october octobre اكتوبر", 11: "november novembre نوفمبر", 12: "december decembre ديسمبر",
}  # fmt: skip
_LEVANT = {
    1: "كانون الثاني", 2: "شباط", 3: "اذار", 4: "نيسان", 5: "ايار", 6: "حزيران", 7: "تموز",
    8: "اب", 9: "ايلول", 10: "تشرين الاول", 11: "تشرين الثاني", 12: "كانون الاول",
}  # fmt: skip
_MONTH_OF = {name: n for n, names in _MONTHS.items() for name in names.split()}
_MONTH_OF.update({name: n for n, name in _LEVANT.items()})
_MONTH = "|".join(sorted(map(re.escape, _MONTH_OF), key=len, reverse=True))
# "20 September 2017", "1er septembre 2017", "٢٠ سبتمبر ٢٠١٧م", "20 أيلول/سبتمبر
# 2017", "September 20, 2017", "février 2018"; a full stop may end the sentence
# after the year (not a decimal). Fixed pieces, no nested repetition: linear.
_DATE = re.compile(
    rf"(?<![\w.])(?P<day>\d{{1,2}})(?:er)? (?P<month>{_MONTH})(?: ?/ ?(?:{_MONTH}))? "
    rf"(?P<year>\d{{4}})م?(?!\w|\.\d)"
    rf"|(?<![\w.])(?P<month2>{_MONTH}) (?P<day2>\d{{1,2}}),? (?P<year2>\d{{4}})(?!\w|\.\d)"
    rf"|(?<![\w.])(?P<month3>{_MONTH})(?: ?/ ?(?:{_MONTH}))? (?P<year3>\d{{4}})م?(?!\w|\.\d)"
)


def scan_dates(folded: str) -> list[tuple[int, int, str]]:
    found = []
    for m in _DATE.finditer(folded):
        if m.group("month3"):  # a month and a year: "février 2018", "فبراير ٢٠١٨"
            year = int(m.group("year3"))
            if 1900 <= year <= 2100:
                found.append(
                    (m.start(), m.end(), f"month:{year:04d}-{_MONTH_OF[m.group('month3')]:02d}")
                )
            continue
        day = int(m.group("day") or m.group("day2"))
        month = _MONTH_OF[m.group("month") or m.group("month2")]
        year = int(m.group("year") or m.group("year2"))
        if 1 <= day <= 31 and 1900 <= year <= 2100:
            found.append((m.start(), m.end(), f"date:{year:04d}-{month:02d}-{day:02d}"))
    return found


# Resolutions cited by number after their word: "resolutions 822, 853 and
# 884 (1993)", "résolution 2046 (2012)", "القرارات 822 و853": each number is
# "res:822", in any language (the number is the resolution's name). A year
# in brackets after a number is part of it. The list is a repetition of
# fixed pieces with one separator each: linear.
_RESOLUTION = re.compile(
    r"(?<!\w)(?:resolutions?|(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?قرار(?:ات|ين|ان|يه|ه|ي)?)"
    r"(?: (?:no|n°|nos|رقم))?"
    r"(?P<list> \d{2,4}(?: ?\(\d{4}\))?"
    r"(?:(?:,| ?,? (?:and|et)| ?و) ?\d{2,4}(?: ?\(\d{4}\))?)*)(?![\w/])"
)
_RESOLUTION_NUMBER = re.compile(r"(?<![\d(])(\d{2,4})(?![\d)])")


def scan_resolutions(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, "res:<number>") of each resolution cited by number."""
    found = []
    for m in _RESOLUTION.finditer(folded):
        offset = m.start("list")
        for n in _RESOLUTION_NUMBER.finditer(m.group("list")):
            found.append((offset + n.start(), offset + n.end(), f"res:{int(n.group(1))}"))
    return found


def scan_numbers(folded: str) -> list[tuple[int, int, str]]:
    """Amounts, years, full dates and resolutions cited by number; a number
    inside a date or a list of resolutions is its part."""
    dates = sorted(scan_dates(folded) + _spans_of_lists(folded))
    found = [span for span in dates if not span[2].startswith("list")]
    found += scan_resolutions(folded)
    d = 0
    for m in _NUMBER.finditer(folded):
        while d < len(dates) and dates[d][1] <= m.start():
            d += 1
        if d < len(dates) and dates[d][0] < m.end():
            continue  # inside a date
        if m.group("alone"):
            found.append((m.start(), m.end(), f"n:{_MULTIPLIERS[m.group('alone')]}"))
            continue
        whole = re.sub(r"\D", "", m.group("int"))
        mult = _MULTIPLIERS.get(m.group("mult") or "", 1)
        value = float(f"{whole}.{m.group('dec') or 0}") * mult
        if mult == 1 and whole == m.group("int") and 1900 <= value <= 2100 and not m.group("dec"):
            found.append((m.start(), m.end(), f"year:{int(value)}"))
        elif value >= 1000:
            found.append((m.start(), m.end(), f"n:{round(value)}"))
    return found


def _spans_of_lists(folded: str) -> list[tuple[int, int, str]]:
    """Where the lists of resolutions are, so their numbers are not amounts or years."""
    return [(m.start("list"), m.end("list"), "list") for m in _RESOLUTION.finditer(folded)]
