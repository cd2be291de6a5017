"""Which kind of file this is, from its content (never from its name)."""

from __future__ import annotations

from .errors import DocumentError
from .limits import open_zip

__all__ = ["detect_format"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_IMAGES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}
_ARCHIVES = {
    b"\x1f\x8b": "a gzip archive",
    b"Rar!\x1a\x07": "a RAR archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
}
# Zip-based formats that are not reports: a part that identifies each.
_ZIP_KINDS = (
    ("xl/workbook.xml", "an Excel workbook"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
)
_ODF_KINDS = {
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt)",
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods)",
    "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (.odp)",
}
_WORD_MAIN = (b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")


def detect_format(data: bytes, name: str = "") -> str:
    """``"pdf"``, ``"docx"`` or ``"text"``; a ``DocumentError`` for anything else."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, name)
    if data.startswith(_OLE):
        if _ENCRYPTED_OOXML in data:
            raise DocumentError(
                "this Word file is password-protected: remove the password and send it again",
                name,
            )
        raise DocumentError(
            "this is an old-format Word (.doc) or Office file: open it in Word and save it "
            "as .docx",
            name,
        )
    if data.startswith(b"{\\rtf"):
        raise DocumentError("this is an RTF file: open it in Word and save it as .docx", name)
    for magic, kind in _IMAGES.items():
        if data.startswith(magic):
            raise DocumentError(
                f"this is {kind}, not a report (a scan?): run OCR first or send the Word file",
                name,
            )
    for magic, kind in _ARCHIVES.items():
        if data.startswith(magic):
            raise DocumentError(f"this is {kind}, not a report", name)
    return "text"


def _zip_kind(data: bytes, name: str) -> str:
    with open_zip(data, name) as archive:
        names = set(archive.namelist())
        if "word/document.xml" in names:
            return "docx"
        if "[Content_Types].xml" in names:
            try:
                types = archive.read("[Content_Types].xml")
            except Exception:  # noqa: BLE001 - any failure here means a damaged file
                raise DocumentError(
                    "the file is damaged (its parts cannot be read)", name
                ) from None
            if any(marker in types for marker in _WORD_MAIN):
                return "docx"
        for part, kind in _ZIP_KINDS:
            if part in names:
                raise DocumentError(f"this is {kind}, not a report", name)
        if "mimetype" in names:
            try:
                mimetype = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
            except Exception:  # noqa: BLE001
                mimetype = ""
            if mimetype in _ODF_KINDS:
                raise DocumentError(
                    f"this is {_ODF_KINDS[mimetype]}: open it and save it as .docx", name
                )
    raise DocumentError("this is a zip archive, not a Word document or a report", name)
