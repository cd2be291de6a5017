"""The bodies intake found, reviewed: registered or merged into a known body."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from decisions.intake.draft_plans import DraftError
from decisions.models import ActionItem, Body, BodyKind, WorkingLanguage
from decisions.permissions import can_review_bodies, login_with_role_required
from decisions.registry.focal_points import (
    FocalPointError,
    focal_point_add,
    focal_point_remove,
    focal_points_of,
    may_manage_focal_points,
)
from decisions.registry.forms import FocalPointForm, MergeForm, RegisterForm, _registered
from decisions.registry.services import body_merge, body_register
from decisions.text.folding import fold_text


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
           "kinds": BodyKind.choices, "languages": WorkingLanguage.choices,
           "error": error}  # fmt: skip
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


# --- A body's focal points ------------------------------------------------------


def _focal_page(request, body: Body, form: FocalPointForm, *, status=200) -> HttpResponse:
    ctx = {"body": body, "people": focal_points_of(body), "form": form}
    return render(request, "decisions/bodies/focal_points.html", ctx, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
@login_with_role_required
def body_focal_points(request: HttpRequest, slug: str) -> HttpResponse:
    """Name a focal point of the body by email (also from the body's page)."""
    if not may_manage_focal_points(request.user):
        raise PermissionDenied
    body = get_object_or_404(Body, slug=slug)
    if request.method != "POST":
        return _focal_page(request, body, FocalPointForm())
    form = FocalPointForm(request.POST)
    if not form.is_valid():
        return _focal_page(request, body, form, status=400)
    try:
        added = focal_point_add(body=body, email=form.cleaned_data["email"], by=request.user)
    except FocalPointError as e:
        form.add_error("email", str(e))
        return _focal_page(request, body, form, status=400)
    who = {"email": added.user.email, "body": body.name}
    if added.already:
        messages.info(request, _("%(email)s is already a focal point of %(body)s.") % who)
    elif added.created:
        invited = _("%(email)s is a focal point of %(body)s; an invitation was sent to them.")
        messages.success(request, invited % who)
    else:
        messages.success(request, _("%(email)s is a focal point of %(body)s.") % who)
    return redirect(body.get_absolute_url() + "#focal-points-heading")


@require_POST
@login_with_role_required
def body_focal_point_remove(request: HttpRequest, slug: str, user_id: int) -> HttpResponse:
    """The person is no longer a focal point of the body, from now on."""
    if not may_manage_focal_points(request.user):
        raise PermissionDenied
    body = get_object_or_404(Body, slug=slug)
    person = get_object_or_404(get_user_model(), pk=user_id)
    who = {"name": person.get_full_name() or person.email or person.get_username(),
           "body": body.name}  # fmt: skip
    if focal_point_remove(body=body, user=person, by=request.user):
        messages.success(request, _("%(name)s is no longer a focal point of %(body)s.") % who)
    else:  # removed already (another editor, another tab): nothing to do
        messages.info(request, _("%(name)s is not a focal point of %(body)s.") % who)
    return redirect(body.get_absolute_url() + "#focal-points-heading")
