"""The title block of a report: symbol, title, the body that met, place, date;
and the language the report is written in."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from .blocks import approving_decision, decision_line
from .dates import month_of_meeting, scan_dates
from .folding import fold_text, strip_marks
from .issuer import HEAD_CHARS
from .lang import FALLBACK_LANGUAGE, LANGUAGES, either, every
from .lines import Line, symbol_of
from .meetings import session_meeting, subject_line
from .symbols import act_symbol

__all__ = ["TitleBlock", "head_end", "head_text", "language_of", "read_title_block"]

_META_LINE_RE = re.compile(rf"^{either('meta_labels')}\s*:|^{either('meta_words')}\W*$")
_VENUE_RE = re.compile(rf"\b{either('venue_words')}\b")
_TRAILING_ARTICLE_RE = re.compile(rf"\s+{either('date_articles')}$", re.IGNORECASE)
# Particles of names from other languages ("Dar es Salaam", "Al-Quds").
_PARTICLES = frozenset({"es", "al", "el"}).union(*(t.place_particles for t in LANGUAGES))
_TITLE_HEAD_NOUNS = frozenset().union(*(t.title_head_nouns for t in LANGUAGES))
_MEETING_HEAD_RE = re.compile(rf"\b{either('meeting_heads')}\b")
_MEETING_STOP_RE = re.compile(rf"\s+{either('meeting_stops')}|\s*[,.;:(]")
_MODIFIER_STOPS = frozenset().union(*(t.meeting_modifier_stops for t in LANGUAGES))
_MEETING_SUFFIXES = [re.compile(s) for s in every("meeting_suffixes")]
_WORD_RE = re.compile(r"[^\W\d_]+")
_MODIFIER_RE = re.compile(r"([A-Za-z][\w'-]*+)\s+$")
# Folded words: a run of a-z, or a run of letters of a non-Latin script.
_FOLDED_WORD_RE = re.compile(r"[a-z]+|[^\W\d_\u0000-\u024f]+")


@dataclass
class TitleBlock:
    symbol: str = ""
    title: str = ""
    meeting: str = ""
    place: str = ""
    date: dt.date | None = None
    # The first day of the month a line names without a day ("septembre
    # 2016"): the date when neither the title block nor the introduction
    # gives a day.
    month: dt.date | None = None
    warnings: list[str] = field(default_factory=list)


def head_end(lines: list[Line]) -> int:
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
        folded = fold_text(ln.text)
        if ln.item or ln.clause or (ln.bullet and not in_bold) or decision_line(folded):
            return idx
        if approving_decision(folded, None):  # "يقرر المجلس الموافقة على التوصية الآتية:"
            return idx
        short = len(ln.text.split()) < 12
        if in_bold or ln.heading or short or _all_capitals(ln.text) or act_symbol(ln.text):
            continue
        return idx
    return len(lines)


def head_text(lines: list[Line], first: int) -> str:
    """The text before line ``first`` (title block, preamble), up to HEAD_CHARS
    characters: what names the issuing organisation (decisions.text.issuer)."""
    parts: list[str] = []
    size = 0
    for ln in lines:
        if ln.number >= first or size >= HEAD_CHARS:
            break
        if not ln.blank:
            parts.append(ln.text)
            size += len(ln.text) + 1
    return " ".join(parts)[:HEAD_CHARS]


def _all_capitals(text: str) -> bool:
    """Written in capitals: cased letters, none lower case (a script without
    case, such as Arabic, is never all capitals)."""
    return any(c.isupper() for c in text) and not any(c.islower() for c in text)


def language_of(text: str, default: str = FALLBACK_LANGUAGE) -> str:
    """The language whose common words the text uses most; `default` when
    none uses more than it does (no common word at all, or a tie)."""
    scores = dict.fromkeys((t.code for t in LANGUAGES), 0)
    for word in _FOLDED_WORD_RE.findall(fold_text(strip_marks(text))):
        for table in LANGUAGES:
            scores[table.code] += word in table.common_words
    best = scores.get(default, 0)
    language = default
    for code, score in scores.items():
        if score > best:
            best, language = score, code
    return language


def _is_meta(text: str) -> bool:
    return bool(_META_LINE_RE.match(fold_text(text)))


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


def _body_word_forms(lines: list[Line]) -> dict[str, Counter[str]]:
    """How each word is written in running text, skipping sentence starts."""
    forms: dict[str, Counter[str]] = {}
    for ln in lines:
        if ln.blank or ln.heading or not any(c.islower() for c in ln.text):
            continue
        for m in _WORD_RE.finditer(ln.text):
            at = m.start()  # the text before the word, read backwards without copying it
            while at > 0 and ln.text[at - 1].isspace():
                at -= 1
            if at == 0 or ln.text[at - 1] in ".!?:":
                continue
            forms.setdefault(m.group().lower(), Counter())[m.group()] += 1
    return forms


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

    result = _WORD_RE.sub(recase, lowered)
    for idx, ch in enumerate(result):
        if ch.isalpha():
            return result[:idx] + ch.upper() + result[idx + 1 :]
    return result


def _meeting_from_title(title: str) -> str:
    folded = fold_text(title)
    head = _MEETING_HEAD_RE.search(folded)
    if not head:
        return title
    start = head.start()
    # Capitalised modifiers in front of the head noun ("Contact Group"), not acronyms.
    # Each step reads the 100 characters before the last: a word is shorter.
    while True:
        prev = _MODIFIER_RE.search(title, max(0, start - 100), start)
        if not prev or not prev.group(1)[0].isupper() or prev.group(1).isupper():
            break
        if fold_text(prev.group(1)) in _MODIFIER_STOPS:
            break
        start = prev.start(1)
    stop = _MEETING_STOP_RE.search(folded, head.end())
    end = stop.start() if stop else len(title)
    meeting = title[start:end].strip()
    for suffix in _MEETING_SUFFIXES:
        meeting = suffix.sub("", meeting)
    return meeting or title


def _read_symbol(meta: TitleBlock, head: list[tuple[int, Line]]) -> tuple[int, str]:
    """Set the block's symbol: its first slash symbol (OIC/ACM-2017/MALI-REP),
    else the first resolution or decision named by its number ("القرار رقم
    ٤٨/٣٢-س", decisions.text.symbols). Returns where the title may start and
    the words after the number on its line ("" when the title starts after it)."""
    for pos, (_, ln) in enumerate(head):
        symbol = symbol_of(ln.text)
        if symbol:
            meta.symbol = symbol
            return pos + 1, ""
    for pos, (_, ln) in enumerate(head):
        act = act_symbol(ln.text)
        if act is not None:
            meta.symbol = act.symbol
            return (pos, act.rest) if act.rest else (pos + 1, "")
    meta.warnings.append("no document symbol (such as OIC/ACM-2017/MALI-REP) found")
    return 0, ""


def read_title_block(lines: list[Line], end: int) -> TitleBlock:
    """The title block is ``lines[:end]``; the lines after it give the
    spelling of proper nouns for an all-capitals title."""
    meta = TitleBlock()
    head = [(i, ln) for i, ln in enumerate(lines[:end]) if not ln.blank]
    start, rest = _read_symbol(meta, head)

    title_lines: list[str] = []
    last_idx = -1
    pos = start
    while pos < len(head):
        idx, ln = head[pos]
        if title_lines and (idx != last_idx + 1 or lines[idx - 1].blank):
            break  # the title block ends at the first blank line
        # The title after a resolution's number on its line: "القرار رقم ٤٨/٣٢-س بشأن ...".
        text = rest if pos == start and rest else ln.text
        fold = fold_text(text)
        if _is_meta(text) or scan_dates(text, month_year=False):
            if title_lines:
                break
            pos += 1
            continue
        if title_lines and _VENUE_RE.search(fold):
            break
        if title_lines and subject_line(title_lines[0]) and session_meeting(text):
            break  # the session under a subject line: the meeting, not the title
        title_lines.append(text)
        last_idx = idx
        pos += 1
    title = " ".join(" ".join(title_lines).split()).strip(" .:;,")
    if title and _all_capitals(title):
        title = _sentence_case(title, _body_word_forms(lines[end:]))
    meta.title = title
    if not title:
        meta.warnings.append("no title found in the title block")
    meta.meeting = _meeting_from_title(title) if title else ""
    subject = any(subject_line(t) for t in title_lines)
    if subject:
        meta.meeting = ""  # "بشأن ...", "On ...": what it is about, not who met
    if subject or (meta.symbol and not symbol_of(meta.symbol)):
        # The session named in the block ("الدورة العادية (159) لمجلس
        # الجامعة"), else a resolution's number under the name of the council
        # that took it ("مجلس الجامعة على المستوى الوزاري" / "قرار رقم: ..."):
        # that name, unless the title named the body that met.
        sessions = (session_meeting(ln.text) for _, ln in head)  # "" for a subject line
        session = next((m for m in sessions if m), "")
        above = (ln.text for _, ln in head[:start] if _MEETING_HEAD_RE.search(fold_text(ln.text)))
        if subject or not _MEETING_HEAD_RE.search(fold_text(title)):
            meta.meeting = session or _meeting_from_title(next(above, "")) or meta.meeting

    in_title = set(title_lines)
    for _, ln in head[pos:]:
        if _is_meta(ln.text) or ln.text in in_title or symbol_of(ln.text) or act_symbol(ln.text):
            continue
        text = ln.text
        dates = scan_dates(text, month_year=False)
        if dates:
            text = text[: dates[0].start]
        segments = [s.strip(" .()[]") for s in re.split(r"[,;\u060c\u061b]", text)]
        segments = [s for s in segments if s and not _VENUE_RE.search(fold_text(s))]
        if segments:
            segment = _TRAILING_ARTICLE_RE.sub("", segments[0])
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
    if meta.date is None:
        for _, ln in head:
            meta.month = month_of_meeting(ln.text)
            if meta.month is not None:
                break
    return meta
