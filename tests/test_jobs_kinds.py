"""The long work moved to jobs besides a large report's draft: renewals
proposed (after an import with workers, or on demand), the search for
possible duplicates, follow-up report builds, the schedule's digests and
reminders, and backups; and the limits no input outlasts (a time limit, a
number of runs). The jobs run eagerly here (no broker); "with workers" is the
request's side of it, the job being sent rather than done in the request
(tests/test_jobs_worker.py runs jobs on a real worker)."""

from __future__ import annotations

import datetime
import tarfile
from pathlib import Path

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings as django_settings
from django.urls import reverse
from django.utils import timezone

from decisions.jobs import services
from decisions.jobs.services import job_claim, job_create, job_expire, job_run
from decisions.jobs.tasks import scheduled_job_task
from decisions.lineage.job_runners import overlaps_job_start
from decisions.models import Job, JobKind, JobState, OverlapFlag, RenewalLink, Report
from tests.factory import make_user
from tests.test_followup import pdf_text
from tests.test_lineage import MALI_2017, MALI_2018, SYMBOL_2018, import_file
from tracker.celery import beat_schedule

pytestmark = pytest.mark.django_db


@pytest.fixture
def both():
    import_file(MALI_2017)
    import_file(MALI_2018)
    return Report.objects.get(symbol=SYMBOL_2018)


def follow_job(client, response) -> Job:
    """The job a response redirected to."""
    job = Job.objects.order_by("-pk").first()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()
    return job


# --- Renewals and duplicates ----------------------------------------------------------


def test_an_editor_proposes_a_reports_renewals_again_as_a_job(client, editor, both):
    RenewalLink.objects.all().delete()
    client.force_login(editor)
    response = client.post(reverse("decisions:renewals_search"), {"report": both.pk})
    job = follow_job(client, response)
    assert job.kind == JobKind.RENEWALS and job.state == JobState.DONE
    assert job.result["proposed"] == RenewalLink.objects.count() > 0
    page = client.get(job.get_absolute_url())
    assert page["Location"] == reverse("decisions:renewal_queue") + f"?report={both.pk}"


@pytest.mark.parametrize("report", ["", "999999", "x\x00", "9" * 40])
def test_renewals_for_no_report_or_a_report_that_is_not_there_is_400(client, editor, report):
    client.force_login(editor)
    response = client.post(reverse("decisions:renewals_search"), {"report": report})
    assert response.status_code == 400 and not Job.objects.exists()


def test_an_editor_searches_for_duplicates_as_a_job(client, editor, both):
    client.force_login(editor)
    job = follow_job(client, client.post(reverse("decisions:overlaps_search")))
    assert job.kind == JobKind.OVERLAPS and job.state == JobState.DONE
    assert job.result["flagged"] == OverlapFlag.objects.count()
    assert client.get(job.get_absolute_url())["Location"] == reverse("decisions:duplicates")


def test_with_workers_an_import_leaves_its_renewals_and_duplicates_to_jobs(monkeypatch):
    from decisions.intake import importing

    import_file(MALI_2017)
    monkeypatch.setattr(importing, "in_background", lambda: True)
    result = importing.report_import(
        text=MALI_2018.read_text(encoding="utf-8"), source_name=MALI_2018.name
    )
    assert result.renews == {}  # not proposed in the request
    renewals = Job.objects.get(kind=JobKind.RENEWALS)
    assert result.renewals_job == renewals and renewals.state == JobState.DONE
    assert renewals.result["proposed"] == RenewalLink.objects.count() > 0
    # Then the search among the report's items, which skips proposed renewals.
    overlaps = Job.objects.get(kind=JobKind.OVERLAPS)
    assert overlaps.state == JobState.DONE and overlaps.options["report"] == result.report.pk


# --- The follow-up report ---------------------------------------------------------------


def test_with_workers_the_follow_up_report_is_built_by_a_job_whose_page_gives_the_file(
    client, viewer, both, monkeypatch
):
    from decisions.reporting import views

    monkeypatch.setattr(views, "in_background", lambda: True)
    client.force_login(viewer)
    url = reverse("decisions:report_followup_pdf", args=[both.pk]) + "?lang=fr"
    job = follow_job(client, client.get(url))
    assert job.kind == JobKind.FOLLOWUP and job.state == JobState.DONE
    assert job.options["lang"] == "fr" and job.options["scope"] is None  # a viewer: no letters
    page = client.get(job.get_absolute_url())
    assert page["Location"] == reverse("decisions:job_file", args=[job.uuid])
    file = client.get(page["Location"])
    assert file.status_code == 200 and file["Content-Type"] == "application/pdf"
    assert file["Content-Disposition"].startswith('attachment; filename="OIC')
    assert "Rapport de suivi" in pdf_text(file.content)
    # Built: the next download is the file itself, from the cache, with no job.
    again = client.get(url)
    assert again.status_code == 200 and again.content == file.content
    assert Job.objects.count() == 1


def test_someone_elses_job_file_is_404(client, viewer):
    owner = make_user("owner", groups=("viewers",))
    job = Job.objects.create(
        kind=JobKind.FOLLOWUP,
        user=owner,
        state=JobState.DONE,
        output=b"%PDF",
        result={"name": "x.pdf", "content_type": "application/pdf"},
    )
    client.force_login(viewer)
    assert client.get(reverse("decisions:job_file", args=[job.uuid])).status_code == 404
    client.force_login(owner)
    assert client.get(reverse("decisions:job_file", args=[job.uuid])).status_code == 200


# --- Limits -----------------------------------------------------------------------------


def test_a_job_past_its_time_limit_fails_with_a_message_and_writes_nothing(settings, both):
    OverlapFlag.objects.all().delete()
    settings.JOB_TIME_LIMIT_SECONDS = 0  # any step is already past it
    job = overlaps_job_start()
    job.refresh_from_db()
    assert job.state == JobState.FAILED
    assert "longer than its limit of 0 seconds" in job.error
    assert not OverlapFlag.objects.exists()


def test_a_job_interrupted_by_the_workers_soft_limit_fails_with_a_message(monkeypatch, both):
    def endless(job, step):
        step("items")
        raise SoftTimeLimitExceeded()

    monkeypatch.setitem(services.RUNNERS, JobKind.OVERLAPS, f"{__name__}.ENDLESS")
    monkeypatch.setattr(f"{__name__}.ENDLESS", endless, raising=False)
    job = job_create(kind=JobKind.OVERLAPS, user=None, steps=["items", "compare"])
    job_run(uuid=str(job.uuid))
    job.refresh_from_db()
    assert job.state == JobState.FAILED and "longer than its limit" in job.error


def test_a_running_job_whose_worker_died_long_ago_is_failed_by_the_sweep(client, editor):
    long_ago = timezone.now() - datetime.timedelta(
        seconds=django_settings.JOB_TIME_LIMIT_SECONDS + django_settings.JOB_LEASE_SECONDS + 5
    )
    job = job_create(kind=JobKind.OVERLAPS, user=editor, steps=["items", "compare"])
    Job.objects.filter(pk=job.pk).update(
        state=JobState.RUNNING, attempts=1, started_at=long_ago, heartbeat_at=long_ago
    )
    fresh = job_create(kind=JobKind.OVERLAPS, user=editor, steps=["items"])
    Job.objects.filter(pk=fresh.pk).update(
        state=JobState.RUNNING, attempts=1, heartbeat_at=timezone.now()
    )
    assert job_expire() == 1
    job.refresh_from_db()
    assert job.state == JobState.FAILED and "without finishing" in job.error
    assert Job.objects.get(pk=fresh.pk).state == JobState.RUNNING
    client.force_login(editor)
    assert "without finishing" in client.get(job.get_absolute_url()).content.decode()


def test_a_job_whose_worker_died_too_often_is_given_up_with_a_message(settings):
    stale = timezone.now() - datetime.timedelta(seconds=settings.JOB_LEASE_SECONDS + 5)
    job = job_create(kind=JobKind.OVERLAPS, user=None, steps=["items"])
    Job.objects.filter(pk=job.pk).update(
        state=JobState.RUNNING, attempts=settings.JOB_MAX_ATTEMPTS, heartbeat_at=stale
    )
    assert job_claim(uuid=str(job.uuid)) is None
    job.refresh_from_db()
    assert job.state == JobState.FAILED and "stopped its worker 3 times" in job.error


# --- The schedule -----------------------------------------------------------------------


def test_the_schedule_runs_the_digests_and_reminders_as_jobs():
    for name, kind in (("digests", JobKind.DIGESTS), ("reminders", JobKind.REMINDERS)):
        uuid = scheduled_job_task(name)
        job = Job.objects.get(uuid=uuid)
        assert job.kind == kind and job.user is None and job.state == JobState.DONE
        assert "sent" in job.result["summary"]


def test_the_beat_schedule_has_the_daily_jobs_and_an_empty_time_turns_one_off(settings):
    schedule = beat_schedule(settings)
    assert {"jobs-sweep", "digests", "reminders", "overlaps"} <= set(schedule)
    assert schedule["digests"]["schedule"].hour == {7}
    settings.SCHEDULE_REMINDERS_AT = ""
    assert "reminders" not in beat_schedule(settings)


# --- Backups ----------------------------------------------------------------------------


def test_a_superuser_backs_up_as_a_job_into_the_backup_folder(client, settings, tmp_path, both):
    settings.BACKUP_DIR = tmp_path / "kept"
    root = make_user("root", is_superuser=True)
    client.force_login(root)
    job = follow_job(client, client.post(reverse("decisions:backups")))
    assert job.kind == JobKind.BACKUP and job.state == JobState.DONE, job.error
    path = Path(settings.BACKUP_DIR) / job.result["name"]
    with tarfile.open(path) as archive:
        assert "backup.xml" in archive.getnames()
    assert not [p for p in Path(settings.BACKUP_DIR).iterdir() if p.name.startswith(".")]
    page = client.get(reverse("decisions:backups"))
    assert page.status_code == 200 and job.result["name"] in page.content.decode()


def test_a_backup_that_fails_says_so_and_leaves_no_backup(client, settings, tmp_path, monkeypatch):
    from decisions.ops import backup_job

    def broken(*args, **kwargs):
        raise OSError("disk full")

    settings.BACKUP_DIR = tmp_path / "kept"
    monkeypatch.setattr(backup_job, "call_command", broken)
    client.force_login(make_user("root", is_superuser=True))
    job = follow_job(client, client.post(reverse("decisions:backups")))
    assert job.state == JobState.FAILED and job.error
    assert not list(Path(settings.BACKUP_DIR).glob("*.tar.gz"))


def test_only_a_superuser_sees_the_backups(client, editor):
    client.force_login(editor)
    assert client.get(reverse("decisions:backups")).status_code == 403
    assert client.post(reverse("decisions:backups")).status_code == 403
    assert not Job.objects.exists()


def test_without_workers_a_job_whose_request_died_fails_once_its_lease_is_over(
    client, editor, settings
):
    # No broker: the job ran in a request (killed by gunicorn's timeout, say);
    # no message will bring it back, so its page fails it after the lease.
    stale = timezone.now() - datetime.timedelta(seconds=settings.JOB_LEASE_SECONDS + 5)
    job = job_create(kind=JobKind.OVERLAPS, user=editor, steps=["items", "compare"])
    Job.objects.filter(pk=job.pk).update(
        state=JobState.RUNNING, attempts=1, started_at=stale, heartbeat_at=stale
    )
    client.force_login(editor)
    assert "without finishing" in client.get(job.get_absolute_url()).content.decode()
    job.refresh_from_db()
    assert job.state == JobState.FAILED


def test_the_backups_page_lists_regular_files_only(client, settings, tmp_path):
    # A link in the backup folder (dangling, or to a file elsewhere) is not
    # a backup: it is neither listed nor followed, and the page stays up.
    folder = tmp_path / "kept"
    folder.mkdir()
    settings.BACKUP_DIR = folder
    (folder / "tracker-2026-01-01-000000-aaaaaaaa.tar.gz").write_bytes(b"x" * 10)
    (folder / "tracker-2026-01-02-000000-dangling.tar.gz").symlink_to(tmp_path / "gone")
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("not a backup")
    (folder / "tracker-2026-01-03-000000-elsewhere.tar.gz").symlink_to(secret)
    (folder / "tracker-2026-01-04-000000-folder.tar.gz").mkdir()
    client.force_login(make_user("root", is_superuser=True))
    page = client.get(reverse("decisions:backups"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "aaaaaaaa" in html
    assert "dangling" not in html and "elsewhere" not in html and "folder.tar" not in html
