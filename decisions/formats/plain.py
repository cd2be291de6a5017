"""Text and Markdown files: bytes -> text, as the parser takes it."""

from __future__ import annotations

from ..text.decoding import looks_binary
from .errors import DocumentError
from .limits import MAX_TEXT_BYTES

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def read_text(data: bytes, name: str = "") -> str:
    """Decode UTF-8 (a byte-order mark is fine; so is Word's "Unicode text", UTF-16)."""
    if len(data) > MAX_TEXT_BYTES:
        raise DocumentError(
            f"the text file is {len(data):,} bytes, over the limit of {MAX_TEXT_BYTES:,} bytes",
            name,
        )
    encoding = "utf-8"
    for bom, candidate in _BOMS:
        if data.startswith(bom):
            data, encoding = data[len(bom) :], candidate
            break
    if not data.strip():
        raise DocumentError("the file is empty", name)
    if encoding != "utf-8":
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise DocumentError(f"the file is not valid {encoding.upper()} text", name) from None
    else:
        if looks_binary(data):
            raise DocumentError("the file looks binary: not a Word, PDF or text report", name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise DocumentError(
                f"line {line}: the file is not valid UTF-8 (byte 0x{data[exc.start]:02x}); "
                "save the report as UTF-8, or send the Word file",
                name,
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise DocumentError("the file looks binary: not a Word, PDF or text report", name)
    return text
