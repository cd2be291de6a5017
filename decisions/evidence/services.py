"""Evidence files: their kind sniffed from the content, checked and stored."""

from __future__ import annotations

import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from decisions.models import (
    ActionItem,
    Evidence,
    Letter,
    Reply,
    StatusUpdate,
    Submission,
)
from decisions.text.normalize import normalize_text


class EvidenceError(ValueError):
    """A file refused: its message is shown to the user."""


@dataclass(frozen=True)
class FileKind:
    extensions: tuple[str, ...]
    content_type: str
    label: str


FILE_KINDS = {
    "pdf": FileKind((".pdf",), "application/pdf", "PDF"),
    "docx": FileKind(
        (".docx",),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word",
    ),
    "xlsx": FileKind(
        (".xlsx",),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Excel",
    ),
    "png": FileKind((".png",), "image/png", "PNG"),
    "jpeg": FileKind((".jpg", ".jpeg"), "image/jpeg", "JPEG"),
}


ACCEPTED_EXTENSIONS = tuple(ext for kind in FILE_KINDS.values() for ext in kind.extensions)


def _zip_kind(upload) -> str | None:
    """A .docx or .xlsx is a zip holding its main part; anything else is not."""
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    finally:
        upload.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


def sniff(upload) -> str | None:
    """The kind of file from its first bytes (and, for a zip, its parts)."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(upload)
    return None


def display_name(name: str) -> str:
    """The user's file name, for display only: no folders, no control or
    bidi characters, no characters that break a header, at most 150."""
    name = normalize_text(name or "").replace("\n", " ").replace("\t", " ")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        c for c in name if c not in '<>:"|?*' and unicodedata.category(c)[0] != "C"
    ).strip(" .")
    if len(name) > 150:
        suffix = PurePosixPath(name).suffix[:10]
        name = name[: 150 - len(suffix)] + suffix
    return name or "file"


def evidence_check(upload: UploadedFile) -> FileKind:
    """Refuse an empty, oversized or unknown file, or one whose content does
    not match its extension; return its kind."""
    limit = settings.EVIDENCE_MAX_BYTES
    name = display_name(upload.name)
    if not upload.size:
        raise EvidenceError(f"{name}: the file is empty.")
    if upload.size > limit:
        raise EvidenceError(f"{name}: the file is {upload.size:,} bytes; the limit is {limit:,}.")
    ext = PurePosixPath(name.lower()).suffix
    if ext not in ACCEPTED_EXTENSIONS:
        raise EvidenceError(f"{name}: accepted files are PDF, Word .docx, Excel .xlsx, PNG, JPEG.")
    kind = sniff(upload)
    if kind is None or ext not in FILE_KINDS[kind].extensions:
        raise EvidenceError(f"{name}: the content of the file is not what its name ({ext}) says.")
    return FILE_KINDS[kind]


def evidence_add(
    *,
    by,
    files: Sequence[UploadedFile] = (),
    links: Sequence[str] = (),
    item: ActionItem | None = None,
    submission: Submission | None = None,
    update: StatusUpdate | None = None,
    letter: Letter | None = None,
    reply: Reply | None = None,
) -> list[Evidence]:
    """Store files (checked again here, whoever calls) and links, attached
    to what they support. All or nothing: a stored file is removed if the
    transaction fails."""
    kinds = [evidence_check(f) for f in files]
    for link in links:
        if not link.lower().startswith(("http://", "https://")):
            raise EvidenceError(f"{link[:80]}: only http and https links are accepted.")
    created: list[Evidence] = []
    author = by if by is not None and by.is_authenticated else None
    common = {
        "item": item,
        "submission": submission,
        "update": update,
        "letter": letter,
        "reply": reply,
        "added_by": author,
    }
    try:
        with transaction.atomic():
            for upload, kind in zip(files, kinds, strict=True):
                upload.seek(0)
                evidence = Evidence(
                    original_name=display_name(upload.name),
                    content_type=kind.content_type,
                    size=upload.size,
                    **common,
                )
                # The stored name is random; only the checked extension is kept.
                evidence.file.save(f"upload{kind.extensions[0]}", upload, save=False)
                evidence.save()
                created.append(evidence)
            for link in links:
                created.append(Evidence.objects.create(url=link, **common))
    except BaseException:
        for evidence in created:
            if evidence.file:
                evidence.file.delete(save=False)
        raise
    return created
