"""Forms of the reporting area: the spreadsheet upload."""

from __future__ import annotations

from django import forms
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions.reporting import exports, sheet_files


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
        if upload.size > sheet_files.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                gettext("The file is %(size)s bytes; the limit is %(limit)s.")
                % {
                    "size": formats.number_format(upload.size, force_grouping=True),
                    "limit": formats.number_format(
                        sheet_files.MAX_UPLOAD_BYTES, force_grouping=True
                    ),
                }
            )
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(
                gettext("This is not an .xlsx file: export the list as XLSX and upload that.")
            )
        return upload
