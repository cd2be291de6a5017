from __future__ import annotations

from django import forms
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions import exports, sheets
from decisions.fields import MAX_INT, PlainTextField
from decisions.models import ActionItem, Status

NOTE_MAX_LENGTH = 10_000


class ItemUpdateForm(forms.Form):
    """A new status and a note, as stored: the rules shared by the item page
    and each row of an uploaded spreadsheet."""

    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)
    note = PlainTextField(
        label=_("Note"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Plain text. Links become clickable."),
    )


class StatusUpdateForm(ItemUpdateForm):
    """Record an update: a new status, a note, or both. `version` is the
    item's version when the page was shown, so a stale submission is caught."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=MAX_INT)

    @classmethod
    def for_item(cls, item: ActionItem) -> StatusUpdateForm:
        return cls(initial={"status": item.status, "version": item.version})

    def with_version(self, version: int) -> StatusUpdateForm:
        """The same submission, re-shown against the item's current version,
        so that what the user typed survives a conflict."""
        data = self.data.copy()
        data["version"] = str(version)
        return type(self)(data)


class SheetUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet (.xlsx)"),
        help_text=_(
            "An XLSX export of the action item list, with the columns "
            "'new status' and 'new note' filled in."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx," + exports.XLSX_TYPE}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > sheets.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                gettext("The file is %(size)s bytes; the limit is %(limit)s.")
                % {
                    "size": formats.number_format(upload.size, force_grouping=True),
                    "limit": formats.number_format(sheets.MAX_UPLOAD_BYTES, force_grouping=True),
                }
            )
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(
                gettext("This is not an .xlsx file: export the list as XLSX and upload that.")
            )
        return upload
