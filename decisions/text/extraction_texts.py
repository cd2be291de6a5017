"""The paragraph as ``requests.extract`` reads it."""

from __future__ import annotations

from .folding import strip_marks
from .glued_preposition import unglue

__all__ = ["extraction_text"]


def extraction_text(text: str) -> str:
    """The paragraph as ``extract`` reads it: marks stripped, spaces collapsed,
    a space a typing slip moved put back (``glued_preposition``; the same
    length, so spans read on it hold)."""
    return unglue(" ".join(strip_marks(str(text)).split()))
