"""A large report is read into a draft as a job (decisions.jobs): upload,
the job's page with its steps, then the draft. Here the jobs run eagerly (no
broker: in the request); tests/test_jobs_worker.py runs them on a real worker."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from decisions.jobs.services import JobBusy, job_claim, job_run
from decisions.models import ImportDraft, Job, JobState, Report
from tests.factory import MALI_REPORT, make_user

pytestmark = pytest.mark.django_db

NEW = reverse("decisions:intake_new")
MALI_TEXT = MALI_REPORT.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _small_threshold(settings):
    settings.JOB_THRESHOLD_BYTES = 1000
    settings.JOB_THRESHOLD_CHARS = 1000


@pytest.fixture
def importer(db):
    return make_user("imane", groups=("importers",))


@pytest.fixture
def client_in(client, importer):
    client.force_login(importer)
    return client


def upload(client, data: bytes, name: str, **extra):
    return client.post(NEW, {"file": SimpleUploadedFile(name, data), **extra})


def test_a_large_upload_becomes_a_job_whose_page_leads_to_the_draft(client_in, importer):
    response = upload(client_in, MALI_TEXT.encode(), "mali.md")
    job = Job.objects.get()
    assert response.status_code == 302
    assert response["Location"] == job.get_absolute_url()
    assert job.user == importer and job.kind == "draft"
    assert job.state == JobState.DONE and job.progress == 100 and job.attempts == 1
    assert job.input_bytes is None  # the input goes once the job has ended
    page = client_in.get(job.get_absolute_url())
    draft = ImportDraft.objects.get()
    assert page.status_code == 302 and page["Location"] == draft.get_absolute_url()
    assert job.result["draft"] == draft.pk and job.result["paragraphs"] > 0
    assert draft.source_name == "mali.md" and draft.plan["decisions"]
    assert client_in.get(draft.get_absolute_url()).status_code == 200


def test_a_small_upload_is_still_read_in_the_request(client_in, settings):
    settings.JOB_THRESHOLD_BYTES = settings.JOB_THRESHOLD_CHARS = 10_000_000
    response = upload(client_in, MALI_TEXT.encode(), "mali.md")
    draft = ImportDraft.objects.get()
    assert response["Location"] == draft.get_absolute_url()
    assert not Job.objects.exists()


def test_a_large_pasted_text_becomes_a_job_too(client_in):
    response = client_in.post(NEW, {"text": MALI_TEXT})
    job = Job.objects.get()
    assert response["Location"] == job.get_absolute_url()
    assert job.state == JobState.DONE
    assert ImportDraft.objects.get().pk == job.result["draft"]


def test_a_document_that_is_no_report_fails_the_job_with_its_reason_and_writes_nothing(
    client_in,
):
    words = ("Just some words, no numbered paragraph. " * 60).encode()
    response = upload(client_in, words, "x.txt")
    job = Job.objects.get()
    assert response["Location"] == job.get_absolute_url()
    assert job.state == JobState.FAILED and job.error
    assert not ImportDraft.objects.exists() and not Report.objects.exists()
    page = client_in.get(job.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "nothing was written" in html and job.error in html.replace("&#x27;", "'")
    assert 'http-equiv="refresh"' not in html  # finished: the page stops refreshing
    drafts = client_in.get(reverse("decisions:intake_drafts")).content.decode()
    assert job.get_absolute_url() in drafts  # who comes back learns what failed


def test_a_damaged_pdf_fails_the_job_in_the_reading_step(client_in):
    broken = b"%PDF-1.7\n" + b"\x00garbage" * 500  # a PDF by its header, not inside
    upload(client_in, broken, "broken.pdf")
    job = Job.objects.get()
    assert job.state == JobState.FAILED and "read" in job.error
    assert job.step == 0  # the first step failed
    page = client_in.get(job.get_absolute_url()).content.decode()
    assert "job-step-failed" in page
    assert not ImportDraft.objects.exists()


def test_a_job_under_way_shows_a_progress_bar_with_its_steps_and_refreshes_itself(
    client_in, importer
):
    job = Job.objects.create(kind="draft", user=importer, steps=["read", "requests", "renewals"])
    Job.objects.filter(pk=job.pk).update(state=JobState.RUNNING, step=1, progress=33)
    page = client_in.get(job.get_absolute_url())
    html = page.content.decode()
    assert page.status_code == 200
    assert re.search(r'<progress id="job-progress" max="100" value="33"', html)
    assert "Reading the document" in html and "Finding requests" in html
    assert "Matching earlier meetings" in html
    assert 'class="job-step-done"' in html and 'class="job-step-current"' in html
    assert '<meta http-equiv="refresh" content="2">' in html
    assert "js/job.js" in html
    assert page["Cache-Control"].startswith("max-age=0")
    drafts = client_in.get(reverse("decisions:intake_drafts")).content.decode()
    assert job.get_absolute_url() in drafts and "33%" in drafts
    status = client_in.get(reverse("decisions:job_status", args=[job.uuid])).json()
    assert status == {"state": "running", "progress": 33, "step": 1, "finished": False}


def test_someone_elses_job_is_404_and_a_superuser_sees_it(client, importer, admin_user):
    job = Job.objects.create(kind="draft", user=importer, steps=["read"])
    other = make_user("otto", groups=("importers",))
    client.force_login(other)
    assert client.get(job.get_absolute_url()).status_code == 404
    assert client.get(reverse("decisions:job_status", args=[job.uuid])).status_code == 404
    client.force_login(admin_user)
    assert client.get(job.get_absolute_url()).status_code == 200


def test_an_anonymous_visitor_is_sent_to_log_in(client, importer):
    job = Job.objects.create(kind="draft", user=importer, steps=["read"])
    response = client.get(job.get_absolute_url())
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_the_job_page_takes_no_post(client_in, importer):
    job = Job.objects.create(kind="draft", user=importer, steps=["read"])
    assert client_in.post(job.get_absolute_url()).status_code == 405


def test_an_unknown_job_is_404(client_in):
    assert client_in.get("/jobs/00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client_in.get("/jobs/not-a-uuid/").status_code == 404


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 5000, "scan.png"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 5000, "old.doc"),
        (b"{\\rtf1 " + b"x" * 5000, "r.rtf"),
    ],
    ids=["image", "old-word", "rtf"],
)
def test_a_large_hostile_file_is_still_refused_by_the_form(client_in, data, name):
    response = upload(client_in, data, name)
    assert response.status_code == 400
    assert not Job.objects.exists() and not ImportDraft.objects.exists()


def test_a_large_paste_with_control_characters_reaches_the_draft_without_them(client_in):
    client_in.post(NEW, {"text": MALI_TEXT.replace("\n\n", "\n\x07\n", 3)})
    draft = ImportDraft.objects.get()
    assert "\x07" not in draft.source_text


def test_a_finished_job_is_not_run_again(client_in):
    upload(client_in, MALI_TEXT.encode(), "mali.md")
    job = Job.objects.get()
    assert job_claim(uuid=str(job.uuid)) is None
    assert job_run(uuid=str(job.uuid)) is None
    job.refresh_from_db()
    assert job.attempts == 1 and ImportDraft.objects.count() == 1


def running_job(user, *, beat_seconds_ago: int) -> Job:
    import datetime

    from django.utils import timezone

    steps = ["read", "requests", "renewals"]
    job = Job.objects.create(kind="draft", user=user, steps=steps, input_text=MALI_TEXT)
    beat = timezone.now() - datetime.timedelta(seconds=beat_seconds_ago)
    Job.objects.filter(pk=job.pk).update(state=JobState.RUNNING, attempts=1, heartbeat_at=beat)
    return job


def test_a_queued_job_is_claimed_once(importer):
    job = Job.objects.create(kind="draft", user=importer, steps=["read"])
    claimed = job_claim(uuid=str(job.uuid))
    assert claimed is not None and claimed.attempts == 1 and claimed.state == JobState.RUNNING
    # A second delivery while the first run is alive waits for its lease.
    with pytest.raises(JobBusy):
        job_claim(uuid=str(job.uuid))


def test_a_running_job_with_a_stale_heartbeat_is_run_again(importer, settings):
    settings.JOB_LEASE_SECONDS = 60
    job = running_job(importer, beat_seconds_ago=61)
    done = job_run(uuid=str(job.uuid))
    assert done.state == JobState.DONE and done.attempts == 2
    assert ImportDraft.objects.get().pk == done.result["draft"]


def test_the_dead_run_that_wakes_up_writes_nothing(importer, settings):
    """A run that lost its lease (another took the job) stops at its next
    step and writes no draft: the fence is the attempt number."""
    from decisions.jobs.services import JobLost, job_step

    settings.JOB_LEASE_SECONDS = 60
    job = running_job(importer, beat_seconds_ago=61)
    old_run = Job.objects.get(pk=job.pk)  # attempt 1
    job_claim(uuid=str(job.uuid))  # attempt 2 takes it
    with pytest.raises(JobLost):
        job_step(job=old_run, key="read")
    assert not ImportDraft.objects.exists()
