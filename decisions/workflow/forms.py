"""Forms of the workflow: submissions, evidence, review, comments."""

from __future__ import annotations

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions.fields import MAX_INT, PlainTextField
from decisions.models import ActionItem, Status
from decisions.workflow.evidence import ACCEPTED_EXTENSIONS, EvidenceError, evidence_check

MAX_FILES = 10


MAX_LINKS = 10


NOTE_MAX = 10_000


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS)})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


class EvidenceFormMixin(forms.Form):
    """Files (checked from their content) and links (http/https), one a line."""

    files = MultipleFileField(
        label=_("Evidence files"),
        required=False,
        allow_empty_file=True,  # refused below with a clearer message
        help_text=_("PDF, Word .docx, Excel .xlsx, PNG or JPEG."),
    )
    links = PlainTextField(
        label=_("Links"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One http:// or https:// address a line."),
    )

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        if len(files) > MAX_FILES:
            raise forms.ValidationError(gettext("At most %(n)s files.") % {"n": MAX_FILES})
        errors = []
        for upload in files:
            try:
                evidence_check(upload)
            except EvidenceError as e:
                errors.append(str(e))
        if errors:
            raise forms.ValidationError(errors)
        return files

    def clean_links(self):
        lines = [line.strip() for line in self.cleaned_data["links"].splitlines()]
        links = [line for line in lines if line]
        if len(links) > MAX_LINKS:
            raise forms.ValidationError(gettext("At most %(n)s links.") % {"n": MAX_LINKS})
        validate = URLValidator(schemes=["http", "https"])
        for link in links:
            try:
                validate(link)
            except forms.ValidationError as e:
                raise forms.ValidationError(
                    gettext("%(link)s is not an http:// or https:// address.")
                    % {"link": link[:100]}
                ) from e
        return links


class SubmissionForm(EvidenceFormMixin):
    status = forms.ChoiceField(label=_("Proposed status"), choices=Status.choices)
    note = PlainTextField(
        label=_("What was done"),
        error_messages={"required": _("Say what was done.")},
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=MAX_INT)

    field_order = ["status", "note", "files", "links", "version"]

    @classmethod
    def for_item(cls, item: ActionItem) -> SubmissionForm:
        return cls(initial={"status": item.status, "version": item.version})


class EvidenceForm(EvidenceFormMixin):
    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("files") and not data.get("links"):
            raise forms.ValidationError(gettext("Attach a file or give a link."))
        return data


class ReviewForm(forms.Form):
    comment = PlainTextField(
        label=_("Comment to the focal point"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirm_stale = forms.BooleanField(required=False, widget=forms.HiddenInput)


class CommentForm(forms.Form):
    text = PlainTextField(
        label=_("Comment"),
        error_messages={"required": _("The comment is empty.")},
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Internal. Mention someone with @username."),
    )


class PublicStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Public status"), choices=Status.choices)
    note = PlainTextField(
        label=_("Public note"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        # Its own ids: the item page also holds the update form's status and note.
        kwargs.setdefault("auto_id", "public_%s")
        super().__init__(*args, **kwargs)
