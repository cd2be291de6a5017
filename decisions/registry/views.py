"""The bodies intake found, reviewed: registered or merged into a known body."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from decisions.intake.access import IMPORT_PERMISSION
from decisions.intake.draft_plans import DraftError
from decisions.models import ActionItem, Body, BodyKind
from decisions.permissions import UPDATE_PERMISSION
from decisions.registry.forms import MergeForm, RegisterForm, _registered
from decisions.registry.services import body_merge, body_register
from decisions.text.folding import fold_text


def can_review_bodies(user) -> bool:
    return (
        user.is_authenticated
        and user.is_active
        and (
            user.is_superuser
            or user.has_perm(UPDATE_PERMISSION)
            or user.has_perm(IMPORT_PERMISSION)
        )
    )


def review_permission_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_review_bodies(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _in_reading_order(bodies) -> list[Body]:
    """The bodies in the alphabetical order of their names in the user's
    language (Body.name), which the menus show: not in the English order."""
    return sorted(bodies, key=lambda b: (fold_text(b.name), b.slug))


def _page(request, *, error="", status=200) -> HttpResponse:
    items = ActionItem.objects.select_related("decision__report").defer(
        "decision__report__source_text", "decision__text"
    )
    bodies = (
        Body.objects.filter(registered=False)
        .order_by("name_en")
        .prefetch_related(
            Prefetch("action_items", queryset=items.order_by("decision__position")),
            Prefetch("partner_items", queryset=items.order_by("decision__position")),
        )
    )
    ctx = {"bodies": bodies, "registered": _in_reading_order(_registered()),
           "kinds": BodyKind.choices, "error": error}  # fmt: skip
    return render(request, "decisions/bodies/review.html", ctx, status=status)


@require_safe
@review_permission_required
def bodies_review(request: HttpRequest) -> HttpResponse:
    return _page(request)


@require_POST
@review_permission_required
def body_review_register(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Body, slug=slug, registered=False)
    form = RegisterForm(request.POST)
    if not form.is_valid():
        errors = "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items())
        return _page(request, error=f"{body.name}: {errors}", status=400)
    body = body_register(body=body, **form.cleaned_data)
    messages.success(request, _("%(name)s is registered.") % {"name": body.name})
    return redirect(reverse("decisions:bodies_review"))


@require_POST
@review_permission_required
def body_review_merge(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Body, slug=slug, registered=False)
    form = MergeForm(request.POST)
    if not form.is_valid():
        return _page(request, error=_("%(name)s: choose the body to merge it into.")
                     % {"name": body.name}, status=400)  # fmt: skip
    into = form.cleaned_data["into"]
    try:
        moved = body_merge(body=body, into=into, by=request.user)
    except DraftError as e:
        return _page(request, error=str(e), status=400)
    message = ngettext(
        "%(name)s merged into %(into)s: %(n)d item moved; its name is now an alias.",
        "%(name)s merged into %(into)s: %(n)d items moved; its name is now an alias.",
        moved,
    )
    messages.success(request, message % {"name": body.name, "into": into.name, "n": moved})
    return redirect(reverse("decisions:bodies_review"))
