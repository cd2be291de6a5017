"""Layouts of real Arabic and French resolutions, on text written after them:
paragraphs numbered by ordinal words with any mark after them, or none
("ثانياً/", "ثالثاً،", "رابعاً" alone on its line); and the verb opening the
operative part alone on its line ("يقرر", "DÉCIDE :"), with one unnumbered
paragraph after it, even when the title has lettered parts."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import parse_report
from tests.formats.hostile import assert_linear

HEAD_AR = "قرار بشأن دعم اللاجئين\n\nإن مجلس الجامعة،\n\n"
ITEMS = ("يدعو الدول الأعضاء إلى دعم اللاجئين.", "يطلب من الأمانة العامة متابعة التنفيذ.")


def numbered(text: str) -> list[tuple[str, str]]:
    return [(p.number, p.text) for p in parse_report(text).paragraphs]


@pytest.mark.parametrize("mark", ["/", "،", "", "\n"])
def test_ordinal_words_number_paragraphs_whatever_follows_them(mark):
    sep = mark if mark == "\n" else mark + " "
    text = HEAD_AR + f"أولاً{sep}{ITEMS[0]}\n\nثانياً{sep}{ITEMS[1]}\n"
    assert numbered(text) == [("أولا", ITEMS[0]), ("ثانيا", ITEMS[1])]


def test_ordinal_words_past_ten_follow_on():
    text = HEAD_AR + f"عاشراً {ITEMS[0]}\n\nحادي عشر {ITEMS[1]}\n"
    assert [n for n, _ in numbered(text)] == ["عاشرا", "حادي عشر"]


def test_the_paragraph_after_a_lone_decision_verb_is_read_past_a_lettered_title():
    text = (
        "أ - المفقودون من المواطنين\n"
        "ب - اللاجئون الموجودون في البلد المضيف\n\n"
        "إن مجلس الجامعة،\n\n"
        "         بعد اطلاعه على مذكرة الأمانة العامة،\n\n"
        "يقـــرر\n\n"
        "         تكليف الأمين العام مواصلة مساعيه وأن يقدم تقريرا إلى المجلس.\n\n"
        "(1)\n\nيسجل وفد إحدى الدول تحفظه على عنوان القرار.\n"
    )
    found = numbered(text)
    assert [n for n, _ in found] == ["1"]
    assert found[0][1].startswith("تكليف الأمين العام مواصلة مساعيه")


def test_a_lone_decision_verb_in_french_opens_an_unnumbered_paragraph():
    text = (
        "RÉSOLUTION SUR LA COOPÉRATION\n\nLe Conseil,\n\nRappelant sa résolution,\n\n"
        "DÉCIDE :\n\nde prier le Secrétaire général de présenter un rapport.\n"
    )
    assert numbered(text) == [("1", "de prier le Secrétaire général de présenter un rapport.")]


def test_a_numbered_list_after_a_lone_decision_verb_is_read_as_usual():
    text = (
        "RESOLUTION ON COOPERATION\n\nThe Council,\n\nDECIDES:\n\n"
        "1. Requests the Secretary-General to report.\n\n"
        "2. Invites Member States to contribute.\n"
    )
    assert [n for n, _ in numbered(text)] == ["1", "2"]


def test_a_word_that_is_no_decision_verb_alone_on_its_line_changes_nothing():
    text = "RESOLUTION\n\nThe Council,\n\nAdopted\n\n1. Requests the Secretary-General to act.\n"
    assert [n for n, _ in numbered(text)] == ["1"]


@pytest.mark.parametrize(
    "unit",
    ["يقرر\n\nتكليف الأمين العام\n\n", "أولا\n", "ثانيا/ نص\n", "DÉCIDE :\n\n"],
)
def test_these_layouts_are_parsed_in_linear_time(unit):
    def make(n: int) -> str:
        return HEAD_AR + unit * max(1, n // len(unit))

    assert_linear(parse_report, make, 4_000)
