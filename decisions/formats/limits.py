"""Limits on what ``read_document`` accepts, checked before anything is parsed, or
while reading for what only reading can tell (the characters of text, list numbers).

Every number here is documented in the README ("Importing another report: Word and
PDF"); a file over a limit gets a one-line ``DocumentError`` that names the limit.
"""

from __future__ import annotations

import io
import zipfile

from .errors import DocumentError

MAX_FILE_BYTES = 20_000_000
"""Largest Word or PDF file (20 MB). Real reports are well under 1 MB."""

MAX_TEXT_BYTES = 2_000_000
"""Largest text or Markdown file (2 MB), the same limit as the text parser's."""

MAX_TEXT_CHARS = 2_000_000
"""Most characters of text a Word or PDF file may yield (about 600 pages). Counted
while reading, page by page and paragraph by paragraph: a file is refused as soon
as it passes the limit, before the rest of it is laid out."""

MAX_UNCOMPRESSED_BYTES = 50_000_000
"""Most bytes a Word file (a zip) may expand to, read from the zip directory (50 MB)."""

MAX_COMPRESSION_RATIO = 100
"""Highest expansion of one zip member bigger than ``RATIO_FLOOR_BYTES`` (100:1)."""

RATIO_FLOOR_BYTES = 1_000_000
"""Members smaller than this (1 MB) are not ratio-checked: tiny files compress oddly."""

MAX_ZIP_ENTRIES = 5_000
"""Most files inside a Word file (a real one holds 10 to 100)."""

MAX_PAGES = 500
"""Most pages in a PDF (a long report has 100)."""

MAX_LIST_COUNTER = 32_767
"""Highest start value of a Word list (w:start, w:startOverride); a higher one, or a
negative one, is taken as this or 0, with a warning. Counting on from it, a number
stays short in digits. A real list stops well before 1,000."""

MAX_LABEL_CHARS = 40
"""Longest printed number of a Word paragraph ("xiv.", "Article 12 :"). A number
in letters longer than this is printed in digits, a level text longer than this is
cut, before the label is built."""


def _mb(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"


def open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip and check its directory against the limits.

    Only the central directory is read: nothing is decompressed here. zipfile never
    yields more than a member's declared size, so the checked sizes are the real bound.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise DocumentError("the file is damaged or truncated (not a readable zip)", name) from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise DocumentError(
            f"the file holds {len(infos):,} parts, over the limit of {MAX_ZIP_ENTRIES:,}", name
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DocumentError(
            f"the file expands to {_mb(total)}, over the limit of {_mb(MAX_UNCOMPRESSED_BYTES)}",
            name,
        )
    for info in infos:
        if info.file_size <= RATIO_FLOOR_BYTES:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_COMPRESSION_RATIO:
            raise DocumentError(
                f"the file expands {ratio:,.0f} times in '{info.filename[:60]}', over the "
                f"limit of {MAX_COMPRESSION_RATIO}:1 (a zip bomb?)",
                name,
            )
    return archive


class TextBudget:
    """The characters of text a reader has yielded so far, against ``MAX_TEXT_CHARS``.

    ``take`` refuses the file as soon as the count passes the limit, so that a small
    file holding a great deal of text (PDF pages sharing one content stream, a Word
    list numbered in millions) is refused before the rest of it is laid out."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.limit = MAX_TEXT_CHARS
        self.used = 0

    def take(self, count: int, where: str) -> None:
        self.used += count
        if self.used > self.limit:
            raise DocumentError(
                f"the file holds more than {self.limit:,} characters of text, the limit "
                f"(passed {where})",
                self.name,
            )
