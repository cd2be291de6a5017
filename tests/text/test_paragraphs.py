"""decisions.text.paragraphs: a report's text -> its operative paragraphs."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decisions.text.paragraphs import (
    MAX_REPORT_BYTES,
    ReportParseError,
    decode_report,
    parse_report,
)
from tests.text.helpers import INTRO, REPORT_PATH, ROMANS, error_of, numbers, texts


@pytest.fixture(scope="module")
def report():
    return parse_report(decode_report(REPORT_PATH.read_bytes()))


# --------------------------------------------------------------------------
# The shared report


def test_it_finds_the_fourteen_roman_numbered_paragraphs_in_order(report):
    assert [p.number for p in report.paragraphs] == ROMANS
    assert [p.position for p in report.paragraphs] == list(range(1, 15))


def test_it_ignores_the_narrative_introduction(report):
    assert not any("s'est réuni" in p.text for p in report.paragraphs)


def test_it_joins_a_paragraph_cut_by_a_page_break(report):
    ix = report.paragraphs[8]
    assert "le 16 décembre 2017 à Bruxelles" in ix.text
    assert ix.text.endswith("d'y apporter leur appui.")


def test_it_keeps_the_text_inside_sup_tags(report):
    assert "12ème Sommet" in report.paragraphs[10].text


def test_it_records_the_line_where_each_paragraph_starts(report):
    lines = REPORT_PATH.read_text(encoding="utf-8").split("\n")
    for paragraph in report.paragraphs:
        assert lines[paragraph.line - 1].startswith(f"- {paragraph.number}.")


def test_it_has_no_warnings_for_the_shared_report(report):
    assert report.warnings == ()


# --------------------------------------------------------------------------
# UN / AU style clauses

UN_STYLE = """The Council,

RECALLING its previous decisions on the situation in Mali,

Noting with concern the security situation in the north,

WELCOMES the progress made in the peace process;

REQUESTS the Secretary-General to submit a report by 31 March 2018;

CALLS UPON all parties to respect the ceasefire.
"""


def test_it_reads_upper_case_operative_clauses_as_paragraphs():
    assert texts(UN_STYLE) == [
        "WELCOMES the progress made in the peace process;",
        "REQUESTS the Secretary-General to submit a report by 31 March 2018;",
        "CALLS UPON all parties to respect the ceasefire.",
    ]


def test_it_numbers_operative_clauses_by_position():
    assert numbers(UN_STYLE) == ["1", "2", "3"]


def test_it_reads_italic_operative_verbs_as_clauses():
    text = "*Recalling* its decisions,\n\n*Requests* the Secretary-General to act;\n"
    assert texts(text) == ["Requests the Secretary-General to act;"]


def test_it_reads_french_operative_clauses():
    text = (
        "RAPPELANT ses décisions,\n\nSE FÉLICITE des progrès ;\n\n"
        "DEMANDE aux parties de respecter l'accord."
    )
    assert numbers(text) == ["1", "2"]


# --------------------------------------------------------------------------
# Errors


def test_it_rejects_two_paragraphs_with_the_same_number_giving_both_lines():
    error = error_of(INTRO + "i. Premier.\nii. Deuxième.\nii. Encore.")
    assert error.line == 5
    assert str(error) == "line 5: two paragraphs are numbered 'ii' (first on line 4)"


def test_it_rejects_a_report_with_no_operative_paragraph():
    error = error_of("Le Groupe s'est réuni à New York.\n\nIl a entendu le Ministre.")
    assert error.message.startswith("no operative paragraph found")
    assert "REQUESTS" in str(error)


def test_it_rejects_preambular_paragraphs_only():
    error = error_of("RECALLING its decisions,\n\nNOTING the situation,")
    assert error.message.startswith("no operative paragraph found")


@pytest.mark.parametrize("text", ["", "   \n\t\n  "])
def test_it_rejects_empty_text(text):
    assert error_of(text).message == "the report is empty"


def test_the_error_reads_as_its_message_when_it_has_no_line():
    error = ReportParseError("the file is empty")
    assert (str(error), error.line) == ("the file is empty", None)


def test_the_error_is_a_value_error_carrying_message_and_line():
    error = ReportParseError("bad", 3)
    assert isinstance(error, ValueError)
    assert (error.args, str(error)) == (("bad", 3), "line 3: bad")


# --------------------------------------------------------------------------
# Decoding


def test_decode_rejects_an_empty_file():
    with pytest.raises(ReportParseError, match="the file is empty"):
        decode_report(b"")


def test_decode_rejects_a_file_that_is_only_a_bom():
    with pytest.raises(ReportParseError, match="the file is empty"):
        decode_report(b"\xef\xbb\xbf")


def test_decode_rejects_a_file_with_nul_bytes():
    with pytest.raises(ReportParseError, match="the file looks binary, not text"):
        decode_report(b"1. Point\x00\x00")


def test_decode_rejects_a_file_of_control_characters():
    with pytest.raises(ReportParseError, match="binary"):
        decode_report(bytes(range(1, 32)) * 3)


def test_decode_reports_the_line_and_offset_of_invalid_utf8():
    with pytest.raises(ReportParseError) as info:
        decode_report("ligne 1\nligne 2\nréunion \xe9t\xe9".encode("latin-1"))
    assert info.value.line == 3
    assert "offset 17" in info.value.message
    assert "0xe9" in info.value.message


def test_decode_rejects_a_file_over_the_size_limit_saying_both_sizes():
    with pytest.raises(ReportParseError) as info:
        decode_report(b"a" * (MAX_REPORT_BYTES + 1))
    assert "2,000,001 bytes" in info.value.message
    assert "2,000,000 bytes" in info.value.message


def test_decode_strips_the_bom_and_normalises_line_ends():
    assert decode_report(b"\xef\xbb\xbfa\r\nb\rc") == "a\nb\nc"


def test_decode_accepts_the_shared_report():
    assert decode_report(REPORT_PATH.read_bytes()).startswith("\n")


# --------------------------------------------------------------------------
# Robustness

REPORT_LINES = [
    "",
    "**OIC/ACM-2017/MALI-REP**",
    "**20 SEPTEMBRE 2017.**",
    "NEW YORK, SIÈGE DES NATIONS UNIES",
    "la Réunion a décidé ce qui suit :",
    "- i. La Réunion a réaffirmé son attachement.",
    "- ii. La Réunion a demandé aux États membres de contribuer.",
    "ii. doublon",
    "1. Point",
    "a) sous-point",
    "i) sous-sous-point",
    "- puce",
    "REQUESTS the Secretary-General to report;",
    "RECALLING its decisions,",
    "décembre 2017 à Bruxelles.",
    "---",
    "Page 2 of 5",
    "\f",
    "12<sup>ème</sup>",
    "# Décisions",
    "    indented continuation",
    "(iv) item",
    "**",
    "*Requests* x",
]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_parse_report_raises_only_report_parse_errors_on_any_text(text):
    with contextlib.suppress(ReportParseError):
        parse_report(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(REPORT_LINES) | st.text(max_size=40), max_size=30))
def test_parse_report_raises_only_report_parse_errors_on_report_like_text(lines):
    try:
        result = parse_report("\n".join(lines))
    except ReportParseError:
        return
    assert result.paragraphs
    assert [p.position for p in result.paragraphs] == list(range(1, len(result.paragraphs) + 1))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_decode_report_raises_only_report_parse_errors_on_any_bytes(data):
    with contextlib.suppress(ReportParseError):
        decode_report(data)


def test_decode_drops_control_and_bidi_override_characters_keeping_line_breaks():
    data = "1. La Réunion\x0ba salué\x01 le \u202eplan\u202c.\n2. Fin.".encode()
    assert decode_report(data) == "1. La Réunion\na salué le plan.\n2. Fin."
