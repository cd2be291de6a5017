"""The forms of the review before import: a report to read (a file or pasted
text) and one paragraph's corrections."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions.fields import PlainTextField
from decisions.formats import DocumentError, read_document
from decisions.formats.limits import MAX_FILE_BYTES
from decisions.intake.draft_plans import DraftError, body_resolve
from decisions.models import DecisionKind

MAX_PASTE_CHARS = 2_000_000
MAX_ROWS = 200


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
            try:
                document = read_document(upload.read(MAX_FILE_BYTES + 1), name=upload.name)
            except DocumentError as e:
                raise ValidationError(str(e)) from None
            data["report_text"] = document.text
            data["source_name"] = upload.name[:300]
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


def structure_step(data) -> tuple[str, str]:
    """(number, before) of a split or a join; raises ValidationError with a
    message for the page."""
    form = DraftStructureForm(data)
    if not form.is_valid():
        raise _incomplete(form)
    return form.cleaned_data["number"], form.cleaned_data["before"]


def paragraph_corrections(data) -> tuple[str, str, list[dict]]:
    """(number, kind, items) from a paragraph's form; raises ValidationError
    with a message for the page."""
    form = ParagraphForm(data)
    if not form.is_valid():
        raise _incomplete(form)
    number, kind = form.cleaned_data["number"], form.cleaned_data["kind"]
    items: list[dict] = []
    owners: set[str] = set()
    for i in range(form.cleaned_data["rows"] or 0):
        row = ItemRowForm(data, prefix=f"item-{i}")
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
                "summary": c["summary"],
                "due_date": c["due_date"].isoformat() if c["due_date"] else None,
                "due_text": c["due_text"],
            }
        )
    if kind == DecisionKind.REQUEST and not items:
        raise ValidationError(gettext("A request needs at least one owner."))
    return number, kind, items
