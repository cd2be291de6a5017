"""decisions.text.numbering: list markers and how they number paragraphs."""

from __future__ import annotations

import pytest

from decisions.text.numbering import value
from decisions.text.paragraphs import parse_report
from tests.text.helpers import INTRO, ROMANS, numbers, texts


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


def test_it_keeps_every_paragraph_of_a_report_over_a_thousand_paragraphs():
    body = "\n".join(f"{n}. La Réunion a salué le point {n}." for n in range(1, 1201))
    result = parse_report(INTRO + body)
    assert [p.number for p in result.paragraphs] == [str(n) for n in range(1, 1201)]
    assert result.paragraphs[999].text == "La Réunion a salué le point 1000."
    assert not result.warnings or all("not consecutive" not in w for w in result.warnings)


def test_a_year_opening_a_wrapped_line_is_not_a_paragraph_number():
    text = INTRO + "1. La conférence aura lieu en\n2017. Elle sera suivie.\n2. Autre point."
    assert numbers(text) == ["1", "2"]


@pytest.mark.parametrize(
    ("kind", "token", "expected"),
    [("roman", "xiv", 14), ("roman", "mcm", 1900), ("arabic", "1200", 1200), ("letter", "c", 3),
     ("roman", "iiii", None), ("letter", "12", None)],
)  # fmt: skip
def test_value_reads_a_marker_in_its_numbering_style(kind, token, expected):
    assert value(kind, token) == expected


def test_a_symbol_opening_with_a_far_letter_does_not_open_the_list():
    # "ق. ٨٤٢٩": a resolution's symbol (ق, the 19th letter), above its decision.
    text = (
        "ق. ٨٤٢٩ - د.ع (١٥٢) - ١٠/٩/٢٠١٩\n\nالوضع في اليمن\n\nيقرر:\n\n"
        "١- الطلب من الأمين العام متابعة الموضوع.\n\n٢- دعوة الدول الأعضاء إلى دعم الخطة.\n"
    )
    assert numbers(text) == ["١", "٢"]
    text = "w. 2019 - Title\n\nDecides:\n\n1. Requests the Secretary-General to report.\n"
    assert numbers(text) == ["1"]


def test_a_list_may_still_open_a_few_letters_on():
    body = "\n".join(f"{n}) La Réunion a salué le point {n}." for n in "cde")
    assert numbers(INTRO + body) == ["c", "d", "e"]
    body = "\n".join(f"{n}) يدعو الدول الأعضاء إلى دعم البند {n}." for n in "جده")
    assert numbers(INTRO + body) == ["ج", "د", "ه"]
