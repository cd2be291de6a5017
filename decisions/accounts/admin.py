"""The admin's pages for people: users (their sessions and second factors),
groups, and the security events recorded about them."""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib import admin
from django.contrib.auth import admin as auth_admin
from django.contrib.auth.models import Group, User
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from decisions.accounts import admin_actions
from decisions.admin_base import CleanInputAdmin, ReadOnlyAdmin
from decisions.models import SecurityEvent


def name_model(model, singular, plural) -> None:
    """Name a model another library registers in this admin without a name
    of its own: Django makes one of its class name ("user session"), a plain
    text no catalogue translates. The name given here is translated; it is
    not in the model's Meta, so no migration of that library changes (the
    migrations read the options its Meta wrote). A model its library names
    itself is left alone: its own catalogue translates it."""
    opts = model._meta
    if "verbose_name" in opts.original_attrs or "verbose_name_plural" in opts.original_attrs:
        return
    opts.verbose_name, opts.verbose_name_plural = singular, plural


name_model(UserSession, _("user session"), _("user sessions"))
name_model(Authenticator, _("authenticator"), _("authenticators"))

# allauth's Arabic catalogue translates its second factors' app, "MFA", as
# "وزارة الخارجية" (the Ministry of Foreign Affairs). The project's catalogues,
# read before a library's, say it right; marked here so makemessages keeps it.
MFA_APP_NAME = gettext_noop("MFA")


@admin.register(SecurityEvent)
class SecurityEventAdmin(ReadOnlyAdmin):
    """Written by decisions.accounts.security_events, deleted by `prune_security_events`."""

    list_display = ["at", "kind", "username", "user", "ip_address", "detail", "user_agent"]
    list_filter = ["kind", ("user", admin.RelatedOnlyFieldListFilter), "at"]
    list_select_related = ["user"]
    search_fields, date_hierarchy = ["username", "ip_address", "user__email"], "at"
    show_full_result_count = False


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(CleanInputAdmin, auth_admin.UserAdmin):
    actions = [
        admin_actions.end_sessions,
        admin_actions.access_revoke,
        admin_actions.factors_reset_action,
    ]

    def save_model(self, request, obj, form, change):
        """Unticking "Active" also ends the user's sessions, recorded."""
        super().save_model(request, obj, form, change)
        if change and "is_active" in form.changed_data and not obj.is_active:
            admin_actions.sessions_end(user=obj, request=request, why="account deactivated")


admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(CleanInputAdmin, auth_admin.GroupAdmin):
    pass
