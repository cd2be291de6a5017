"""The forms of the review before import: a report to read (a file or pasted
text) and the review of its paragraphs, posted as one form."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions.fields import PlainTextField
from decisions.formats import DocumentError, read_document
from decisions.formats.detect import detect_format
from decisions.formats.limits import MAX_FILE_BYTES
from decisions.intake.draft_job import is_large
from decisions.intake.draft_plans import TITLE_BLOCK_FIELDS, DraftError, body_resolve
from decisions.models import DecisionKind

MAX_PASTE_CHARS = 2_000_000
MAX_ROWS = 200
MAX_PARAGRAPHS = 5000


def _mb(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"


class ReportIntakeForm(forms.Form):
    """A report file (Word, PDF, text) or its text pasted. `text` also
    carries a file's text back when the page offers to renumber it."""

    file = forms.FileField(
        label=_("Report file (.docx, .pdf, .md, .txt)"),
        required=False,
        help_text=_("Up to 20 MB."),
    )
    text = PlainTextField(
        label=_("Or paste the report's text"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    source_name = PlainTextField(required=False, max_length=300, widget=forms.HiddenInput)
    renumber = forms.BooleanField(
        label=_("Number the paragraphs by position (the numbering was flattened)"),
        required=False,
    )

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload is not None:
            if upload.size > MAX_FILE_BYTES:
                raise ValidationError(
                    gettext("The file is %(size)s; the limit is %(limit)s.")
                    % {"size": _mb(upload.size), "limit": _mb(MAX_FILE_BYTES)}
                )
            raw = upload.read(MAX_FILE_BYTES + 1)
            data["source_name"] = upload.name[:300]
            if is_large(size=len(raw)):
                # Read by a job (decisions.intake.draft_job); what its content
                # shows at once (an image, an old Word file, nothing) is refused here.
                try:
                    if not raw:
                        raise DocumentError("the file is empty", upload.name)
                    detect_format(raw, upload.name)
                except DocumentError as e:
                    raise ValidationError(str(e)) from None
                data["job_bytes"], data["report_text"], data["document_warnings"] = raw, "", []
                return data
            try:
                document = read_document(raw, name=upload.name)
            except DocumentError as e:
                raise ValidationError(str(e)) from None
            data["report_text"] = document.text
            data["document_warnings"] = list(document.warnings)
            return data
        text = data.get("text") or ""
        if not text.strip():
            raise ValidationError(gettext("Choose a report file or paste the report's text."))
        if len(text) > MAX_PASTE_CHARS:
            raise ValidationError(
                gettext("The text is %(n)s characters long; the limit is %(limit)s.")
                % {"n": f"{len(text):,}", "limit": f"{MAX_PASTE_CHARS:,}"}
            )
        data["report_text"] = text
        data["source_name"] = data.get("source_name") or gettext("pasted text")
        data["document_warnings"] = []
        return data


class ParagraphForm(forms.Form):
    """A paragraph's kind; its items come as rows `item-N-owner`, ..."""

    number = PlainTextField(max_length=20)
    kind = forms.ChoiceField(label=_("Kind"), choices=DecisionKind.choices)
    rows = forms.IntegerField(min_value=0, max_value=MAX_ROWS, required=False)


class DraftStructureForm(forms.Form):
    """Split a paragraph before some words, or join it with the next one."""

    number = PlainTextField(max_length=20)
    before = PlainTextField(required=False, max_length=2000)


class ItemRowForm(forms.Form):
    owner = PlainTextField(label=_("Owner"), required=False, max_length=300)
    partners = PlainTextField(
        label=_("Partners"), required=False, max_length=3000, help_text=_("Separated by ;")
    )
    due_date = forms.DateField(label=_("Due date"), required=False)
    due_text = PlainTextField(label=_("Deadline as written"), required=False, max_length=200)
    summary = PlainTextField(required=False, max_length=20_000, widget=forms.HiddenInput)
    remove = forms.BooleanField(label=_("Remove"), required=False)


class DraftRenewalForm(forms.Form):
    """A reviewer's decision on a renewal the import would propose."""

    # services_lineage.PlanLink.id: "<paragraph>|<owner slug>|<other item id>"
    link = PlainTextField(max_length=200)
    decision = forms.ChoiceField(
        choices=[("confirm", "confirm"), ("reject", "reject"), ("undecided", "undecided")]
    )
    close_earlier = forms.BooleanField(required=False)


def _incomplete(form: forms.Form) -> ValidationError:
    errors = "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items())
    return ValidationError(
        gettext("The paragraph form is incomplete: %(errors)s") % {"errors": errors}
    )


def structure_step(data, op: str) -> tuple[str, str]:
    """(number, before) of a split or a join; raises ValidationError with a
    message for the page. The page posts `<op>=<number>` and
    `before-<number>` (one form for all the paragraphs); `number` and
    `before` are read too."""
    if data.get(op):
        number = data.get(op, "")
        data = {"number": number, "before": data.get(f"before-{number}", "")}
    form = DraftStructureForm(data)
    if not form.is_valid():
        raise _incomplete(form)
    return form.cleaned_data["number"], form.cleaned_data["before"]


def paragraph_corrections(
    data, prefix: str = "", summaries: list[str] = ()
) -> tuple[str, str, list[dict]]:
    """(number, kind, items) from a paragraph's fields (named `<prefix>-kind`,
    `<prefix>-item-N-owner`, ... with a prefix); row N without a summary
    keeps `summaries[N]` (the page does not send them back). Raises
    ValidationError with a message for the page."""
    form = ParagraphForm(data, prefix=prefix or None)
    if not form.is_valid():
        raise _incomplete(form)
    number, kind = form.cleaned_data["number"], form.cleaned_data["kind"]
    items: list[dict] = []
    owners: set[str] = set()
    for i in range(form.cleaned_data["rows"] or 0):
        row = ItemRowForm(data, prefix=f"{prefix}-item-{i}" if prefix else f"item-{i}")
        if not row.is_valid():
            errors = "; ".join(f"{k}: {' '.join(v)}" for k, v in row.errors.items())
            raise ValidationError(gettext("Row %(n)s: %(errors)s") % {"n": i + 1, "errors": errors})
        c = row.cleaned_data
        if c["remove"] or not c["owner"].strip():
            continue
        try:
            owner = body_resolve(c["owner"])
            partners = [body_resolve(p) for p in c["partners"].split(";") if p.strip()]
        except DraftError as e:
            raise ValidationError(str(e)) from None
        if owner["slug"] in owners:
            raise ValidationError(
                gettext("%(name)s is named twice as an owner.") % {"name": owner["name"]}
            )
        owners.add(owner["slug"])
        items.append(
            {
                "owner": owner,
                "partners": [p for p in partners if p["slug"] != owner["slug"]],
                "summary": c["summary"] or (summaries[i] if i < len(summaries) else ""),
                "due_date": c["due_date"].isoformat() if c["due_date"] else None,
                "due_text": c["due_text"],
            }
        )
    if kind == DecisionKind.REQUEST and not items:
        raise ValidationError(gettext("A request needs at least one owner."))
    return number, kind, items


def item_rows(decision: dict) -> list[dict]:
    """A paragraph's items as the review form shows them: one row of
    strings per item, as the fields hold them."""
    return [
        {
            "owner": item["owner"]["name"],
            "registered": item["owner"].get("registered", True),
            "partners": "; ".join(p["name"] for p in item["partners"]),
            "partner_list": [p["name"] for p in item["partners"]],
            "due_date": item.get("due_date") or "",
            "due_text": item.get("due_text", ""),
            "summary": item.get("summary", ""),
        }
        for item in decision["action_items"]
    ]


def paragraph_fields(decision: dict) -> dict[str, str]:
    """The fields of one paragraph in the review form, as the page fills
    them in (without the paragraph's prefix); empty fields left out. The
    items' summaries are not among them: they stay as they are."""
    rows = item_rows(decision)
    fields = {"number": decision["number"], "kind": decision["kind"]}
    for i, row in enumerate(rows):
        for name in ("owner", "partners", "due_date", "due_text"):
            fields[f"item-{i}-{name}"] = row[name]
    return {k: v for k, v in fields.items() if v != ""}


class TitleBlockForm(forms.Form):
    """What of the title block the reviewer types when it was not read (or
    was misread): the document symbol, the meeting's name, its date. Posted
    with the review as `report-symbol`, `report-meeting`, `report-date`.
    Control characters and a NUL are dropped like everywhere (PlainTextField);
    a value that was only them, or that runs over lines, is refused."""

    symbol = PlainTextField(label=_("Document symbol"), required=False, max_length=120)
    meeting = PlainTextField(label=_("Meeting"), required=False, max_length=300)
    date = forms.DateField(label=_("Date of the meeting"), required=False)

    def _one_line(self, name: str) -> str:
        value = self.cleaned_data[name]
        if any(c in value for c in "\n\t"):
            raise ValidationError(gettext("Write it on one line, without tabs."))
        if not value and self.data.get(self.add_prefix(name), "").strip():
            raise ValidationError(
                gettext("It holds only control characters, which are not kept: type it again.")
            )
        return value

    def clean_symbol(self) -> str:
        return self._one_line("symbol")

    def clean_meeting(self) -> str:
        return self._one_line("meeting")


def title_block_corrections(data, shown: dict) -> dict | None:
    """The title block's fields the reviewer changed, from the review form
    ({"symbol": ..., "date": "2024-05-01" or None}), or None when the form
    did not carry them (a page from before they were added). Raises
    ValidationError naming each field at fault."""
    if not any(f"report-{name}" in data for name in TITLE_BLOCK_FIELDS):
        return None
    form = TitleBlockForm(data, prefix="report")
    if not form.is_valid():
        raise ValidationError(
            [
                gettext("%(field)s: %(errors)s")
                % {"field": form.fields[name].label, "errors": " ".join(errors)}
                for name, errors in form.errors.items()
            ]
        )
    changed = {}
    for name in TITLE_BLOCK_FIELDS:
        if f"report-{name}" not in data:
            continue
        value, before = form.cleaned_data[name], shown.get(name) or None
        if name == "date":
            value = value.isoformat() if value else None
        if (value or None) != before:
            changed[name] = value
    return changed


class ReviewForm(forms.Form):
    """The review of all the paragraphs, posted as one form: how many
    paragraphs it holds (`p-0-...` to `p-<n-1>-...`), and the version of the
    corrections it was made from."""

    paragraphs = forms.IntegerField(min_value=0, max_value=MAX_PARAGRAPHS)
    version = PlainTextField(max_length=64)


NUMBERS_SEPARATOR = "|"  # never in a paragraph's number ("xiv", "1", "vi-2", "الحادي عشر")


def paragraph_numbers(decisions: list[dict]) -> str:
    """The paragraphs' numbers in the page's order, as the review form's one
    `numbers` field carries them (one hidden field, not one a paragraph)."""
    return NUMBERS_SEPARATOR.join(d["number"] for d in decisions)


def posted_paragraphs(data) -> dict[int, dict[str, str]]:
    """The review form's fields grouped by paragraph: {index: {name: value}},
    each name without its `p-<index>-` prefix; empty values left out. A
    paragraph's `number` is its place in the `numbers` field, unless the
    paragraph's own `p-<index>-number` says otherwise."""
    groups: dict[int, dict[str, str]] = {}
    for key in data:
        head, _, rest = key.partition("-")
        index, _, name = rest.partition("-")
        if head != "p" or not _index(index) or not name:
            continue
        value = _joined(data, key) if name.endswith("-partners") else data.get(key, "")
        if value != "":
            groups.setdefault(int(index), {})[name] = value
    numbers = data.get("numbers", "")
    for index, number in enumerate(numbers.split(NUMBERS_SEPARATOR) if numbers else []):
        if index in groups and number:
            groups[index].setdefault("number", number)
    return groups


def _joined(data, key: str) -> str:
    """A row's partners as one value: the page gives each partner a field of
    its own (all named `...-partners`), and a field may hold several names
    separated by ";" (typed, or posted by a script)."""
    values = data.getlist(key) if hasattr(data, "getlist") else [data.get(key, "")]
    names = (name.strip() for value in values for name in value.split(";"))
    return "; ".join(name for name in names if name)


def partner_names(partners: str) -> list[str]:
    """The names in a row's partners value, one field each on the page."""
    return [name.strip() for name in partners.split(";") if name.strip()]


def posted_rows(posted: dict[str, str]) -> int:
    """How many item rows a paragraph's posted fields hold (`item-N-...`)."""
    indexes = [name.split("-")[1] for name in posted if name.startswith("item-")]
    return 1 + max((int(n) for n in indexes if _index(n)), default=-1)


def _index(value: str) -> bool:
    """Whether a posted field's index is one: ASCII digits, a few of them
    ("²" and "٣" pass isdigit(); int() refuses the first and reads the other
    as another paragraph's index)."""
    return value.isascii() and value.isdigit() and len(value) <= 6


def review_corrections(data, decisions: list[dict]) -> tuple[str, list[tuple[str, str, list]]]:
    """(version, the paragraphs changed as (number, kind, items)) from the
    review form; a paragraph posted as the page showed it is left alone.
    Raises ValidationError naming each paragraph at fault."""
    form = ReviewForm(data)
    if not form.is_valid():
        raise _incomplete(form)
    by_number = {d["number"]: d for d in decisions}
    groups = posted_paragraphs(data)
    count = form.cleaned_data["paragraphs"]
    numbers = data.get("numbers", "")
    if numbers and len(numbers.split(NUMBERS_SEPARATOR)) != count:
        raise ValidationError(
            gettext("The paragraph form is incomplete: %(errors)s")
            % {"errors": gettext("%(n)s paragraphs, not as many numbers") % {"n": count}}
        )
    changed, errors, seen = [], [], set()
    for index in range(count):
        posted = groups.get(index, {})
        number = posted.get("number", "")
        if number and number in seen:
            errors.append(gettext("Paragraph %(number)s is posted twice.") % {"number": number})
            continue
        seen.add(number)
        shown = by_number.get(number)
        if shown is not None and posted == paragraph_fields(shown):
            continue
        rows = max(len(shown["action_items"]) if shown else 0, posted_rows(posted) - 1) + 1
        fields = {f"p-{index}-{k}": v for k, v in posted.items()}
        fields[f"p-{index}-rows"] = str(min(rows, MAX_ROWS))
        try:
            if shown is None:
                raise ValidationError(
                    gettext("there is no paragraph %(number)s") % {"number": number}
                )
            summaries = [i.get("summary", "") for i in shown["action_items"]]
            changed.append(paragraph_corrections(fields, prefix=f"p-{index}", summaries=summaries))
        except ValidationError as e:
            errors.append(
                gettext("Paragraph %(number)s: %(errors)s")
                % {"number": number or index + 1, "errors": " ".join(e.messages)}
            )
    if errors:
        raise ValidationError(errors)
    return form.cleaned_data["version"], changed
