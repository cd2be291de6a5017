"""Hostile files are read, or refused, in time that grows with their size, not its square.

Each file is built here (tests/formats/hostile.py). The limits are checked while
reading: a file over a limit is refused as soon as it passes it, before the rest
of it is analysed.
"""

from __future__ import annotations

import time

import pytest

from decisions.formats import DocumentError, read_document
from decisions.formats import pdf as pdf_reader
from decisions.formats.limits import MAX_LABEL_CHARS, MAX_TEXT_CHARS
from tests.formats import builders as b
from tests.formats import hostile as h


def seconds(data: bytes, name: str) -> tuple[float, object]:
    start = time.perf_counter()
    try:
        outcome: object = read_document(data, name=name)
    except DocumentError as exc:
        outcome = exc
    return time.perf_counter() - start, outcome


# --------------------------------------------------------------------------
# PDF


def test_a_small_pdf_whose_pages_share_one_stream_is_refused_before_the_rest_is_analysed(
    monkeypatch,
):
    data = h.pdf_shared_stream(50, 60_000)  # 8 KB holding 3 million characters
    assert len(data) < 15_000
    analysed = []
    real = pdf_reader._merge_baselines
    monkeypatch.setattr(
        pdf_reader, "_merge_baselines", lambda segments: analysed.append(1) or real(segments)
    )
    took, outcome = seconds(data, "shared.pdf")
    assert isinstance(outcome, DocumentError)
    assert f"more than {MAX_TEXT_CHARS:,} characters of text" in str(outcome)
    assert "passed on page 34" in str(outcome)
    # 2,000,000 characters are passed on page 34: no page after it is laid out.
    assert len(analysed) <= 33
    assert took < 20


def test_a_pdf_of_one_line_of_40000_letters_is_read_in_seconds():
    data = h.pdf_one_line(40_000)
    assert len(data) < 1_000
    took, outcome = seconds(data, "line.pdf")
    assert not isinstance(outcome, DocumentError), outcome
    assert outcome.text == "a" * 40_000
    assert took < 8  # 18 s before, on the machine that found it


def test_the_pdf_compound_word_regex_is_linear_on_a_long_word():
    start = time.process_time()
    assert pdf_reader._WORD_RE.findall("a" * 50_000) == []
    assert time.process_time() - start < 1  # seconds when quadratic: a try at every letter
    assert pdf_reader._WORD_RE.findall("x" * 500 + "-ray and ONU-Femmes") == [
        "x" * 500 + "-ray",
        "ONU-Femmes",
    ]


def test_a_hyphen_mended_between_very_long_lines_costs_linear_time():
    def paragraphs(letters: int) -> None:
        lines = [_line("x" * letters + "-", top=800), _line("y" * letters, top=788)]
        assert pdf_reader._paragraphs(lines) == ["x" * letters + "y" * letters]

    h.assert_linear(paragraphs, lambda n: n, 2_000)


def _line(text: str, top: float = 100.0, x0: float = 0.0) -> pdf_reader._Line:
    return pdf_reader._Line(0, text, x0, x0 + len(text), top, top - 10, 842)


def test_pieces_on_one_baseline_are_put_together_in_linear_time():
    def merge(count: int) -> None:
        pdf_reader._merge_baselines([_line("w", x0=i * 2.0) for i in range(count)])

    h.assert_linear(merge, lambda n: n, 500)


def test_one_paragraph_of_many_lines_is_joined_in_linear_time():
    def paragraphs(count: int) -> None:
        lines = [_line("word " * 10 + "words", top=800 - i * 12) for i in range(count)]
        out = pdf_reader._paragraphs(lines)
        assert len(out) == 1

    h.assert_linear(paragraphs, lambda n: n, 500)


# --------------------------------------------------------------------------
# Word


def test_a_list_numbered_from_52_million_gives_short_labels_at_once():
    data = h.docx_numbered(40, fmt="lowerLetter", start=52_000_000)
    took, outcome = seconds(data, "numbered.docx")
    assert not isinstance(outcome, DocumentError), outcome
    blocks = outcome.text.split("\n\n")
    assert len(blocks) == 40
    assert all(len(block.split(" ", 1)[0]) <= MAX_LABEL_CHARS for block in blocks)
    assert any("numbering" in warning for warning in outcome.warnings)
    assert took < 5


def test_a_level_text_repeating_its_number_is_capped_before_it_is_built():
    data = h.docx_numbered(200, fmt="upperLetter", start=2_000_000, text="%1" * 200)
    took, outcome = seconds(data, "repeat.docx")
    assert not isinstance(outcome, DocumentError), outcome
    assert len(outcome.text) < 200 * (MAX_LABEL_CHARS + 20)
    assert took < 5


def test_a_start_value_of_four_thousand_digits_is_capped():
    data = h.docx_numbered(3, fmt="decimal", start=int("9" * 4000))
    _, outcome = seconds(data, "digits.docx")
    assert not isinstance(outcome, DocumentError), outcome
    assert all(len(block) < 100 for block in outcome.text.split("\n\n"))


def test_a_word_file_is_refused_as_soon_as_its_text_passes_the_limit(monkeypatch):
    from decisions.formats import docx, limits

    read = []
    real = docx._Reader.paragraph
    monkeypatch.setattr(docx._Reader, "paragraph", lambda self, p: read.append(1) or real(self, p))
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 10_000)
    data = h.docx_paragraphs(2_000, text="x" * 98)
    _, outcome = seconds(data, "long.docx")
    assert isinstance(outcome, DocumentError)
    assert "more than 10,000 characters of text" in str(outcome)
    assert len(read) <= 101


def test_the_real_numbering_is_unchanged_by_the_caps():
    document = b.new_document()
    num = b.add_list(document, [("lowerLetter", "%1)", 1)])
    for i in range(30):
        b.set_number(document.add_paragraph(f"P{i}"), num)
    text = read_document(b.docx_bytes(document), name="r.docx").text
    assert text.split("\n\n")[26:28] == ["aa) P26", "bb) P27"]


@pytest.mark.parametrize(
    "value, fmt, printed",
    [
        (52_000_000, "lowerLetter", "52000000"),
        (4_000, "upperRoman", "4000"),
        (3, "lowerRoman", "iii"),
    ],
)
def test_a_letter_or_roman_number_too_long_to_print_is_printed_in_digits(value, fmt, printed):
    from decisions.formats.docx_numbering import format_number

    assert format_number(value, fmt) == printed
