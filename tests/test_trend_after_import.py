"""After an import, the trend aggregated by day (models.trend_days) is
brought up to date by the import itself, right after its commit, or, with
workers, by its job: never by the first page that shows it, which would pay
for the rebuild (about 9 s at 100,000 items) (issue 23)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from decisions.lineage.job_runners import renewals_job_start
from decisions.models import JobState, Report, TrendState
from decisions.models.trend_days import measures_now
from decisions.models.trends import trend_days_fresh
from tests.factory import MALI_REPORT
from tests.test_queries import PAGES

pytestmark = pytest.mark.django_db


def import_mali() -> Report:
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    return Report.objects.get()


def first_dashboard_after(client, user, django_assert_num_queries) -> None:
    """The dashboard as its first reader sees it: the pinned number of
    queries (the trend's state and measures checked, its rows read), and the
    table not built again."""
    built = TrendState.objects.get().built_at
    client.force_login(user)
    with django_assert_num_queries(PAGES["dashboard"]):
        response = client.get(reverse("decisions:dashboard"))
    assert response.status_code == 200
    assert TrendState.objects.get().built_at == built


def test_the_first_page_after_an_import_rebuilds_nothing(
    client, editor, django_assert_num_queries, django_capture_on_commit_callbacks
):
    trend_days_fresh()  # up to date before the import
    with django_capture_on_commit_callbacks(execute=True):
        import_mali()
    assert TrendState.objects.get().measures() == measures_now()
    first_dashboard_after(client, editor, django_assert_num_queries)


def test_with_workers_the_import_job_brings_the_trend_up_to_date_first(
    client, editor, django_assert_num_queries
):
    trend_days_fresh()
    report = import_mali()  # its commit's work not run: as with workers
    assert TrendState.objects.get().measures() != measures_now()
    job = renewals_job_start(report=report, after_import=True)  # run at once here
    job.refresh_from_db()
    assert job.state == JobState.DONE and job.steps == ["trend", "items", "renewals"]
    assert TrendState.objects.get().measures() == measures_now()
    first_dashboard_after(client, editor, django_assert_num_queries)


def test_renewals_asked_for_again_leave_the_trend_alone(editor):
    report = import_mali()
    job = renewals_job_start(report=report, user=editor)
    job.refresh_from_db()
    assert job.state == JobState.DONE and "trend" not in job.steps
