"""A title block's symbol with an Arabic committee suffix or a sitting, and
its meeting: the session, never the subject line (issue 18, part 5).
Sentences written for the tests after the layout many title blocks share:
an issuer, a session line, a resolution's number, a subject line, a place
and a date."""

from __future__ import annotations

import pytest

from decisions.text.meetings import session_meeting, subject_line
from decisions.text.paragraphs import parse_report
from decisions.text.symbols import act_symbol
from tests.formats.hostile import assert_linear


@pytest.mark.parametrize(
    "line, symbol",
    [
        ("القرار رقم 2/48 – ق س", "القرار رقم 2/48 – ق س"),  # one-letter abbreviations
        ("قرار رقم ٧/٥١-ق.س.ع", "قرار رقم ٧/٥١-ق.س.ع"),
        ("Resolution No. 2/48-POL", "Resolution No. 2/48-POL"),
        ("Résolution n° 5/50 – E.C", "Résolution n° 5/50 – E.C"),
        ("القرار رقم 8914 د.ع (159) ج2", "القرار رقم 8914 د.ع (159) ج2"),  # its sitting
        ("قرار رقم ٦٦٠٢ د.غ.ع (٢٤) - ج ١", "قرار رقم ٦٦٠٢ د.غ.ع (٢٤) - ج ١"),
        # The distinctive form alone on its line.
        ("2/48 – ق س", "2/48 – ق س"),
        ("11/49-POL", "11/49-POL"),
        ("**٣/٤٧-ث**", "٣/٤٧-ث"),
    ],
)
def test_a_suffix_or_a_sitting_is_part_of_the_symbol(line, symbol):
    found = act_symbol(line)
    assert found is not None and (found.symbol, found.rest) == (symbol, "")


@pytest.mark.parametrize(
    "line, symbol, rest",
    [
        # A word after the letters is the title's, not the symbol's.
        ("القرار رقم 2/48-س بشأن الشباب", "القرار رقم 2/48-س", "بشأن الشباب"),
        ("Resolution No. 1/47-POL a new text", "Resolution No. 1/47-POL", "a new text"),
        ("قرار رقم 8914 د.ع (159) جدول الأعمال", "قرار رقم 8914 د.ع (159)", "جدول الأعمال"),
    ],
)
def test_a_word_after_the_suffix_stays_apart(line, symbol, rest):
    found = act_symbol(line)
    assert (found.symbol, found.rest) == (symbol, rest)


@pytest.mark.parametrize(
    "line",
    [
        "2/48",  # no committee's letters
        "22/3/2022",
        "2/48 – ق س بشأن الشباب",  # not alone on its line: read only after a noun
        "11/49-POL on youth",
        "يشير إلى القرار 2/48 – ق س",
        "ص 2/48 ج",
    ],
)
def test_a_bare_number_not_alone_or_without_letters_is_no_symbol(line):
    assert act_symbol(line) is None


@pytest.mark.parametrize(
    "line",
    ["بشأن دعم الأسر النازحة", "حول تطوير منظومة العمل", "في شأن المياه",
     "On the support to displaced families", "Concerning youth employment",
     "Sur la coopération en matière d'eau", "Relative à la sécurité alimentaire"],
)  # fmt: skip
def test_a_subject_line_is_a_subject(line):
    assert subject_line(line)
    assert session_meeting(line) == ""


@pytest.mark.parametrize(
    "line",
    ["الدورة العادية (160) لمجلس الجامعة", "Online training", "Sure enough", "Onboarding",
     "حولية الأمانة العامة", "Council of Ministers"],
)  # fmt: skip
def test_a_line_opening_with_a_like_word_is_no_subject(line):
    assert not subject_line(line)


@pytest.mark.parametrize(
    "line, meeting",
    [
        ("الدورة العادية (160) لمجلس الجامعة", "الدورة العادية (160) لمجلس الجامعة"),
        ("الاجتماع الوزاري الثالث، القاهرة", "الاجتماع الوزاري الثالث"),
        ("الدورة الحادية والخمسون المنعقدة في الرباط", "الدورة الحادية والخمسون"),
        ("Fifty-First Session of the Council, held in Rabat", "Fifty-First Session of the Council"),
        ("Third Ministerial Meeting: Dakar", "Third Ministerial Meeting"),
        ("Réunion ministérielle tenue à Tunis", "Réunion ministérielle"),
        ("Session extraordinaire du Conseil", "Session extraordinaire du Conseil"),
    ],
)
def test_a_session_line_names_the_meeting(line, meeting):
    assert session_meeting(line) == meeting


@pytest.mark.parametrize(
    "line",
    ["بشأن عقد الاجتماع القادم", "On the session of the Council", "Rabat, 3 March 2024",
     "منظمة التعاون الإسلامي",
     "The Council of Foreign Ministers welcomes the report of the session"],
)  # fmt: skip
def test_a_subject_a_place_or_a_sentence_is_no_session(line):
    assert session_meeting(line) == ""


LEAGUE = """جامعة الدول العربية
الدورة العادية (160) لمجلس الجامعة على المستوى الوزاري

القرار رقم 9021 د.ع (160) ج2

حول تطوير منظومة العمل المشترك في مجال المياه
الرباط في 4 مارس 2024

إن مجلس الجامعة على المستوى الوزاري،

1- يطلب من الأمانة العامة إعداد دراسة عن الموارد المائية.
2- يدعو الدول الأعضاء إلى تبادل البيانات.
"""

OIC = """منظمة التعاون الإسلامي
القرار رقم 5/51 – ق س
بشأن دعم برامج تشغيل الشباب
داكار، 11 أبريل 2024

إن مجلس وزراء الخارجية،

1- يطلب من الأمين العام متابعة تنفيذ هذا القرار.
"""

BARE = OIC.replace("القرار رقم 5/51 – ق س", "5/51 – ق س")

EN = """Resolution No. 5/51-POL
On youth employment programmes
Fifty-First Session of the Council of Foreign Ministers
Dakar, 11 April 2024

The Council of Foreign Ministers,

1. Requests the Secretary-General to follow up this resolution.
"""

FR = """Résolution n° 5/51-POL
Sur les programmes d'emploi des jeunes
Dakar, 11 avril 2024

Le Conseil des ministres des affaires étrangères,

1. Prie le Secrétaire général d'assurer le suivi de la présente résolution.
"""


def test_the_league_session_is_the_meeting_and_the_sitting_the_symbols():
    report = parse_report(LEAGUE)
    assert report.symbol == "القرار رقم 9021 د.ع (160) ج2"
    assert report.title == "حول تطوير منظومة العمل المشترك في مجال المياه"
    assert report.meeting == "الدورة العادية (160) لمجلس الجامعة على المستوى الوزاري"
    assert [p.number for p in report.paragraphs] == ["1", "2"]
    assert not any("ج2" in p.text for p in report.paragraphs)


@pytest.mark.parametrize("text", [OIC, BARE])
def test_an_arabic_suffix_is_the_symbols_and_the_subject_no_meeting(text):
    report = parse_report(text)
    assert report.symbol.endswith("5/51 – ق س")
    assert report.title == "بشأن دعم برامج تشغيل الشباب"
    assert report.meeting == ""  # not read: the reviewer types it
    assert [p.number for p in report.paragraphs] == ["1"]


def test_an_english_subject_then_session():
    report = parse_report(EN)
    assert report.title == "On youth employment programmes"
    assert report.meeting == "Fifty-First Session of the Council of Foreign Ministers"


def test_a_french_subject_is_no_meeting():
    report = parse_report(FR)
    assert report.symbol == "Résolution n° 5/51-POL"
    assert report.meeting == ""


def test_a_title_naming_the_body_that_met_is_still_the_meeting():
    # Counter-example: no subject line; the title names a council.
    text = EN.replace("On youth employment programmes\n", "").replace(
        "Fifty-First Session of the Council of Foreign Ministers", "Council of Foreign Ministers"
    )
    assert parse_report(text).meeting == "Council of Foreign Ministers"


def _lines(n: int) -> list[str]:
    return ["الدورة " * n, "on " * n, "Session " + "x " * n, "1/2-" + "ق " * n, "بشأن" * n]


def test_reading_lines_costs_time_linear_in_their_length():
    def read(lines):
        return [(session_meeting(ln), subject_line(ln), act_symbol(ln)) for ln in lines]

    assert_linear(read, _lines, 2_000)


@pytest.mark.parametrize("line", ["15/03 - Alger", "1/12-Paris", "3/12 - Genève", "20/11-Dakar"])
def test_a_date_and_a_place_alone_on_a_line_are_no_symbol(line):
    # The bare "2/48-POL" form needs its committee's letters in capitals where
    # the script has case: a day, a month and a city are no symbol.
    assert act_symbol(line) is None


@pytest.mark.parametrize("line", ["11/49-POL", "2/13-ORG (IS)", "2/48 – ق س", "7/50-ECO"])
def test_the_bare_form_with_capital_letters_stays_a_symbol(line):
    assert act_symbol(line).symbol == line


@pytest.mark.parametrize(
    "line",
    [
        "The Meeting adopted the following resolution:",
        "The Conference has decided as follows",
        "la Conférence a décidé ce qui suit",
        "Conference room 2, Geneva",
    ],
)
def test_a_sentence_or_a_room_opening_with_a_session_noun_is_no_meeting(line):
    assert session_meeting(line) == ""


@pytest.mark.parametrize(
    ("line", "meeting"),
    [
        ("Summit Conference of the OIC, held in Banjul", "Summit Conference of the OIC"),
        ("Ministerial Meeting on the Sahel", "Ministerial Meeting on the Sahel"),
        ("Réunion ministérielle tenue à Rabat", "Réunion ministérielle"),
    ],
)
def test_a_session_line_stays_the_meeting(line, meeting):
    assert session_meeting(line) == meeting


def test_a_line_opening_with_a_date_after_on_is_no_subject():
    assert not subject_line("On 12 May 2031 the Council met in Jeddah")
    assert subject_line("On the support to displaced families")
