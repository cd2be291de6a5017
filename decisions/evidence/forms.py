"""The evidence part of a form (files and links), shared by submissions, updates
and letters."""

from __future__ import annotations

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions.evidence.services import ACCEPTED_EXTENSIONS, EvidenceError, evidence_check
from decisions.fields import PlainTextField

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
