"""A web page's points numbered with keycap digits ("1️⃣ ..."), and a list a
line introduces after the paragraphs ("The Council heard statements from:"),
numbered 1, 2, 3 again: names it lists, not paragraphs. Texts written for
these tests after the structure of such pages, never copied."""

from __future__ import annotations

import pytest

from decisions.text.paragraphs import DuplicateNumberError, parse_report
from tests.formats.hostile import assert_linear

KEY = "\ufe0f\u20e3"

PAGE = (
    "مجلس إقليمي يدين الهجمات\n\n"
    "وجاء في بيان المجلس ما يلي:\n\n"
    f"1{KEY} إدانة الهجمات على المدنيين في المدينة.\n\n"
    f"2{KEY} الدعوة إلى وقف فوري لإطلاق النار.\n\n"
    f"3{KEY} تأكيد أن لا حل عسكريا للنزاع.\n\n"
    "كما استمع المجلس إلى كلمات من كل من:\n\n"
    f"1{KEY} سعادة المفوض المكلف بالشؤون السياسية.\n\n"
    f"2{KEY} الممثل الخاص للمنظمة في المنطقة.\n\n"
    f"3{KEY} ممثل البلد المعني.\n\n"
    f"4{KEY} ممثل الأمم المتحدة.\n"
)


def test_keycap_digits_number_the_points():
    report = parse_report(PAGE)
    assert [p.number for p in report.paragraphs] == ["1", "2", "3"]
    assert report.paragraphs[1].text.startswith("الدعوة إلى")


def test_the_list_a_line_introduces_after_the_points_holds_no_paragraph():
    text = (
        "The Council adopted the following points:\n\n"
        "1. Condemns the attacks on civilians.\n\n"
        "2. Calls upon the parties to cease hostilities.\n\n"
        "The Council heard statements from:\n\n"
        "1. the Commissioner for Political Affairs;\n\n"
        "2. the Special Representative;\n\n"
        "3. the representative of the country concerned.\n"
    )
    report = parse_report(text)
    assert [p.number for p in report.paragraphs] == ["1", "2"]
    assert "Special Representative" not in " ".join(p.text for p in report.paragraphs)


def test_counter_example_a_plain_digit_and_an_emoji_elsewhere_read_as_before():
    report = parse_report(
        "Decides:\n\n1. Requests the Secretary-General to report.\n\n2. Decides to remain seized.\n"
    )
    assert [p.number for p in report.paragraphs] == ["1", "2"]
    # A keycap inside a sentence numbers nothing.
    assert (
        parse_report(f"Decides:\n\n1. Requests the Secretariat to report in 2{KEY} weeks.\n")
        .paragraphs[0]
        .number
        == "1"
    )


def test_counter_example_a_numbering_restarted_without_an_introducing_line_is_still_refused():
    text = (
        "Decides:\n\n1. Requests the Secretariat to act.\n\n2. Notes the report.\n\n"
        "1. Urges the parties.\n"
    )
    with pytest.raises(DuplicateNumberError):
        parse_report(text)


def test_many_points_and_listed_names_cost_linear_work():
    assert_linear(
        parse_report,
        lambda n: PAGE + "".join(f"{i + 5}{KEY} ممثل دولة.\n\n" for i in range(n)),
        200,
    )
