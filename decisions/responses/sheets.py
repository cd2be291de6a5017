"""The matrix as a spreadsheet and back: an XLSX of one item's members and
their responses; the filled-in file read with the item sheet's limits
(decisions.reporting.sheet_files), each row checked, nothing written until
the reader confirms the preview, and then all rows or none."""

from __future__ import annotations

import datetime
import io
from dataclasses import asdict, dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override

from decisions.models import ActionItem, Body, MemberResponse
from decisions.models.responses import ResponseStatus
from decisions.reporting.exports import FORMULA_STARTS, XLSX_TYPE, neutralise
from decisions.reporting.sheet_files import SheetError, _load_rows
from decisions.responses import services
from decisions.responses.forms import MemberResponseForm
from decisions.responses.matrix import members_of
from decisions.text.normalize import strip_unsafe

__all__ = ["XLSX_TYPE", "SheetError"]

HEADERS = ["member", "name", "response", "date", "note", "evidence link", "version"]
WIDTHS = [22, 34, 14, 12, 60, 40, 8]


def _cell(value):
    if isinstance(value, str):
        value = neutralise(strip_unsafe(value))
    return value


def responses_xlsx(item: ActionItem, rows) -> bytes:
    """One row per member: its slug (how the upload finds it), its name in
    the reader's language, the response, its date, note, link and version
    (how the upload knows the row is not stale)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = _("Responses")
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for n, row in enumerate(rows, start=2):
        r = row.response
        ws.append(
            [
                _cell(row.body.slug),
                _cell(row.body.name),
                _cell(str(row.status_label)),
                r.on if r and r.on else None,
                _cell(r.note if r else ""),
                _cell(r.link if r else ""),
                r.version if r else 0,
            ]
        )
        ws.cell(row=n, column=4).number_format = "yyyy-mm-dd"
        for cell in ws[n]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula
    if rows:
        labels = ",".join(str(s.label) for s in ResponseStatus)
        dv = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=False)
        dv.add(f"C2:C{len(rows) + 1}")
        ws.add_data_validation(dv)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _status_names() -> dict[str, str]:
    """Every way a status may be written in a cell (its value, its label in
    each language, any case) -> its value."""
    names = {}
    for lang in ("en", "fr", "ar"):
        with override(lang):
            for s in ResponseStatus:
                names[str(s.label).casefold()] = s.value
    names.update({s.value: s.value for s in ResponseStatus})
    return names


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text[1:] if text.startswith("'") and text[1:2] in FORMULA_STARTS else text


@dataclass(frozen=True)
class ResponseChange:
    member: int
    name: str
    old: str
    status: str
    on: str
    note: str
    link: str
    version: int

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def status_label(self) -> str:
        return ResponseStatus(self.status).label


@dataclass
class ResponseSheet:
    changes: list[ResponseChange]
    errors: list[str]
    unchanged: int


def _row_error(number: int, name: str, message) -> str:
    return _("Row %(row)d (%(name)s): %(error)s") % {"row": number, "name": name, "error": message}


def response_changes_read(*, item: ActionItem, data: bytes, may_record) -> ResponseSheet:
    """Read an uploaded matrix; check each row; write nothing. A row that
    names no member of the item, a status not in the list, a bad date or
    link, a member the reader may not record, or a row changed since the
    export is an error naming the row."""
    rows = _load_rows(data)
    if not rows or [_text(c).casefold() for c in rows[0][: len(HEADERS)]] != HEADERS:
        raise SheetError(
            _("the first row must hold the columns %(cols)s: export the matrix and fill that in")
            % {"cols": ", ".join(HEADERS)}
        )
    members = {b.slug: b for b in members_of(item)}
    current = {r.member_id: r for r in MemberResponse.objects.filter(item=item)}
    names = _status_names()
    changes, errors, unchanged, seen = [], [], 0, set()
    for number, raw in enumerate(rows[1:], start=2):
        cells = [_text(c) for c in (*raw, *[None] * len(HEADERS))[: len(HEADERS)]]
        slug, name, status, on, note, link, version = cells
        if not any(cells):
            continue
        body = members.get(slug)
        if body is None:
            errors.append(_row_error(number, slug or "-", _("not a member of this item's owner")))
            continue
        if body.pk in seen:
            errors.append(_row_error(number, body.name, _("this member appears twice")))
            continue
        seen.add(body.pk)
        value = names.get(status.casefold())
        if value is None:
            expected = ", ".join(str(s.label) for s in ResponseStatus)
            errors.append(
                _row_error(
                    number,
                    body.name,
                    _("“%(value)s” is not a response; expected one of %(expected)s")
                    % {"value": status[:40], "expected": expected},
                )
            )
            continue
        form = MemberResponseForm(
            {"status": value, "on": on, "note": note, "link": link, "version": version}
        )
        if not form.is_valid():
            message = "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items())
            errors.append(_row_error(number, body.name, message))
            continue
        d = form.cleaned_data
        had = current.get(body.pk)
        if d["version"] != (had.version if had else 0):
            errors.append(
                _row_error(number, body.name, _("recorded meanwhile: export the matrix again"))
            )
            continue
        before = (had.status, had.on, had.note, had.link) if had else ("not_asked", None, "", "")
        if before == (d["status"], d["on"], d["note"], d["link"]):
            unchanged += 1
            continue
        if not may_record(body):
            errors.append(_row_error(number, body.name, _("you may not record this response")))
            continue
        changes.append(
            ResponseChange(
                member=body.pk,
                name=body.name,
                old=before[0],
                status=d["status"],
                on=d["on"].isoformat() if d["on"] else "",
                note=d["note"],
                link=d["link"],
                version=d["version"],
            )
        )
    return ResponseSheet(changes=changes if not errors else [], errors=errors, unchanged=unchanged)


def response_changes_apply(*, item: ActionItem, changes: list[ResponseChange], by) -> int:
    """Record the previewed changes, all or none: a response recorded
    since the preview stops everything (StaleResponseError)."""
    with transaction.atomic():
        bodies = Body.objects.in_bulk([c.member for c in changes])
        for c in changes:
            services.member_response_record(
                item=item,
                member=bodies[c.member],
                values=services.ResponseValues(
                    status=c.status,
                    on=datetime.date.fromisoformat(c.on) if c.on else None,
                    note=c.note,
                    link=c.link,
                ),
                by=by,
                expected_version=c.version,
            )
    return len(changes)
