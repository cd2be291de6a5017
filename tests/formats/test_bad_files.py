"""Bad files: each gets one clear line naming the file, and nothing but DocumentError."""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from decisions.formats import DocumentError, read_document
from decisions.formats.limits import MAX_FILE_BYTES
from tests.formats import builders as b


def error_for(data: bytes, name: str = "report.docx") -> str:
    with pytest.raises(DocumentError) as caught:
        read_document(data, name=name)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    return message


def zip_of(files: dict[str, bytes], level: int = 6) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_an_excel_workbook_is_refused_by_name():
    out = io.BytesIO()
    openpyxl.Workbook().save(out)
    assert "this is an Excel workbook, not a report" in error_for(out.getvalue(), "r.docx")


def test_an_opendocument_text_is_refused_with_what_to_do():
    data = zip_of({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
    assert "OpenDocument text (.odt): open it and save it as .docx" in error_for(data)


def test_a_legacy_word_file_is_refused_with_save_as_docx():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    assert "old-format Word (.doc)" in error_for(data, "r.doc")
    assert "save it as .docx" in error_for(data, "r.doc")


def test_a_zip_of_something_else_named_docx_is_refused():
    data = zip_of({"photo.jpg": b"\xff\xd8\xff" + b"x" * 100})
    assert "a zip archive, not a Word document" in error_for(data)


def test_a_docx_with_a_broken_document_part_is_refused():
    good = b.docx_bytes(b.new_document())
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["word/document.xml"] = b"<not xml"
    assert "not a readable Word document" in error_for(zip_of(files))


def test_a_truncated_docx_is_refused_as_damaged():
    good = b.mali_docx_cached()
    message = error_for(good[: len(good) // 2])
    assert "damaged or truncated" in message


def test_a_zip_expanding_past_50_mb_is_refused_before_parsing():
    data = zip_of({"word/document.xml": b"\0" * 51_000_000}, level=1)
    assert "expands to 51.0 MB, over the limit of 50.0 MB" in error_for(data)


def test_a_zip_bomb_ratio_is_refused_before_parsing():
    data = zip_of({"word/document.xml": b"a" * 5_000_000}, level=9)
    assert "over the limit of 100:1 (a zip bomb?)" in error_for(data)


def test_a_file_over_the_size_limit_is_refused():
    message = error_for(b"%PDF-" + b"\0" * MAX_FILE_BYTES, "big.pdf")
    assert "over the limit of 20,000,000 bytes" in message


def test_invalid_utf8_names_the_line():
    data = "ligne 1\nligne 2\nd\u00e9j\u00e0\n".encode("latin-1")
    assert "line 3: the file is not valid UTF-8" in error_for(data, "r.txt")


def test_an_image_is_refused_as_a_scan():
    assert "run OCR first" in error_for(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "scan.png")


def test_an_empty_file_is_refused():
    assert error_for(b"", "r.md") == "r.md: the file is empty"


def test_text_with_a_bom_or_in_utf16_is_read():
    text = "OIC/X/1\n\ni. Premier.\n"
    for data in (b"\xef\xbb\xbf" + text.encode(), b"\xff\xfe" + text.encode("utf-16-le")):
        document = read_document(data, name="r.txt")
        assert (document.format, document.text) == ("text", text)


# --------------------------------------------------------------------------
# Fuzz: random bytes and damaged real files raise DocumentError or read cleanly


@lru_cache(maxsize=1)
def samples() -> tuple[bytes, ...]:
    return (b.mali_docx_cached(), b.mali_pdf_cached(), b"OIC/X/1\n\ni. Premier.\n")


def read_or_refuse(data: bytes) -> None:
    try:
        document = read_document(data, name="fuzz")
    except DocumentError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(document.text, str)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_only_ever_raise_document_error(data):
    read_or_refuse(data)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(0, 2),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=20),
    st.floats(0.05, 1),
)
def test_damaged_real_files_only_ever_raise_document_error(which, flips, keep):
    data = bytearray(samples()[which])
    for where, byte in flips:
        data[min(int(where * len(data)), len(data) - 1)] = byte
    read_or_refuse(bytes(data[: max(1, int(len(data) * keep))]))
