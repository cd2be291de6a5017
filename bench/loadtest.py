"""A bounded load test against the production server on loopback: `make loadtest`,
or `python -m bench.loadtest --seconds 60 --users 8 --stop-database`.

Starts gunicorn in production mode on a free port of 127.0.0.1, then for
--seconds runs --users simulated staff members in threads, each mixing page
reads with status updates (about one update for four reads). With
--stop-database it stops PostgreSQL part-way and starts it again, and checks
that pages answer 503 meanwhile and work again afterwards without restarting
the server. At the end it checks that the history holds exactly the updates
that were acknowledged (a redirect after the POST), no more and no fewer.

It writes to the database it runs on, so it refuses any database that is
not its own (bench/guard.py)."""

from __future__ import annotations

import argparse
import collections
import http.client
import os
import random
import re
import subprocess
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone

from bench import BenchError, run
from bench.guard import claim_database
from bench.server import collectstatic, production_server, session_key_for
from decisions.intake.importing import report_import
from decisions.models import ActionItem, Status, StatusUpdate

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
VERSION_INPUT = re.compile(r'name="version" value="(\d+)"')
NOTE_PREFIX = "loadtest"


class SimulatedUser(threading.Thread):
    def __init__(self, port: int, session_key: str, item_ids: list[int], until: float, stats):
        super().__init__(daemon=True)
        self.port, self.item_ids, self.until, self.stats = port, item_ids, until, stats
        self.cookies = {settings.SESSION_COOKIE_NAME: session_key}
        self.rng = random.Random()  # noqa: S311 (load pattern, not security)

    def request(self, method: str, path: str, body: str | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name] = rest.split(";", 1)[0]
            return response.status, text
        finally:
            conn.close()

    def run(self) -> None:
        while time.monotonic() < self.until:
            item = self.rng.choice(self.item_ids)
            try:
                if self.rng.random() < 0.2:
                    status, page = self.request("GET", f"/items/{item}/")
                    self.stats.count("GET item (before update)", status)
                    csrf, version = CSRF_INPUT.search(page), VERSION_INPUT.search(page)
                    if status != 200 or not (csrf and version):
                        continue
                    note = f"{NOTE_PREFIX} {uuid.uuid4()}"
                    form = urlencode(
                        {
                            "csrfmiddlewaretoken": csrf.group(1),
                            "status": self.rng.choice(Status.values),
                            "note": note,
                            "version": version.group(1),
                        }
                    )
                    status, _ = self.request("POST", f"/items/{item}/", form)
                    self.stats.count("POST update", status)
                    if status == 302:
                        self.stats.acknowledge(note)
                else:
                    path = self.rng.choice(["/", "/items/", f"/items/{item}/", "/bodies/"])
                    status, _ = self.request("GET", path)
                    self.stats.count("GET page", status)
            except (OSError, http.client.HTTPException):
                self.stats.count("connection error", 0)


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.codes: collections.Counter = collections.Counter()
        self.acknowledged: list[str] = []
        self.phase = "up"

    def count(self, kind: str, status: int) -> None:
        with self.lock:
            self.codes[(self.phase, kind, status)] += 1

    def acknowledge(self, note: str) -> None:
        with self.lock:
            self.acknowledged.append(note)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.loadtest", description=__doc__)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--stop-database", action="store_true")
    parser.add_argument("--output", default=str(settings.BASE_DIR / "docs" / "LOADTEST.md"))
    args = parser.parse_args(argv)
    claim_database()  # before anything is read or written
    LoadTest(output=Path(args.output)).run(
        seconds=args.seconds, users=args.users, stop_database=args.stop_database
    )


class LoadTest:
    def __init__(self, *, output: Path) -> None:
        self.output = output

    def run(self, *, seconds: int, users: int, stop_database: bool) -> None:
        self.setup = (
            f"{users} simulated staff members for {min(seconds, 600)} s against gunicorn "
            f"(4 workers) on loopback, {connection.vendor}"
            + (
                ", PostgreSQL stopped a third of the way in and started again"
                if stop_database
                else ""
            )
        )
        if stop_database and connection.vendor != "postgresql":
            raise BenchError("--stop-database needs DATABASE_URL to point at PostgreSQL")
        seconds = min(seconds, 600)  # bounded, whatever is asked
        if not ActionItem.objects.exists():
            report_import(text=self._report().read_text(encoding="utf-8"), source_name="loadtest")
        StatusUpdate.objects.filter(note__startswith=NOTE_PREFIX).delete()
        item_ids = list(ActionItem.objects.values_list("pk", flat=True))
        sessions = [session_key_for(self._editor(f"load-editor-{i}")) for i in range(users)]
        stats = Stats()
        collectstatic()
        with production_server(workers=4) as port:
            until = time.monotonic() + seconds
            threads = [SimulatedUser(port, key, item_ids, until, stats) for key in sessions]
            for t in threads:
                t.start()
            if stop_database:
                self._outage(port, stats, seconds)
            for t in threads:
                t.join(timeout=seconds + 60)
        self._report_results(stats)

    @staticmethod
    def _report() -> Path:
        return next(Path(settings.BASE_DIR, "fixtures", "reports").glob("*.md"))

    @staticmethod
    def _editor(username: str):
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.groups.add(Group.objects.get(name="editors"))
        return user

    def _outage(self, port: int, stats: Stats, seconds: int) -> None:
        cluster = sorted(os.listdir("/etc/postgresql"))[-1]
        ctl = ["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main"]
        time.sleep(seconds / 3)
        print("stopping PostgreSQL")
        stats.phase = "down"  # from the moment the stop begins
        subprocess.run([*ctl, "stop", "-m", "fast"], check=True)  # noqa: S603
        time.sleep(2)
        down = self._healthz(port)
        time.sleep(max(1, seconds / 6))
        print("starting PostgreSQL")
        subprocess.run([*ctl, "start"], check=True)  # noqa: S603
        time.sleep(2)  # requests in flight during the restart count as "down"
        stats.phase = "up again"
        up = self._healthz(port)
        print(f"/healthz while down: {down}; after restart: {up}")
        if down != 503 or up != 200:
            raise BenchError("the server did not answer 503 while down and 200 after")

    @staticmethod
    def _healthz(port: int) -> int:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/healthz")
        return conn.getresponse().status

    def _report_results(self, stats: Stats) -> None:
        lines = []
        for (phase, kind, status), n in sorted(stats.codes.items()):
            lines.append(f"| {phase} | {kind} | {status or 'no answer'} | {n} |")
            print(f"{phase:<9} {kind:<26} {status:>4}: {n}")
        connection.close()
        recorded = set(
            StatusUpdate.objects.filter(note__startswith=NOTE_PREFIX).values_list("note", flat=True)
        )
        acknowledged = set(stats.acknowledged)
        missing = acknowledged - recorded
        extra = recorded - acknowledged
        print(
            f"updates acknowledged: {len(acknowledged)}; history rows: {len(recorded)}; "
            f"missing: {len(missing)}; unacknowledged rows: {len(extra)}"
        )
        errors = {
            key: n
            for key, n in stats.codes.items()
            if key[0] != "down" and (key[2] >= 500 or key[2] == 0)
        }
        verdict = "failed" if missing or extra or errors else "passed"
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.output.write_text(
            "\n".join(
                [
                    "# Load test",
                    "",
                    f"Made by `make loadtest` on {timezone.now():%Y-%m-%d}: {self.setup}.",
                    "Phases: *up* before the outage, *down* from the stop until 2 s after the "
                    "restart, *up again* after.",
                    "",
                    "| phase | request | status | count |",
                    "|---|---|---|---|",
                    *lines,
                    "",
                    f"Updates acknowledged (302 after the POST): {len(acknowledged)}; history rows "
                    f"written by the load: {len(recorded)}; acknowledged but missing: "
                    f"{len(missing)}; written but not acknowledged: {len(extra)}. "
                    f"Errors outside the outage: {sum(errors.values())}. Result: **{verdict}**.",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        if verdict == "failed":
            raise BenchError(f"load test failed: errors {errors}, missing {len(missing)}")
        print(f"load test passed; written {self.output}")


if __name__ == "__main__":
    run(main)
