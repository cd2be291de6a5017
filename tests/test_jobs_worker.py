"""Jobs on a real Celery worker: a subprocess `celery -A tracker worker
--pool=solo` on the local Redis (a database number of its own), against this
test's database. An upload through the client becomes a job the worker
does; a worker killed mid-job (SIGKILL) leaves it to a second worker, which
does it exactly once, or fails it with a message once its runs are used up;
a job past its time limit is stopped by the worker's limit."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from kombu import pools

from decisions.lineage.job_runners import overlaps_job_start
from decisions.models import ImportDraft, Job, JobState, OverlapFlag
from tests.factory import MALI_REPORT, make_user
from tracker.celery import app

# A worker killed mid-job, a job run twice or lost: production's guarantees, on
# production's database. CI's PostgreSQL pass runs these; on SQLite (the
# development default, one process) they would repeat that pass at a minute's cost.
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
        reason="the worker guarantees are checked on PostgreSQL (DATABASE_URL)",
    ),
]

# Redis database of these tests' own: they empty their queue in it, nothing else.
BROKER_URL = "redis://127.0.0.1:6379/13"
QUEUE = f"test-jobs-{os.getpid()}"
CELERY = Path(sys.executable).with_name("celery")


def database_url() -> str:
    """The test database (not the development one) as the worker must reach it."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{Path(db['NAME']).resolve()}"
    user = quote(db["USER"] or "")
    password = f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{user}{password}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
    )


def forget_routes() -> None:
    """Celery keeps the queues and the router it made from the default queue
    on first use (an eager test makes them too): make them again."""
    for name in ("queues", "router", "default_queue"):
        app.amqp.__dict__.pop(name, None)


def forget_connections() -> None:
    """Close the app's connections to the broker, and forget them: each test
    starts afresh."""
    if app._pool is not None:
        app.pool.force_close_all()
    pools.reset()
    app._pool = app.amqp._producer_pool = None


@pytest.fixture
def broker(settings):
    """The app sends jobs to Redis (not eagerly), to a queue of this test's own."""
    client = redis.Redis.from_url(BROKER_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as e:
        pytest.fail(f"these tests need Redis on 127.0.0.1:6379 (apt-get install redis): {e}")
    settings.JOB_THRESHOLD_BYTES = settings.JOB_THRESHOLD_CHARS = 1000
    saved = {k: app.conf[k] for k in ("task_always_eager", "broker_url", "task_default_queue")}
    app.conf.update(task_always_eager=False, broker_url=BROKER_URL, task_default_queue=QUEUE)
    forget_routes()
    forget_connections()
    client.delete(QUEUE)
    # Bind the queue now: a stopped worker's bindings go with it, and the
    # app's producer declares a queue only once per connection.
    with app.connection_for_write() as conn:
        app.amqp.queues[QUEUE](conn.default_channel).declare()
    yield client
    app.conf.update(saved)
    forget_routes()
    forget_connections()
    client.delete(QUEUE, f"_kombu.binding.{QUEUE}", f"_kombu.binding_permanent.{QUEUE}")
    client.close()


class Worker:
    """A `celery worker` subprocess; its log in a file, shown when a test fails."""

    def __init__(self, log: Path, pool: str = "solo", **env: str):
        self.log = log
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tracker.settings",
            "DEBUG": "1",
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": BROKER_URL,
            "CELERY_QUEUE": QUEUE,
            "REDIS_URL": "",
            **env,
        }
        command = [str(CELERY), "-A", "tracker", "worker", f"--pool={pool}", "--loglevel=INFO"]
        if pool == "prefork":
            command.append("--concurrency=1")
        command += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
        self.process = subprocess.Popen(
            command,
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        self.process.kill()  # SIGKILL: no warm shutdown, nothing given back
        self.process.wait()

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


@pytest.fixture
def workers(tmp_path):
    started: list[Worker] = []

    def start(**env: str) -> Worker:
        worker = Worker(tmp_path / f"worker-{len(started) + 1}.log", **env)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


def wait_for_job(
    job: Job, state: str, *, worker: Worker, what: str, seconds: float = 90, **lookups
) -> Job:
    """Look at the job every 0.2 s until it is in `state` (and matches
    `lookups`, such as step__gte=1); then it is read again and returned. Past
    `seconds`, the test fails, saying `what` did not happen, with the
    worker's log."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if Job.objects.filter(pk=job.pk, state=state, **lookups).exists():
            job.refresh_from_db()
            return job
        time.sleep(0.2)
    pytest.fail(f"{what} within {seconds} s; the worker's log:\n{worker.tail()}")


def upload_large_report(client) -> Job:
    # A superuser: a transactional test starts from a flushed database, without
    # the groups that migration 0002 creates.
    client.force_login(make_user("root", is_superuser=True))
    data = MALI_REPORT.read_bytes()
    response = client.post(
        reverse("decisions:intake_new"), {"file": SimpleUploadedFile("mali.md", data)}
    )
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()
    return job


def test_a_worker_does_the_job_of_an_upload(client, broker, workers):
    job = upload_large_report(client)
    assert job.state == JobState.QUEUED  # nothing ran in the request
    assert broker.llen(QUEUE) == 1, broker.keys("*")  # its message waits for a worker
    page = client.get(job.get_absolute_url())
    assert page.status_code == 200 and b"<progress" in page.content
    worker = workers()
    job = wait_for_job(job, JobState.DONE, worker=worker, what="the job was not done")
    draft = ImportDraft.objects.get()
    assert job.result["draft"] == draft.pk and job.attempts == 1
    assert client.get(job.get_absolute_url())["Location"] == draft.get_absolute_url()


def test_a_job_whose_worker_is_killed_is_done_once_by_another(client, broker, workers):
    quick = {"JOB_LEASE_SECONDS": "3", "CELERY_VISIBILITY_TIMEOUT": "3"}
    quick["CELERY_RESTORE_SECONDS"] = "1"
    first = workers(JOB_STEP_PAUSE="2", **quick)
    job = upload_large_report(client)
    job = wait_for_job(
        job,
        JobState.RUNNING,
        step__gte=1,
        worker=first,
        what="the first worker did not start the job",
    )
    first.kill()
    job.refresh_from_db()
    assert job.state == JobState.RUNNING and job.attempts == 1
    assert not ImportDraft.objects.exists()  # killed mid-job: nothing written
    second = workers(JOB_STEP_PAUSE="0", **quick)
    job = wait_for_job(
        job,
        JobState.DONE,
        worker=second,
        what="the second worker did not finish the job",
        seconds=120,
    )
    assert job.attempts == 2
    assert ImportDraft.objects.count() == 1 and job.result["draft"] == ImportDraft.objects.get().pk
    # The message is gone: a few more seconds change nothing.
    time.sleep(4)
    job.refresh_from_db()
    assert job.attempts == 2 and ImportDraft.objects.count() == 1
    assert broker.llen(QUEUE) == 0


def import_mali() -> None:
    from django.core.management import call_command

    call_command("import_report", str(MALI_REPORT), stdout=open(os.devnull, "w"))  # noqa: SIM115


QUICK = {"JOB_LEASE_SECONDS": "3", "CELERY_VISIBILITY_TIMEOUT": "3", "CELERY_RESTORE_SECONDS": "1"}


def test_a_search_for_duplicates_whose_worker_is_killed_is_done_once_by_another(broker, workers):
    import_mali()
    OverlapFlag.objects.all().delete()
    first = workers(JOB_STEP_PAUSE="2", **QUICK)
    job = overlaps_job_start()
    job = wait_for_job(
        job, JobState.RUNNING, worker=first, what="the first worker did not start the job"
    )
    first.kill()
    assert not OverlapFlag.objects.exists()  # killed mid-job: nothing written
    second = workers(JOB_STEP_PAUSE="0", **QUICK)
    job = wait_for_job(
        job,
        JobState.DONE,
        worker=second,
        what="the second worker did not finish the job",
        seconds=120,
    )
    assert job.attempts == 2 and job.result["flagged"] == OverlapFlag.objects.count()
    time.sleep(4)  # the message is gone: nothing runs it a third time
    job.refresh_from_db()
    assert job.attempts == 2 and broker.llen(QUEUE) == 0


def test_a_job_whose_worker_is_killed_on_its_last_run_fails_with_a_message(broker, workers):
    import_mali()
    OverlapFlag.objects.all().delete()
    first = workers(JOB_STEP_PAUSE="2", JOB_MAX_ATTEMPTS="1", **QUICK)
    job = overlaps_job_start()
    job = wait_for_job(
        job, JobState.RUNNING, worker=first, what="the first worker did not start the job"
    )
    first.kill()
    second = workers(JOB_STEP_PAUSE="0", JOB_MAX_ATTEMPTS="1", **QUICK)
    job = wait_for_job(
        job,
        JobState.FAILED,
        worker=second,
        what="the second worker did not give the job up",
        seconds=120,
    )
    assert "stopped its worker 1 times" in job.error and job.attempts == 1
    assert not OverlapFlag.objects.exists()


def test_a_job_past_its_time_limit_is_stopped_by_the_worker(broker, workers):
    import_mali()
    OverlapFlag.objects.all().delete()
    # The limit is read when the worker loads its tasks; each step waits longer.
    worker = workers(pool="prefork", JOB_TIME_LIMIT_SECONDS="2", JOB_STEP_PAUSE="6", **QUICK)
    job = overlaps_job_start()
    job = wait_for_job(
        job, JobState.FAILED, worker=worker, what="the worker's time limit did not stop the job"
    )
    assert "longer than its limit of 2 seconds" in job.error
    assert not OverlapFlag.objects.exists()
