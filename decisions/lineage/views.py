"""The renewal queue, the overlap list and item lifecycles."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from decisions.lineage import job_runners, lifecycle, matching, overlaps, renewals
from decisions.lineage.access import can_edit, editors_only
from decisions.lineage.forms import (
    LifecycleForm,
    OverlapDecisionForm,
    OverlapFilterForm,
    QueueFilterForm,
    RenewalDecisionForm,
)
from decisions.models import ActionItem, JobRun, OverlapFlag, RenewalLink, Report, RoutineJob
from decisions.models.lineage import (
    LinkState,
    OverlapState,
)
from decisions.permissions import login_with_role_required

PER_PAGE = 50


def bad_request(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "decisions/lineage/bad_request.html", {"message": message}, status=400)


def _errors(form: forms.Form) -> str:
    return "; ".join(f"{field}: {' '.join(errs)}" for field, errs in form.errors.items())


def _apply(request: HttpRequest, form: forms.Form, *, invalid: str | None, decide, done: str):
    """The shared part of the decision views: 400 with `invalid` (else the
    form's errors) or the service's DecisionError; otherwise `done` as a
    message and a redirect to what `decide(cleaned_data)` returns."""
    if not form.is_valid():
        return bad_request(request, invalid or _errors(form))
    try:
        to = decide(form.cleaned_data)
    except matching.DecisionError as e:
        return bad_request(request, str(e))
    messages.success(request, done)
    return redirect(to)


@require_safe
@login_with_role_required
def renewal_queue(request: HttpRequest) -> HttpResponse:
    """Proposed renewals to confirm or reject, filterable by report."""
    form = QueueFilterForm(request.GET)
    if not form.is_valid():
        return bad_request(request, _errors(form))
    links = RenewalLink.objects.for_queue()
    report = form.cleaned_data["report"]
    state = form.cleaned_data["state"] or LinkState.PROPOSED
    if report is not None:
        links = links.filter(later_item__decision__report=report)
    if state != "all":
        links = links.filter(state=state)
    page = Paginator(links, PER_PAGE).get_page(request.GET.get("page"))
    ctx = {
        "page": page,
        "form": form,
        "report": report,
        "state": state,
        "editor": can_edit(request.user),
        "last_run": JobRun.objects.last_of(RoutineJob.RENEWALS),
        "reports": Report.objects.filter(
            decisions__action_items__renews_links__isnull=False
        ).distinct().only("pk", "symbol", "date").order_by("-date", "symbol"),
    }  # fmt: skip
    if ctx["editor"]:  # to propose a report's renewals again (renewals_search)
        ctx["all_reports"] = Report.objects.only("pk", "symbol", "date").order_by("-date", "symbol")
    return render(request, "decisions/lineage/queue.html", ctx)


@require_POST
@editors_only
def renewal_decide(request: HttpRequest, pk: int) -> HttpResponse:
    link = get_object_or_404(RenewalLink, pk=pk)

    def decide(data: dict) -> str:
        renewals.renewal_decide(
            link=link,
            confirm=data["decision"] == "confirm",
            close_earlier=data["close_earlier"],
            by=request.user,
        )
        report_id = link.later_item.decision.report_id
        return f"{reverse('decisions:renewal_queue')}?report={report_id}"

    return _apply(
        request,
        RenewalDecisionForm(request.POST),
        invalid=_("Choose to confirm or reject the proposal."),
        decide=decide,
        done=_("Recorded."),
    )


@require_safe
@login_with_role_required
def duplicates(request: HttpRequest) -> HttpResponse:
    """Items of different bodies or meetings that may ask the same thing
    (searched after each import and nightly: decisions/lineage/jobs.py)."""
    form = OverlapFilterForm(request.GET)
    if not form.is_valid():
        return bad_request(request, _errors(form))
    state = form.cleaned_data["state"] or OverlapState.FLAGGED
    flags = OverlapFlag.objects.for_page()
    if state != "all":
        flags = flags.filter(state=state)
    page = Paginator(flags, PER_PAGE).get_page(request.GET.get("page"))
    ctx = {"page": page, "state": state, "form": form, "editor": can_edit(request.user),
           "last_run": JobRun.objects.last_of(RoutineJob.OVERLAPS)}  # fmt: skip
    return render(request, "decisions/lineage/duplicates.html", ctx)


@require_POST
@editors_only
def overlap_decide(request: HttpRequest, pk: int) -> HttpResponse:
    flag = get_object_or_404(OverlapFlag, pk=pk)

    def decide(data: dict) -> str:
        overlaps.overlap_decide(flag=flag, related=data["decision"] == "related", by=request.user)
        return "decisions:duplicates"

    return _apply(
        request,
        OverlapDecisionForm(request.POST),
        invalid=_("Choose to link the items or dismiss the flag."),
        decide=decide,
        done=_("Recorded."),
    )


@require_POST
@editors_only
def item_lifecycle(request: HttpRequest, pk: int) -> HttpResponse:
    """Keep, update or close an item, with a reason and who approved it."""
    item = get_object_or_404(ActionItem, pk=pk)

    def decide(data: dict) -> ActionItem:
        lifecycle.lifecycle_decide(item=item, by=request.user, **data)
        return item

    return _apply(
        request,
        LifecycleForm(request.POST),
        invalid=None,
        decide=decide,
        done=_("The decision was recorded."),
    )


@require_POST
@editors_only
def renewals_search(request: HttpRequest) -> HttpResponse:
    """Propose again the renewals of one report's requests, as a job (its
    page shows the steps, then the queue of that report's proposals)."""
    form = QueueFilterForm(request.POST)
    if not form.is_valid() or form.cleaned_data["report"] is None:
        return bad_request(request, _("Choose the report whose renewals to propose."))
    return redirect(
        job_runners.renewals_job_start(report=form.cleaned_data["report"], user=request.user)
    )


@require_POST
@editors_only
def overlaps_search(request: HttpRequest) -> HttpResponse:
    """Search every item for possible duplicates now, as a job."""
    return redirect(job_runners.overlaps_job_start(user=request.user))
