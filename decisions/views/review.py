"""Focal points' submissions and their review by editors; on the item page:
the pending submission, evidence, internal comments, the public status."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from decisions import services_workflow as workflow
from decisions.forms_workflow import (
    CommentForm,
    EvidenceForm,
    PublicStatusForm,
    ReviewForm,
    SubmissionForm,
)
from decisions.models import (
    ActionItem,
    Comment,
    Evidence,
    Letter,
    PublicStatus,
    Submission,
)
from decisions.permissions import (
    can_review,
    can_see_internal,
    can_update,
    login_with_role_required,
    needs_review,
    reads_as_public,
)

PER_PAGE = 50


def item_workflow_context(request: HttpRequest, item: ActionItem, **forms) -> dict:
    """What the item page's workflow partials show; nothing internal for a
    user who may not see it (anonymous visitors above all)."""
    user = request.user
    ctx: dict = {"public_status": PublicStatus.objects.filter(item=item).first()}
    if reads_as_public(request):
        # PUBLIC_READ visitors (no role): the public status and note, never
        # the internal history notes (nor anything below).
        ctx.update({"updates": [], "latest_update": None, "public_visit": True})
    if not can_see_internal(user, item):
        return ctx
    submissions = list(
        Submission.objects.filter(item=item)
        .select_related("author", "reviewed_by")
        .prefetch_related("evidence")
    )
    letters = list(Letter.objects.filter(items=item).for_log())
    # The evidence of the updates (an accepted submission's included, for
    # the history) and what editors attached (the Evidence section).
    evidence = list(
        Evidence.objects.filter(item=item)
        .filter(Q(submission__isnull=True) | Q(update__isnull=False))
        .select_related("update")
    )
    history_evidence: dict[int, list[Evidence]] = {}
    for e in evidence:
        if e.update_id:
            history_evidence.setdefault(e.update_id, []).append(e)
    ctx.update(
        {
            "show_internal": True,
            "submissions": submissions,
            "pending_submissions": [s for s in submissions if s.is_pending()],
            "update_evidence": [e for e in evidence if e.submission_id is None],
            "history_evidence": history_evidence,
            "comments": list(
                Comment.objects.filter(item=item)
                .select_related("author")
                .prefetch_related("mentions")
            ),
            "comment_form": forms.get("comment_form") or CommentForm(),
            "item_letters": letters_with_state(letters, body_ids={item.owner_id}),
        }
    )
    if can_update(user, item) and needs_review(user, item):
        ctx["submission_form"] = forms.get("submission_form") or SubmissionForm.for_item(item)
    if can_review(user):
        ctx["evidence_form"] = forms.get("evidence_form") or EvidenceForm()
        ctx["public_form"] = PublicStatusForm(
            initial={
                "status": ctx["public_status"].status if ctx["public_status"] else item.status,
                "note": ctx["public_status"].note if ctx["public_status"] else "",
            }
        )
    return ctx


def letters_with_state(letters, *, body_ids=None):
    """Imported late: correspondence builds the per-recipient state."""
    from decisions.views.correspondence import letter_rows

    return letter_rows(letters, body_ids=body_ids)


def _item_page(request: HttpRequest, item: ActionItem, *, status: int, **forms) -> HttpResponse:
    # The item page itself belongs to views/items.py; it is re-rendered with
    # the invalid form kept.
    from decisions.views import items

    return items.render_item_with(request, item.pk, status=status, **forms)


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


def _review_access(view):
    def wrapper(request, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return login_with_role_required(wrapper)


@require_safe
@_review_access
def review_queue(request: HttpRequest) -> HttpResponse:
    """Editors: the pending submissions, oldest first."""
    queue = Submission.objects.pending().for_queue().order_by("created_at", "pk")
    page = Paginator(queue, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "decisions/review/queue.html", {"page": page})


@require_safe
@login_with_role_required
def my_submissions(request: HttpRequest) -> HttpResponse:
    """A focal point's submissions (and those of its bodies), newest first."""
    user = request.user
    mine = Submission.objects.for_bodies_of(user).for_queue().distinct()
    page = Paginator(mine, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "decisions/review/mine.html", {"page": page})


def _submission_for(request: HttpRequest, pk: int) -> Submission:
    submission = get_object_or_404(Submission.objects.for_queue(), pk=pk)
    if not can_see_internal(request.user, submission.item):
        raise PermissionDenied
    return submission


def _render_submission(request, submission, form=None, *, status=200, stale=False):
    ctx = {
        "submission": submission,
        "item": submission.item,
        "evidence": list(submission.evidence.all()),
        "may_review": can_review(request.user) and submission.is_pending(),
        "form": form or ReviewForm(),
        "stale": stale or (submission.is_pending() and submission.is_stale()),
        "latest_update": submission.item.updates.select_related("author").first(),
    }
    return render(request, "decisions/review/detail.html", ctx, status=status)


@require_safe
@login_with_role_required
def submission_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_submission(request, _submission_for(request, pk))


@require_POST
@_review_access
def submission_accept(request: HttpRequest, pk: int) -> HttpResponse:
    submission = _submission_for(request, pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return _render_submission(request, submission, form, status=400)
    try:
        workflow.submission_accept(
            submission=submission,
            by=request.user,
            allow_stale=form.cleaned_data["confirm_stale"],
        )
    except workflow.SubmissionClosedError:
        messages.error(request, _("This submission was already reviewed."))
        return _render_submission(request, _submission_for(request, pk), status=409)
    except workflow.StaleSubmissionError:
        # The item changed since the focal point saw it: show the current
        # state and ask the reviewer to confirm, or return the submission.
        return _render_submission(request, _submission_for(request, pk), status=409, stale=True)
    except workflow.services.NothingToRecordError:
        form.add_error(None, _("Nothing to record."))
        return _render_submission(request, submission, form, status=400)
    messages.success(request, _("The submission was accepted and recorded as an update."))
    return redirect("decisions:review_queue")


@require_POST
@_review_access
def submission_return(request: HttpRequest, pk: int) -> HttpResponse:
    submission = _submission_for(request, pk)
    form = ReviewForm(request.POST)
    if form.is_valid() and not form.cleaned_data["comment"]:
        form.add_error("comment", _("Say why the submission is returned."))
    if not form.is_valid():
        return _render_submission(request, submission, form, status=400)
    try:
        workflow.submission_return(
            submission=submission, by=request.user, comment=form.cleaned_data["comment"]
        )
    except workflow.SubmissionClosedError:
        messages.error(request, _("This submission was already reviewed."))
        return _render_submission(request, _submission_for(request, pk), status=409)
    messages.success(request, _("The submission was returned to its author."))
    return redirect("decisions:review_queue")


# --- On the item page: evidence, comments, the public status --------------------


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
    workflow.evidence_add(
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
