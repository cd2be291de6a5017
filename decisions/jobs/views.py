"""A job's page: its steps and progress while it runs, what failed if it
failed, and on to its result once done (a draft, the renewal queue, the
possible duplicates, or the file it made: a follow-up report). Only its
owner, and superusers, see it; anyone else gets 404."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from decisions.jobs.services import job_expire, job_output_readable, job_step_rows
from decisions.jobs.tasks import in_background
from decisions.models import Job, JobKind, JobState

# Seconds between two looks of the page at a job under way (meta refresh).
REFRESH_SECONDS = 2
JOBS_PER_PAGE = 50


class JobFilterForm(forms.Form):
    """The jobs list's filter: a kind and a state, each a choice or none
    (anything else is an error, shown as 400)."""

    kind = forms.ChoiceField(
        label=gettext_lazy("Kind"), required=False, choices=[("", "—"), *JobKind.choices]
    )
    state = forms.ChoiceField(
        label=gettext_lazy("State"), required=False, choices=[("", "—"), *JobState.choices]
    )


def _job_list(request: HttpRequest, *, everyone: bool) -> HttpResponse:
    form = JobFilterForm(request.GET)
    if not form.is_valid():
        ctx = {"form": form, "everyone": everyone, "page": None, "jobs": []}
        return render(request, "decisions/jobs/list.html", ctx, status=400)
    jobs = Job.objects.for_list(
        user=None if everyone else request.user,
        kind=form.cleaned_data["kind"],
        state=form.cleaned_data["state"],
    )
    page = Paginator(jobs, JOBS_PER_PAGE).get_page(request.GET.get("page"))
    ctx = {"form": form, "everyone": everyone, "page": page, "jobs": page}
    return render(request, "decisions/jobs/list.html", ctx)


@require_safe
@login_required
@never_cache
def my_jobs(request: HttpRequest) -> HttpResponse:
    """The jobs the signed-in user started, the latest first."""
    return _job_list(request, everyone=False)


@require_safe
@login_required
@never_cache
def all_jobs(request: HttpRequest) -> HttpResponse:
    """Every job, those the schedule started too (no user): superusers only."""
    if not request.user.is_superuser:
        raise PermissionDenied
    return _job_list(request, everyone=True)


def _job(request: HttpRequest, uuid) -> Job:
    fields = ("input_bytes", "input_text", "output")
    job = get_object_or_404(Job.objects.of(request.user).defer(*fields), uuid=uuid)
    if job.state == JobState.RUNNING and job_expire(job=job, workers=in_background()):
        job.refresh_from_db(fields=["state", "error", "finished_at"])
    return job


@require_safe
@login_required
@never_cache
def job_detail(request: HttpRequest, uuid) -> HttpResponse:
    """Under way or failed: the page. Done: on to its result, with its notes."""
    job = _job(request, uuid)
    url = (job.result or {}).get("url")
    if job.state == JobState.DONE and url and job.user_id == request.user.pk:
        if job.result.get("resumed"):
            resumed = _("Your draft of this report was resumed, with its corrections.")
            messages.info(request, resumed)
        for warning in job.result.get("warnings", []):
            messages.warning(request, warning)
        return redirect(url)
    ctx = {"job": job, "steps": job_step_rows(job), "refresh": REFRESH_SECONDS}
    return render(request, "decisions/jobs/detail.html", ctx)


@require_safe
@login_required
@never_cache
def job_status(request: HttpRequest, uuid) -> JsonResponse:
    """The job's state for the page's poller (static/js/job.js)."""
    job = _job(request, uuid)
    return JsonResponse(
        {
            "state": job.state,
            "progress": job.progress,
            "step": job.step,
            "finished": job.is_finished(),
        }
    )


@require_safe
@login_required
@never_cache
def job_file(request: HttpRequest, uuid) -> HttpResponse:
    """The file a finished job made (a follow-up report), as an attachment."""
    job = get_object_or_404(
        Job.objects.of(request.user).defer("input_bytes", "input_text"),
        uuid=uuid,
        state=JobState.DONE,
        output__isnull=False,
    )
    if not job_output_readable(job=job, user=request.user):
        raise Http404
    result = job.result or {}
    response = HttpResponse(
        bytes(job.output), content_type=result.get("content_type", "application/octet-stream")
    )
    name = "".join(c for c in result.get("name", "") if c.isalnum() or c in "-._") or "file"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
