"""A report file's bytes -> the plain text the report parser takes.

Word (.docx), PDF with a text layer, or UTF-8 text/Markdown, told apart by their
content. Each paragraph comes out as a block of its own with its printed number in
front of it (Word's automatic numbering included), blocks separated by a blank line.
Pure: standard library, python-docx and pypdfium2; no Django.

    >>> document = read_document(path.read_bytes(), name=path.name)
    >>> parse_report(document.text)

Bad input of any kind raises ``DocumentError`` (a ``ValueError``) with a one-line
message naming the file, and nothing else. The limits are in ``limits.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .detect import detect_format
from .errors import DocumentError
from .limits import MAX_FILE_BYTES, MAX_TEXT_CHARS

__all__ = ["Document", "DocumentError", "read_document"]


@dataclass(frozen=True)
class Document:
    text: str
    format: str  # "docx" | "pdf" | "text"
    warnings: tuple[str, ...]


def read_document(data: bytes, *, name: str = "") -> Document:
    """Read a report file; raises ``DocumentError`` and nothing else."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise DocumentError("the report must be bytes", name)
    data = bytes(data)
    if not data:
        raise DocumentError("the file is empty", name)
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(
            f"the file is {len(data):,} bytes, over the limit of {MAX_FILE_BYTES:,} bytes", name
        )
    try:
        kind = detect_format(data, name)
        if kind == "pdf":
            from .pdf import read_pdf

            text, warnings = read_pdf(data, name)
        elif kind == "docx":
            from .docx import read_docx

            text, warnings = read_docx(data, name)
        else:
            from .plain import read_text

            text, warnings = read_text(data, name), ()
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError("the file is nested too deeply to be read", name) from None
    except Exception as exc:  # noqa: BLE001 - the promise: DocumentError and nothing else
        raise DocumentError(
            f"the file could not be read ({type(exc).__name__}): it may be damaged", name
        ) from None
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(
            f"the file holds {len(text):,} characters of text, over the limit of "
            f"{MAX_TEXT_CHARS:,}",
            name,
        )
    if kind != "text" and not text.strip():
        raise DocumentError("the document has no text", name)
    return Document(text=text, format=kind, warnings=warnings)
