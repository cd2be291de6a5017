"""The calendar page, its private addresses and the iCalendar feeds they
serve (built in feeds.py)."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from decisions.models import Body, CalendarToken
from decisions.permissions import login_with_role_required
from decisions.reporting import feeds

# --- Calendar -----------------------------------------------------------------


@require_safe
@login_with_role_required
def calendar_page(request: HttpRequest) -> HttpResponse:
    token = CalendarToken.objects.filter(user=request.user).first()
    links = []
    if token:
        base = feeds.site_url()
        links.append(
            (_("All open items"), base + reverse("decisions:calendar_all", args=[token.key]))
        )
        bodies = Body.objects.filter(pk__in=feeds.feed_items().values("owner_id"))
        for body in sorted(bodies, key=Body.name_key):
            url = reverse("decisions:calendar_body", args=[token.key, body.slug])
            links.append((body.name, base + url))
    return render(request, "decisions/calendar/index.html", {"token": token, "feeds": links})


@require_POST
@login_with_role_required
def calendar_token_new(request: HttpRequest) -> HttpResponse:
    feeds.calendar_token_renew(user=request.user)
    messages.success(request, _("A new calendar address was made; the old ones no longer work."))
    return redirect("decisions:calendar")


@require_POST
@login_with_role_required
def calendar_token_delete(request: HttpRequest) -> HttpResponse:
    if feeds.calendar_token_revoke(user=request.user):
        messages.success(request, _("Your calendar addresses were revoked."))
    return redirect("decisions:calendar")


def _ics(content: bytes, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    response["Cache-Control"] = "private, max-age=900"
    return response


@require_safe
def calendar_feed_all(request: HttpRequest, key: str) -> HttpResponse:
    if feeds.user_for_key(key) is None:
        raise Http404
    ics = feeds.feed_ics(feeds.feed_items(), name=_("OIC follow-up: due dates"))
    return _ics(ics, "all.ics")


@require_safe
def calendar_feed_body(request: HttpRequest, key: str, slug: str) -> HttpResponse:
    if feeds.user_for_key(key) is None:
        raise Http404
    body = get_object_or_404(Body, slug=slug)
    name = _("OIC follow-up: %(body)s") % {"body": body.name}
    ics = feeds.feed_ics(feeds.feed_items(body), name=name)
    return _ics(ics, f"{body.slug}.ics")
