"""The one exception ``decisions.formats`` raises."""

from __future__ import annotations


class DocumentError(ValueError):
    """A file that cannot be read as a report; ``str()`` is one line naming the file."""

    def __init__(self, message: str, name: str = "") -> None:
        super().__init__(message, name)
        self.message = message
        self.name = name

    def __str__(self) -> str:
        label = self.name or "the file"
        return " ".join(f"{label}: {self.message}".split())
