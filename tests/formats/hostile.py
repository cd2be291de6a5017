"""Hostile documents, built in the tests (nothing binary is committed), and a
measure of the work a reader or the extractor does on them.

The PDFs are written byte by byte (one Helvetica font, each page pointing at a
content stream, Flate-compressed so that a few kilobytes hold megabytes of text);
the Word files with python-docx and the numbering helpers of ``builders``.

``work(fn, arg)`` counts the calls a run makes (Python functions, generator steps
and built-in calls such as a regex search, through cProfile: the same count on
any machine) and takes the least CPU time of a few runs (what a count
cannot see: a regex backtracking, a string copied). ``assert_linear`` grows an
input tenfold and checks that both grow about tenfold, not a hundredfold.
Used by the tests and by ``bench/hostile.py``.
"""

from __future__ import annotations

import contextlib
import cProfile
import gc
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tests.formats import builders as b

# --------------------------------------------------------------------------
# PDF, byte by byte


def pdf_of(streams: list[bytes], pages: list[int] | None = None) -> bytes:
    """A PDF whose page ``i`` draws content stream ``pages[i]`` (default: one page
    per stream). Pages may share a stream: its text is then on each of them."""
    pages = list(range(len(streams))) if pages is None else pages
    first_stream = 4
    first_page = first_stream + len(streams)
    kids = " ".join(f"{first_page + i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for stream in streams:
        packed = zlib.compress(stream, 9)
        objects.append(
            f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
            + packed
            + b"\nendstream"
        )
    for index in pages:
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> "
            + f"/Contents {first_stream + index} 0 R >>".encode()
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def text_stream(lines: list[str], *, size: float = 10, leading: float = 12) -> bytes:
    """Draw ``lines`` (Latin-1 text) top down from the top of an A4 page."""
    shown = b"".join(b"(" + _pdf_string(line) + b") Tj T* " for line in lines)
    return f"BT /F1 {size:g} Tf {leading:g} TL 40 800 Td ".encode() + shown + b"ET"


def _pdf_string(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def pdf_one_line(letters: int) -> bytes:
    """One line of ``letters`` letters, in type so small that it fits the page (drawn
    10,000 at a time: PDFium keeps at most 32,767 characters of one string)."""
    shown = b"".join(
        b"(" + b"a" * min(10_000, letters - start) + b") Tj " for start in range(0, letters, 10_000)
    )
    return pdf_of([b"BT /F1 0.01 Tf 10 400 Td " + shown + b"ET"])


def pdf_shared_stream(pages: int, chars_per_page: int) -> bytes:
    """``pages`` pages drawing the same content stream: a few kilobytes that hold
    ``pages * chars_per_page`` characters of text."""
    line = "lorem ipsum dolor sit amet " * 4
    count = max(1, chars_per_page // (len(line) + 1))
    return pdf_of([text_stream([line] * count, size=0.5, leading=0.6)], [0] * pages)


def pdf_lines(count: int, line: str = "la Réunion a demandé aux États membres de suivre") -> bytes:
    """``count`` lines of running text on as few pages as they need."""
    per_page = 60
    streams = [
        text_stream([line] * min(per_page, count - start)) for start in range(0, count, per_page)
    ]
    return pdf_of(streams)


def pdf_one_paragraph(lines: int, line: str = "requests " * 12) -> bytes:
    """One paragraph of ``lines`` full lines in tiny type on one page: every
    line runs on into the next."""
    return pdf_of([text_stream([line.strip()] * lines, size=0.1, leading=0.12)])


# --------------------------------------------------------------------------
# Word


def docx_numbered(
    count: int, *, fmt: str = "lowerLetter", start: int = 1, text: str = "%1."
) -> bytes:
    """``count`` paragraphs of one list numbered in ``fmt`` from ``start``."""
    document = b.new_document()
    num = b.add_list(document, [(fmt, text, start)])
    for i in range(count):
        b.set_number(document.add_paragraph(f"Paragraph {i}."), num)
    return b.docx_bytes(document)


def docx_paragraphs(count: int, text: str = "La Réunion a demandé au Secrétaire général.") -> bytes:
    document = b.new_document()
    for _ in range(count):
        document.add_paragraph(text)
    return b.docx_bytes(document)


def docx_one_paragraph(runs: int, text: str = "requests ") -> bytes:
    """One paragraph of ``runs`` runs (Word starts a run at every change of format)."""
    document = b.new_document()
    paragraph = document.add_paragraph()
    for i in range(runs):
        paragraph.add_run(text).bold = bool(i % 2)
    return b.docx_bytes(document)


def docx_nested_tables(depth: int, paragraphs: int = 20) -> bytes:
    """A table in a cell of a table ... ``depth`` deep, each cell holding paragraphs."""
    document = b.new_document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for level in range(depth):
        for i in range(paragraphs):
            cell.add_paragraph(f"Level {level}, paragraph {i}.")
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    return b.docx_bytes(document)


def docx_nested_boxes(depth: int, paragraphs: int = 20) -> bytes:
    """A text box drawn in a paragraph of a text box ... ``depth`` deep."""
    inner = ""
    for level in reversed(range(depth)):
        own = "".join(
            f"<w:p><w:r><w:t>Box {level}, paragraph {i}.</w:t></w:r></w:p>"
            for i in range(paragraphs)
        )
        drawing = f"<w:r><w:drawing><w:txbxContent>{inner}</w:txbxContent></w:drawing></w:r>"
        inner = own + (f"<w:p>{drawing}</w:p>" if inner else "")
    document = b.new_document()
    document.add_paragraph()._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')}><w:drawing><w:txbxContent>{inner}</w:txbxContent>"
            "</w:drawing></w:r>"
        )
    )
    return b.docx_bytes(document)


# --------------------------------------------------------------------------
# The work done


@dataclass(frozen=True)
class Work:
    calls: int  # function calls made, counted: the same on every machine
    seconds: float  # the least CPU time of a few runs


def work(fn: Callable[[object], object], arg: object, *, runs: int = 3) -> Work:
    """The work ``fn(arg)`` does: its calls counted on one run (which also warms
    the caches), then the least CPU time of ``runs`` more.

    The calls are counted by cProfile, whose hooks are in C: a Python function
    set with ``sys.setprofile`` would be called on every call and return, and
    made each of these checks several times slower than the work it measures."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        _quiet(fn, arg)
    finally:
        profile.disable()
    calls = sum(entry.callcount for entry in profile.getstats())
    best = float("inf")
    for _ in range(runs):
        # The collector off while timing: it runs after so many allocations,
        # so a large input would pay for collections a small one does not.
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            _quiet(fn, arg)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return Work(calls, best)


def _quiet(fn: Callable[[object], object], arg: object) -> None:
    """Run ``fn``; a refusal (a ``ValueError``: DocumentError, ReportParseError) is
    an answer too, and costs work like any other."""
    with contextlib.suppress(ValueError):
        fn(arg)


CALLS_GROWTH = 13.0
"""Growing the input 10 x may grow the calls 13 x: linear, with room for sorting."""

TIME_GROWTH = 30.0
"""... and the CPU time 30 x: room for a busy machine; a square grows 100 x."""

TIME_FLOOR = 0.02
"""Seconds of CPU time allowed on top, so that a tiny small run does not decide."""


def counted(fn: Callable[[object], object], arg: object) -> Work:
    """The work of one run of ``fn(arg)``: its calls counted and its CPU time
    taken at once (the counting adds about the same share to every size),
    with the collector off."""
    profile = cProfile.Profile()
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        profile.enable()
        try:
            _quiet(fn, arg)
        finally:
            profile.disable()
        seconds = time.process_time() - start
    finally:
        gc.enable()
    return Work(sum(entry.callcount for entry in profile.getstats()), seconds)


SMALL_RUN_SECONDS = 0.05
"""CPU time the smaller measured run needs, no more: far above what any call
costs once (a square is still 100 x at ten times the size), and it keeps a
run on ten times the input to a couple of seconds under the profiler."""


def growth(
    fn: Callable[[object], object], make: Callable[[int], object], n: int
) -> tuple[Work, Work]:
    """The work on ``make(n)`` and on ``make(10 * n)``, one run each; ``n``
    made smaller first when ``make(n)`` would take more than SMALL_RUN_SECONDS.

    A first run on a small input warms what every input shares (patterns
    compiled, tables built on first use), so that no measured run pays for it;
    a timed run on a tenth of ``n`` then tells what ``make(n)`` would cost.
    Each measured run still fills the caches of its own input (a registry's
    index), as the other does."""
    probe = max(1, n // 10)
    _quiet(fn, make(max(1, n // 100)))
    start = time.process_time()
    _quiet(fn, make(probe))
    expected = (time.process_time() - start) * n / probe
    if expected > SMALL_RUN_SECONDS:
        n = max(probe, int(n * SMALL_RUN_SECONDS / expected))
    return counted(fn, make(n)), counted(fn, make(10 * n))


def assert_linear(fn: Callable[[object], object], make: Callable[[int], object], n: int) -> None:
    small, large = growth(fn, make, n)
    assert large.calls <= CALLS_GROWTH * small.calls, (
        f"10 x the input made {large.calls / max(small.calls, 1):.1f} x the calls "
        f"({small.calls:,} -> {large.calls:,})"
    )
    assert large.seconds <= TIME_GROWTH * small.seconds + TIME_FLOOR, (
        f"10 x the input took {large.seconds / max(small.seconds, 1e-6):.1f} x the CPU time "
        f"({small.seconds * 1000:.1f} ms -> {large.seconds * 1000:.1f} ms)"
    )
