"""The exported item sheet filled in and sent back: the changes it holds, and
applying them."""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override

from decisions.items import services as item_services
from decisions.items.filters import as_id
from decisions.models import ActionItem, Status
from decisions.permissions import can_update, needs_review
from decisions.reporting.exports import AS_OF_EXPORT, EDITABLE_HEADERS, FORMULA_STARTS, HEADERS
from decisions.reporting.sheet_files import (
    SheetError,
    _column_letter,
    _load_rows,
    _read_only_values,
)
from decisions.text.normalize import strip_unsafe
from decisions.workflow import services as workflow


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
    from decisions.items.forms import ItemUpdateForm

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
                workflow.submission_create(
                    item=item,
                    status=change.new_status,
                    note=change.note,
                    by=by,
                    base_version=change.version,
                )
                submitted += 1
                continue
            try:
                item_services.action_item_set_status(
                    item=item,
                    status=change.new_status,
                    note=change.note,
                    by=by,
                    expected_version=change.version,
                )
            except item_services.StaleItemError as e:
                raise stale from e
            recorded += 1
    return SheetApplied(recorded=recorded, submitted=submitted)
