"""Word files: Word's automatic numbering comes out as printed."""

from __future__ import annotations

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from decisions.formats import read_document
from decisions.formats.docx_numbering import format_number
from tests.formats import builders as b


def blocks(data: bytes) -> list[str]:
    document = read_document(data, name="report.docx")
    assert document.format == "docx"
    return document.text.split("\n\n")


def test_lower_roman_numbering_comes_out_as_printed_up_to_xiv():
    document = b.new_document()
    num = b.add_list(document, [("lowerRoman", "%1.", 1)])
    for i in range(14):
        b.set_number(document.add_paragraph(f"Paragraphe {i + 1}."), num)
    out = blocks(b.docx_bytes(document))
    assert out[0] == "i. Paragraphe 1."
    assert out[3] == "iv. Paragraphe 4."
    assert out[8] == "ix. Paragraphe 9."
    assert out[13] == "xiv. Paragraphe 14."


def test_letters_under_numbers_restart_under_each_number():
    document = b.new_document()
    num = b.add_list(document, [("decimal", "%1.", 1), ("lowerLetter", "%2)", 1)])
    for text, level in [("One", 0), ("Sub a", 1), ("Sub b", 1), ("Two", 0), ("Sub again", 1)]:
        b.set_number(document.add_paragraph(text), num, level)
    assert blocks(b.docx_bytes(document)) == [
        "1. One",
        "a) Sub a",
        "b) Sub b",
        "2. Two",
        "a) Sub again",
    ]


def test_a_start_value_and_a_restart_override_are_followed():
    document = b.new_document()
    num = b.add_list(document, [("decimal", "%1-", 5)])
    b.set_number(document.add_paragraph("Five"), num)
    b.set_number(document.add_paragraph("Six"), num)
    again = b.restart_list(document, num, start=1)
    b.set_number(document.add_paragraph("One again"), again)
    b.set_number(document.add_paragraph("Two again"), again)
    assert blocks(b.docx_bytes(document)) == ["5- Five", "6- Six", "1- One again", "2- Two again"]


def test_lists_sharing_a_definition_continue_their_count():
    document = b.new_document()
    num = b.add_list(document, [("upperRoman", "%1.", 1)])
    b.set_number(document.add_paragraph("First"), num)
    document.add_paragraph("An unnumbered paragraph between.")
    b.set_number(document.add_paragraph("Second"), num)
    out = blocks(b.docx_bytes(document))
    assert out == ["I. First", "An unnumbered paragraph between.", "II. Second"]


def test_numbering_inherited_from_the_paragraph_style():
    document = b.new_document()
    num = b.add_list(document, [("lowerLetter", "(%1)", 1)])
    style = document.styles.add_style("Operative", 1)  # 1 = paragraph style
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{num}"/></w:numPr>')
    )
    document.add_paragraph("Requests the Secretary-General.", style="Operative")
    document.add_paragraph("Urges the Member States.", style="Operative")
    assert blocks(b.docx_bytes(document)) == [
        "(a) Requests the Secretary-General.",
        "(b) Urges the Member States.",
    ]


def test_manual_numbers_tables_and_line_breaks_are_kept():
    document = b.new_document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "OIC/CFM-50/2024/REP"
    table.cell(0, 1).text = "Original: French"
    heading = document.add_paragraph()
    b.add_runs(heading, "REPORT\nOF THE MEETING", bold=True)
    document.add_paragraph("1. A number typed by hand.")
    out = blocks(b.docx_bytes(document))
    assert out == [
        "OIC/CFM-50/2024/REP",
        "Original: French",
        "**REPORT\nOF THE MEETING**",
        "1. A number typed by hand.",
    ]


def test_deleted_and_hidden_text_is_left_out():
    document = b.new_document()
    paragraph = document.add_paragraph("Kept ")
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>deleted</w:delText>'
            "</w:r></w:del>"
        )
    )
    hidden = paragraph.add_run("hidden")
    hidden.font.hidden = True
    paragraph.add_run("text.")
    assert blocks(b.docx_bytes(document)) == ["Kept text."]


@pytest.mark.parametrize(
    ("value", "fmt", "printed"),
    [
        (14, "lowerRoman", "xiv"),
        (49, "upperRoman", "XLIX"),
        (27, "lowerLetter", "aa"),
        (2, "upperLetter", "B"),
        (3, "arabicAbjad", "ج"),
        (3, "arabicAlpha", "ت"),
        (12, "hindiNumbers", "١٢"),
        (3, "decimalZero", "03"),
        (22, "ordinal", "22nd"),
        (7, "somethingNew", "7"),
    ],
)
def test_number_formats(value, fmt, printed):
    assert format_number(value, fmt) == printed
