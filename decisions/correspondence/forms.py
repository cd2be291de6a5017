"""Forms for letters sent and replies received."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions.evidence.forms import NOTE_MAX, EvidenceFormMixin
from decisions.fields import (
    ByNameIdMultipleChoiceField,
    ByNameModelChoiceField,
    PlainTextField,
    as_id,
)
from decisions.models import ActionItem, Body, Letter, LetterKind


class LetterForm(EvidenceFormMixin):
    kind = forms.ChoiceField(label=_("Kind"), choices=LetterKind.choices)
    reference = PlainTextField(label=_("Reference"), max_length=120)
    sent_on = forms.DateField(label=_("Date sent"), widget=forms.DateInput(attrs={"type": "date"}))
    subject = PlainTextField(label=_("Subject"), max_length=500)
    recipients = ByNameIdMultipleChoiceField(
        label=_("Recipients"), queryset=Body.objects.registered()
    )
    item_ids = PlainTextField(
        label=_("Items concerned (numbers)"),
        required=False,
        max_length=2000,
        help_text=_("Action item numbers, separated by commas."),
    )
    chases = forms.ModelChoiceField(
        label=_("Chases"), required=False, queryset=Letter.objects.all()
    )

    field_order = [
        "kind",
        "reference",
        "sent_on",
        "subject",
        "recipients",
        "item_ids",
        "chases",
        "files",
        "links",
    ]

    @classmethod
    def initial_from_query(cls, query) -> dict:
        """Initial values from the address of a "Record a letter" link
        (?recipients=<body id>&items=<item id>, each repeatable): only ids
        of registered bodies and of existing items are kept, the rest is
        dropped silently (the form is still checked when posted)."""
        initial: dict = {}
        # 200: a note verbale may go to every Member State that has not answered.
        body_ids = [i for i in map(as_id, query.getlist("recipients")[:200]) if i]
        if body_ids:
            bodies = list(
                Body.objects.registered().filter(pk__in=body_ids).values_list("pk", flat=True)
            )
            if bodies:
                initial["recipients"] = bodies
        item_ids = [i for i in map(as_id, query.getlist("items")[:200]) if i]
        if item_ids:
            found = sorted(ActionItem.objects.filter(pk__in=item_ids).values_list("pk", flat=True))
            if found:
                initial["item_ids"] = ", ".join(map(str, found))
        return initial

    def clean_reference(self):
        reference = self.cleaned_data["reference"]
        if Letter.objects.filter(reference=reference).exists():
            raise forms.ValidationError(gettext("A letter with this reference is recorded."))
        return reference

    def clean_item_ids(self):
        raw = self.cleaned_data["item_ids"].replace(";", ",").replace(" ", ",")
        ids = []
        for part in raw.split(","):
            if not part:
                continue
            if not part.isascii() or not part.isdigit() or len(part) > 12:
                raise forms.ValidationError(gettext("Give item numbers separated by commas."))
            ids.append(int(part))
        found = list(ActionItem.objects.filter(pk__in=ids))
        missing = sorted(set(ids) - {i.pk for i in found})
        if missing:
            raise forms.ValidationError(
                gettext("No action item %(ids)s.") % {"ids": ", ".join(map(str, missing))}
            )
        return found


class ReplyForm(EvidenceFormMixin):
    sender = ByNameModelChoiceField(label=_("From"), queryset=Body.objects.none())
    received_on = forms.DateField(
        label=_("Date received"), widget=forms.DateInput(attrs={"type": "date"})
    )
    reference = PlainTextField(label=_("Their reference"), required=False, max_length=120)
    summary = PlainTextField(
        label=_("Summary"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, letter: Letter, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sender"].queryset = letter.recipients.all()
