"""Report text -> structure.

Turns the Markdown (or plain text) of an OIC meeting report into a
``ParsedReport``: the title-block metadata and the operative paragraphs, each
on one line of text. Pure standard library, no Django: text in, frozen
dataclasses out, ``ReportParseError`` (with a line number where one exists)
on bad input and on nothing else.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "MAX_REPORT_BYTES",
    "DateMention",
    "ParsedParagraph",
    "ParsedReport",
    "ReportParseError",
    "decode_report",
    "fold_text",
    "parse_report",
    "scan_dates",
]

MAX_REPORT_BYTES = 2_000_000
"""Largest report file accepted by ``decode_report`` (2 MB; real reports are ~20 kB)."""

_UTF8_BOM = b"\xef\xbb\xbf"
_NO_PARAGRAPH = (
    "no operative paragraph found: expected numbered paragraphs (i., 1., a)) "
    "or clauses opening with an operative verb such as REQUESTS"
)


class ReportParseError(ValueError):
    """The report cannot be read; ``line`` is 1-based when the problem has a place."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message, line)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class ParsedParagraph:
    number: str  # as printed: "xiv", "1", "a"; str(position) when unnumbered
    position: int  # 1-based order in the report
    text: str  # whole paragraph on one line, Markdown removed
    line: int  # 1-based line where it starts


@dataclass(frozen=True)
class ParsedReport:
    symbol: str
    title: str
    meeting: str
    place: str
    date: dt.date | None
    language: str  # "fr" or "en"
    paragraphs: tuple[ParsedParagraph, ...]
    warnings: tuple[str, ...]


# --------------------------------------------------------------------------
# Bytes -> text


def decode_report(data: bytes) -> str:
    """Decode an uploaded report as UTF-8 text, refusing what is not a text report."""
    data = bytes(data)
    size = len(data)
    if size > MAX_REPORT_BYTES:
        raise ReportParseError(
            f"the file is {size:,} bytes, over the limit of {MAX_REPORT_BYTES:,} bytes"
        )
    skipped = 0
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
        skipped = len(_UTF8_BOM)
    if not data:
        raise ReportParseError("the file is empty")
    if b"\x00" in data or _mostly_control_bytes(data):
        raise ReportParseError("the file looks binary, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ReportParseError(
            f"the file is not valid UTF-8: byte 0x{data[exc.start]:02x} "
            f"at offset {exc.start + skipped} cannot be decoded; save the report as UTF-8",
            line,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _mostly_control_bytes(data: bytes) -> bool:
    allowed = {9, 10, 12, 13}
    control = sum(1 for b in data if (b < 32 and b not in allowed) or b == 127)
    return control > 0.1 * len(data)


# --------------------------------------------------------------------------
# Folding and dates (shared with extraction)

_APOSTROPHES = "\u2019\u2018`\u00b4\u02bc\u2032\u02b9"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


@lru_cache(maxsize=8192)
def _fold_char(ch: str, keep_case: bool) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return " "
    base = ch
    for part in unicodedata.normalize("NFKD", ch):
        if not unicodedata.combining(part):
            base = part
            break
    if not keep_case:
        base = base.lower()[:1] or base
    return base


def fold_text(text: str, keep_case: bool = False) -> str:
    """Accent-free, apostrophe- and dash-unified copy of ``text``, same length.

    Every character maps to exactly one character, so positions found in the
    folded text are positions in the original.
    """
    return "".join(_fold_char(ch, keep_case) for ch in text)


_MONTHS = {
    "janvier": 1, "january": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "february": 2, "fevr": 2, "fev": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "april": 4, "avr": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "july": 7, "juil": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "october": 10, "oct": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "decembre": 12, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![a-z])\.?"
_DMY_RE = re.compile(
    rf"(?<![\w.])(?P<d>\d{{1,2}})(?:er|re|eme|e|st|nd|rd|th)?\s+(?:of\s+|de\s+)?"
    rf"(?P<m>{_MONTH}),?\s+(?P<y>\d{{4}})(?!\d)"
)
_MDY_RE = re.compile(
    rf"(?<![a-z])(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"
)
_ISO_RE = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")
_OF = r"(?:\s+(?:du\s+mois\s+)?(?:de\s+|d')|\s+of\s+|\s+)"
_MY_RE = re.compile(
    r"(?<![a-z])(?:d'ici(?:\s+(?:a|la))?(?:\s+(?:la\s+)?fin)?|avant(?:\s+(?:la\s+)?fin)?"
    r"|au\s+plus\s+tard(?:\s+(?:en|(?:a\s+la\s+)?fin))?|(?:a\s+la\s+)?fin"
    r"|jusqu'(?:en|a\s+fin)|by(?:\s+(?:the\s+)?end)?|before(?:\s+(?:the\s+)?end)?"
    r"|(?:no|not)\s+later\s+than(?:\s+(?:the\s+)?end)?|end|until)"
    rf"{_OF}(?P<m>{_MONTH}),?\s+(?P<y>\d{{4}})(?!\d)"
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    text: str  # the date as written, e.g. "16 décembre 2017", "mars 2018"


def scan_dates(text: str, month_year: bool = True) -> list[DateMention]:
    """Every calendar date written in ``text``, in order, without overlaps.

    Month-year dates ("mars 2018") count only after a deadline word
    ("d'ici fin mars 2018", "by March 2018") and mean the last day of the month.
    """
    folded = fold_text(text)
    found: list[DateMention] = []
    patterns = [_DMY_RE, _MDY_RE, _ISO_RE] + ([_MY_RE] if month_year else [])
    for pattern in patterns:
        for m in pattern.finditer(folded):
            month_key = m.group("m").rstrip(".")
            month = int(month_key) if month_key.isdigit() else _MONTHS.get(month_key, 0)
            year = int(m.group("y"))
            start = m.start() if "d" in pattern.groupindex else m.start("m")
            try:
                if "d" in pattern.groupindex:
                    day = int(m.group("d"))
                else:
                    day = calendar.monthrange(year, month)[1]
                value = dt.date(year, month, day)
            except (ValueError, IndexError, calendar.IllegalMonthError):
                continue
            found.append(DateMention(start, m.end(), value, text[start : m.end()]))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


# --------------------------------------------------------------------------
# Lines

_TAG_BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_LINK_RE = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_STRONG_RE = re.compile(r"\*\*|__")
_EM_STAR_RE = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])")
_EM_UNDERSCORE_RE = re.compile(r"(?<![\w\\])_(?=\S)([^_\n]*?\S)_(?!\w)")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HEADING_RE = re.compile(r"^#{1,6}(?:\s+|$)")

_RULE_RE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_PAGE_RE = re.compile(
    r"^(?:page|p\.)\s*\d+(?:\s*(?:of|sur|de|/)\s*\d+)?\.?$"
    r"|^[-\u2013\u2014]\s*\d+\s*[-\u2013\u2014]$|^\d{1,4}$|^\d{1,4}\s*/\s*\d{1,4}$",
    re.IGNORECASE,
)

_ITEM_RE = re.compile(
    r"^(?:(?P<bullet>[-*+\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2013\u2014])\s+)?"
    r"(?:(?P<tok>\d{1,3}|[ivxlcdm]+|[a-z])(?P<punct>[.)]|-(?=\s))"
    r"|\((?P<ptok>\d{1,3}|[ivxlcdm]+|[a-z])\))"
    r"(?:\s+|$)(?P<rest>.*)$"
)
_BULLET_RE = re.compile(
    r"^(?P<bullet>[-*+\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2013\u2014])\s+(?P<rest>\S.*)$"
)
_ROMAN_RE = re.compile(r"^m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}

_CLAUSE_VERB = (
    r"(?:REQUESTS|CALLS\s+(?:UPON|ON)|DECIDES|URGES|INVITES|WELCOMES|REAFFIRMS"
    r"|TAKES\s+NOTE|NOTES|ENCOURAGES|APPEALS|DIRECTS|MANDATES|INSTRUCTS|ENTRUSTS"
    r"|COMMENDS|CONDEMNS|EXPRESSES|STRESSES|EMPHASI[SZ]ES|UNDERLINES|UNDERSCORES"
    r"|ENDORSES|APPROVES|ADOPTS|AUTHORI[SZ]ES|ACKNOWLEDGES|REITERATES|RECOMMENDS"
    r"|SUPPORTS|APPRECIATES|CONGRATULATES|DEPLORES|DEMANDS|AFFIRMS|AGREES|RESOLVES"
    r"|RECALLS|RECOGNI[SZ]ES|THANKS|PAYS\s+TRIBUTE|REGRETS|DECLARES|CONSIDERS"
    r"|DEMANDE|PRIE|EXHORTE|SE\s+FELICITE|SE\s+REJOUIT|DECIDE|INVITE|ENGAGE"
    r"|ENCOURAGE|REAFFIRME|PREND\s+(?:ACTE|NOTE)|SALUE|CONDAMNE|SOULIGNE|EXPRIME"
    r"|APPELLE|LANCE\s+UN\s+APPEL|RECOMMANDE|APPROUVE|ADOPTE|AUTORISE|CHARGE"
    r"|REITERE|NOTE|RECONNAIT|FELICITE|ACCUEILLE|ENTERINE|MANDATE|RAPPELLE"
    r"|REMERCIE|DEPLORE|INSISTE|AFFIRME|APPUIE|SOUTIENT|EXIGE|DECLARE|REND\s+HOMMAGE)"
)
_CLAUSE_RE = re.compile(
    r"^(?:(?:FURTHER|ALSO|STRONGLY|FIRMLY|AGAIN|ONCE\s+AGAIN|EARNESTLY|URGENTLY"
    r"|EGALEMENT|EN\s+OUTRE|AUSSI|VIVEMENT|INSTAMMENT|FERMEMENT|ENFIN|DE\s+NOUVEAU)"
    rf",?\s+)*{_CLAUSE_VERB}(?=[\s,:;]|$)"
)
_ITALIC_VERB_RE = re.compile(r"^[*_]{1,2}([A-Z][a-z]+(?:\s+[a-z]+)?)[*_]{1,2}\s")
_OPERATIVE_INTRO_RE = re.compile(
    r"(?:decid|decisions?\b|adopt|recommand|recommend|convenu|conclu|resolu|resolved"
    r"|agreed|ce\s+qui\s+suit|as\s+follows|following|suivant|dispositif|operative)"
)
_META_LINE_RE = re.compile(
    r"^(?:original|distr\.?|distribution|langue|language|ref\.?|cote)\s*:"
    r"|^(?:restricted|limited|general|english|french|arabic|anglais|francais|arabe)\W*$"
)
_VENUE_RE = re.compile(
    r"\b(?:siege|headquarters|palais|hotel|centre|center|salle|hall|building|immeuble"
    r"|conference)\b"
)


@dataclass
class _Line:
    number: int
    raw: str
    text: str  # cleaned, stripped
    indent: int
    heading: bool
    blank: bool = False
    item: re.Match[str] | None = None
    bullet: re.Match[str] | None = None
    clause: bool = False


def _clean_inline(text: str) -> str:
    text = _TAG_BREAK_RE.sub(" ", text)
    text = _TAG_RE.sub("", text)
    text = _LINK_RE.sub(r"\1", text)
    text = html.unescape(text)
    text = _STRONG_RE.sub("", text)
    text = _EM_STAR_RE.sub(r"\1", text)
    text = _EM_UNDERSCORE_RE.sub(r"\1", text)
    text = _ESCAPE_RE.sub(r"\1", text)
    return text.rstrip("\\ \t")


def _is_clause_start(text: str, raw: str) -> bool:
    folded = fold_text(text, keep_case=True)
    m = _CLAUSE_RE.match(folded)
    if m and any(c.islower() for c in folded[m.end() :]) and len(text.split()) >= 4:
        return True
    italic = _ITALIC_VERB_RE.match(raw.lstrip())
    if italic:
        verb = fold_text(italic.group(1), keep_case=True).upper()
        m = _CLAUSE_RE.match(verb)
        return bool(m and m.end() == len(verb))
    return False


def _read_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        expanded = raw.replace("\f", " ").replace("\t", "    ")
        stripped = expanded.lstrip()
        indent = len(expanded) - len(stripped)
        while stripped.startswith(">"):
            stripped = stripped[1:].lstrip()
        heading = bool(_HEADING_RE.match(stripped))
        if heading:
            stripped = _HEADING_RE.sub("", stripped).rstrip("# ")
        cleaned = " ".join(_clean_inline(stripped).split())
        line = _Line(number, raw, cleaned, indent, heading)
        if not cleaned or _RULE_RE.match(stripped.strip()) or _PAGE_RE.match(cleaned):
            line.blank = True
            line.text = ""
        elif not heading:
            item = _ITEM_RE.match(cleaned)
            if item and _token_ok(item.group("tok") or item.group("ptok")):
                line.item = item
            else:
                line.bullet = _BULLET_RE.match(cleaned)
                line.clause = line.bullet is None and _is_clause_start(cleaned, stripped)
        lines.append(line)
    _blank_repeated_headers(lines)
    return lines


def _token_ok(token: str) -> bool:
    return token.isdigit() or len(token) == 1 or bool(_ROMAN_RE.match(token))


def _blank_repeated_headers(lines: list[_Line]) -> None:
    """Running page headers: a short line seen 3+ times, or the symbol seen again."""
    counts = Counter(ln.text for ln in lines if not ln.blank and len(ln.text) <= 100)
    symbol_seen = False
    for ln in lines:
        if ln.blank or ln.item or ln.clause:
            continue
        is_symbol = _symbol_of(ln.text) is not None
        if counts[ln.text] >= 3 or (is_symbol and symbol_seen):
            ln.blank = True
            ln.text = ""
            ln.bullet = None
        symbol_seen = symbol_seen or is_symbol


_SYMBOL_RE = re.compile(r"^[A-Z][A-Z0-9.\-]*(?:/[A-Z0-9][A-Z0-9.\-]*)+(?:\s*\(\d{4}\))?$")


def _symbol_of(text: str) -> str | None:
    candidate = text.strip().strip("*_").strip()
    if len(candidate) >= 5 and _SYMBOL_RE.match(candidate):
        return candidate
    return None


# --------------------------------------------------------------------------
# Title block


def _head_end(lines: list[_Line]) -> int:
    """Index of the first line that is body text rather than title block."""
    bold_open = False
    for idx, ln in enumerate(lines):
        if ln.blank:
            bold_open = False
            continue
        raw = ln.raw.strip().lstrip("#> ").strip()
        in_bold = bold_open or raw.startswith(("**", "__"))
        if (raw.count("**") + raw.count("__")) % 2:
            bold_open = not bold_open
        if ln.item or ln.clause or (ln.bullet and not in_bold):
            return idx
        short = len(ln.text.split()) < 12
        if in_bold or ln.heading or short or not any(c.islower() for c in ln.text):
            continue
        return idx
    return len(lines)


def _is_meta(text: str) -> bool:
    return bool(_META_LINE_RE.match(fold_text(text)))


def _date_only(text: str) -> bool:
    dates = scan_dates(text, month_year=False)
    if not dates:
        return False
    rest = text[: dates[0].start] + text[dates[0].end :]
    words = [w for w in re.findall(r"[^\W\d_]+", fold_text(rest)) if w not in {"le", "on", "the"}]
    return not words


_PARTICLES = {
    "de", "du", "des", "la", "le", "les", "d", "l", "au", "aux", "en", "sur", "of", "the",
    "and", "et", "es", "al", "el",
}  # fmt: skip


def _title_case_place(text: str) -> str:
    if any(c.islower() for c in text):
        return text
    parts = re.split(r"(['\s-])", text.lower())
    out = []
    for idx, part in enumerate(parts):
        if part and part[0].isalpha() and (idx == 0 or part not in _PARTICLES):
            part = part[0].upper() + part[1:]
        out.append(part)
    return "".join(out)


def _body_word_forms(lines: list[_Line]) -> dict[str, Counter[str]]:
    """How each word is written in running text, skipping sentence starts."""
    forms: dict[str, Counter[str]] = {}
    for ln in lines:
        if ln.blank or ln.heading or not any(c.islower() for c in ln.text):
            continue
        for m in re.finditer(r"[^\W\d_]+", ln.text):
            before = ln.text[: m.start()].rstrip()
            if not before or before[-1] in ".!?:":
                continue
            forms.setdefault(m.group().lower(), Counter())[m.group()] += 1
    return forms


_TITLE_HEAD_NOUNS = {
    "groupe", "group", "conseil", "council", "comite", "committee", "commission",
    "conference", "sommet", "summit", "assemblee", "assembly",
}  # fmt: skip


def _sentence_case(title: str, forms: dict[str, Counter[str]]) -> str:
    """Sentence-case an all-capitals title, keeping the body's proper nouns."""
    lowered = title.lower()

    def recase(m: re.Match[str]) -> str:
        word = m.group()
        seen = forms.get(word)
        if seen and word not in seen:
            return seen.most_common(1)[0][0]
        if fold_text(word) in _TITLE_HEAD_NOUNS:
            return word[0].upper() + word[1:]
        return word

    result = re.sub(r"[^\W\d_]+", recase, lowered)
    for idx, ch in enumerate(result):
        if ch.isalpha():
            return result[:idx] + ch.upper() + result[idx + 1 :]
    return result


_MEETING_HEAD_RE = re.compile(
    r"\b(?:sous-)?(?:groupe|group|comite|committee|conseil|council|commission|conference"
    r"|sommet|summit|assemblee|assembly|bureau|forum)\b"
)
_MEETING_STOP_RE = re.compile(
    r"\s+(?:organis|tenu|reuni|convoqu|held|convened|meeting|qui\b|which\b|en\s+marge"
    r"|on\s+the\s+side|in\s+the\s+margin|au\s+niveau|at\s+(?:the\s+)?(?:ministerial|level)"
    r"|lors\b|during\b|a\s+l'occasion|a\s+[a-z]+\s*,|(?:le|du|on)\s+\d)"
    r"|\s*[,.;:(]"
)


def _meeting_from_title(title: str) -> str:
    folded = fold_text(title)
    head = _MEETING_HEAD_RE.search(folded)
    if not head:
        return title
    start = head.start()
    # English modifiers in front of the head noun ("Contact Group"), not acronyms.
    while True:
        prev = re.search(r"([A-Za-z][\w'-]*)\s+$", title[:start])
        if not prev or not prev.group(1)[0].isupper() or prev.group(1).isupper():
            break
        if fold_text(prev.group(1)) in {"the", "of", "report", "meeting", "rapport"}:
            break
        start = prev.start(1)
    stop = _MEETING_STOP_RE.search(folded, head.end())
    end = stop.start() if stop else len(title)
    meeting = title[start:end].strip()
    meeting = re.sub(r"\s+de\s+l['\u2019]OCI\b", "", meeting)
    return meeting or title


_FR_WORDS = {
    "le", "la", "les", "des", "du", "de", "et", "en", "une", "un", "est", "au", "aux",
    "pour", "dans", "sur", "par", "que", "qui", "avec", "ce", "cette", "son", "sa",
    "ses", "leur", "ete", "ont", "elle", "il",
}  # fmt: skip
_EN_WORDS = {
    "the", "of", "and", "to", "in", "for", "on", "with", "by", "is", "was", "that",
    "this", "which", "as", "are", "be", "has", "have", "its", "their", "at", "from",
    "it", "all", "an",
}  # fmt: skip


def _language(text: str) -> str:
    fr = en = 0
    for word in re.findall(r"[a-z]+", fold_text(text)):
        fr += word in _FR_WORDS
        en += word in _EN_WORDS
    return "fr" if fr > en else "en"


@dataclass
class _Meta:
    symbol: str = ""
    title: str = ""
    meeting: str = ""
    place: str = ""
    date: dt.date | None = None
    warnings: list[str] = field(default_factory=list)


def _read_title_block(lines: list[_Line], head_end: int) -> _Meta:
    meta = _Meta()
    head = [(i, ln) for i, ln in enumerate(lines[:head_end]) if not ln.blank]
    start = 0
    for pos, (_, ln) in enumerate(head):
        symbol = _symbol_of(ln.text)
        if symbol:
            meta.symbol, start = symbol, pos + 1
            break
    else:
        meta.warnings.append("no document symbol (such as OIC/ACM-2017/MALI-REP) found")

    title_lines: list[str] = []
    last_idx = -1
    pos = start
    while pos < len(head):
        idx, ln = head[pos]
        if title_lines and (idx != last_idx + 1 or lines[idx - 1].blank):
            break  # the title block ends at the first blank line
        fold = fold_text(ln.text)
        if _is_meta(ln.text) or scan_dates(ln.text, month_year=False):
            if title_lines:
                break
            pos += 1
            continue
        if title_lines and _VENUE_RE.search(fold):
            break
        title_lines.append(ln.text)
        last_idx = idx
        pos += 1
    title = " ".join(" ".join(title_lines).split()).strip(" .:;,")
    if title and not any(c.islower() for c in title):
        title = _sentence_case(title, _body_word_forms(lines[head_end:]))
    meta.title = title
    if not title:
        meta.warnings.append("no title found in the title block")
    meta.meeting = _meeting_from_title(title) if title else ""

    for _, ln in head[pos:]:
        if _is_meta(ln.text) or ln.text in title_lines or _symbol_of(ln.text):
            continue
        text = ln.text
        dates = scan_dates(text, month_year=False)
        if dates:
            text = text[: dates[0].start]
        segments = [s.strip(" .()[]") for s in re.split(r"[,;]", text)]
        segments = [s for s in segments if s and not _VENUE_RE.search(fold_text(s))]
        if segments:
            segment = re.sub(r"\s+(?:le|on|the)$", "", segments[0], flags=re.IGNORECASE)
            if segment and not re.search(r"\d", segment) and len(segment.split()) <= 5:
                meta.place = _title_case_place(segment)
                break
    if not meta.place:
        meta.warnings.append("no meeting place found in the title block")

    for _, ln in head:
        dates = scan_dates(ln.text, month_year=False)
        if dates:
            meta.date = dates[0].date
            break
    return meta


# --------------------------------------------------------------------------
# Operative paragraphs


@dataclass
class _Unit:
    line: int
    indent: int
    text: str
    item: re.Match[str] | None
    bullet: re.Match[str] | None
    clause: bool
    heading: bool


def _units(lines: list[_Line]) -> list[_Unit]:
    """Blank-separated blocks, further cut where a list item or clause starts."""
    units: list[_Unit] = []
    parts: list[str] = []

    def finish() -> None:
        unit = units[-1]
        unit.text = " ".join(" ".join(parts).split())
        # Re-match on the joined text so that the marker's "rest" spans every line.
        if unit.item:
            unit.item = _ITEM_RE.match(unit.text)
        if unit.bullet:
            unit.bullet = _BULLET_RE.match(unit.text)

    for ln in lines:
        starts = ln.item or ln.bullet or ln.clause or ln.heading
        if ln.blank or (starts and parts):
            if parts:
                finish()
            parts = []
        if ln.blank:
            continue
        if not parts:
            units.append(_Unit(ln.number, ln.indent, "", ln.item, ln.bullet, ln.clause, ln.heading))
        parts.append(ln.text)
        if ln.heading:
            finish()
            parts = []
    if parts:
        finish()
    return units


def _value(kind: str, token: str) -> int | None:
    if kind == "arabic":
        return int(token) if token.isdigit() else None
    if kind == "roman":
        if not token or token.isdigit() or not _ROMAN_RE.match(token):
            return None
        total = 0
        for ch, nxt in zip(token, token[1:] + " ", strict=True):
            v = _ROMAN_VALUES[ch]
            total += -v if nxt != " " and _ROMAN_VALUES[nxt] > v else v
        return total
    if kind == "letter":
        return ord(token) - 96 if len(token) == 1 and token.isalpha() else None
    return None


@dataclass
class _Para:
    number: str
    line: int
    indent: int
    parts: list[str]


@dataclass
class _Style:
    kind: str  # roman, arabic, letter, bullet, clause
    punct: str = ""
    indent: int = 0
    last: int = 0
    last_token: str = ""


def _continues(text: str) -> bool:
    first = text[:1]
    return bool(first) and (first.islower() or first.isdigit() or not first.isalnum())


def _collect(units: list[_Unit], in_operative: bool) -> tuple[list[_Para], list[str]]:
    paras: list[_Para] = []
    warnings: list[str] = []
    seen: dict[str, int] = {}
    style: _Style | None = None
    current: _Para | None = None

    def open_para(number: str, unit: _Unit, text: str) -> _Para:
        key = number.lower()
        if key in seen:
            raise ReportParseError(
                f"two paragraphs are numbered '{number}' (first on line {seen[key]})", unit.line
            )
        seen[key] = unit.line
        para = _Para(number, unit.line, unit.indent, [text] if text else [])
        paras.append(para)
        return para

    for unit in units:
        if unit.heading:
            current = None
            in_operative = in_operative or bool(_OPERATIVE_INTRO_RE.search(fold_text(unit.text)))
            continue
        if unit.item:
            label = unit.item.group("tok") or unit.item.group("ptok")
            punct = unit.item.group("punct") or "()"
            rest = unit.item.group("rest")
            if style is None:
                kind = "arabic" if label.isdigit() else "letter"
                if not label.isdigit() and (label == "i" or len(label) > 1):
                    kind = "roman"
                style = _Style(kind, punct, unit.indent)
            value = _value(style.kind, label)
            same = punct == style.punct and unit.indent <= style.indent + 1
            near = style.kind == "arabic" or style.last == 0 or (value or 0) <= style.last + 5
            top = value is not None and same and near
            if top and value is not None:
                if paras and value != style.last + 1 and label.lower() not in seen:
                    warnings.append(
                        f"paragraph '{label}' on line {unit.line} follows "
                        f"'{style.last_token}': numbering is not consecutive"
                    )
                current = open_para(label, unit, rest)
                style.last, style.last_token = value, label
            elif current is not None:
                current.parts.append(unit.text.lstrip("-*+\u2022 "))
            continue
        if unit.bullet:
            if style is None and in_operative:
                style = _Style("bullet", indent=unit.indent)
            if style is not None and style.kind == "bullet" and unit.indent <= style.indent + 1:
                current = open_para(str(len(paras) + 1), unit, unit.bullet.group("rest"))
            elif current is not None:
                current.parts.append(unit.bullet.group("rest"))
            continue
        if unit.clause and (style is None or style.kind == "clause"):
            style = style or _Style("clause")
            in_operative = True
            current = open_para(str(len(paras) + 1), unit, unit.text)
            continue
        if current is not None and (_continues(unit.text) or unit.indent >= current.indent + 2):
            current.parts.append(unit.text)
            continue
        current = None
        folded = fold_text(unit.text)
        if folded.rstrip(" *").endswith(":") and _OPERATIVE_INTRO_RE.search(folded):
            in_operative = True
    return paras, warnings


# --------------------------------------------------------------------------
# Entry point


def parse_report(text: str) -> ParsedReport:
    """Parse the text of a report; raises ``ReportParseError`` and nothing else."""
    if not isinstance(text, str):
        raise ReportParseError("the report must be text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise ReportParseError("the report is empty")
    lines = _read_lines(text)
    head_end = _head_end(lines)
    meta = _read_title_block(lines, head_end)
    head_intro = any(
        fold_text(ln.text).rstrip(" *").endswith(":")
        and _OPERATIVE_INTRO_RE.search(fold_text(ln.text))
        for ln in lines[:head_end]
        if not ln.blank
    )
    paras, warnings = _collect(_units(lines[head_end:]), head_intro)
    if not paras:
        raise ReportParseError(_NO_PARAGRAPH)

    if meta.date is None:
        before = " ".join(ln.text for ln in lines[head_end:] if ln.number < paras[0].line)
        dates = scan_dates(before, month_year=False)
        if dates:
            meta.date = dates[0].date
        else:
            meta.warnings.append("no meeting date found")

    paragraphs = []
    for position, para in enumerate(paras, start=1):
        body = " ".join(" ".join(para.parts).split())
        if not body:
            warnings.append(f"paragraph '{para.number}' on line {para.line} has no text")
        paragraphs.append(ParsedParagraph(para.number, position, body, para.line))
    return ParsedReport(
        symbol=meta.symbol,
        title=meta.title,
        meeting=meta.meeting,
        place=meta.place,
        date=meta.date,
        language=_language(text),
        paragraphs=tuple(paragraphs),
        warnings=tuple(meta.warnings + warnings),
    )
