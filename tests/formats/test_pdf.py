"""PDFs with a text layer: headers, footers, page numbers, hyphens, page breaks."""

from __future__ import annotations

import io
import re
from functools import lru_cache

import pypdf
import pypdfium2
import pytest

from decisions.formats import DocumentError, read_document
from tests.formats import builders as b

LONG = (
    "La Réunion a demandé au Secrétaire général de suivre la mise en œuvre de la présente "
    "résolution en collaboration avec les institutions compétentes de l'Organisation et "
    "de faire rapport à la prochaine session du Conseil des ministres des affaires "
    "étrangères sur les progrès accomplis dans chacun des domaines mentionnés. "
)


def text_of(data: bytes) -> str:
    document = read_document(data, name="report.pdf")
    assert document.format == "pdf"
    return document.text


@lru_cache(maxsize=1)
def long_report() -> bytes:
    """Six pages: numbered paragraphs, one of them running over a page break."""
    paragraphs = [f"<p>{n}. {LONG * 2}</p>" for n in range(1, 9)]
    paragraphs.insert(2, f"<p>ZZZ. {LONG * 9}FIN-DU-PARAGRAPHE.</p>")
    return b.pdf_bytes(b.html_page("".join(paragraphs), header="OIC/CFM-50/2024/REP", size="12pt"))


def test_running_header_and_page_numbers_are_removed():
    text = text_of(long_report())
    assert not re.search(r"Page \d+ sur \d+", text)
    assert "OIC/CFM-50/2024/REP" not in text


def test_a_paragraph_cut_by_a_page_break_is_one_paragraph_again():
    pdf = pypdfium2.PdfDocument(long_report())
    first, second = (pdf[i].get_textpage().get_text_range() for i in (0, 1))
    assert "ZZZ." in first and "FIN-DU" in second  # the test document is as meant
    blocks = text_of(long_report()).split("\n\n")
    long = [block for block in blocks if block.startswith("ZZZ.")]
    assert len(long) == 1
    assert long[0].endswith("FIN-DU-PARAGRAPHE.")
    assert " ".join(long[0].split()) == " ".join(f"ZZZ. {LONG * 9}FIN-DU-PARAGRAPHE.".split())


def test_each_numbered_paragraph_is_a_block_of_its_own():
    blocks = text_of(long_report()).split("\n\n")
    numbered = [block.split(" ", 1)[0] for block in blocks]
    assert numbered == ["1.", "2.", "ZZZ.", "3.", "4.", "5.", "6.", "7.", "8."]


@pytest.mark.parametrize(
    "footer", ['"- " counter(page) " -"', "counter(page)", '"p. " counter(page)']
)
def test_page_number_styles_are_removed(footer):
    body = "".join(f"<p>{n}. {LONG * 3}</p>" for n in range(1, 6))
    text = text_of(b.pdf_bytes(b.html_page(body, footer=footer)))
    assert [block.split(" ", 1)[0] for block in text.split("\n\n")] == [
        "1.",
        "2.",
        "3.",
        "4.",
        "5.",
    ]


def test_words_hyphenated_at_line_ends_are_mended():
    words = "extraordinairement anticonstitutionnellement développement " * 6
    body = f'<p style="width: 7cm; hyphens: auto">{words}</p>'
    text = text_of(b.pdf_bytes(b.html_page(body)))
    assert "\u2010" not in text and "- " not in text
    assert text.split() == words.split()


def test_a_manual_hyphen_at_a_forced_break_is_mended_but_a_compound_is_kept():
    body = (
        "<p>Le Secrétaire général est prié de pour-<br>suivre ses efforts en faveur du "
        "développement socio-économique.</p><p>Le développement socio-<br>économique du Sahel.</p>"
    )
    text = text_of(b.pdf_bytes(b.html_page(body)))
    assert "poursuivre" in text
    assert "développement socio-économique du Sahel." in text


def test_paragraphs_without_numbers_keep_their_boundaries():
    body = "<p>Premier paragraphe assez court.</p><p>Second paragraphe, lui aussi.</p>"
    assert text_of(b.pdf_bytes(b.html_page(body))).split("\n\n") == [
        "Premier paragraphe assez court.",
        "Second paragraphe, lui aussi.",
    ]


def test_a_pdf_without_text_is_refused_as_a_scan():
    body = '<div style="width: 10cm; height: 10cm; background: black"></div>'
    data = b.pdf_bytes(b.html_page(body, footer="none"))
    with pytest.raises(DocumentError, match="no text layer \\(a scan\\?\\): run OCR first"):
        read_document(data, name="scan.pdf")


def encrypted(data: bytes, user: str, owner: str = "owner") -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_password_protected_pdf_is_refused_by_name():
    data = encrypted(b.pdf_bytes(b.html_page("<p>1. Secret.</p>")), user="secret")
    with pytest.raises(DocumentError) as caught:
        read_document(data, name="locked.pdf")
    assert str(caught.value) == (
        "locked.pdf: this PDF is password-protected: send a copy without the password"
    )


def test_a_pdf_protected_only_against_editing_is_read():
    data = encrypted(b.pdf_bytes(b.html_page("<p>1. Lisible.</p>")), user="")
    assert text_of(data) == "1. Lisible."


def test_too_many_pages_is_refused_with_the_limit():
    writer = pypdf.PdfWriter()
    for _ in range(501):
        writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(DocumentError, match="has 501 pages, over the limit of 500"):
        read_document(out.getvalue(), name="huge.pdf")


def test_a_truncated_pdf_gives_a_document_error():
    data = long_report()
    with pytest.raises(DocumentError):
        read_document(data[: len(data) // 3], name="cut.pdf")
