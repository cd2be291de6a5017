"""Reading an uploaded spreadsheet safely: limits checked from the archive's
headers before any cell is read."""

from __future__ import annotations

import io
import zipfile
import zlib

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from decisions.models import ActionItem
from decisions.reporting.exports import EDITABLE_HEADERS, HEADERS


def _number(n: int) -> str:
    """A count with the active language's thousands separator."""
    return formats.number_format(n, force_grouping=True)


MAX_UPLOAD_BYTES = 5_000_000


MAX_UPLOAD_ROWS = 5_000


# An export has 14 columns; a user may add a few of their own.
MAX_UPLOAD_COLUMNS = 50


# Excel's own limit for one cell.
MAX_CELL_CHARS = 32_767


# What the file may unpack to, in all: 5,000 rows of long paragraphs and
# 10,000-character notes stay well below it.
MAX_UNCOMPRESSED_BYTES = 100_000_000


# Text compresses about ten times; a part over 1 MB that compresses more
# than a hundred times is padding, not a spreadsheet.
MAX_COMPRESSION_RATIO = 100


RATIO_CHECK_FROM = 1_000_000


MAX_UPLOAD_MEMBERS = 1_000


class SheetError(ValueError):
    """The file as a whole cannot be read (not an .xlsx, too big, no header)."""


def _read_error() -> SheetError:
    return SheetError(
        _("this is not an .xlsx file that can be read: export the list as XLSX and upload that")
    )


def _check_archive(data: bytes) -> None:
    """Refuse, before anything is unpacked, a file that would unpack to far
    more than a spreadsheet export ever holds (a "zip bomb"). The sizes are
    those the archive declares: zipfile never unpacks more than that."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as e:
        raise _read_error() from e
    if len(members) > MAX_UPLOAD_MEMBERS:
        raise _read_error()
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECK_FROM and ratio > MAX_COMPRESSION_RATIO:
            raise SheetError(
                _(
                    "the file unpacks to %(ratio)s times its size, "
                    "which no spreadsheet export does; the file was refused"
                )
                % {"ratio": _number(int(ratio))}
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise SheetError(
            _("the file unpacks to %(size)s bytes; the limit is %(limit)s bytes")
            % {"size": _number(total), "limit": _number(MAX_UNCOMPRESSED_BYTES)}
        )


def _check_dimension(ws) -> None:
    """The sheet's <dimension> (the area it says it uses), read before any row."""
    rows, columns = ws.max_row or 0, ws.max_column or 0
    if rows > MAX_UPLOAD_ROWS + 1:
        raise SheetError(_("the sheet has more than %(n)s rows") % {"n": _number(MAX_UPLOAD_ROWS)})
    if columns > MAX_UPLOAD_COLUMNS:
        raise SheetError(
            _(
                "the sheet uses %(n)s columns; an export has %(export)s "
                "and at most %(limit)s are read: delete the columns on the right"
            )
            % {
                "n": _number(columns),
                "export": len(HEADERS) + len(EDITABLE_HEADERS),
                "limit": MAX_UPLOAD_COLUMNS,
            }
        )


def _check_cells(row_number: int, row: tuple) -> None:
    for i, value in enumerate(row):
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise SheetError(
                _("row %(row)d, column %(column)s: %(n)s characters; the limit is %(limit)s")
                % {
                    "row": row_number,
                    "column": _column_letter(i),
                    "n": _number(len(value)),
                    "limit": _number(MAX_CELL_CHARS),
                }
            )


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _read_errors() -> tuple[type[Exception], ...]:
    """What openpyxl may raise on a damaged or crafted file: bad XML
    (SyntaxError covers ElementTree's and lxml's), a bad cell reference, a
    value that is not what its type says, a missing part, a corrupt stream."""
    from openpyxl.utils.exceptions import CellCoordinatesException, InvalidFileException

    return (
        zipfile.BadZipFile,
        zlib.error,
        SyntaxError,
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        OverflowError,
        OSError,
        EOFError,
        CellCoordinatesException,
        InvalidFileException,
    )


def _load_rows(data: bytes) -> list[tuple]:
    """The first sheet's rows, within every limit, or SheetError."""
    from openpyxl import load_workbook

    if len(data) > MAX_UPLOAD_BYTES:
        raise SheetError(
            _("the file is %(size)s bytes; the limit is %(limit)s bytes")
            % {"size": _number(len(data)), "limit": _number(MAX_UPLOAD_BYTES)}
        )
    if not data.startswith(b"PK"):
        raise SheetError(_("this is not an .xlsx file: export the list as XLSX and upload that"))
    _check_archive(data)
    wb = None
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        if not wb.worksheets:
            raise SheetError(_("the sheet is empty"))
        ws = wb.worksheets[0]
        _check_dimension(ws)
        rows = []
        # Bounded whatever the dimension says (it may be missing or lie):
        # never more columns than the limit, never a row past the limit.
        for row in ws.iter_rows(
            max_row=MAX_UPLOAD_ROWS + 2, max_col=MAX_UPLOAD_COLUMNS, values_only=True
        ):
            rows.append(row)
            _check_cells(len(rows), row)
            if len(rows) > MAX_UPLOAD_ROWS + 1:
                raise SheetError(
                    _("the sheet has more than %(n)s rows") % {"n": _number(MAX_UPLOAD_ROWS)}
                )
        return rows
    except SheetError:
        raise
    except _read_errors() as e:
        raise _read_error() from e
    finally:
        if wb is not None:
            wb.close()


def _read_only_values(item: ActionItem) -> dict[str, list[str]]:
    """The read-only columns of the export -> the values a cell may hold
    (the first is the one shown when it differs)."""
    owner = item.owner
    partners = list(item.partners.all())
    at = getattr(item, "last_update_at", None)
    return {
        "report": [item.decision.report.symbol],
        "paragraph": [item.decision.number],
        "paragraph text": [item.decision.text],
        "owner": [owner.name_en, owner.name_fr, owner.name_ar, owner.slug],
        "partners": [
            "; ".join(getattr(p, f"name_{lang}", "") or p.name_en for p in partners)
            for lang in ("en", "fr", "ar")
        ],
        "due date": [item.due_date.isoformat() if item.due_date else ""],
        "last update date": [timezone.localdate(at).isoformat() if at else ""],
        "last note": [getattr(item, "last_note", None) or ""],
        "first asked": [item.first_asked.isoformat() if item.first_asked else ""],
    }
