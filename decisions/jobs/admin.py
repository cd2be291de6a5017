"""The admin's read-only list of jobs."""

from __future__ import annotations

from django.contrib import admin

from decisions.admin_base import ReadOnlyAdmin
from decisions.models import Job


@admin.register(Job)
class JobAdmin(ReadOnlyAdmin):
    """Written by decisions.jobs.services alone; listed for the schedule's
    jobs, which no user's jobs page shows (the site's own: /ops/jobs/)."""

    list_display = ["created_at", "kind", "state", "user", "progress", "finished_at", "error"]
    list_filter = ["kind", "state", "created_at"]
    list_select_related = ["user"]
    search_fields, date_hierarchy = ["input_name", "error", "user__username"], "created_at"
    exclude = ["input_bytes", "input_text", "output"]
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).defer("input_bytes", "input_text", "output")
