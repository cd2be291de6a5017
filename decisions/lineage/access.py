"""Who may decide renewals, overlaps and lifecycles."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from decisions.permissions import can_review, can_view

# Editors and superusers decide renewals, overlaps and lifecycles: the same
# test as for reviewing submissions.
can_edit = can_review


def editors_only(view):
    """Anonymous visitors go to the login page; anyone else who is not an
    editor gets 403."""

    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (can_view(request.user) and can_edit(request.user)):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper
