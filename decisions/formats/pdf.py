"""PDF with a text layer -> text, one paragraph per block.

PDFium (pypdfium2) gives each page's text lines and where they sit. From the
positions: lines drawn on one baseline are put together (list numbers are often
drawn apart from their text), running headers, footers and page numbers are
dropped, lines are grouped into paragraphs by the gaps between them, a paragraph
cut by a page break is joined again, and words hyphenated at a line end are mended.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .errors import DocumentError
from .limits import MAX_PAGES, TextBudget

__all__ = ["read_pdf"]

_LOCK = threading.Lock()  # PDFium is not thread-safe
_NO_TEXT = "this PDF has no text layer (a scan?): run OCR first or send the Word file"
_MARGIN_ZONE = 0.15  # running headers/footers live in the top and bottom 15% of a page
_EDGE_LINES = 3  # ... and among the first or last three lines of the page
_PAGE_NUMBER_RE = re.compile(
    r"^(?:(?:page|p\.|pag\.|صفحة)\s*)?[-\u2013\u2014(]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*"
    r"[-\u2013\u2014)]?(?:\s*(?:of|sur|de|/|من)\s*\d{1,4})?\.?$",
    re.IGNORECASE,
)
_MARKER_RE = re.compile(
    r"^(?:[-\u2022\u2013]\s+)?(?:\(?(?:\d{1,3}|[ivxlcdm]{1,7}|[a-zA-Z])[.)]|\d{1,3}-)\s"
)
_HYPHENS = "-\u2010\u00ad"
# A hyphenated compound. Each try starts at a word's first letter and never gives
# letters back: linear in the line (a try at every letter of a long word, each
# reading to its end, was quadratic).
_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]++(?:-[^\W\d_]++)+")
_LAST_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]++$")
_FIRST_WORD_RE = re.compile(r"[^\W\d_]++")
_END_CHARS = 64  # how much of a paragraph's end is read to mend a hyphen: past a word


@dataclass
class _Line:
    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page_height: float

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def read_pdf(data: bytes, name: str = "") -> tuple[str, tuple[str, ...]]:
    """The document's text, one paragraph per block; and warnings."""
    with _LOCK:
        pages = _read_pages(data, name)
    warnings: list[str] = []
    if not any(pages):
        raise DocumentError(_NO_TEXT, name)
    empty = [str(i + 1) for i, lines in enumerate(pages) if not lines]
    if empty:
        warnings.append(
            f"page(s) {', '.join(empty[:10])}{'...' if len(empty) > 10 else ''} have no text "
            "(scanned?): their content is missing"
        )
    removed = _drop_running_lines(pages)
    if removed:
        shown = "; ".join(f"'{t[:40]}'" for t in removed[:3])
        warnings.append(f"running headers, footers and page numbers left out: {shown}")
    lines = [line for page in pages for line in page]
    return "\n\n".join(_paragraphs(lines)), tuple(warnings)


def _read_pages(data: bytes, name: str) -> list[list[_Line]]:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise DocumentError(
                "this PDF is password-protected: send a copy without the password", name
            ) from None
        raise DocumentError("this PDF is damaged or truncated and cannot be read", name) from None
    try:
        count = len(document)
        if count == 0:
            raise DocumentError("this PDF has no pages", name)
        if count > MAX_PAGES:
            raise DocumentError(
                f"this PDF has {count:,} pages, over the limit of {MAX_PAGES:,}", name
            )
        pages = []
        budget = TextBudget(name)
        for index in range(count):
            page = document[index]
            try:
                pages.append(_page_lines(page, index, budget))
            finally:
                page.close()
        return pages
    finally:
        document.close()


def _page_lines(page: pdfium.PdfPage, index: int, budget: TextBudget) -> list[_Line]:
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count <= 0:
            return []
        budget.take(count, f"on page {index + 1}")  # before the page is laid out
        text = textpage.get_text_range(0, count)
        if len(text) != count:  # characters outside the BMP: read them one by one
            text = "".join(
                chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i) or 0xFFFD) for i in range(count)
            )
        segments = []
        # PDFium ends a line cut at a hyphen with U+FFFE and no line break: cut there.
        for match in re.finditer(r"[^\r\n\ufffe]+\ufffe?", text):
            chunk = match.group().replace("\ufffe", "-")
            stripped = chunk.strip()
            if not stripped:
                continue
            first = match.start() + (len(chunk) - len(chunk.lstrip()))
            last = match.start() + len(chunk.rstrip()) - 1
            left, bottom, _, top = textpage.get_charbox(first, loose=True)
            _, bottom2, right, top2 = textpage.get_charbox(last, loose=True)
            segments.append(
                _Line(
                    index,
                    " ".join(stripped.split()),
                    left,
                    right,
                    max(top, top2),
                    min(bottom, bottom2),
                    height,
                )
            )
    finally:
        textpage.close()
    return _merge_baselines(segments)


def _merge_baselines(segments: list[_Line]) -> list[_Line]:
    """Top-to-bottom lines; pieces drawn on one baseline become one line, left to right."""
    segments.sort(key=lambda s: (-s.top, s.x0))
    lines: list[list[_Line]] = []
    top = bottom = 0.0  # the band shared by every piece of the current line
    for seg in segments:
        if lines:
            overlap = min(top, seg.top) - max(bottom, seg.bottom)
            if overlap > 0.5 * min(seg.height, top - bottom):
                lines[-1].append(seg)
                top, bottom = min(top, seg.top), max(bottom, seg.bottom)
                continue
        lines.append([seg])
        top, bottom = seg.top, seg.bottom
    merged = []
    for row in lines:
        row.sort(key=lambda s: s.x0)
        parts = [row[0].text]
        for prev, seg in zip(row, row[1:], strict=False):
            gap = seg.x0 - prev.x1
            parts += (" " if gap > 0.15 * seg.height else "", seg.text)
        merged.append(
            _Line(
                row[0].page,
                "".join(parts),
                row[0].x0,
                max(s.x1 for s in row),
                max(s.top for s in row),
                min(s.bottom for s in row),
                row[0].page_height,
            )
        )
    return merged


def _drop_running_lines(pages: list[list[_Line]]) -> list[str]:
    """Remove running headers/footers and page numbers; return what was removed."""

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    candidates: list[tuple[int, int, _Line]] = []
    for p, lines in enumerate(pages):
        for i in _edge_blocks(lines):
            line = lines[i]
            if (
                line.bottom > line.page_height * (1 - _MARGIN_ZONE)
                or line.top < line.page_height * _MARGIN_ZONE
            ):
                candidates.append((p, i, line))
    positions: dict[str, Counter[int]] = {}
    for _, _, line in candidates:
        positions.setdefault(key(line), Counter())[round(line.top / 4)] += 1
    needed = max(2, round(0.4 * len(pages)))
    doomed: set[tuple[int, int]] = set()
    removed: dict[str, None] = {}
    for p, i, line in candidates:
        k = key(line)
        spot, seen = positions[k].most_common(1)[0]
        at_spot = abs(round(line.top / 4) - spot) <= 1
        repeated = at_spot and seen + positions[k][spot - 1] + positions[k][spot + 1] >= needed
        if repeated or _PAGE_NUMBER_RE.match(line.text):
            doomed.add((p, i))
            if not _PAGE_NUMBER_RE.match(line.text):
                removed.setdefault(line.text)
    for p, lines in enumerate(pages):
        pages[p] = [line for i, line in enumerate(lines) if (p, i) not in doomed]
    return list(removed)


def _edge_blocks(lines: list[_Line]) -> list[int]:
    """Indexes of the lines set apart at the top and bottom of a page: a running
    header or footer is at most three lines, with a gap between it and the body."""
    found: list[int] = []
    count = len(lines)
    for i in range(min(_EDGE_LINES, count - 1)):
        if lines[i].bottom - lines[i + 1].top > max(lines[i].height, lines[i + 1].height):
            found.extend(range(i + 1))
            break
    for i in range(min(_EDGE_LINES, count - 1)):
        j = count - 1 - i
        if lines[j - 1].bottom - lines[j].top > max(lines[j].height, lines[j - 1].height):
            found.extend(range(j, count))
            break
    if count == 1:
        found.append(0)
    return sorted(set(found))


def _mode(values: list[float], default: float) -> float:
    if not values:
        return default
    counts = Counter(round(v * 2) / 2 for v in values)
    return counts.most_common(1)[0][0]


@dataclass(frozen=True)
class _Column:
    left: float  # where most lines start
    right: float  # where the longest lines end


def _paragraphs(lines: list[_Line]) -> list[str]:
    if not lines:
        return []
    pitches = [
        prev.bottom - line.bottom
        for prev, line in zip(lines, lines[1:], strict=False)
        if prev.page == line.page and prev.bottom > line.bottom
    ]
    usual = sorted(line.height for line in lines)[len(lines) // 2] * 1.2
    pitch = _mode(pitches, usual)
    if len(pitches) < 5:  # too few lines to tell line spacing from paragraph spacing
        pitch = min(pitch, usual)
    column = _Column(_mode([line.x0 for line in lines], 0.0), max(line.x1 for line in lines))
    hyphenated = {w.lower() for line in lines for w in _WORD_RE.findall(line.text)}
    paragraphs: list[str] = []
    parts = [lines[0].text]  # the paragraph so far, joined once it ends
    for prev, line in zip(lines, lines[1:], strict=False):
        if _new_paragraph(prev, line, pitch, column):
            paragraphs.append("".join(parts))
            parts = [line.text]
        else:
            _join(parts, prev, line, column, hyphenated)
    paragraphs.append("".join(parts))
    return paragraphs


def _centred(line: _Line, column: _Column) -> bool:
    middle = (column.left + column.right) / 2
    return line.x0 > column.left + 8 and abs((line.x0 + line.x1) / 2 - middle) < 3


def _full(prev: _Line, line: _Line, column: _Column) -> bool:
    """Did ``prev`` end because the next word did not fit (a soft wrap)?"""
    first_word = line.text.split(" ", 1)[0]
    char_width = (prev.x1 - prev.x0) / max(len(prev.text), 1)
    free = column.right - prev.x1
    if _centred(prev, column):
        free *= 2
    return free < (len(first_word) + 1) * char_width + 1


def _new_paragraph(prev: _Line, line: _Line, pitch: float, column: _Column) -> bool:
    full = _full(prev, line, column)
    ended = prev.text.rstrip("*_ ")[-1:] in ".:;!?" or not full
    indented = (
        line.x0 > column.left + 8 and abs(prev.x0 - column.left) < 3 and not _centred(line, column)
    )
    if prev.page != line.page:  # a short last line ends a paragraph; a full one runs on
        return not full or bool(_MARKER_RE.match(line.text))
    if _MARKER_RE.match(line.text) and ended:
        return True
    gap = prev.bottom - line.bottom
    if gap > pitch * 1.25 + 0.5 or gap < 0:
        return True
    return indented and not full


def _end(parts: list[str], size: int) -> str:
    """The last ``size`` characters of the paragraph ``parts`` make."""
    found: list[str] = []
    for part in reversed(parts):
        found.append(part[-size:])
        size -= len(found[-1])
        if size <= 0:
            break
    return "".join(reversed(found))


def _drop_last(parts: list[str]) -> None:
    while not parts[-1]:
        parts.pop()
    parts[-1] = parts[-1][:-1]


def _join(parts: list[str], prev: _Line, line: _Line, column: _Column, hyphenated: set[str]):
    """Add ``line`` to the paragraph ``parts``. Only the paragraph's last characters are
    read, and nothing is copied: joining stays linear however long the paragraph."""
    text = _end(parts, _END_CHARS + 1)
    if text[-1:] in _HYPHENS and text[-2:-1].isalpha() and line.text[:1].isupper():
        _drop_last(parts)
        parts += ("-", line.text)  # "ONU-" + "Femmes": a compound
        return
    if text[-1:] in _HYPHENS and text[-2:-1].isalpha() and line.text[:1].islower():
        head = _LAST_WORD_RE.search(text[:-1])
        tail = _FIRST_WORD_RE.match(line.text)
        compound = head and tail and f"{head.group()}-{tail.group()}".lower() in hyphenated
        _drop_last(parts)
        if text[-1] == "-" and compound:
            parts += ("-", line.text)  # a real compound cut at its hyphen
        else:
            parts.append(line.text)
        return
    joint = " " if prev.page != line.page or _full(prev, line, column) else "\n"
    parts += (joint, line.text)
