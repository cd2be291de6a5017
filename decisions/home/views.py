"""The home page: what waits for the signed-in user, by role."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from decisions.home.queries import editor_sections, focal_sections
from decisions.models import Body
from decisions.permissions import can_review, reads_as_public


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """Editors see their queues, focal points their bodies' items. Anyone
    else (a viewer, no role, not signed in) lands where they did before:
    the dashboard, which asks for a login or refuses as it always has."""
    user = request.user
    if reads_as_public(request):  # no role (can_view), asked once per request
        return redirect("decisions:dashboard")
    today = timezone.localdate()
    if can_review(user):
        ctx = {"role": "editor", "sections": editor_sections(user, today)}
        return render(request, "decisions/home/home.html", ctx)
    bodies = sorted(user.focal_bodies.all(), key=Body.name_key)
    if not bodies:
        return redirect("decisions:dashboard")
    ctx = {"role": "focal", "bodies": bodies, "sections": focal_sections(bodies, today)}
    return render(request, "decisions/home/home.html", ctx)
