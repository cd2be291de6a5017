"""A page copied with its HTML markup is read as a browser shows it
(decisions.text.markup): paragraphs parted by closing block tags or runs of
line breaks, other tags dropped, comments and scripts hidden. Texts written
for these tests."""

from __future__ import annotations

from decisions.text.markup import html_as_text
from decisions.text.paragraphs import parse_report
from decisions.text.requests import extract_all
from tests.formats.hostile import assert_linear
from tests.text.helpers import registry


def _owners(text: str, language: str) -> list[list[str]]:
    report = parse_report(text)
    found = extract_all([p.text for p in report.paragraphs], registry(language), language)
    return [[r.owner.slug for r in e.requests] for e in found]


EN_PAGE = (
    '<span style="color: #333;">The Council met on Monday to review the situation in the '
    "region and heard a briefing. </span><br />'' <br />'' "
    '<span style="color: #333;">The Council called on the parties to return to the talks '
    "without delay.</span><br />'' <br />'' "
    '<span style="color: #333;">The Council urged the international community to support '
    "the refugees.</span><br />\nSite name | 3 March 2031\n"
)


def test_a_page_with_its_markup_is_read_paragraph_by_paragraph():
    report = parse_report(EN_PAGE)
    assert [p.text[:30] for p in report.paragraphs][-2:] == [
        "The Council called on the part",
        "The Council urged the internat",
    ]
    assert all("<" not in p.text and "''" not in p.text for p in report.paragraphs)
    assert _owners(EN_PAGE, "en")[-2:] == [["parties"], ["international-community"]]


def test_french_and_arabic_pages_in_paragraph_tags():
    fr = (
        "<p>Le Conseil s'est réuni lundi pour examiner la situation dans la région.</p>"
        "<p>Le Conseil a exhorté les parties à reprendre les pourparlers sans délai.</p>"
    )
    assert _owners(fr, "fr")[-1] == ["parties"]
    ar = (
        '<div class="t">اجتمع المجلس يوم الاثنين لبحث الوضع في المنطقة.</div>'
        '<div class="t">ودعا المجلس المجتمع الدولي إلى دعم اللاجئين في المنطقة.</div>'
    )
    assert _owners(ar, "ar")[-1] == ["international-community"]


def test_comments_scripts_and_styles_hold_no_text():
    page = (
        "<p>One <!-- a note --> line.</p><script>var x = '<p>no</p>';</script>"
        "<style>p { color: red; }</style><p>Two.</p>"
    )
    text = html_as_text(page)
    assert "note" not in text and "var" not in text and "color" not in text
    assert text.split() == ["One", "line.", "Two."]


def test_a_text_without_tags_is_left_as_it_is():
    # Counter-examples: comparison signs and a line break in Markdown prose.
    plain = "The Council noted that 3 < 5 and 7 > 2.\n\nThe Council urged the parties to act."
    assert html_as_text(plain) == plain
    assert html_as_text("a <b") == "a <b"
    quoted = "<<Le Conseil exhorte les parties>> et <Annexe> restent."
    assert html_as_text(quoted) == quoted  # ASCII quotation marks, a bracketed word
    # A single line break inside a paragraph stays inside it (a new line, no blank line).
    assert html_as_text("one<br>two") == "one\ntwo"


def test_hostile_markup_stays_linear():
    assert_linear(html_as_text, lambda n: "<span a='" * n + "<br " * n + "<!--" * n, 2_000)
    assert_linear(html_as_text, lambda n: ("<br />'' " * 3 + "<p>x</p> ") * n, 2_000)
    assert_linear(html_as_text, lambda n: "<script>" * n + "</scrip" * n, 2_000)
    assert_linear(parse_report, lambda n: EN_PAGE * n, 20)


def test_bracketed_words_that_spell_an_element_stay_text():
    # Class: ASCII quotation marks ("<<...>>") or a bracketed phrase whose first
    # word is an element's name ("Article", "A", "Section", "style"): words, not
    # a tag, so neither the page reader nor the line reader drops them.
    fr = (
        "<p>Le Conseil s'est réuni lundi.</p><p>Le Conseil exhorte les parties à respecter "
        "<<Article 5 de la Charte>> et <<A la lettre>> leurs engagements.</p>"
    )
    first = parse_report(fr).paragraphs[-1].text
    assert "Article 5 de la Charte" in first and "A la lettre" in first
    assert "<Section 3>" in html_as_text("<p>x</p> voir <Section 3> et <Article>.")
    # "<style guide>" is no style sheet: the rest of the page stays.
    en = "<p>The Council noted the <style guide> and called on the parties to act.</p>"
    assert html_as_text(en).split()[-2:] == ["to", "act."]
    # Counter-examples: real tags, in either case, with or without attributes.
    page = '<P ALIGN=center>a</P><td nowrap>b<br/><a href="x">c</a><img src=x /> <span>d</span>'
    assert html_as_text(page).split() == ["a", "b", "c", "d"]


def test_tags_without_a_value_stay_linear():
    # A tag's attributes looked through for "=" up to the next "<": one scan each.
    assert_linear(html_as_text, lambda n: "<p>x</p>" + "<p " + "a " * n + ">", 20_000)
    assert_linear(html_as_text, lambda n: "<p>x</p>" + "<p " + "=" * n, 20_000)
    assert_linear(html_as_text, lambda n: "<p>x</p>" + "<<article a " * n, 2_000)


def test_a_page_whose_markup_hides_everything_is_refused_saying_why():
    # Class: a comment or a script left open at the top of a page hides the rest:
    # the refusal says so, not that the report is empty.
    import pytest

    from decisions.text.paragraphs import ReportParseError

    for page in ("<!-- " + EN_PAGE, "<script>" + EN_PAGE, "<p></p><br />" * 3):
        with pytest.raises(ReportParseError, match="only HTML markup"):
            parse_report(page)
    with pytest.raises(ReportParseError, match="the report is empty"):
        parse_report(" \n ")


def test_letters_that_lower_case_to_two_do_not_shift_what_is_hidden():
    # Class: a letter whose lower case is two characters ("İ" of Turkish names,
    # "İstanbul") before a script or a comment: what follows it stays visible.
    page = (
        "<p>The meeting in İstanbul " + "İ" * 50 + ".</p><SCRIPT>var x;</Script >"
        "<p>The Council called on the parties to act.</p><!-- note --><p>Done.</p>"
    )
    text = html_as_text(page)
    assert "The Council called on the parties to act." in text and "Done." in text
    assert "var" not in text and "note" not in text
    assert_linear(html_as_text, lambda n: "<p>İ</p><script>x</script>" * n, 2_000)
