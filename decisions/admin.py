"""The Django admin, for administrators. Every status change made here goes
through services.action_item_set_status, like everywhere else."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import admin as auth_admin
from django.contrib.auth.models import User
from django.db.models import Count
from django.utils.functional import lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from decisions.models import (
    ActionItem,
    Body,
    Decision,
    Report,
    Status,
    StatusUpdate,
)
from decisions.services import action_item_set_status, action_items_set_status
from decisions.templatetags.progress import status_badge
from tracker.accounts import user_sessions_end


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name_en", "acronym_en", "kind", "parent", "registered", "n_items"]
    list_filter = ["registered", "kind"]
    search_fields = ["slug", "name_en", "name_fr", "name_ar", "acronym_en", "acronym_fr"]
    prepopulated_fields = {"slug": ["name_en"]}
    autocomplete_fields = ["parent"]
    filter_horizontal = ["focal_points"]
    actions = ["mark_registered"]

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
class ReportAdmin(admin.ModelAdmin):
    list_display = ["symbol", "meeting", "place", "date", "language", "imported_at"]
    list_filter = ["language"]
    search_fields = ["symbol", "title", "meeting"]
    date_hierarchy = "date"
    readonly_fields = ["source_sha256", "imported_at", "source_name"]
    inlines = [DecisionInline]


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
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


class ActionItemAdminForm(forms.ModelForm):
    note = forms.CharField(
        label=_("Note for the history"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded with the status, in the item's history."),
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


def _set_status_action(status: Status):
    def action(modeladmin, request, queryset):
        n = action_items_set_status(items=queryset, status=status.value, by=request.user)
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

    action.__name__ = f"set_status_{status.value}"
    description = lazy(lambda: gettext("Set status: %s") % status.label, str)()
    return admin.action(description=description)(action)


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
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

    def save_model(self, request, obj, form, change):
        """Save the item's own fields, then record any status change or note
        through the service, which writes the history row."""
        new_status = obj.status
        note = form.cleaned_data.get("note", "")
        obj.status = (
            form.initial.get("status", Status.NOT_STARTED) if change else Status.NOT_STARTED
        )
        super().save_model(request, obj, form, change)
        if new_status != obj.status or note.strip():
            action_item_set_status(item=obj, status=new_status, note=note, by=request.user)


@admin.register(StatusUpdate)
class StatusUpdateAdmin(admin.ModelAdmin):
    """Read-only: the history is append-only."""

    list_display = ["created_at", "item", "author", "old_status", "new_status", "note"]
    list_filter = ["new_status"]
    list_select_related = ["item__decision__report", "item__owner", "author"]
    search_fields = ["note"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(auth_admin.UserAdmin):
    def save_model(self, request, obj, form, change):
        """Unticking "Active" also ends the user's sessions (tracker.accounts)."""
        super().save_model(request, obj, form, change)
        if change and "is_active" in form.changed_data and not obj.is_active:
            user_sessions_end(user=obj)
