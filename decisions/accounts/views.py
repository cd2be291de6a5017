"""A user's own page and what they watch."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from decisions.accounts import services as account_services
from decisions.accounts.forms import ProfileForm
from decisions.accounts.middleware import PROFILE_LANGUAGE_KEY
from decisions.models import ActionItem, Body, Watch
from decisions.notifications.services import profile_of
from decisions.permissions import login_with_role_required


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def account(request: HttpRequest) -> HttpResponse:
    """Any signed-in user: their language and how notifications come."""
    profile = profile_of(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if not form.is_valid():
            return _render(request, form, status=400)
        profile = account_services.profile_save(
            user=request.user,
            language=form.cleaned_data["language"],
            email_mode=form.cleaned_data["email_mode"],
        )
        request.session[PROFILE_LANGUAGE_KEY] = profile.language
        messages.success(request, _("Your choices were saved."))
        return redirect("decisions:account")
    return _render(request, form)


def _render(request: HttpRequest, form, *, status: int = 200) -> HttpResponse:
    watches = Watch.objects.filter(user=request.user).select_related(
        "item__decision__report", "item__owner", "body"
    )
    ctx = {
        "form": form,
        "watches": list(watches),
        "focal_bodies": list(request.user.focal_bodies.all()),
    }
    return render(request, "decisions/account/account.html", ctx, status=status)


@require_POST
@login_with_role_required
def item_watch(request: HttpRequest, pk: int) -> HttpResponse:
    """Watch the item, or stop (`stop` in the form)."""
    item = get_object_or_404(ActionItem, pk=pk)
    account_services.watch_set(user=request.user, item=item, on="stop" not in request.POST)
    return redirect(item)


@require_POST
@login_with_role_required
def body_watch(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Body, slug=slug)
    account_services.watch_set(user=request.user, body=body, on="stop" not in request.POST)
    return redirect(body)
