"""One item's page, where updates are recorded (or submitted for review)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from decisions.correspondence.links import correspondence_links
from decisions.items import page_cache
from decisions.items import services as item_services
from decisions.items.forms import StatusUpdateForm
from decisions.models import ActionItem
from decisions.permissions import (
    can_review,
    can_update,
    login_with_role_required,
    needs_review,
    read_access_required,
)
from decisions.web import is_public_visit, pages_stamp, with_reader_token
from decisions.workflow import context
from decisions.workflow import services as workflow
from decisions.workflow.forms import SubmissionForm


def _item_for_page(pk: int, *, public: bool = False) -> ActionItem:
    return get_object_or_404(ActionItem.objects.for_detail(public=public), pk=pk)


def _content_context(request, item, form, *, conflict: bool, **workflow_forms) -> dict:
    updates = list(item.updates.all())
    ctx = {
        "item": item,
        "updates": updates,
        "latest_update": updates[0] if updates else None,
        "form": form,
        "conflict": conflict,
        # Themes are chosen by the secretariat (decisions.themes.views.may_edit_themes).
        "may_edit_themes": can_review(request.user),
    }
    ctx.update(context.item_workflow_context(request, item, **workflow_forms))
    # The owner's correspondence: for whoever sees the item's internal work
    # (can_see_internal is can_see_body_correspondence of the owner).
    ctx["correspondence"] = correspondence_links(
        request.user, item.owner, item=item, allowed=ctx.get("show_internal", False)
    )
    # Each update with its evidence, for those who may see it (the history).
    evidence = ctx.get("history_evidence", {})
    for update in updates:
        update.evidence_shown = evidence.get(update.pk, [])
    return ctx


def _render_item(
    request: HttpRequest,
    item: ActionItem,
    form: StatusUpdateForm | None,
    *,
    status: int = 200,
    conflict: bool = False,
    **workflow_forms,
) -> HttpResponse:
    """The page rendered for this request (a bound form, a conflict)."""
    ctx = _content_context(request, item, form, conflict=conflict, **workflow_forms)
    html = page_cache.render_content(request, _title(item), ctx, key=None)
    return _page(request, _title(item), html, status)


def _title(item: ActionItem) -> str:
    return f"{item.decision.report.symbol} ¶{item.decision.number} · {item.owner.name}"


def _page(
    request: HttpRequest, title: str, html: str, status: int = 200, *, kept: bool = False
) -> HttpResponse:
    """The page around its content; `kept`: the content from the cache, its
    placeholder replaced by the token the rest of the page shows (one
    get_token: each draws a new mask)."""
    ctx = {"title": title}
    if kept:
        ctx["csrf_token"] = token = get_token(request)
        html = with_reader_token(html, request, token)
    ctx["content"] = mark_safe(html)  # noqa: S308 (a template's output)
    return render(request, "decisions/item_detail.html", ctx, status=status)


def render_item_with(request: HttpRequest, pk: int, *, status: int = 200, **workflow_forms):
    """The item page; a focal point whose updates are reviewed gets the
    submission form (in the workflow partials) instead of the update form.
    Without a bound form, its content comes from the cache when it is there
    (decisions.items.page_cache): with a shared cache no query for a reader
    whose flags need nothing of the item, else one, of the item's head."""
    user = request.user
    if workflow_forms:
        item = _item_for_page(pk, public=is_public_visit(request))
        may_apply = can_update(user, item) and not needs_review(user, item)
        form = StatusUpdateForm.for_item(item) if may_apply else None
        return _render_item(request, item, form, status=status, **workflow_forms)
    stamp = pages_stamp(request)  # with a shared cache: read with the session
    flags = page_cache.flags_for_any_item(request)
    if stamp is None or flags is None:
        head = page_cache.item_head(pk)
        if head is None:
            raise Http404
        flags = flags or page_cache.reader_flags(request, head.item)
        stamp = stamp or page_cache.head_stamp(head)
    key = page_cache.page_key(pk, stamp, flags)
    kept = page_cache.cached_page(key)
    if kept is not None:
        title, html = kept
        return _page(request, title, html, status, kept=True)
    item = _item_for_page(pk, public=is_public_visit(request))
    form = StatusUpdateForm.for_item(item) if flags["apply"] else None
    ctx = _content_context(request, item, form, conflict=False)
    html = page_cache.render_content(request, _title(item), ctx, key=key)
    return _page(request, _title(item), html, status)


@read_access_required
def _item_show(request: HttpRequest, pk: int) -> HttpResponse:
    return render_item_with(request, pk)


@login_with_role_required
def _item_record_update(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ActionItem, pk=pk)
    if not can_update(request.user, item):
        raise PermissionDenied
    if needs_review(request.user, item):
        return submission_post(request, item)
    form = StatusUpdateForm(request.POST)
    if form.is_valid():
        try:
            item_services.action_item_set_status(
                item=item,
                status=form.cleaned_data["status"],
                note=form.cleaned_data["note"],
                by=request.user,
                expected_version=form.cleaned_data["version"],
            )
        except item_services.StaleItemError as e:
            # Someone updated the item since the page was shown: show them the
            # current state, keep what this user typed, overwrite nothing.
            current = _item_for_page(pk)
            form = form.with_version(e.item.version)
            return _render_item(request, current, form, status=409, conflict=True)
        except item_services.NothingToRecordError:
            form.add_error(None, _("Nothing to record: choose a different status or write a note."))
        else:
            messages.success(request, _("Your update was recorded."))
            return redirect(item)
    return _render_item(request, _item_for_page(pk), form, status=400)


@require_http_methods(["GET", "HEAD", "POST"])
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The item as published with its history; a POST records an update."""
    if request.method == "POST":
        return _item_record_update(request, pk)
    return _item_show(request, pk)


def _item_page(request: HttpRequest, item: ActionItem, *, status: int, **forms) -> HttpResponse:
    # The item page, re-rendered with the invalid form kept.
    return render_item_with(request, item.pk, status=status, **forms)


def submission_post(request: HttpRequest, item: ActionItem) -> HttpResponse:
    """A focal point's POST on the item page: a submission for review."""
    form = SubmissionForm(request.POST, request.FILES)
    if not form.is_valid():
        return _item_page(request, item, status=400, submission_form=form)
    workflow.submission_create(
        item=item,
        status=form.cleaned_data["status"],
        note=form.cleaned_data["note"],
        by=request.user,
        base_version=form.cleaned_data["version"],
        files=form.cleaned_data["files"],
        links=form.cleaned_data["links"],
    )
    messages.success(request, _("Your update was submitted for review."))
    return redirect(item)
