"""Each reader, file to paragraphs, does about ten times the work on a file ten times
bigger, whatever shape the file takes (the budgets of issue 17).

A shape is a function of a size; ``assert_linear`` reads the file of size ``n`` and
of size ``10 n`` (``read_document`` then ``parse_report``) and compares the calls
made and the CPU time (tests/formats/hostile.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from decisions.formats import read_document
from decisions.text.paragraphs import parse_report
from tests.formats import hostile as h


def read_and_parse(data: bytes) -> None:
    """A file as the upload reads it: its text, then its paragraphs (a refusal of
    either is a ValueError, which ``work`` counts as an answer)."""
    parse_report(read_document(data, name="grown").text)


def markdown(text: str) -> bytes:
    return ("OIC/X/1\n\nRAPPORT\n\nLa Réunion a décidé ce qui suit :\n\n" + text).encode()


READERS: dict[str, tuple[Callable[[int], bytes], int]] = {
    # Text and Markdown
    "text: numbered paragraphs": (
        lambda n: markdown(
            "".join(f"{i}. La Réunion a demandé au Secrétaire général.\n\n" for i in range(1, n))
        ),  # fmt: skip
        40,
    ),
    "text: one long line": (lambda n: markdown("1. " + "mot " * n), 1_000),
    "text: a line of brackets": (lambda n: markdown("1. " + "[a](" * n), 1_000),
    # Word
    "docx: paragraphs": (lambda n: h.docx_paragraphs(n), 100),
    "docx: one paragraph of many runs": (lambda n: h.docx_one_paragraph(n), 200),
    "docx: a numbered list": (lambda n: h.docx_numbered(n, fmt="lowerLetter"), 100),
    "docx: a list numbered from a million": (
        lambda n: h.docx_numbered(n, fmt="upperLetter", start=1_000_000),
        50,
    ),
    "docx: tables nested in tables": (lambda n: h.docx_nested_tables(n), 8),
    "docx: text boxes nested in text boxes": (lambda n: h.docx_nested_boxes(n), 5),
    # PDF
    "pdf: one long line": (lambda n: h.pdf_one_line(n), 4_000),
    "pdf: lines on many pages": (lambda n: h.pdf_lines(n), 120),
    "pdf: one paragraph of many lines": (lambda n: h.pdf_one_paragraph(n), 100),
    "pdf: pages sharing one stream": (lambda n: h.pdf_shared_stream(n, 3_000), 3),
}


@pytest.mark.parametrize("shape", READERS)
def test_reading_grows_linearly(shape):
    make, n = READERS[shape]
    h.assert_linear(read_and_parse, make, n)
