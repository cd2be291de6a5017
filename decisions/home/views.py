"""The home page: what waits for the signed-in user, by role."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from decisions.charts import lazy_trend_chart
from decisions.home.queries import editor_sections, focal_sections
from decisions.models import ActionItem, Body
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
        ctx = {
            "role": "editor",
            "sections": editor_sections(user, today),
            "trend_chart": lazy_trend_chart(ActionItem.objects.all(), today, public=False),
        }
        return render(request, "decisions/home/home.html", ctx)
    bodies = sorted(user.focal_bodies.all(), key=Body.name_key)
    if not bodies:
        return redirect("decisions:dashboard")
    ctx = {
        "role": "focal",
        "bodies": bodies,
        "sections": focal_sections(bodies, today),
        # How their bodies' items moved over time.
        "trend_chart": lazy_trend_chart(
            ActionItem.objects.filter(owner__in=bodies), today, public=False
        ),
    }
    return render(request, "decisions/home/home.html", ctx)
