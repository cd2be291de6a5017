"""The Django admin, for administrators. Every status change made here goes
through services.action_item_set_status, like everywhere else."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.utils.functional import lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from decisions.admin_base import CleanInputAdmin, ReadOnlyAdmin
from decisions.fields import (
    MAX_INT,
    IdMultipleChoiceField,
    PlainTextField,
)
from decisions.items.services import action_item_set_status, action_items_set_status
from decisions.items.touch import touch_bodies
from decisions.models import (
    ActionItem,
    Body,
    Decision,
    MemberResponse,
    MemberResponseChange,
    Membership,
    Report,
    Status,
    StatusUpdate,
)
from decisions.permissions import can_update
from decisions.responses.services import member_responses_delete
from decisions.templatetags.progress import status_badge


class MembershipInline(admin.TabularInline):
    """A collective body's members, dated, on its own page."""

    model = Membership
    fk_name = "collective"
    fields = ["member", "since", "until"]
    autocomplete_fields = ["member"]
    extra = 1


@admin.register(Body)
class BodyAdmin(CleanInputAdmin):
    list_display = [
        "name_en",
        "acronym_en",
        "kind",
        "working_language",
        "parent",
        "registered",
        "n_items",
    ]
    list_filter = ["registered", "kind", "working_language"]
    search_fields = ["slug", "name_en", "name_fr", "name_ar", "acronym_en", "acronym_fr"]
    prepopulated_fields = {"slug": ["name_en"]}
    autocomplete_fields = ["parent"]
    filter_horizontal = ["focal_points"]
    actions = ["mark_registered"]
    inlines = [MembershipInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("parent")
            .annotate(n_items=Count("action_items"))
        )

    @admin.display(description=_("items"), ordering="n_items")
    def n_items(self, obj: Body) -> int:
        return obj.n_items

    @admin.action(description=_("Mark as reviewed (registered)"))
    def mark_registered(self, request, queryset):
        n = queryset.update(registered=True)
        # The items' pages show "to be reviewed" by their owner: an update
        # sends no signal, so they are touched here (decisions.items.touch).
        touch_bodies(queryset.values_list("pk", flat=True))
        self.message_user(
            request,
            ngettext("%(n)d body marked as registered.", "%(n)d bodies marked as registered.", n)
            % {"n": n},
        )


class DecisionInline(admin.TabularInline):
    model = Decision
    fields = ["number", "kind", "text"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(CleanInputAdmin):
    list_display = ["symbol", "meeting", "place", "date", "language", "imported_at"]
    list_filter = ["language"]
    search_fields = ["symbol", "title", "meeting"]
    date_hierarchy = "date"
    readonly_fields = ["source_sha256", "imported_at", "source_name"]
    inlines = [DecisionInline]


@admin.register(Decision)
class DecisionAdmin(CleanInputAdmin):
    list_display = ["__str__", "kind", "short_text"]
    list_filter = ["kind", "report"]
    search_fields = ["text", "number", "report__symbol"]
    list_select_related = ["report"]

    @admin.display(description=_("text"))
    def short_text(self, obj: Decision) -> str:
        return obj.text[:120] + ("…" if len(obj.text) > 120 else "")


class StatusUpdateInline(admin.TabularInline):
    model = StatusUpdate
    fields = ["created_at", "author", "old_status", "new_status", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("history of updates")

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")


STALE_MESSAGE = _(
    "This item was changed by someone else while this form was open: it is now "
    "“%(status)s”. Nothing was saved. The form now shows the current state; "
    "make your change again and save."
)
# The fields the change form writes itself; status goes through the service.
OWN_FIELDS = ("decision", "owner", "summary", "due_date", "due_text")


class ActionItemAdminForm(forms.ModelForm):
    note = PlainTextField(
        label=_("Note for the history"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded with the status, in the item's history."),
    )
    # The version the form was shown with: a stale form is refused (clean).
    expected_version = forms.IntegerField(
        widget=forms.HiddenInput, required=False, min_value=0, max_value=MAX_INT
    )

    class Meta:
        model = ActionItem
        fields = [
            "decision",
            "owner",
            "partners",
            "summary",
            "status",
            "due_date",
            "due_text",
        ]
        field_classes = {
            "partners": IdMultipleChoiceField,
            "summary": PlainTextField,
            "due_text": PlainTextField,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_version"].initial = self.instance.version

    def clean(self):
        """Refuse a form shown before the item's latest update. The row stays
        locked until the admin's transaction ends (the admin saves in one), so
        nothing can land between this check and the save."""
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        current = ActionItem.objects.select_for_update().get(pk=self.instance.pk)
        if cleaned.get("expected_version") != current.version:
            self.data = self._current_data(current)
            raise forms.ValidationError(
                STALE_MESSAGE % {"status": current.get_status_display()}, code="stale"
            )
        return cleaned

    def _current_data(self, current: ActionItem):
        """The submitted data with the item's current state in place of the
        stale one (the note the user typed is kept), for the form shown again."""
        data = self.data.copy()
        data.setlist("partners", [str(pk) for pk in current.partners.values_list("pk", flat=True)])
        data["decision"] = str(current.decision_id)
        data["owner"] = str(current.owner_id)
        data["summary"] = current.summary
        data["status"] = current.status
        data["due_date"] = current.due_date.isoformat() if current.due_date else ""
        data["due_text"] = current.due_text
        data["expected_version"] = str(current.version)
        return data


def _set_status_action(status: Status):
    def action(modeladmin, request, queryset):
        # A focal point given admin access still updates only its bodies'
        # items, as on the item page: the others are left alone, and counted.
        items = list(queryset.select_related("owner"))
        allowed = [item for item in items if can_update(request.user, item)]
        n = action_items_set_status(items=allowed, status=status.value, by=request.user)
        modeladmin.message_user(
            request,
            ngettext(
                "%(n)d item set to %(status)s, one history row each.",
                "%(n)d items set to %(status)s, one history row each.",
                n,
            )
            % {"n": n, "status": status.label},
            messages.SUCCESS,
        )
        refused = len(items) - len(allowed)
        if refused:
            modeladmin.message_user(
                request,
                ngettext(
                    "%(n)d item not changed: you may not update it.",
                    "%(n)d items not changed: you may not update them.",
                    refused,
                )
                % {"n": refused},
                messages.ERROR,
            )

    action.__name__ = f"set_status_{status.value}"
    description = lazy(lambda: gettext("Set status: %s") % status.label, str)()
    return admin.action(description=description)(action)


@admin.register(ActionItem)
class ActionItemAdmin(CleanInputAdmin):
    form = ActionItemAdminForm
    list_display = ["owner", "report", "paragraph", "status_display", "due_date"]
    list_filter = [
        "status",
        ("owner", admin.RelatedOnlyFieldListFilter),
        "decision__report",
    ]
    list_select_related = ["owner", "decision__report"]
    search_fields = [
        "summary",
        "decision__text",
        "decision__number",
        "owner__name_en",
        "owner__name_fr",
        "owner__acronym_en",
        "updates__note",
    ]
    autocomplete_fields = ["owner", "decision"]
    filter_horizontal = ["partners"]
    readonly_fields = ["version", "created_at", "updated_at"]
    inlines = [StatusUpdateInline]
    actions = [_set_status_action(s) for s in Status]

    @admin.display(description=_("report"), ordering="decision__report__symbol")
    def report(self, obj: ActionItem) -> str:
        return obj.decision.report.symbol

    @admin.display(description=_("paragraph"), ordering="decision__position")
    def paragraph(self, obj: ActionItem) -> str:
        return obj.decision.number

    @admin.display(description=_("status"), ordering="status")
    def status_display(self, obj: ActionItem) -> str:
        return status_badge(obj.status, obj.get_status_display())

    def has_change_permission(self, request, obj=None) -> bool:
        """The admin's change permission, and for one item the rule of the
        item page: a focal point changes only its bodies' items."""
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or can_update(request.user, obj))

    def save_model(self, request, obj, form, change):
        """Save the item's own fields, then record any status change or note
        through the service, which writes the history row.

        A change writes only the fields the form changed, never the status
        or the version wholesale: the form's version was checked in its
        clean(), under a row lock held until the admin's transaction ends."""
        new_status = obj.status
        note = form.cleaned_data.get("note", "")
        if not change:
            obj.status = Status.NOT_STARTED
            super().save_model(request, obj, form, change)
            if new_status != obj.status or note.strip():
                action_item_set_status(item=obj, status=new_status, note=note, by=request.user)
            return
        obj.status = form.initial.get("status", Status.NOT_STARTED)
        obj.version = form.cleaned_data["expected_version"]
        fields = [f for f in form.changed_data if f in OWN_FIELDS]
        if fields:
            # Bumped so that another form open on this item is stale too.
            obj.version += 1
            obj.save(update_fields=[*fields, "version", "updated_at"])
        if new_status != obj.status or note.strip():
            action_item_set_status(
                item=obj,
                status=new_status,
                note=note,
                by=request.user,
                expected_version=obj.version,
            )


@admin.register(StatusUpdate)
class StatusUpdateAdmin(ReadOnlyAdmin):
    """Read-only: the history is append-only."""

    list_display = ["created_at", "item", "author", "old_status", "new_status", "note"]
    list_filter = ["new_status"]
    list_select_related = ["item__decision__report", "item__owner", "author"]
    search_fields = ["note"]
    date_hierarchy = "created_at"


@admin.register(Membership)
class MembershipAdmin(CleanInputAdmin):
    """Who belongs to a collective body, and since when: States join."""

    list_display = ["member", "collective", "since", "until"]
    list_filter = ["collective", "since", "until"]
    list_select_related = ["member", "collective"]
    search_fields = ["member__name_en", "member__name_fr", "member__name_ar"]
    autocomplete_fields = ["collective", "member"]


@admin.register(MemberResponse)
class MemberResponseAdmin(CleanInputAdmin):
    """Read-only: responses are recorded on the item's matrix, with a
    version check (decisions.responses.services.member_response_record)."""

    list_display = ["item", "member", "status", "on", "recorded_by", "recorded_at"]
    list_filter = ["status"]
    list_select_related = ["item__decision__report", "item__owner", "member", "recorded_by"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def delete_model(self, request, obj):
        member_responses_delete(responses=[obj], by=request.user)

    def delete_queryset(self, request, queryset):
        member_responses_delete(responses=list(queryset), by=request.user)


@admin.register(MemberResponseChange)
class MemberResponseChangeAdmin(ReadOnlyAdmin):
    """Read-only: the history of the responses is append-only."""

    list_display = ["recorded_at", "item", "member", "status", "on", "recorded_by"]
    list_filter = ["status"]
    list_select_related = ["item__decision__report", "item__owner", "member", "recorded_by"]
    date_hierarchy = "recorded_at"


# The other areas' admin pages register themselves when imported.
from decisions.accounts import admin as accounts_admin  # noqa: E402, F401
from decisions.jobs import admin as jobs_admin  # noqa: E402, F401
