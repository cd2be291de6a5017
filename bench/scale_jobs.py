"""The scale test's jobs phase (bench/scaletest.py): two app servers send jobs
to two Celery workers through one Redis, on one PostgreSQL database; one
worker is killed (SIGKILL, its whole process group) while it runs a job, and
started again, as systemd's Restart=always would.

It checks that no job is lost (each ends done, or failed with a message), that
none runs to its end twice (one "done" per job in the workers' logs, and one
result), and that the killed run wrote nothing (the job it held was done once,
by a later run, or failed with a message); and it times the jobs."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings

from bench import BenchError
from bench.server import server_env
from decisions.models import Job, JobState, OverlapFlag, RenewalLink, Report

CELERY = Path(sys.executable).with_name("celery")
# Short enough that a killed worker's job comes back within seconds: the
# lease (a run silent this long is dead), Redis's visibility timeout (an
# unacknowledged message is given again) and how often workers look for one.
WORKER_ENV = {
    "JOB_LEASE_SECONDS": "6",
    "CELERY_VISIBILITY_TIMEOUT": "8",
    "CELERY_RESTORE_SECONDS": "1",
    "JOB_STEP_PAUSE": "2",  # each step lasts long enough to be killed in
    "LOG_LEVEL": "INFO",
}
CLAIMED = re.compile(r"job ([0-9a-f-]{36}) \(\w+\) claimed")


class Worker:
    def __init__(self, name: str, log: Path) -> None:
        self.name, self.log = name, log
        self.process = subprocess.Popen(  # noqa: S603
            [str(CELERY), "-A", "tracker", "worker", "--pool=prefork", "--concurrency=1",
             "-n", f"{name}@%h", "--loglevel=INFO", "--without-gossip", "--without-mingle"],
            cwd=settings.BASE_DIR,
            env=server_env(**WORKER_ENV),
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: a kill takes its pool too
        )  # fmt: skip

    def claimed(self) -> list[str]:
        return CLAIMED.findall(self.log.read_text(errors="replace"))

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def two_meetings() -> None:
    """The 2017 and 2018 Mali reports (tests/data/lineage), so that the searches find
    renewals and duplicates to write; imported here at once (no job)."""
    from decisions.intake.importing import report_import
    from tracker.celery import app

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        for name in ("OIC-ACM-2017-MALI-REP.fr.md", "OIC-ACM-2018-MALI-REP.fr.md"):
            path = Path(settings.BASE_DIR, "tests", "data", "lineage", name)
            report_import(text=path.read_text(encoding="utf-8"), source_name=name)
    finally:
        app.conf.task_always_eager = eager


def jobs_phase(test, ports: list[int], browser_for) -> dict:
    """Start jobs through both servers, kill a worker mid-job, wait for all.
    `browser_for(port, role)` gives a signed-in bench.scaletest.Browser."""
    folder = Path(tempfile.mkdtemp(prefix="scaletest-workers-"))
    two_meetings()
    Job.objects.all().delete()
    OverlapFlag.objects.all().delete()
    before = time.monotonic()
    workers = [Worker(f"scale{n}", folder / f"worker-{n}.log") for n in ("A", "B")]
    try:
        time.sleep(3)  # both workers listening before the jobs come
        editor = [browser_for(port, "editor") for port in ports]
        report = Report.objects.order_by("-date", "-pk").first()
        started = []
        for i in range(3):  # the search for duplicates, on either server
            started.append(editor[i % 2].request(ports[i % 2], "POST", "/duplicates/search/", {}))
        for i in range(2):  # renewals proposed again for one report
            form = {"report": str(report.pk)}
            started.append(editor[i % 2].request(ports[i % 2], "POST", "/renewals/search/", form))
        for i, (lang, ext) in enumerate(
            [(lang, ext) for lang in ("en", "fr", "ar") for ext in ("pdf", "docx")]
        ):  # follow-up reports not in the cache: each a job
            path = f"/reports/{report.pk}/followup.{ext}?lang={lang}"
            started.append(editor[i % 2].request(ports[i % 2], "GET", path))
        answers = sorted({status for status, _ in started})
        n_jobs = Job.objects.count()
        test.check(
            "each request that starts a job answers at once with its page",
            answers == [302] and n_jobs == len(started),
            f"{len(started)} requests answered {answers}; {n_jobs} jobs queued",
        )
        # Kill worker A while it runs a job (one it claimed, still running).
        victim, killed_job, deadline = workers[0], None, time.monotonic() + 120
        while killed_job is None and time.monotonic() < deadline:
            running = set(Job.objects.filter(state=JobState.RUNNING).values_list("uuid", flat=True))
            held = [u for u in victim.claimed() if u in {str(r) for r in running}]
            if held:
                killed_job = held[-1]
            else:
                time.sleep(0.2)
        if killed_job is None:
            raise BenchError(f"worker A never ran a job; its log: {victim.log}")
        killed_at = time.time()
        victim.kill()
        print(f"  killed worker A (SIGKILL) while it ran job {killed_job}")
        time.sleep(2)
        workers.append(Worker("scaleA2", folder / "worker-A2.log"))  # systemd restarts it
        deadline = time.monotonic() + 300
        while Job.objects.exclude(state__in=[JobState.DONE, JobState.FAILED]).exists():
            if time.monotonic() > deadline:
                break
            time.sleep(0.5)
        elapsed = time.monotonic() - before
        the_job = Job.objects.get(uuid=killed_job)
        recovered = (the_job.finished_at.timestamp() - killed_at) if the_job.finished_at else None
    finally:
        for worker in workers:
            worker.stop()
    return _checks(test, workers, the_job, recovered, elapsed)


def _checks(test, workers, the_job, recovered, elapsed) -> dict:
    jobs = list(Job.objects.order_by("pk"))
    unfinished = [str(j.uuid) for j in jobs if not j.is_finished()]
    failed_silent = [str(j.uuid) for j in jobs if j.state == JobState.FAILED and not j.error]
    test.check(
        "no job is lost when a worker is killed mid-job",
        not unfinished and not failed_silent,
        f"{len(jobs)} jobs: {sum(j.state == JobState.DONE for j in jobs)} done, "
        f"{sum(j.state == JobState.FAILED for j in jobs)} failed with a message, "
        f"{len(unfinished)} never finished",
    )
    logs = "\n".join(w.log.read_text(errors="replace") for w in workers)
    done_lines = {str(j.uuid): logs.count(f"job {j.uuid} done") for j in jobs}
    twice = {u: n for u, n in done_lines.items() if n > 1}
    test.check(
        "no job runs to its end twice",
        not twice and all(n == 1 for u, n in done_lines.items() if _state(jobs, u) == "done"),
        f"one 'done' per job done in the workers' logs; runs per job: "
        f"{sorted(j.attempts for j in jobs)}" + (f"; twice: {twice}" if twice else ""),
    )
    ok = (the_job.state == JobState.DONE and the_job.attempts == 2) or (
        the_job.state == JobState.FAILED and bool(the_job.error)
    )
    test.check(
        "the killed worker's job is taken again, or failed with a message",
        ok,
        f"job {the_job.kind} {the_job.state} after {the_job.attempts} runs"
        + (f", {recovered:.1f} s after the kill" if recovered is not None else "")
        + (f": {the_job.error}" if the_job.error else ""),
    )
    files = [j for j in jobs if j.kind == "followup" and j.state == JobState.DONE]
    flags = OverlapFlag.objects.count()
    pairs = OverlapFlag.objects.values("item_a", "item_b").distinct().count()
    links = RenewalLink.objects.count()
    linked = RenewalLink.objects.values("earlier_item", "later_item").distinct().count()
    test.check(
        "nothing written twice or half",
        flags == pairs and links == linked and all(j.result.get("bytes") for j in files),
        f"{flags} duplicate flags for {pairs} pairs, {links} renewal links for {linked} pairs; "
        f"{len(files)} follow-up files, each whole (its size in the job's result)",
    )
    durations = sorted(
        (j.finished_at - j.created_at).total_seconds() for j in jobs if j.finished_at
    )
    return {
        "jobs": len(jobs),
        "kinds": sorted({j.kind for j in jobs}),
        "elapsed": elapsed,
        "recovered": recovered,
        "killed_kind": the_job.kind,
        "median": durations[len(durations) // 2] if durations else 0,
        "longest": durations[-1] if durations else 0,
        "env": WORKER_ENV,
    }


def _state(jobs, uuid: str) -> str:
    return next(j.state for j in jobs if str(j.uuid) == uuid)
