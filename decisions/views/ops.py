"""Operations: the health probe, the error and lockout pages."""

from __future__ import annotations

import sys

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_safe

# --- Operations ---------------------------------------------------------------


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers and monitoring: 200 when the database answers, 503
    when it does not. Touches neither the session nor the user."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database outage is a 503 ("try again shortly"), not a
    crash; anything else is a plain 500 page. Never a traceback."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        response = render_to_response_safely("503.html", status=503)
        response["Retry-After"] = "30"
        return response
    return render_to_response_safely("500.html", status=500)


def render_to_response_safely(template_name: str, *, status: int) -> HttpResponse:
    # No request context: it would read the session and the user, which
    # may be what failed.
    return HttpResponse(loader.render_to_string(template_name), status=status)


def locked_out(request: HttpRequest, credentials: dict | None = None, *args) -> HttpResponse:
    """django-axes' lockout page: says for how long, in the site's layout."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "registration/locked_out.html", {"cooloff_minutes": minutes}, status=429)
