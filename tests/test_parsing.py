from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decisions.parsing import (
    MAX_REPORT_BYTES,
    ReportParseError,
    decode_report,
    parse_report,
)

REPORT_PATH = (
    Path(__file__).resolve().parent.parent / "fixtures" / "reports" / "OIC-ACM-2017-MALI-REP.fr.md"
)

ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv"]


@pytest.fixture(scope="module")
def report():
    return parse_report(decode_report(REPORT_PATH.read_bytes()))


def numbers(text: str) -> list[str]:
    return [p.number for p in parse_report(text).paragraphs]


def texts(text: str) -> list[str]:
    return [p.text for p in parse_report(text).paragraphs]


def error_of(text: str) -> ReportParseError:
    with pytest.raises(ReportParseError) as info:
        parse_report(text)
    return info.value


# --------------------------------------------------------------------------
# The shared report


def test_it_reads_the_symbol_of_the_shared_report(report):
    assert report.symbol == "OIC/ACM-2017/MALI-REP"


def test_it_reads_the_meeting_date_of_the_shared_report(report):
    assert report.date == dt.date(2017, 9, 20)


def test_it_reads_the_place_without_the_venue(report):
    assert report.place == "New York"


def test_it_detects_french(report):
    assert report.language == "fr"


def test_it_sentence_cases_the_upper_case_title_keeping_proper_nouns(report):
    assert report.title == (
        "Rapport de la réunion du Groupe de contact sur le Mali organisée en marge de la "
        "réunion annuelle de coordination des ministres des affaires étrangères"
    )


def test_it_names_the_body_that_met(report):
    assert report.meeting == "Groupe de contact sur le Mali"


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
# Numbering styles

INTRO = "La Réunion a décidé ce qui suit :\n\n"


@pytest.mark.parametrize(
    ("marker", "expected"),
    [
        ("{n}.", ["1", "2", "3"]),
        ("{n}-", ["1", "2", "3"]),
        ("{n})", ["1", "2", "3"]),
        ("({n})", ["1", "2", "3"]),
        ("* {n}.", ["1", "2", "3"]),
    ],
)
def test_it_accepts_arabic_numbering(marker, expected):
    body = "\n".join(f"{marker.format(n=n)} La Réunion a salué le point {n}." for n in (1, 2, 3))
    assert numbers(INTRO + body) == expected


@pytest.mark.parametrize("marker", ["{n})", "{n}.", "- {n})"])
def test_it_accepts_letter_numbering(marker):
    body = "\n".join(f"{marker.format(n=n)} La Réunion a salué le point {n}." for n in "abc")
    assert numbers(INTRO + body) == ["a", "b", "c"]


def test_it_reads_i_as_a_letter_after_h_in_a_letter_list():
    body = "\n".join(f"{n}) La Réunion a salué le point {n}." for n in "abcdefghij")
    assert numbers(INTRO + body) == list("abcdefghij")


def test_it_reads_i_ii_iii_as_roman_numerals_when_the_list_starts_roman():
    body = "\n".join(f"{n}. La Réunion a salué le point {n}." for n in ROMANS[:5])
    assert numbers(INTRO + body) == ROMANS[:5]


def test_it_folds_letter_sub_items_into_the_arabic_paragraph_above():
    text = INTRO + (
        "1. La Réunion a demandé aux États membres :\n"
        "   a) de soutenir le Mali ;\n"
        "   b) de contribuer au fonds.\n"
        "2. La Réunion a salué les efforts.\n"
    )
    result = parse_report(text)
    assert [p.number for p in result.paragraphs] == ["1", "2"]
    assert result.paragraphs[0].text == (
        "La Réunion a demandé aux États membres : a) de soutenir le Mali ; "
        "b) de contribuer au fonds."
    )


def test_it_folds_roman_sub_items_under_a_letter_list():
    text = INTRO + (
        "a) La Réunion a demandé :\n\ni) un rapport ;\n\n"
        "ii) une mission.\n\nb) La Réunion a salué.\n"
    )
    assert numbers(text) == ["a", "b"]
    assert "i) un rapport ; ii) une mission." in texts(text)[0]


def test_it_folds_bullets_under_a_numbered_paragraph():
    text = INTRO + "1. La Réunion a demandé :\n- un rapport ;\n- une mission.\n2. Fin du point."
    assert texts(text) == ["La Réunion a demandé : un rapport ; une mission.", "Fin du point."]


def test_it_numbers_unnumbered_bullets_by_position_in_the_operative_part():
    text = INTRO + "- La Réunion a salué X.\n- La Réunion a demandé Y.\n"
    assert numbers(text) == ["1", "2"]


def test_it_ignores_bullets_before_the_operative_part():
    text = (
        "Étaient présents :\n\n- le Mali ;\n- le Niger.\n\n"
        "La Réunion a décidé ce qui suit :\n\n- La Réunion a salué X.\n"
    )
    assert texts(text) == ["La Réunion a salué X."]


def test_it_warns_when_numbering_skips():
    result = parse_report(INTRO + "1. Premier point.\n3. Troisième point.\n")
    assert any("not consecutive" in w for w in result.warnings)


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
# Page-break artefacts and Markdown


@pytest.mark.parametrize(
    "artefact",
    ["---", "Page 3 of 5", "Page 3 sur 5", "- 3 -", "3", "\f", "* * *"],
)
def test_it_ignores_page_break_artefacts_inside_a_paragraph(artefact):
    text = (
        INTRO
        + "1. La Réunion a demandé aux États membres de le faire le 16\n\n"
        + f"{artefact}\n\ndécembre 2017.\n"
    )
    assert texts(text) == [
        "La Réunion a demandé aux États membres de le faire le 16 décembre 2017."
    ]


def test_it_ignores_a_running_header_repeated_on_every_page():
    header = "OIC/CFM-44/2017/REP"
    text = (
        f"{header}\n\n{INTRO}1. Premier point\n\n{header}\n\n"
        f"suite du premier.\n\n2. Deuxième.\n\n{header}\n"
    )
    assert texts(text) == ["Premier point suite du premier.", "Deuxième."]


def test_it_joins_a_continuation_that_starts_with_a_digit():
    text = INTRO + "1. La conférence aura lieu le 16 décembre\n\n2017 à Bruxelles.\n2. Autre point."
    assert texts(text)[0] == "La conférence aura lieu le 16 décembre 2017 à Bruxelles."


def test_it_does_not_join_a_capitalised_narrative_block_after_the_list():
    text = INTRO + "1. Premier point.\n\nLa séance a été levée à midi."
    assert texts(text) == ["Premier point."]


def test_it_joins_wrapped_lines_of_one_paragraph():
    text = INTRO + "1. La Réunion a demandé\naux États membres\n   de soutenir le Mali."
    assert texts(text) == ["La Réunion a demandé aux États membres de soutenir le Mali."]


def test_it_removes_markdown_emphasis_and_tags_but_keeps_their_text():
    text = (
        INTRO
        + "1. **La Réunion** a salué le *12<sup>ème</sup>* Sommet &amp; [le plan](http://x).\n"
    )
    assert texts(text) == ["La Réunion a salué le 12ème Sommet & le plan."]


def test_it_reads_bold_numbers():
    assert numbers(INTRO + "**1.** Premier.\n**2.** Deuxième.") == ["1", "2"]


# --------------------------------------------------------------------------
# Title block

ENGLISH_REPORT = """OIC/CFM-44/2017/MALI/REP

**REPORT OF THE MEETING OF THE OIC CONTACT GROUP ON MALI
HELD ON THE SIDELINES OF THE ANNUAL COORDINATION MEETING**

**NEW YORK, UNITED NATIONS HEADQUARTERS**

**September 20, 2017**

The OIC Contact Group on Mali met at ministerial level in New York, at the Headquarters of
the United Nations. The Contact Group decided as follows:

1. The Meeting welcomed the progress made by the Government of Mali in the implementation
of the agreement.
2. The Meeting requested the Secretary-General to send a mission to Mali at the earliest.
"""


def test_it_reads_an_english_title_block():
    result = parse_report(ENGLISH_REPORT)
    assert (result.symbol, result.place, result.date, result.language) == (
        "OIC/CFM-44/2017/MALI/REP",
        "New York",
        dt.date(2017, 9, 20),
        "en",
    )


def test_it_names_the_english_body_that_met_without_the_oic_prefix():
    assert parse_report(ENGLISH_REPORT).meeting == "Contact Group on Mali"


def test_it_sentence_cases_a_title_using_the_spelling_of_the_body_text():
    # "OIC" and "Mali" stay as the body writes them; "sidelines" is lower-case.
    assert parse_report(ENGLISH_REPORT).title == (
        "Report of the Meeting of the OIC Contact Group on Mali held on the sidelines of "
        "the annual coordination Meeting"
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("20 SEPTEMBRE 2017.", dt.date(2017, 9, 20)),
        ("1er mars 2018", dt.date(2018, 3, 1)),
        ("20 September, 2017", dt.date(2017, 9, 20)),
        ("September 20, 2017", dt.date(2017, 9, 20)),
        ("le 3 AOÛT 2016", dt.date(2016, 8, 3)),
    ],
)
def test_it_reads_the_meeting_date_in_french_and_english_forms(written, expected):
    text = f"**RAPPORT DE LA RÉUNION**\n\n**JEDDAH**\n\n**{written}**\n\n{INTRO}1. Point."
    assert parse_report(text).date == expected


def test_it_falls_back_to_the_date_in_the_introduction():
    text = (
        "Le Groupe s'est réuni le 20 Septembre, 2017 à New York et a décidé ce qui suit :"
        "\n\n1. Point."
    )
    assert parse_report(text).date == dt.date(2017, 9, 20)


def test_it_warns_and_leaves_the_symbol_empty_when_there_is_none():
    result = parse_report("**RAPPORT DE LA RÉUNION**\n\n" + INTRO + "1. Point.")
    assert result.symbol == ""
    assert any("symbol" in w for w in result.warnings)


def test_it_title_cases_a_place_with_particles():
    text = "**RAPPORT**\n\n**PORT-AU-PRINCE, PALAIS DES CONGRÈS**\n\n" + INTRO + "1. Point."
    assert parse_report(text).place == "Port-au-Prince"


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
