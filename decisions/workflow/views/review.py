"""The review queue and each submission's page."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from decisions.items import services as item_services
from decisions.models import (
    Submission,
)
from decisions.permissions import (
    can_review,
    can_see_internal,
    login_with_role_required,
)
from decisions.workflow import services as workflow
from decisions.workflow.forms import QueueReviewForm, ReviewForm

PER_PAGE = 50


def _review_access(view):
    def wrapper(request, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return login_with_role_required(wrapper)


# The session key that names the submission to focus after a review.
FOCUS_KEY = "review_focus"


def _queue():
    return Submission.objects.pending().for_queue().order_by("created_at", "pk")


def _before(submission: Submission):
    """The pending submissions ahead of this one in the queue."""
    return Submission.objects.pending().filter(
        Q(created_at__lt=submission.created_at)
        | Q(created_at=submission.created_at, pk__lt=submission.pk)
    )


def _page_of(submission: Submission) -> int:
    return _before(submission).count() // PER_PAGE + 1


def _render_queue(request, *, bound=None, conflicts=(), status=200, focus=None, at=None):
    """The queue, each submission with its review form; `bound` keeps the
    forms of a POST that failed (its submission focused, on its page: `at`),
    `conflicts` names the submissions whose item changed since the queue
    was shown."""
    bound = bound or {}
    queue = _queue().prefetch_related("evidence")
    number = _page_of(at) if at is not None and at.is_pending() else request.GET.get("page")
    page = Paginator(queue, PER_PAGE).get_page(number)
    rows = [
        {
            "s": s,
            "form": bound.get(s.pk) or QueueReviewForm.for_submission(s),
            "stale": s.is_stale(),
            "conflict": s.pk in conflicts,
            "focus": s.pk == focus or s.pk in bound,
        }
        for s in page
    ]
    return render(
        request, "decisions/review/queue.html", {"page": page, "rows": rows}, status=status
    )


@require_safe
@_review_access
def review_queue(request: HttpRequest) -> HttpResponse:
    """Editors: the pending submissions, oldest first, each with the
    paragraph, the request, what is proposed and its evidence, reviewed
    where it stands (review_decide). After a review, the next submission
    has the focus."""
    return _render_queue(request, focus=request.session.pop(FOCUS_KEY, None))


def _next_in_queue(submission: Submission) -> Submission | None:
    """The submission after this one in the queue, else the first left."""
    others = Submission.objects.pending().exclude(pk=submission.pk).order_by("created_at", "pk")
    after = others.exclude(pk__in=_before(submission).values("pk"))
    return after.only("pk", "created_at").first() or others.only("pk", "created_at").first()


@require_POST
@_review_access
def review_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept a submission (as shown, or with the status and the note edited)
    or return it with a comment, then back to the queue at the next one."""
    submission = _submission_for(request, pk)
    form = QueueReviewForm(request.POST, prefix=f"s{pk}")
    if not form.is_valid():
        return _render_queue(request, bound={pk: form}, status=400, at=submission)
    data = form.cleaned_data
    following = _next_in_queue(submission)
    try:
        if data["decision"] == "return":
            workflow.submission_return(
                submission=submission, by=request.user, comment=data["comment"]
            )
            messages.success(request, _("The submission was returned to its author."))
        else:
            workflow.submission_accept(
                submission=submission,
                by=request.user,
                status=data["status"],
                note=data["note"],
                comment=data["comment"],
                expected_version=data["version"],
            )
            messages.success(request, _("The submission was accepted and recorded as an update."))
    except workflow.SubmissionClosedError:
        messages.error(request, _("This submission was already reviewed."))
        return _render_queue(request, status=409)
    except workflow.StaleSubmissionError as e:
        # Someone changed the item since the queue was shown: show its state
        # now, keep what the reviewer typed, record nothing.
        form = form.with_version(e.item.version)
        return _render_queue(request, bound={pk: form}, conflicts={pk}, status=409, at=submission)
    except item_services.NothingToRecordError:
        form.add_error(None, _("Nothing to record."))
        return _render_queue(request, bound={pk: form}, status=400, at=submission)
    # The next submission's Accept button gets the focus (autofocus), which
    # brings it into view; no #fragment: a browser skips autofocus then.
    url = reverse("decisions:review_queue")
    if following is not None:
        request.session[FOCUS_KEY] = following.pk
        number = _page_of(following)  # this one has left the queue
        url += f"?page={number}" if number > 1 else ""
    return redirect(url)


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
    except item_services.NothingToRecordError:
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
