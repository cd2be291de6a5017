"""Fuzzing each reader with files that are well formed on the outside and hostile
inside: Markdown full of markup, Word lists with any numbering definition, PDF
pages drawing any text anywhere. Only a DocumentError (reading) or a
ReportParseError (parsing) may come out, as one line naming what is wrong; and a
Word label never grows past its cap. Random bytes and damaged files are fuzzed in
test_bad_files.py.
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from decisions.formats import DocumentError, read_document
from decisions.formats.limits import MAX_LABEL_CHARS
from decisions.text.paragraphs import ReportParseError, parse_report
from tests.formats import builders as b
from tests.formats import hostile as h

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_parse_or_refuse(data: bytes, name: str) -> str:
    """The text read, parsed if it can be; a refusal must be one clear line."""
    try:
        text = read_document(data, name=name).text
    except DocumentError as exc:
        message = str(exc)
        assert "\n" not in message and message.startswith(f"{name}: ") and len(message) < 400
        return ""
    try:
        parse_report(text)
    except ReportParseError as exc:
        assert "\n" not in str(exc) and str(exc).strip()
    return text


# --------------------------------------------------------------------------
# Markdown

PIECES = [
    "OIC/X/1", "# ", "## RAPPORT", "**", "__", "*", "_", "[", "](", ")", "<", ">", "<br>",
    "&amp;", "&#0;", "\\", "- ", "1. ", "i. ", "(a) ", "أولاً: ", "١- ", "REQUESTS ", "Prie ",
    "La Réunion a demandé au Secrétaire général de ", "\n", "\n\n", "\t", " ", "\u202e",
    "\x0b", "\ufeff", "\u0651", "Page 3 sur 10", "---", "12 mars 2018", "l'OCI",
]  # fmt: skip


@FUZZ
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=60))
def test_markdown_full_of_markup_is_read_or_refused_cleanly(parts):
    read_parse_or_refuse("".join(parts).encode("utf-8", "surrogatepass"), "fuzz.md")


# --------------------------------------------------------------------------
# Word: any numbering definition

FORMATS = ["decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "arabicAlpha",
           "arabicAbjad", "hindiNumbers", "decimalZero", "ordinal", "bullet", "none",
           "decimalEnclosedParen", "chicago", ""]  # fmt: skip
NUMBERS = st.integers(-(10**12), 10**12) | st.sampled_from(["", "x", "9" * 50, "-0", "0x10"])
LEVEL_TEXT = st.lists(st.sampled_from(["%1", "%2", "%9", "%0", "%", ".", ")", "(", "Article "])
                      | st.text(max_size=5), max_size=30).map("".join)  # fmt: skip


def _clean(text: str) -> str:
    """Only characters XML 1.0 allows (python-docx refuses the others)."""
    return "".join(c for c in text if c in "\t\n\r" or (c >= " " and c not in "\ufffe\uffff"))


def _attr(text: object) -> str:
    return _clean(str(text)).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


@st.composite
def numbered_word_files(draw) -> bytes:
    document = b.new_document()
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{_attr(draw(st.integers(-1, 10)))}">'
        f'<w:start w:val="{_attr(draw(NUMBERS))}"/>'
        f'<w:numFmt w:val="{_attr(draw(st.sampled_from(FORMATS)))}"/>'
        f'<w:lvlText w:val="{_attr(draw(LEVEL_TEXT))}"/>'
        + ("<w:isLgl/>" if draw(st.booleans()) else "")
        + (f'<w:lvlRestart w:val="{_attr(draw(NUMBERS))}"/>' if draw(st.booleans()) else "")
        + "</w:lvl>"
        for _ in range(draw(st.integers(0, 4)))
    )
    numbering.append(
        parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="7">{levels}</w:abstractNum>')
    )
    override = (
        f'<w:lvlOverride w:ilvl="{_attr(draw(st.integers(-1, 9)))}">'
        f'<w:startOverride w:val="{_attr(draw(NUMBERS))}"/></w:lvlOverride>'
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="5"><w:abstractNumId w:val="7"/>'
            f"{override if draw(st.booleans()) else ''}</w:num>"
        )
    )
    for _ in range(draw(st.integers(1, 12))):
        paragraph = document.add_paragraph(_clean(draw(st.text(max_size=20))))
        num_id = draw(st.sampled_from(["5", "0", "99", "x"]))
        level = draw(st.sampled_from(["0", "1", "3", "8", "9", "-1", "x"]))
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="{num_id}"/></w:numPr>'
            )
        )
    return b.docx_bytes(document)


@FUZZ
@given(numbered_word_files())
def test_any_word_numbering_gives_short_labels_or_a_clean_refusal(data):
    text = read_parse_or_refuse(data, "fuzz.docx")
    for block in text.split("\n\n"):
        assert len(block) <= MAX_LABEL_CHARS + 1 + 20  # the label, a space, the text


@FUZZ
@given(st.lists(st.text(max_size=30).map(_clean), min_size=1, max_size=20), st.integers(1, 4))
def test_word_paragraphs_in_nested_tables_are_read_or_refused_cleanly(texts, depth):
    document = b.new_document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for i, text in enumerate(texts):
        cell.add_paragraph(text)
        if i % max(1, len(texts) // depth) == 0:
            cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    read_parse_or_refuse(b.docx_bytes(document), "fuzz.docx")


# --------------------------------------------------------------------------
# PDF: any text drawn anywhere

SIZES = st.sampled_from([0, -1, 0.001, 0.5, 1, 10, 72, 1e6])
MOVES = st.tuples(st.floats(-900, 900), st.floats(-900, 900))
STRINGS = st.binary(max_size=40) | st.sampled_from(
    [
        b"Page 3",
        b"- 2 -",
        b"inter-",
        b"national",
        b"1. La R\xe9union",
        b"\xfe\xff",
        b"\\",
        b"a" * 300,
    ]
)


def _pdf_bytes(raw: bytes) -> bytes:
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


@st.composite
def pdf_streams(draw) -> bytes:
    ops = [b"BT /F1 10 Tf 12 TL 40 800 Td"]
    for _ in range(draw(st.integers(1, 40))):
        kind = draw(st.sampled_from(["text", "next", "move", "size", "matrix", "lead"]))
        if kind == "text":
            ops.append(b"(" + _pdf_bytes(draw(STRINGS)) + b") Tj")
        elif kind == "next":
            ops.append(b"T*")
        elif kind == "move":
            ops.append(b"%.3f %.3f Td" % draw(MOVES))
        elif kind == "size":
            ops.append(b"/F1 %.3f Tf" % draw(SIZES))
        elif kind == "matrix":
            ops.append(b"%.3f 0 0 %.3f %.3f %.3f Tm" % (draw(SIZES), draw(SIZES), *draw(MOVES)))
        else:
            ops.append(b"%.3f TL" % draw(st.floats(-50, 50)))
    return b" ".join([*ops, b"ET"])


@FUZZ
@given(st.lists(pdf_streams(), min_size=1, max_size=3), st.lists(st.integers(0, 2), max_size=6))
def test_any_text_drawn_anywhere_in_a_pdf_is_read_or_refused_cleanly(streams, pages):
    pages = [p % len(streams) for p in pages] or [0]
    read_parse_or_refuse(h.pdf_of(streams, pages), "fuzz.pdf")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from([b"%PDF-1.4", b"xref", b"trailer", b"endobj", b"stream", b"/Kids"]),
       st.binary(max_size=20), st.integers(0, 2000))  # fmt: skip
def test_a_pdf_with_a_part_replaced_is_read_or_refused_cleanly(marker, junk, offset):
    data = h.pdf_of([h.text_stream(["1. La Réunion a demandé au Secrétaire général."])])
    at = data.find(marker, min(offset, len(data) - 1))
    at = data.find(marker) if at < 0 else at
    read_parse_or_refuse(data[:at] + junk + data[at + len(marker) :], "fuzz.pdf")
