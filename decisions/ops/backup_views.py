"""Backups from the browser: superusers start one (a job) and see those kept."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from decisions.models import Job, JobKind
from decisions.ops.backup_job import backup_dir, backup_job_start, backups_kept


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def backups(request: HttpRequest) -> HttpResponse:
    """GET: the backups kept and the latest backup jobs; POST: start one."""
    if not request.user.is_superuser:
        raise PermissionDenied
    if request.method == "POST":
        return redirect(backup_job_start(user=request.user))
    jobs = (
        Job.objects.filter(kind=JobKind.BACKUP)
        .defer("input_bytes", "input_text", "output")
        .order_by("-created_at", "-pk")[:10]
    )
    ctx = {"kept": backups_kept(), "jobs": jobs, "folder": backup_dir()}
    return render(request, "decisions/ops/backups.html", ctx)
