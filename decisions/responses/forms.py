"""The forms of the responses matrix: one member's response, the filter by
status, and the spreadsheet upload."""

from __future__ import annotations

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from decisions.fields import MAX_INT, PlainTextField, PlainURLField
from decisions.models import Body, MemberResponse
from decisions.models.responses import ResponseStatus
from decisions.responses.services import ResponseValues

NOTE_MAX = MemberResponse._meta.get_field("note").max_length


class MemberResponseForm(forms.Form):
    """One member's answer: its status, when, a note and a link to the
    evidence; `version` is the response's version the page showed (0: none)."""

    status = forms.ChoiceField(label=_("Response"), choices=ResponseStatus.choices)
    on = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    note = PlainTextField(
        label=_("Note"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    link = PlainURLField(label=_("Evidence (link)"), required=False, max_length=2000)
    version = forms.IntegerField(min_value=0, max_value=MAX_INT, widget=forms.HiddenInput)

    @classmethod
    def for_response(cls, response: MemberResponse | None) -> MemberResponseForm:
        if response is None:
            return cls(initial={"status": ResponseStatus.ASKED, "version": 0})
        return cls(
            initial={
                "status": response.status,
                "on": response.on,
                "note": response.note,
                "link": response.link,
                "version": response.version,
            }
        )

    def values(self) -> ResponseValues:
        d = self.cleaned_data
        return ResponseValues(status=d["status"], on=d["on"], note=d["note"], link=d["link"])


class ResponseFilter(django_filters.FilterSet):
    """The matrix by status (several at once). Filters members annotated
    with their response's status (ResponseRows)."""

    status = django_filters.MultipleChoiceFilter(
        label=_("Response"),
        field_name="response_status",
        choices=ResponseStatus.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Body
        fields: list[str] = []


class ResponseSheetUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Filled-in spreadsheet (.xlsx)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx"}),
    )
