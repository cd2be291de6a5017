"""Limits on what ``read_document`` accepts, checked before anything is parsed.

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
"""Most characters of text a Word or PDF file may yield (about 600 pages)."""

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
