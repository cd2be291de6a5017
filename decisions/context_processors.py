"""What every page's layout (templates/base.html) needs to know about the
visitor: whether the menu and the search box lead anywhere for them."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from decisions.intake.access import can_import
from decisions.permissions import reads_as_public, records_any_update, submits_updates


def navigation(request: HttpRequest) -> dict:
    """`may_read`: the read pages are open to this visitor (a role, or
    PUBLIC_READ). Off on the login page for a visitor who is not signed in,
    and for a signed-in user with no role: their menu would only lead to the
    login page or to "Access denied". Asked only when a template uses it
    (reads_as_public keeps its answer for the request)."""

    def may_read() -> bool:
        if settings.PUBLIC_READ:
            return True
        # An error page for a request refused before authentication (a bad
        # Host header) has no user: nothing to read there.
        return reads_internal()

    def reads_internal() -> bool:
        """Signed in with a role: the working pages (calendar, review,
        renewals, correspondence) open to them. A signed-in user without a
        role, let in by PUBLIC_READ, reads as the public: no link to them."""
        user = getattr(request, "user", None)
        return bool(user and user.is_authenticated) and not reads_as_public(request)

    def submits() -> bool:
        """Submits updates for review (a focal point): the menu leads them to
        their submissions; a viewer or an importer, who submits none, gets
        no link to an empty list."""
        user = getattr(request, "user", None)
        return bool(user) and reads_internal() and submits_updates(user)

    def has_home() -> bool:
        """A home page of their own (decisions.home): editors, focal points
        and importers. A viewer's "Home" would only lead to the dashboard,
        which the menu already names: no second link to it."""
        user = getattr(request, "user", None)
        if not (user and reads_internal()):
            return False
        return records_any_update(user) or submits() or can_import(user)

    return {
        "may_read": may_read,
        "reads_internal": reads_internal,
        "submits": submits,
        "has_home": has_home,
    }
