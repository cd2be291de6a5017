"""Actions posted from an item's page: evidence, comments, the public status."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from decisions.evidence import services as evidence
from decisions.models import (
    ActionItem,
)
from decisions.permissions import (
    can_review,
    can_see_internal,
    login_with_role_required,
)
from decisions.workflow import services as workflow
from decisions.workflow.forms import CommentForm, EvidenceForm, PublicStatusForm
from decisions.workflow.views.item import _item_page


def _item_for_write(request: HttpRequest, pk: int, check) -> ActionItem:
    item = get_object_or_404(ActionItem.objects.select_related("owner"), pk=pk)
    if not check(request.user, item):
        raise PermissionDenied
    return item


@require_POST
@login_with_role_required
def item_evidence_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Editors attach files or links to the item's latest update."""
    item = _item_for_write(request, pk, lambda u, i: can_review(u))
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        return _item_page(request, item, status=400, evidence_form=form)
    evidence.evidence_add(
        by=request.user,
        files=form.cleaned_data["files"],
        links=form.cleaned_data["links"],
        item=item,
        update=item.updates.first(),
    )
    messages.success(request, _("The evidence was attached."))
    return redirect(item)


def _may_see_item(item: ActionItem):
    return lambda user: can_see_internal(user, item)


@require_POST
@login_with_role_required
def item_comment_add(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item_for_write(request, pk, can_see_internal)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _item_page(request, item, status=400, comment_form=form)
    workflow.comment_add(
        item=item, text=form.cleaned_data["text"], by=request.user, may_see=_may_see_item(item)
    )
    messages.success(request, _("Your comment was added."))
    return redirect(f"{item.get_absolute_url()}#comments")


@require_POST
@login_with_role_required
def item_public_status(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item_for_write(request, pk, lambda u, i: can_review(u))
    form = PublicStatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The public status was not saved: check the form."))
        return _item_page(request, item, status=400)
    workflow.public_status_set(
        item=item,
        status=form.cleaned_data["status"],
        note=form.cleaned_data["note"],
        by=request.user,
    )
    messages.success(request, _("The public status was saved."))
    return redirect(item)
