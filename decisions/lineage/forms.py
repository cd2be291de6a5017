"""Forms of the lineage pages: renewals, overlaps, lifecycle."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

from decisions.fields import PlainTextField
from decisions.models import Report
from decisions.models.lineage import (
    LifecycleAction,
    LifecycleDecision,
    LifecycleReason,
    LinkState,
    OverlapState,
)


class QueueFilterForm(forms.Form):
    report = forms.ModelChoiceField(
        queryset=Report.objects.defer("source_text"), required=False, label=gettext_lazy("Report")
    )
    state = forms.ChoiceField(
        choices=[*LinkState.choices, ("all", gettext_lazy("All"))],
        required=False,
        label=gettext_lazy("State"),
    )


class RenewalDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("confirm", "confirm"), ("reject", "reject")])
    close_earlier = forms.BooleanField(required=False)


class OverlapFilterForm(forms.Form):
    state = forms.ChoiceField(
        choices=[*OverlapState.choices, ("all", gettext_lazy("All"))], required=False
    )


class OverlapDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("related", "related"), ("dismiss", "dismiss")])


class LifecycleForm(forms.Form):
    # No choice made for the editor: each must be picked (closing an item
    # is never what an untouched form sends).
    action = forms.ChoiceField(
        label=gettext_lazy("Decision"), choices=[("", "—"), *LifecycleAction.choices]
    )
    reason = forms.ChoiceField(
        label=gettext_lazy("Reason"), choices=[("", "—"), *LifecycleReason.choices]
    )
    approved_by = PlainTextField(
        label=gettext_lazy("Approved by"),
        max_length=LifecycleDecision._meta.get_field("approved_by").max_length,
        help_text=gettext_lazy("Who approved it: a person, or a meeting and its report."),
    )
    note = PlainTextField(
        label=gettext_lazy("Note"), required=False, max_length=10_000, widget=forms.Textarea(
            attrs={"rows": 2}
        )
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        # Its own ids: the item page also holds the update form's note.
        kwargs.setdefault("auto_id", "lifecycle_%s")
        super().__init__(*args, **kwargs)
