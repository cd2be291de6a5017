"""Action items out to CSV and XLSX.

The export is the action item list as a spreadsheet: the columns the list
shows plus two editable ones, `new status` and `new note`, that an editor
fills in and uploads back (decisions/sheets.py reads them).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable

from django.utils import timezone
from django.utils.translation import gettext as _

from decisions.models import ActionItem, Status
from decisions.text.normalize import strip_unsafe

HEADERS = [
    "id",
    "report",
    "paragraph",
    "paragraph text",
    "owner",
    "partners",
    "status",
    "due date",
    "last update date",
    "last note",
    "first asked",
    "age (days)",
]
EDITABLE_HEADERS = ["new status", "new note"]
# Columns the upload does not compare with the database: the age grows
# every day, so a sheet exported yesterday would never match.
AS_OF_EXPORT = {"age (days)"}
DATE_COLUMNS = (8, 9, 11)
COLUMN_WIDTHS = [8, 24, 10, 70, 30, 30, 18, 12, 14, 50, 12, 10, 18, 50]

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Make a text cell inert: prefix ' when a spreadsheet would run it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _last_update_date(item: ActionItem) -> datetime.date | None:
    at = getattr(item, "last_update_at", None)
    return timezone.localdate(at) if at else None


def item_row(item: ActionItem, today: datetime.date | None = None) -> list:
    """One item as the export's cells (typed: dates stay dates). The age is
    counted from when the request was first asked, through its confirmed
    renewals (ActionItemQuerySet.with_first_asked), to `today`."""
    first_asked = getattr(item, "first_asked", None)
    today = today or timezone.localdate()
    return [
        item.pk,
        item.decision.report.symbol,
        item.decision.number,
        item.decision.text,
        item.owner.name,
        "; ".join(p.name for p in item.partners.all()),
        item.get_status_display(),
        item.due_date,
        _last_update_date(item),
        getattr(item, "last_note", None) or "",
        first_asked,
        (today - first_asked).days if first_asked else None,
    ]


def _safe_cell(value):
    """What is stored, fit for a cell: no control character (an XLSX writer
    refuses them, a CSV reader trips on them), never a formula."""
    if isinstance(value, str):
        value = strip_unsafe(value)
    return neutralise(value)


def _safe_cells(row: Iterable) -> list:
    return [_safe_cell(v) for v in row]


def items_csv(items: Iterable[ActionItem]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens accents and Arabic right."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    today = timezone.localdate()
    for item in items:
        row = item_row(item, today)
        row = ["" if v is None else (v.isoformat() if hasattr(v, "isoformat") else v) for v in row]
        writer.writerow(_safe_cells(row))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def items_xlsx(items: Iterable[ActionItem]) -> bytes:
    """The export with two empty editable columns for the round trip."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = _("Action items")
    ws.append(HEADERS + EDITABLE_HEADERS)
    bold = Font(bold=True)
    editable_fill = PatternFill("solid", fgColor="FFF4D6")
    for cell in ws[1]:
        cell.font = bold
    for col in (len(HEADERS) + 1, len(HEADERS) + 2):
        ws.cell(row=1, column=col).fill = editable_fill
    ws.freeze_panes = "A2"
    for i, width in enumerate(COLUMN_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    n = 1
    today = timezone.localdate()
    for item in items:
        row = _safe_cells(item_row(item, today)) + ["", ""]
        ws.append(row)
        n += 1
        for col in DATE_COLUMNS:
            ws.cell(row=n, column=col).number_format = "yyyy-mm-dd"
        # Never a formula, whatever openpyxl guesses from the text.
        for cell in ws[n]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    if n > 1:
        # A drop-down of the status labels in the `new status` column.
        labels = ",".join(str(s.label) for s in Status)
        dv = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=True)
        dv.add(f"{get_column_letter(len(HEADERS) + 1)}2:{get_column_letter(len(HEADERS) + 1)}{n}")
        ws.add_data_validation(dv)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
