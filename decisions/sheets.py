"""A filled-in XLSX export back in.

An editor fills the `new status` and `new note` columns of an export
(decisions/exports.py) and uploads the file: `sheet_changes_read()` bounds
the file before reading it, checks every row against the database and the
user's rights and returns the changes (or the reasons each rejected row is
wrong); `sheet_changes_apply()` records them through
`services.action_item_set_status`, all or nothing. A row from a user whose
updates are reviewed (permissions.needs_review) is not recorded: it becomes
a submission, through `services_workflow.submission_create` as on the item
page, and waits for an editor.
"""

from __future__ import annotations

import datetime
import io
import zipfile
import zlib
from dataclasses import asdict, dataclass

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from decisions import services, services_workflow
from decisions.exports import AS_OF_EXPORT, EDITABLE_HEADERS, FORMULA_STARTS, HEADERS
from decisions.filters import as_id
from decisions.models import ActionItem, Status
from decisions.permissions import can_update, needs_review
from decisions.text.normalize import strip_unsafe

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

# A cell starting with one of these is read as a formula by spreadsheet
# programs (CSV / formula injection); tab and carriage return too (OWASP).


class SheetError(ValueError):
    """The file as a whole cannot be read (not an .xlsx, too big, no header)."""


@dataclass(frozen=True)
class SheetChange:
    """One row to apply, with what the preview shows. JSON-safe (session)."""

    row: int
    item_id: int
    version: int
    item_label: str
    old_status: str
    new_status: str
    note: str
    # Sent for review (a submission) rather than recorded. A preview kept
    # from before this field existed reads False; the confirmation checks
    # it against needs_review again.
    review: bool = False

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def old_label(self) -> str:
        return str(Status(self.old_status).label)

    @property
    def new_label(self) -> str:
        return str(Status(self.new_status).label)

    @property
    def changes_status(self) -> bool:
        return self.old_status != self.new_status


@dataclass
class SheetResult:
    changes: list[SheetChange]
    errors: list[str]
    unchanged_rows: int = 0

    @property
    def to_record(self) -> list[SheetChange]:
        return [c for c in self.changes if not c.review]

    @property
    def to_review(self) -> list[SheetChange]:
        return [c for c in self.changes if c.review]


@dataclass(frozen=True)
class SheetApplied:
    """What a confirmed upload did: updates recorded, submissions made."""

    recorded: int
    submitted: int


def _status_names() -> dict[str, str]:
    """Every way a user may write a status -> its value: the value itself
    and its label in each language of the site, case-insensitive."""
    names: dict[str, str] = {}
    for lang in ("en", "fr", "ar"):
        with override(lang):
            for s in Status:
                names[str(s.label).strip().lower()] = s.value
    for s in Status:
        names[s.value] = s.value
        names[s.value.replace("_", " ")] = s.value
    return names


def _number(n: int) -> str:
    """A count with the active language's thousands separator."""
    return formats.number_format(n, force_grouping=True)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _unquote(value: str) -> str:
    """Undo `neutralise`, for comparing with what the database holds."""
    return value[1:] if value.startswith("'") and value[1:2] in FORMULA_STARTS else value


def _comparable(value: str) -> str:
    """A cell or a stored text as compared: no control character, spaces
    and line breaks collapsed, case folded (a spreadsheet program may
    rewrap a cell; it does not change its words)."""
    return " ".join(strip_unsafe(value).split()).casefold()


def _same(cell: str, *expected: str) -> bool:
    cell = _comparable(_unquote(cell))
    return any(cell == _comparable(e or "") for e in expected)


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


def _shown(value: str) -> str:
    value = " ".join(strip_unsafe(value).split())
    if not value:
        return _("empty")
    return repr(value if len(value) <= 60 else value[:57] + "...")


def sheet_changes_read(*, data: bytes, user) -> SheetResult:
    """Read an uploaded export and check each row; write nothing.

    A row is rejected when its id is unknown, the user may not update the
    item, a read-only cell differs from the database (one message per cell,
    naming its row and column), the new status is not one, or the note is
    not one the item page would take (ItemUpdateForm). Rows with nothing
    new are skipped. Raises SheetError when the file itself cannot be read."""
    from decisions.forms import ItemUpdateForm  # forms imports this module

    rows = _load_rows(data)
    if not rows or not any(_text(v) for row in rows for v in row):
        raise SheetError(_("the sheet is empty"))
    header = [_text(h).lower() for h in rows[0]]
    required = ("id", "report", "paragraph", "owner", "status", *EDITABLE_HEADERS)
    missing = [h for h in required if h not in header]
    if missing:
        raise SheetError(
            _(
                "the first row has no column %(columns)s: "
                "upload a sheet exported from the action item list"
            )
            % {"columns": ", ".join(repr(m) for m in missing)}
        )
    col = {name: header.index(name) for name in header if name}

    def cell(row: tuple, name: str) -> str:
        i = col[name]
        return _text(row[i]) if i < len(row) else ""

    def where(n: int, item_id: int, name: str) -> str:
        return _("row %(row)d (item %(id)d), column %(column)s '%(name)s'") % {
            "row": n,
            "id": item_id,
            "column": _column_letter(col[name]),
            "name": name,
        }

    body = [(n, row) for n, row in enumerate(rows[1:], start=2) if any(_text(v) for v in row)]
    ids = {n: as_id(_unquote(cell(row, "id"))) for n, row in body}
    items = (
        ActionItem.objects.select_related("decision__report", "owner")
        .defer("decision__report__source_text")
        .prefetch_related("partners")
        .with_last_update()
        .with_first_asked()
        .in_bulk([i for i in ids.values() if i is not None])
    )
    statuses = _status_names()
    read_only = [h for h in HEADERS if h != "id" and h not in AS_OF_EXPORT and h in col]
    result = SheetResult(changes=[], errors=[])
    seen: set[int] = set()
    for n, row in body:
        item_id = ids[n]
        if item_id is None:
            result.errors.append(
                _("row %(row)d: the id %(id)s is not the number of an action item")
                % {"row": n, "id": repr(cell(row, "id"))}
            )
            continue
        item = items.get(item_id)
        if item is None:
            result.errors.append(
                _("row %(row)d: no action item has the id %(id)d") % {"row": n, "id": item_id}
            )
            continue
        if item_id in seen:
            result.errors.append(
                _("row %(row)d: item %(id)d appears twice in the sheet") % {"row": n, "id": item_id}
            )
            continue
        seen.add(item_id)
        problems = []
        expected = _read_only_values(item)
        for name in read_only:
            if name == "status":
                if statuses.get(_unquote(cell(row, name)).lower()) != item.status:
                    problems.append(
                        _(
                            "%(where)s: changed (is %(status)s; "
                            "write the new one in the 'new status' column)"
                        )
                        % {"where": where(n, item_id, name), "status": item.get_status_display()}
                    )
            elif not _same(cell(row, name), *expected[name]):
                problems.append(
                    _("%(where)s: changed (is %(value)s); this column may not be changed")
                    % {"where": where(n, item_id, name), "value": _shown(expected[name][0])}
                )
        raw_new = cell(row, "new status")
        new_status = statuses.get(_unquote(raw_new).lower()) if raw_new else item.status
        if new_status is None:
            problems.append(
                _("%(where)s: unknown status %(status)s (use one of: %(choices)s)")
                % {
                    "where": where(n, item_id, "new status"),
                    "status": repr(raw_new),
                    "choices": ", ".join(str(s.label) for s in Status),
                }
            )
        form = ItemUpdateForm({"status": new_status or "", "note": cell(row, "new note")})
        note = ""
        if form.is_valid():
            note = form.cleaned_data["note"]
        else:
            for message in form.errors.get("note", []):
                problems.append(f"{where(n, item_id, 'new note')}: {message}")
            if new_status is not None:
                for message in form.errors.get("status", []):
                    problems.append(f"{where(n, item_id, 'new status')}: {message}")
        if not problems and new_status == item.status and not note:
            result.unchanged_rows += 1
            continue
        if not problems and not can_update(user, item):
            problems.append(
                _("row %(row)d (item %(id)d): you may not update this item")
                % {"row": n, "id": item_id}
            )
        review = not problems and needs_review(user, item)
        if review and not note:
            # As the item page's submission form (SubmissionForm.clean_note).
            problems.append(f"{where(n, item_id, 'new note')}: {_('Say what was done.')}")
        if problems:
            result.errors.extend(problems)
            continue
        result.changes.append(
            SheetChange(
                row=n,
                item_id=item.pk,
                version=item.version,
                item_label=f"{item.decision} · {item.owner.name}",
                old_status=item.status,
                new_status=new_status,
                note=note,
                review=review,
            )
        )
    return result


class SheetApplyError(Exception):
    pass


def sheet_changes_apply(*, changes: list[SheetChange], by) -> SheetApplied:
    """Record every change of a checked upload, one history row each, in one
    transaction; a change for review becomes a pending submission instead
    (the service the item page uses). Raises SheetApplyError (nothing
    recorded) when an item is gone, was updated since the preview, the
    user may no longer update it, or whether it is reviewed has changed."""
    recorded = submitted = 0
    with transaction.atomic():
        items = ActionItem.objects.select_related("owner").in_bulk([c.item_id for c in changes])
        for change in changes:
            item = items.get(change.item_id)
            if item is None:
                raise SheetApplyError(
                    _("row %(row)d: item %(id)d no longer exists")
                    % {"row": change.row, "id": change.item_id}
                )
            if not can_update(by, item):
                raise SheetApplyError(
                    _("row %(row)d: you may not update this item") % {"row": change.row}
                )
            stale = SheetApplyError(
                _("row %(row)d: item %(id)d was updated since the preview")
                % {"row": change.row, "id": change.item_id}
            )
            if needs_review(by, item) != change.review:
                raise SheetApplyError(
                    _("row %(row)d: whether your updates of this item are reviewed has changed")
                    % {"row": change.row}
                )
            if change.review:
                if item.version != change.version:
                    raise stale
                services_workflow.submission_create(
                    item=item,
                    status=change.new_status,
                    note=change.note,
                    by=by,
                    base_version=change.version,
                )
                submitted += 1
                continue
            try:
                services.action_item_set_status(
                    item=item,
                    status=change.new_status,
                    note=change.note,
                    by=by,
                    expected_version=change.version,
                )
            except services.StaleItemError as e:
                raise stale from e
            recorded += 1
    return SheetApplied(recorded=recorded, submitted=submitted)
