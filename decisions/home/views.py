"""The home page: what waits for the signed-in user, by role."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from decisions.charts import lazy_trend_chart
from decisions.home.queries import editor_sections, focal_sections, importer_sections
from decisions.intake.access import can_import
from decisions.models import ActionItem, Body
from decisions.permissions import can_review, reads_as_public


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """Editors see their queues, focal points their bodies' items, importers
    their drafts and the bodies to review (after a focal point's own, when
    both). Anyone else (a viewer, no role, not signed in) lands where they
    did before: the dashboard, which asks for a login or refuses as it
    always has."""
    user = request.user
    if reads_as_public(request):  # no role (can_view), asked once per request
        return redirect("decisions:dashboard")
    today = timezone.localdate()
    if can_review(user):
        ctx = {
            "role": "editor",
            "may_import": can_import(user),
            "sections": editor_sections(user, today),
            "trend_chart": lazy_trend_chart(ActionItem.objects.all(), today, public=False),
        }
        return render(request, "decisions/home/home.html", ctx)
    bodies = sorted(user.focal_bodies.all(), key=Body.name_key)
    imports = can_import(user)
    if bodies:
        ctx = {
            "role": "focal",
            "bodies": bodies,
            "sections": focal_sections(bodies, today),
            # How their bodies' items moved over time.
            "trend_chart": lazy_trend_chart(
                ActionItem.objects.filter(owner__in=bodies), today, public=False
            ),
        }
    elif imports:
        ctx = {
            "role": "importer",
            "sections": [],
            "trend_chart": lazy_trend_chart(ActionItem.objects.all(), today, public=False),
        }
    else:
        return redirect("decisions:dashboard")
    if imports:
        ctx["sections"] += importer_sections(user)
    ctx["may_import"] = imports
    return render(request, "decisions/home/home.html", ctx)
