"""Bytes -> text for an uploaded report, and the errors a report's reading
raises. ``decode_report`` refuses what is not a text report (too large, empty,
binary, not UTF-8) with a ``ReportParseError`` that says what and where."""

from __future__ import annotations

from .normalize import normalize_text

__all__ = [
    "MAX_REPORT_BYTES",
    "DuplicateNumberError",
    "ReportParseError",
    "decode_report",
    "looks_binary",
]

_UTF8_BOM = b"\xef\xbb\xbf"

MAX_REPORT_BYTES = 2_000_000
"""Largest report file accepted by ``decode_report`` (2 MB; real reports are ~20 kB)."""


class ReportParseError(ValueError):
    """The report cannot be read; ``line`` is 1-based when the problem has a place."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message, line)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return f"line {self.line}: {self.message}"


class DuplicateNumberError(ReportParseError):
    """Two paragraphs carry the same number, as in a web copy whose list
    numbering came out flattened ("1. 1. 2. 3."); parsing again with
    ``renumber=True`` numbers the paragraphs by position."""


# --------------------------------------------------------------------------
# Bytes -> text


def decode_report(data: bytes) -> str:
    """Decode an uploaded report as UTF-8 text, refusing what is not a text
    report. The text comes back normalised (``normalize_text``): control and
    bidi-override characters dropped, line breaks unified, NFC."""
    data = bytes(data)
    size = len(data)
    if size > MAX_REPORT_BYTES:
        raise ReportParseError(
            f"the file is {size:,} bytes, over the limit of {MAX_REPORT_BYTES:,} bytes"
        )
    skipped = 0
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
        skipped = len(_UTF8_BOM)
    if not data:
        raise ReportParseError("the file is empty")
    if looks_binary(data):
        raise ReportParseError("the file looks binary, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ReportParseError(
            f"the file is not valid UTF-8: byte 0x{data[exc.start]:02x} "
            f"at offset {exc.start + skipped} cannot be decoded; save the report as UTF-8",
            line,
        ) from None
    return normalize_text(text)


# The C0 controls and DEL, without tab, line feed, form feed and carriage return.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_BINARY_SAMPLE = 65536


def looks_binary(data: bytes) -> bool:
    """Whether bytes are a binary file rather than text: a NUL anywhere, or
    more than a tenth of control characters in the first 64 KiB."""
    if b"\x00" in data:
        return True
    sample = data[:_BINARY_SAMPLE]
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > 0.1 * len(sample)
