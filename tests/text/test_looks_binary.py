"""One test of "is this binary?" serves the text reader and the upload
formats alike (decisions.text.decoding.looks_binary)."""

from __future__ import annotations

import pytest

from decisions.formats.errors import DocumentError
from decisions.formats.plain import read_text
from decisions.text.decoding import ReportParseError, decode_report, looks_binary


@pytest.mark.parametrize(
    "data",
    [
        "Le Groupe de contact prie le Secrétaire général\tde…\r\n".encode(),
        "يطلب من الأمين العام\fمتابعة التنفيذ\n".encode(),
        b"\x1b" * 9 + b"x" * 91,  # a tenth of escapes is still text
    ],
)
def test_text_with_tabs_form_feeds_and_other_scripts_is_text(data):
    assert not looks_binary(data)


@pytest.mark.parametrize(
    "data",
    [
        b"plain words\x00then a NUL",
        b"\x01\x02\x03" * 40 + b"some words",
        b"\x7f" * 20 + b"x" * 100,
    ],
)
def test_nul_or_many_control_bytes_are_binary(data):
    assert looks_binary(data)


def test_a_nul_past_the_sample_still_counts():
    assert looks_binary(b"a" * 200_000 + b"\x00")


def test_both_readers_refuse_the_same_bytes():
    data = b"\x01\x02\x03" * 40 + b"some words"
    with pytest.raises(ReportParseError, match="binary"):
        decode_report(data)
    with pytest.raises(DocumentError, match="binary"):
        read_text(data, "upload.txt")
