"""Forms for letters sent and replies received."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from decisions.evidence.forms import NOTE_MAX, EvidenceFormMixin
from decisions.fields import (
    ByNameChoiceIterator,
    ByNameModelChoiceField,
    IdMultipleChoiceField,
    IsoDateInput,
    PlainTextField,
    as_id,
)
from decisions.models import ActionItem, Body, Letter, LetterKind

# What one letter may name: more is refused before any query (a hostile
# form, or a pasted list); the open items listed to tick are capped too.
MAX_RECIPIENTS = 200
MAX_ITEMS = 500
ITEMS_LISTED = 300


class CappedIdChoiceField(IdMultipleChoiceField):
    """Objects chosen by id, at most `max_choices` of them."""

    def __init__(self, *args, max_choices: int, **kwargs):
        self.max_choices = max_choices
        super().__init__(*args, **kwargs)

    def clean(self, value):
        if value and len(value) > self.max_choices:
            raise forms.ValidationError(
                gettext("Choose at most %(n)d.") % {"n": self.max_choices}, code="too_many"
            )
        return super().clean(value)


class RecipientField(CappedIdChoiceField):
    """Every body, registered or still to be reviewed, by name in the
    reader's language, ticked in a list that a text box filters."""

    iterator = ByNameChoiceIterator
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, body: Body) -> str:
        if body.registered:
            return body.name
        return gettext("%(name)s (to be reviewed)") % {"name": body.name}


class ItemField(CappedIdChoiceField):
    """The items a letter is about, ticked among the recipients' open items
    (and any item named in the address); the template shows each with its
    report, paragraph and request."""

    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, item: ActionItem) -> str:
        return f"{item.decision.report.symbol} ¶{item.decision.number}"


def ids_in(values, limit: int) -> list[int]:
    """The ids among `values` (a QueryDict's list), at most `limit` read."""
    return [i for i in map(as_id, map(str, list(values)[:limit])) if i]


ITEM_ORDER = ("-decision__report__date", "decision__report_id", "decision__position", "pk")


def item_choices(body_ids, item_ids):
    """The items offered: the open items of the bodies, by report and
    paragraph (ITEMS_LISTED at most), and the items named."""
    listed = list(
        ActionItem.objects.open()
        .filter(owner__in=body_ids)
        .order_by("owner_id", *ITEM_ORDER)
        .values_list("pk", flat=True)[:ITEMS_LISTED]
    )
    return (
        ActionItem.objects.filter(pk__in=set(listed) | set(item_ids))
        .select_related("decision__report", "owner")
        .order_by("owner__name_en", "owner_id", *ITEM_ORDER)
    )


class LetterForm(EvidenceFormMixin):
    kind = forms.ChoiceField(label=_("Kind"), choices=LetterKind.choices)
    reference = PlainTextField(label=_("Reference"), max_length=120)
    sent_on = forms.DateField(label=_("Date sent"), widget=IsoDateInput())
    subject = PlainTextField(label=_("Subject"), max_length=500)
    recipients = RecipientField(
        label=_("Recipients"), queryset=Body.objects.all(), max_choices=MAX_RECIPIENTS
    )
    items = ItemField(
        label=_("Items concerned"),
        required=False,
        queryset=ActionItem.objects.none(),
        max_choices=MAX_ITEMS,
        help_text=_("Tick the recipients' open items that the letter is about."),
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
        "items",
        "chases",
        "files",
        "links",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            body_ids = ids_in(self._posted("recipients"), MAX_RECIPIENTS + 1)
            item_ids = ids_in(self._posted("items"), MAX_ITEMS + 1)
        else:
            body_ids = list(self.initial.get("recipients", ()))
            item_ids = list(self.initial.get("items", ()))
        self.fields["items"].queryset = item_choices(body_ids, item_ids)

    def _posted(self, name: str) -> list[str]:
        widget = self.fields[name].widget
        value = widget.value_from_datadict(self.data, self.files, self.add_prefix(name))
        if value is None:
            return []
        return [str(v) for v in ([value] if isinstance(value, str | int) else value)]

    @classmethod
    def initial_from_query(cls, query) -> dict:
        """Initial values from the address of a "Record a letter" link
        (?recipients=<body id>&items=<item id>, each repeatable; ?chases=<letter
        id> takes the recipients and items of the letter chased): only ids
        of bodies and of existing items are kept, the rest is dropped
        silently (the form is still checked when posted)."""
        initial: dict = {}
        chases = as_id(query.get("chases", ""))
        chased = Letter.objects.filter(pk=chases).first() if chases else None
        if chased is not None:
            initial["chases"] = chased.pk
            initial["recipients"] = list(chased.recipients.values_list("pk", flat=True))
            initial["items"] = sorted(chased.items.values_list("pk", flat=True))
        # 200: a note verbale may go to every Member State that has not answered.
        body_ids = ids_in(query.getlist("recipients"), 200)
        if body_ids:
            bodies = list(Body.objects.filter(pk__in=body_ids).values_list("pk", flat=True))
            if bodies:
                initial["recipients"] = bodies
        item_ids = ids_in(query.getlist("items"), 200)
        if item_ids:
            found = sorted(ActionItem.objects.filter(pk__in=item_ids).values_list("pk", flat=True))
            if found:
                initial["items"] = found
        return initial

    def clean_reference(self):
        reference = self.cleaned_data["reference"]
        if Letter.objects.filter(reference=reference).exists():
            raise forms.ValidationError(gettext("A letter with this reference is recorded."))
        return reference


class ReplyForm(EvidenceFormMixin):
    sender = ByNameModelChoiceField(label=_("From"), queryset=Body.objects.none())
    received_on = forms.DateField(label=_("Date received"), widget=IsoDateInput())
    reference = PlainTextField(label=_("Their reference"), required=False, max_length=120)
    summary = PlainTextField(
        label=_("Summary"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    field_order = ["sender", "received_on", "reference", "summary", "files", "links"]

    def __init__(self, *args, letter: Letter, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sender"].queryset = letter.recipients.all()
