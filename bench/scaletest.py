"""Two app servers on one database and one Redis: `make scaletest`, or
`python -m bench.scaletest` with DATABASE_URL (a bench database) and REDIS_URL.

It starts two gunicorn instances on two loopback ports, sharing PostgreSQL and
Redis, sends requests to each in turn, and checks that:

- a login made on one server is valid on the other, and a logout on the other
  ends it on the first;
- an update made on one server shows at once on the other, on the item's page
  and on the dashboard (whose cached content lives in the shared Redis);
- under concurrent updates through both servers no update is lost: the
  history holds exactly the acknowledged updates, each item's history is an
  unbroken chain and its version counts its updates;
- jobs started through both servers run on two Celery workers, one of which
  is killed (SIGKILL) mid-job: no job is lost, none runs to its end twice,
  and the killed run writes nothing (bench/scale_jobs.py);

then measures connection reuse (DATABASE_CONN_MAX_AGE 0 against 60) with wrk.
It writes docs/SCALETEST.md and exits 1 if a check fails. It writes to the
database it runs on, so it refuses any database that is not its own
(bench/guard.py)."""

from __future__ import annotations

import argparse
import collections
import http.client
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
import uuid
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone

from bench import BenchError, run
from bench.guard import claim_database
from bench.scale_jobs import jobs_phase
from bench.server import collectstatic, production_server, session_key_for
from decisions.intake.importing import report_import
from decisions.models import ActionItem, Status, StatusUpdate

NOTE_PREFIX = "scaletest"
PASSWORD = "scale-test-password-1"  # noqa: S105 (a bench account on a bench database)
VERSION_INPUT = re.compile(r'name="version" value="(\d+)"')
HOT_ITEMS = 12  # few items, so that the two servers' updates collide


class Browser:
    """One person's cookies, sent to whichever server a request goes to."""

    def __init__(self, cookies: dict[str, str] | None = None) -> None:
        self.cookies = dict(cookies or {})

    def request(self, port: int, method: str, path: str, form: dict | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            form = {"csrfmiddlewaretoken": self.cookies.get(settings.CSRF_COOKIE_NAME, ""), **form}
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
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

    def login(self, port: int, username: str) -> int:
        self.request(port, "GET", "/accounts/login/")  # the CSRF cookie
        status, _ = self.request(
            port, "POST", "/accounts/login/", {"username": username, "password": PASSWORD}
        )
        return status

    def update(self, port: int, item: int, *, note: str, status: str, version: str) -> int:
        form = {"status": status, "note": note, "version": version}
        return self.request(port, "POST", f"/items/{item}/", form)[0]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.scaletest", description=__doc__)
    parser.add_argument("--seconds", type=int, default=20, help="concurrent updates phase")
    parser.add_argument("--users", type=int, default=6)
    parser.add_argument("--load-seconds", type=int, default=10, help="each wrk run")
    parser.add_argument("--output", default=str(settings.BASE_DIR / "docs" / "SCALETEST.md"))
    args = parser.parse_args(argv)
    if not settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        raise BenchError("the scale test needs REDIS_URL (make scaletest sets it)")
    if connection.vendor != "postgresql":
        raise BenchError("the scale test needs DATABASE_URL to point at PostgreSQL")
    claim_database()  # before anything is read or written
    ScaleTest().run(
        seconds=min(args.seconds, 600),
        users=args.users,
        load_seconds=args.load_seconds,
        output=Path(args.output),
    )


class ScaleTest:
    def __init__(self) -> None:
        self.checks: list[tuple[str, bool, str]] = []

    def check(self, name: str, ok: bool, detail: str) -> None:
        self.checks.append((name, ok, detail))
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")

    def run(self, *, seconds: int, users: int, load_seconds: int, output: Path) -> None:
        if not ActionItem.objects.exists():
            fixture = next(Path(settings.BASE_DIR, "fixtures", "reports").glob("*.md"))
            report_import(text=fixture.read_text(encoding="utf-8"), source_name=fixture.name)
        StatusUpdate.objects.filter(note__startswith=NOTE_PREFIX).delete()
        editors = [self._editor(f"scale-editor-{i}") for i in range(max(users, 1))]
        items = list(ActionItem.objects.order_by("pk").values_list("pk", flat=True)[:HOT_ITEMS])
        collectstatic()
        with ExitStack() as stack:
            ports = [stack.enter_context(production_server(workers=2)) for _ in range(2)]
            print(f"two servers on ports {ports[0]} and {ports[1]}, Redis {settings.REDIS_URL}")
            self._sessions(ports, editors[0].username)
            self._visibility(ports, editors[0].username, items[0])
            self._concurrent(ports, [e.username for e in editors], items, seconds)

            def browser_for(port: int, _role: str) -> Browser:
                browser = Browser()
                browser.login(port, editors[0].username)
                return browser

            self.jobs = jobs_phase(self, ports, browser_for)
        reuse = self._connection_reuse(editors[0], items[0], load_seconds)
        self._write(output, ports, users, seconds, reuse)
        failed = [name for name, ok, _ in self.checks if not ok]
        if failed:
            raise BenchError(f"scale test failed: {', '.join(failed)}")
        print(f"scale test passed; written {output}")

    @staticmethod
    def _editor(username: str):
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.set_password(PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name="editors"))
        return user

    # --- checks -----------------------------------------------------------

    def _sessions(self, ports: list[int], username: str) -> None:
        a, b = ports
        browser = Browser()
        login = browser.login(a, username)
        on_b = browser.request(b, "GET", "/")[0]
        self.check(
            "a login on one server is valid on the other",
            login == 302 and on_b == 200,
            f"login on A answered {login}; the dashboard on B answered {on_b}",
        )
        session = browser.cookies.get(settings.SESSION_COOKIE_NAME, "")
        logout = browser.request(b, "POST", "/accounts/logout/", {})[0]
        on_a = Browser({settings.SESSION_COOKIE_NAME: session}).request(a, "GET", "/")[0]
        self.check(
            "a logout on one server ends the session on the other",
            logout == 302 and on_a == 302,
            f"logout on B answered {logout}; the old session cookie on A then got {on_a}",
        )

    def _visibility(self, ports: list[int], username: str, item: int) -> None:
        a, b = ports
        browser = Browser()
        browser.login(a, username)
        for _ in range(2):  # B's dashboard is now in the (shared) cache
            browser.request(b, "GET", "/")
        note = f"{NOTE_PREFIX} visible {uuid.uuid4()}"
        _, page = browser.request(a, "GET", f"/items/{item}/")
        version = VERSION_INPUT.search(page).group(1)
        current = ActionItem.objects.get(pk=item).status
        new = next(s for s in Status.values if s != current)
        posted = browser.update(a, item, note=note, status=new, version=version)
        item_on_b = note in browser.request(b, "GET", f"/items/{item}/")[1]
        dashboard_on_b = note in browser.request(b, "GET", "/")[1]
        self.check(
            "an update on one server shows at once on the other",
            posted == 302 and item_on_b and dashboard_on_b,
            f"update on A answered {posted}; then on B the item page "
            f"{'shows' if item_on_b else 'does not show'} it and the dashboard "
            f"{'shows' if dashboard_on_b else 'does not show'} it",
        )

    def _concurrent(self, ports: list[int], usernames: list[str], items: list[int], seconds):
        before = {
            pk: (version, status)
            for pk, version, status in ActionItem.objects.filter(pk__in=items).values_list(
                "pk", "version", "status"
            )
        }
        last_row = StatusUpdate.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        codes: collections.Counter = collections.Counter()
        acknowledged: list[str] = []
        lock = threading.Lock()
        until = time.monotonic() + seconds

        def person(username: str) -> None:
            rng = random.Random()  # noqa: S311 (load pattern)
            browser = Browser()
            turn = rng.randrange(2)
            browser.login(ports[turn], username)
            while time.monotonic() < until:
                item = rng.choice(items)
                turn += 1
                try:
                    status, page = browser.request(ports[turn % 2], "GET", f"/items/{item}/")
                    version = VERSION_INPUT.search(page)
                    if status != 200 or not version:
                        with lock:
                            codes[("GET item", status)] += 1
                        continue
                    turn += 1  # the update goes to the other server
                    note = f"{NOTE_PREFIX} {uuid.uuid4()}"
                    status = browser.update(
                        ports[turn % 2],
                        item,
                        note=note,
                        status=rng.choice(Status.values),
                        version=version.group(1),
                    )
                    with lock:
                        codes[("POST update", status)] += 1
                        if status == 302:
                            acknowledged.append(note)
                except (OSError, http.client.HTTPException):
                    with lock:
                        codes[("connection error", 0)] += 1

        threads = [threading.Thread(target=person, args=(u,), daemon=True) for u in usernames]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=seconds + 60)
        self.codes = codes
        recorded = set(
            StatusUpdate.objects.filter(note__startswith=NOTE_PREFIX)
            .exclude(note__startswith=f"{NOTE_PREFIX} visible")
            .values_list("note", flat=True)
        )
        acked = set(acknowledged)
        self.check(
            "history rows equal acknowledged updates",
            recorded == acked,
            f"{len(acked)} updates acknowledged (302), {len(recorded)} history rows; "
            f"missing {len(acked - recorded)}, unacknowledged {len(recorded - acked)}; "
            f"{codes[('POST update', 409)]} refused as conflicts (409)",
        )
        broken = []
        for pk in items:
            item = ActionItem.objects.get(pk=pk)
            version, status = before[pk]
            rows = list(
                StatusUpdate.objects.filter(item_id=pk, pk__gt=last_row).order_by(
                    "created_at", "pk"
                )
            )
            statuses = [status] + [r.new_status for r in rows]
            chain_ok = all(r.old_status == s for r, s in zip(rows, statuses, strict=False))
            if not (
                chain_ok and statuses[-1] == item.status and item.version - version == len(rows)
            ):
                broken.append(pk)
        self.check(
            "no update is lost",
            not broken,
            f"{len(items)} items updated from both servers: each history is an unbroken "
            "chain ending at the item's status, and each version counts its updates"
            + (f"; broken: {broken}" if broken else ""),
        )
        errors = {k: n for k, n in codes.items() if k[1] >= 500 or k[1] == 0}
        self.check("no server error", not errors, f"{errors or 'none'}")

    # --- connection reuse -------------------------------------------------

    def _connection_reuse(self, user, item: int, seconds: int) -> list[dict]:
        wrk = shutil.which("wrk")
        if not wrk:
            print("wrk not found: connection reuse not measured (apt-get install wrk)")
            return []
        cookie = f"{settings.SESSION_COOKIE_NAME}={session_key_for(user)}"
        workers = 2 * (os.cpu_count() or 1)
        best: dict[tuple[str, str], float] = {}
        # Two rounds, alternating settings, best of each: the machine is shared.
        for _round in range(2):
            for age in ("0", "60"):
                with production_server(workers=workers, DATABASE_CONN_MAX_AGE=age) as port:
                    for page, path in (("dashboard", "/"), ("/healthz", "/healthz")):
                        rps = _wrk(wrk, port, path, cookie, seconds)
                        best[(age, page)] = max(rps, best.get((age, page), 0))
                        print(f"  CONN_MAX_AGE={age:<3} {page:<9} {rps:8.1f} req/s")
        return [{"age": age, "page": page, "rps": rps} for (age, page), rps in best.items()]

    # --- report -----------------------------------------------------------

    def _jobs_lines(self) -> list[str]:
        return _jobs_text(self.jobs) if getattr(self, "jobs", None) else []

    def _write(self, path: Path, ports, users: int, seconds: int, reuse: list[dict]) -> None:
        verdict = "passed" if all(ok for _, ok, _ in self.checks) else "failed"
        lines = [
            "# Scale test",
            "",
            f"Made by `make scaletest` on {timezone.now():%Y-%m-%d} ({os.cpu_count()} cores, "
            f"Python {sys.version.split()[0]}): two gunicorn servers (2 workers each) on two "
            "loopback ports, one PostgreSQL database, one Redis (cache and sessions, "
            "`REDIS_URL`); requests go to each server in turn.",
            "",
            f"Load average {os.getloadavg()[0]:.1f} when written (a shared machine).",
            "",
            "| check | result | what was seen |",
            "|---|---|---|",
            *(
                f"| {name} | {'ok' if ok else 'FAILED'} | {detail} |"
                for name, ok, detail in self.checks
            ),
            "",
            f"Concurrent phase: {users} editors for {seconds} s, each alternating servers on "
            f"every request (read an item on one, post its update to the other) over "
            f"{HOT_ITEMS} items, so that updates collide. Responses:",
            "",
            "| request | status | count |",
            "|---|---|---|",
            *(
                f"| {kind} | {status or 'no answer'} | {n} |"
                for (kind, status), n in sorted(self.codes.items())
            ),
            "",
            f"Result: **{verdict}**.",
            "",
            *self._jobs_lines(),
            "## Connection reuse",
            "",
        ]
        if reuse:
            by = {(r["age"], r["page"]): r["rps"] for r in reuse}
            dash, health = (by[("60", p)] / by[("0", p)] for p in ("dashboard", "/healthz"))
            lines += [
                "One server, 2 x cores sync workers, wrk with 16 connections for "
                "the same seconds each, two rounds alternating the settings; the better "
                "requests per second of the two (the dashboard: its content cached in Redis, "
                "signed in; /healthz: one trivial query).",
                "",
                "| `DATABASE_CONN_MAX_AGE` | dashboard | /healthz |",
                "|---|---|---|",
                *(
                    f"| {age} | {by[(age, 'dashboard')]:.0f} req/s "
                    f"| {by[(age, '/healthz')]:.0f} req/s |"
                    for age in ("0", "60")
                ),
                "",
                f"Keeping connections (60 s) serves {dash:.2f} x the dashboard's requests "
                f"and {health:.2f} x /healthz's: with 0, "
                "every request opens a PostgreSQL connection (a fork on the server, "
                "authentication) and closes it. That cost is the same on every request, so it "
                "shows on light requests and hides behind rendering on a loaded machine.",
            ]
        else:
            lines.append("Not measured: wrk was not installed.")
        lines += [
            "",
            "psycopg's pool (Django's `OPTIONS: {'pool': True}`) was not measured: it needs the "
            "`psycopg[pool]` extra and a setting the project does not offer. With gunicorn's "
            "sync workers (one request at a time per process) `DATABASE_CONN_MAX_AGE=60` "
            "already keeps one open connection per worker, which is what a pool would hold; "
            "a pool matters for threaded workers or ASGI. Each app server holds at most "
            "`WEB_CONCURRENCY` connections: keep the servers' total under PostgreSQL's "
            "`max_connections` (100 by default).",
            "",
        ]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines), encoding="utf-8")


def _jobs_text(jobs: dict) -> list[str]:
    env = ", ".join(f"`{k}={v}`" for k, v in jobs["env"].items())
    recovered = f"{jobs['recovered']:.1f} s" if jobs["recovered"] is not None else "never"
    return [
        "## Jobs and a killed worker",
        "",
        f"Both servers started {jobs['jobs']} jobs ({', '.join(jobs['kinds'])}) as an editor "
        "would (the search for duplicates, renewals proposed again, follow-up reports in three "
        "languages and two formats), to two Celery workers (prefork, one process each) on the "
        f"same Redis, with {env}. Worker A was killed with SIGKILL (its whole process group) "
        f"while it ran a job ({jobs['killed_kind']}), then started again.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| all jobs finished | {jobs['elapsed']:.1f} s after the first was started |",
        f"| the killed job finished | {recovered} after the kill |",
        f"| a job, queued to finished | median {jobs['median']:.1f} s, longest "
        f"{jobs['longest']:.1f} s (each step waits `JOB_STEP_PAUSE`) |",
        "",
        "The killed job came back when its lease ran out and Redis gave its unacknowledged "
        "message again (visibility timeout); in production these are 120 s and 3600 s, "
        "so a job whose whole worker is lost is taken again within the hour, and a job past "
        "`JOB_TIME_LIMIT_SECONDS` plus the lease is failed by the sweep with a message.",
        "",
    ]


def _wrk(wrk: str, port: int, path: str, cookie: str, seconds: int) -> float:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", path, headers={"Cookie": cookie})
    status = conn.getresponse().status
    conn.close()
    if status != 200:
        raise BenchError(f"{path} answered {status} under gunicorn")
    out = subprocess.run(  # noqa: S603
        [wrk, "-t2", "-c16", f"-d{seconds}s", "-H", f"Cookie: {cookie}"]
        + [f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


if __name__ == "__main__":
    run(main)
