"""Forms of the workflow: submissions, evidence, review, comments."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions.evidence.forms import NOTE_MAX, EvidenceFormMixin
from decisions.fields import MAX_INT, PlainTextField
from decisions.models import ActionItem, Status


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


class QueueReviewForm(forms.Form):
    """One submission reviewed from the queue: accepted with the status and
    the note as shown (edited or not), or returned with a comment. Each
    submission's form has its own prefix (`s<id>`), so that a page of them
    has no two fields alike. `version` is the item's version when the queue
    was shown: a review of an item changed since is stale."""

    decision = forms.ChoiceField(
        choices=[("accept", _("Accept")), ("return", _("Return"))], widget=forms.HiddenInput
    )
    status = forms.ChoiceField(label=_("Status to record"), choices=Status.choices)
    note = PlainTextField(
        label=_("Note to record"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    comment = PlainTextField(
        label=_("Comment to the focal point"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Needed to return the submission; sent with an acceptance too."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=MAX_INT)

    @classmethod
    def for_submission(cls, submission) -> QueueReviewForm:
        """The focal point's status and note, to accept as they are or edit."""
        initial = {
            "status": submission.status,
            "note": submission.note,
            "version": submission.item.version,
        }
        return cls(initial=initial, prefix=f"s{submission.pk}")

    def with_version(self, version: int) -> QueueReviewForm:
        """The same review against the item's current version: what the
        reviewer typed survives a conflict."""
        data = self.data.copy()
        data[self.add_prefix("version")] = str(version)
        return type(self)(data, prefix=self.prefix)

    def clean(self):
        data = super().clean()
        if data.get("decision") == "accept" and "note" in data and not data["note"]:
            self.add_error("note", gettext("Say what was done."))
        if data.get("decision") == "return" and "comment" in data and not data["comment"]:
            self.add_error("comment", gettext("Say why the submission is returned."))
        return data


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
