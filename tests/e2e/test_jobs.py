"""A large report read as a job, in the browser, on a real Celery worker:
the upload leads to the job's page with its progress bar and steps; the user
leaves for the drafts page, which lists the job, comes back, and the page,
refreshing itself, leads to the draft once the worker is done."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from decisions.models import ImportDraft, Job, JobState
from tests.e2e.conftest import PASSWORD, log_in
from tests.factory import MALI_REPORT
from tests.test_jobs_worker import broker, workers  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_large_report_is_followed_on_its_job_page_to_the_draft(
    page: Page,
    registry_and_roles,
    broker,  # noqa: F811  (the fixture imported above)
    workers,  # noqa: F811
    tmp_path,
):
    user = User.objects.create_superuser("root", password=PASSWORD)
    path = tmp_path / "mali.md"
    path.write_bytes(MALI_REPORT.read_bytes())
    log_in(page, user, "/reports/import/")
    page.get_by_label("Report file").set_input_files(str(path))
    page.get_by_role("button", name="Read the report").click()
    page.wait_for_url("**/jobs/*/")
    job = Job.objects.get()
    assert job.state == JobState.QUEUED  # no worker yet
    expect(page.locator("progress#job-progress")).to_be_visible()
    expect(page.get_by_text("Reading the document")).to_be_visible()
    expect(page.get_by_text("Matching earlier meetings")).to_be_visible()

    # Leave: the drafts page lists the job under way; come back through it.
    page.goto(page.url.split("/jobs/")[0] + "/reports/import/drafts/")
    expect(page.get_by_role("heading", name="Reports being read")).to_be_visible()
    workers(JOB_STEP_PAUSE="1")
    page.get_by_role("link", name="mali.md").click()
    page.wait_for_url("**/reports/import/drafts/*/", timeout=120_000)
    draft = ImportDraft.objects.get()
    assert page.url.endswith(draft.get_absolute_url())
    job.refresh_from_db()
    assert job.state == JobState.DONE and job.result["draft"] == draft.pk
