"""Who may import reports."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

IMPORT_PERMISSION = "decisions.import_report"


def can_import(user) -> bool:
    """Importers (the `importers` group, or the permission given directly) and superusers."""
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm(IMPORT_PERMISSION))
    )


def import_permission_required(view):
    """Anonymous visitors go to the login page; others without the permission get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_import(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
