"""Forms for recording an update on an action item."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

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
