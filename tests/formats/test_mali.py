"""The Mali report as Word and as PDF reads to the same paragraphs as its Markdown."""

from __future__ import annotations

import pytest

from decisions.formats import read_document
from decisions.text.paragraphs import parse_report
from tests.formats import builders as b


def paragraphs(text: str) -> list[tuple[str, str]]:
    return [(p.number, " ".join(p.text.split())) for p in parse_report(text).paragraphs]


@pytest.mark.parametrize(
    ("name", "build", "fmt"),
    [("mali.docx", b.mali_docx_cached, "docx"), ("mali.pdf", b.mali_pdf_cached, "pdf")],
)
def test_the_mali_report_reads_like_its_markdown(name, build, fmt):
    markdown = b.MALI_MD.read_text(encoding="utf-8")
    document = read_document(build(), name=name)
    assert document.format == fmt
    expected = paragraphs(markdown)
    assert [n for n, _ in expected][-1] == "xiv"
    assert paragraphs(document.text) == expected
    got, want = parse_report(document.text), parse_report(markdown)
    assert (got.symbol, got.title, got.place, got.date) == (
        want.symbol,
        want.title,
        want.place,
        want.date,
    )


def test_the_mali_pdf_runs_over_pages_with_a_running_header():
    import pypdfium2

    pdf = pypdfium2.PdfDocument(b.mali_pdf_cached())
    assert len(pdf) >= 2
    assert all(
        "OIC/ACM-2017/MALI-REP" in pdf[i].get_textpage().get_text_range() for i in range(len(pdf))
    )
    text = read_document(b.mali_pdf_cached(), name="mali.pdf").text
    assert text.count("OIC/ACM-2017/MALI-REP") == 1  # the title block's, not the headers
    assert "Page 1 sur" not in text


def test_the_markdown_file_itself_reads_as_text():
    data = b.MALI_MD.read_bytes()
    document = read_document(data, name="mali.md")
    assert (document.format, document.text) == ("text", data.decode("utf-8"))
