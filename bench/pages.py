"""Benchmark the pages at three data sizes: `make bench`, or
`python -m bench.pages --sizes 1000,10000`.

For each size it fills the database with synthetic data in realistic
proportions, then measures each page in process (query count, median time,
HTML weight) and under load (gunicorn + wrk at concurrency 16: requests per
second, 99th percentile latency, beside /healthz), and times the import of a
400-paragraph report. It writes docs/BENCHMARKS.md.

It deletes every report, item and update of the database it runs on, so it
refuses any database that is not its own (bench/guard.py)."""

from __future__ import annotations

import argparse
import datetime
import http.client
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache, caches
from django.db import connection, reset_queries, transaction
from django.db.models import Count
from django.middleware.csrf import CSRF_SECRET_LENGTH
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.crypto import get_random_string

from bench import BenchError, run
from bench.guard import claim_database
from bench.server import collectstatic, production_server, session_key_for
from decisions.intake.importing import report_import
from decisions.models import (
    ActionItem,
    Body,
    BodyKind,
    Decision,
    Report,
    Status,
    StatusUpdate,
)

IMPORT_PARAGRAPHS = 400
IMPORT_SYMBOL = "OIC/BENCH-IMPORT/REP"
PARAGRAPHS_PER_REPORT = 15
REQUEST_SHARE = 0.6
OWNERS_PER_REQUEST = (1, 2, 3, 3, 4)
UPDATES_PER_ITEM = (0, 1, 2, 3, 4, 5)
STATUS_WEIGHTS = {
    Status.NOT_STARTED: 30,
    Status.IN_PROGRESS: 35,
    Status.COMPLETED: 20,
    Status.STALLED: 10,
    Status.CANCELLED: 5,
}
# Why a page's time still grows with the data, where it does.
WHY = {
    "filtered list": "the count of matching items, shown above the list, reads them all",
    "body page": "the body's counts per status read its entries of an index; at 1,000 "
    "items it owns fewer than a page of them",
}
# Share of /healthz's requests per second each page should serve under load
# at the largest size (issue 13), and why a page that misses it does.
SHARE_TARGETS = {
    "dashboard": 0.30,
    "filtered list": 0.10,
    "item": 0.10,
    "body page": 0.10,
    "annotated report": 0.10,
}
SHARE_WHY = {
    "dashboard": "a request still reads the session, its user and the items' generation "
    "(one Redis round trip) and renders the layout and its 60 KB; /healthz runs one "
    "trivial query and no middleware",
    "item": "not cached: its forms carry the user's CSRF token and its workflow partials "
    "(submissions, letters, evidence, comments, public status) run five queries of their own",
}
# Share of the signed-in floor's requests per second (base.html around
# nothing, /floor) each page should serve at the largest size (issue 23), and
# the floor's own share of /healthz's.
FLOOR = "signed-in floor"
FLAT = 1.25  # each page's time at the largest size, at most this times the smallest's
FLOOR_TARGET = 0.40
FLOOR_SHARE_TARGETS = {
    "dashboard": 0.75,
    "filtered list": 0.50,
    "item": 0.50,
    "body page": 0.50,
    "annotated report": 0.50,
}
# docs/BENCHMARKS.md keeps what follows this line (the profile findings,
# written by hand) when the bench rewrites the tables above it.
KEEP_MARKER = "<!-- Written by hand below this line; make bench keeps it. -->"
LOREM = (
    "La Réunion a demandé aux États membres et aux institutions de l'OCI de fournir "
    "toute l'assistance nécessaire au développement socio-économique et de soumettre un "
    "rapport à la prochaine session."
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pages", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=15, help="in-process runs per page")
    parser.add_argument("--load-seconds", type=int, default=10)
    parser.add_argument("--output", default=str(settings.BASE_DIR / "docs" / "BENCHMARKS.md"))
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the data already seeded when it is of the size asked (the seed of "
        "100,000 items takes minutes); otherwise wipe and seed as usual",
    )
    args = parser.parse_args(argv)
    claim_database()  # before anything is read or written
    Bench().run(
        sizes=[int(s) for s in args.sizes.split(",")],
        repeat=args.repeat,
        load_seconds=args.load_seconds,
        output=Path(args.output),
        reuse=args.reuse,
    )


def _content(response) -> bytes:
    if hasattr(response, "streaming_content"):
        return b"".join(response.streaming_content)
    return response.content


def large_report_text(paragraphs: int) -> str:
    """A report of `paragraphs` numbered paragraphs: the shipped Mali report's
    title block under a symbol of its own, its paragraphs repeated."""
    source = next(Path(settings.BASE_DIR, "fixtures", "reports").glob("*.md"))
    head, _, rest = source.read_text(encoding="utf-8").partition("\n- i. ")
    texts = re.findall(r"^- [ivxlc]+\. (.+)$", "- i. " + rest, re.MULTILINE)
    symbol = re.search(r"\*\*(OIC/[^*]+)\*\*", head).group(1)
    body = "\n\n".join(f"{n}. {texts[(n - 1) % len(texts)]}" for n in range(1, paragraphs + 1))
    return head.replace(symbol, IMPORT_SYMBOL) + "\n" + body + "\n"


class Bench:
    def __init__(self) -> None:
        self.wrk = shutil.which("wrk")
        if not self.wrk:
            print("wrk not found: load figures are skipped (apt-get install wrk)", file=sys.stderr)

    def run(
        self, *, sizes: list[int], repeat: int, load_seconds: int, output: Path, reuse: bool = False
    ) -> None:
        if self.wrk:
            collectstatic()
        rows, imports = [], {}
        for size in sizes:
            started = time.monotonic()
            if reuse and self._seeded(size):
                print(f"== {size:,} items (data of this size kept)")
            else:
                self._generate(size)
                print(f"== {size:,} items (data made in {time.monotonic() - started:.0f}s)")
            rows.extend(self._measure(size, repeat, load_seconds))
            imports[size] = self._time_import()
        self._write(output, rows, imports)
        print(f"written {output}")

    # --- data -------------------------------------------------------------

    @staticmethod
    def _reports_for(n_items: int) -> int:
        return max(1, n_items // int(PARAGRAPHS_PER_REPORT * REQUEST_SHARE * 2.8))

    def _seeded(self, n_items: int) -> bool:
        """Whether the data of `n_items` made by _generate is there: the
        seed is deterministic, so its report and item counts identify it."""
        n_reports = Report.objects.filter(symbol__startswith="OIC/BENCH-").count()
        n = ActionItem.objects.count()
        return (
            n_reports == self._reports_for(n_items)
            and 0.9 * n_items <= n <= n_items
            and not Report.objects.filter(symbol=IMPORT_SYMBOL).exists()
            and get_user_model().objects.filter(username="bench").exists()
        )

    @transaction.atomic
    def _generate(self, n_items: int) -> None:
        rng = random.Random(n_items)  # noqa: S311 (synthetic data)
        StatusUpdate.objects.all().delete()
        ActionItem.objects.all().delete()
        Report.objects.all().delete()
        Body.objects.filter(slug__startswith="bench-").delete()
        # About 80 bodies: the registry plus the Member States named one by one.
        bodies = list(Body.objects.all())
        bodies += Body.objects.bulk_create(
            Body(
                slug=f"bench-state-{i}",
                name_en=f"Member State {i}",
                name_fr=f"État membre {i}",
                kind=BodyKind.MEMBER_STATES,
            )
            for i in range(80 - len(bodies))
        )
        user, _ = get_user_model().objects.get_or_create(
            username="bench", defaults={"is_superuser": True, "is_staff": True}
        )
        today = timezone.localdate()
        n_reports = self._reports_for(n_items)
        reports = Report.objects.bulk_create(
            Report(
                symbol=f"OIC/BENCH-{i}/REP",
                title=f"Report of meeting {i}",
                meeting="Contact Group",
                place="Jeddah",
                date=datetime.date(2010, 1, 1) + datetime.timedelta(days=i % 5000),
                language="fr",
                source_text="",
                source_sha256="0" * 64,
            )
            for i in range(n_reports)
        )
        decisions = Decision.objects.bulk_create(
            Decision(
                report=r,
                number=str(p),
                position=p,
                text=LOREM,
                kind="request" if rng.random() < REQUEST_SHARE else "statement",
            )
            for r in reports
            for p in range(1, PARAGRAPHS_PER_REPORT + 1)
        )
        requests = [d for d in decisions if d.kind == "request"]
        items = []
        statuses = list(STATUS_WEIGHTS)
        weights = list(STATUS_WEIGHTS.values())
        while len(items) < n_items:
            decision = requests[len(items) % len(requests)]
            for owner in rng.sample(bodies, rng.choice(OWNERS_PER_REQUEST)):
                due = today + datetime.timedelta(days=rng.randint(-400, 400))
                items.append(
                    ActionItem(
                        decision=decision,
                        owner=owner,
                        summary=LOREM,
                        status=rng.choices(statuses, weights)[0],
                        due_date=due if rng.random() < 0.5 else None,
                    )
                )
        # One owner once per paragraph.
        seen, unique = set(), []
        for item in items:
            key = (item.decision.pk, item.owner.pk)
            if key not in seen:
                seen.add(key)
                unique.append(item)
        items = ActionItem.objects.bulk_create(unique[:n_items], batch_size=5000)
        partners = ActionItem.partners.through
        partners.objects.bulk_create(
            (partners(actionitem_id=i.pk, body_id=rng.choice(bodies).pk) for i in items[::7]),
            batch_size=5000,
        )
        now = timezone.now()
        updates = []
        for item in items:
            for k in range(rng.choice(UPDATES_PER_ITEM)):
                updates.append(
                    StatusUpdate(
                        item=item,
                        author=user,
                        old_status=Status.NOT_STARTED,
                        new_status=item.status,
                        note=f"Update {k} on item {item.pk}",
                        created_at=now - datetime.timedelta(minutes=rng.randint(1, 10**6)),
                    )
                )
            if len(updates) > 20000:
                StatusUpdate.objects.bulk_create(updates, batch_size=5000)
                updates = []
        StatusUpdate.objects.bulk_create(updates, batch_size=5000)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    # --- measures ---------------------------------------------------------

    def _pages(self) -> list[tuple[str, str]]:
        # An item with the same history (three updates) at every size.
        item = (
            ActionItem.objects.annotate(n_updates=Count("updates"))
            .filter(n_updates=3)
            .order_by("pk")
            .first()
        )
        # The body with the most items, and a filter that fills the first
        # page at every size, so that sizes compare like with like.
        body = Body.objects.annotate(n=Count("action_items")).order_by("-n").first()
        report = Report.objects.order_by("pk").first()
        filtered = f"{reverse('decisions:item_list')}?status=in_progress"
        pages = [
            ("signed-in floor", reverse("floor")),
            ("dashboard", reverse("decisions:dashboard")),
            ("filtered list", filtered),
            ("item", item.get_absolute_url()),
            ("body page", body.get_absolute_url()),
            ("annotated report", report.get_absolute_url()),
        ]
        try:
            export = reverse("decisions:items_export_csv")
            pages.append(
                ("CSV export (filtered)", f"{export}?status=in_progress&owner={body.slug}")
            )
        except NoReverseMatch:
            pass
        return pages

    def _measure(self, size: int, repeat: int, load_seconds: int) -> list[dict]:
        user = get_user_model().objects.get(username="bench")
        client = Client(SERVER_NAME="localhost")
        client.force_login(user)
        rows = []
        for name, url in self._pages():
            reset_queries()  # a full log (9,000 entries) would count nothing new
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(url)
                body = _content(response)
            if response.status_code != 200:
                raise BenchError(f"{url} answered {response.status_code}")
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                _content(client.get(url))
                times.append((time.perf_counter() - t) * 1000)
            # The first request after a change (or on a new filter): the
            # cached content is missing and the page renders it.
            cold = []
            for _ in range(max(3, repeat // 3)):
                cache.clear()
                caches["pages"].clear()  # and this process's copies of the content
                t = time.perf_counter()
                _content(client.get(url))
                cold.append((time.perf_counter() - t) * 1000)
            rows.append(
                {
                    "size": size,
                    "page": name,
                    "url": url,
                    "queries": len(ctx),
                    "median_ms": statistics.median(times),
                    "cold_ms": statistics.median(cold),
                    "bytes": len(body),
                }
            )
            print(
                f"  {name:<22} {len(ctx):>3} queries  {rows[-1]['median_ms']:8.1f} ms"
                f"  (not cached {rows[-1]['cold_ms']:.1f} ms)  {len(body) / 1024:7.1f} KiB"
            )
        if self.wrk:
            self._load(size, rows, user, load_seconds)
        return rows

    def _time_import(self) -> dict:
        """Import a generated 400-paragraph report into the data of this size,
        then remove it: the time a secretary waits after uploading one."""
        text = large_report_text(IMPORT_PARAGRAPHS)
        Report.objects.filter(symbol=IMPORT_SYMBOL).delete()
        started = time.perf_counter()
        result = report_import(text=text, source_name="bench-import.md")
        seconds = time.perf_counter() - started
        report = Report.objects.get(symbol=IMPORT_SYMBOL)
        n_items = ActionItem.objects.filter(decision__report=report).count()
        report.delete()
        print(
            f"  import of {len(result.decisions)} paragraphs ({len(text) / 1024:.0f} KiB, "
            f"{n_items} items): {seconds:.2f} s"
        )
        return {
            "paragraphs": len(result.decisions),
            "kib": len(text) / 1024,
            "items": n_items,
            "seconds": seconds,
        }

    def _load(self, size: int, rows: list[dict], user, seconds: int) -> None:
        # The cookies a signed-in browser sends: the session's, and the CSRF
        # secret its first page set (without it, every request would mint a
        # new secret and send it back, as only a browser's first visit does).
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={session_key_for(user)}; "
            f"{settings.CSRF_COOKIE_NAME}={get_random_string(CSRF_SECRET_LENGTH)}"
        )
        with production_server(workers=2 * (os.cpu_count() or 1)) as port:
            # Every worker warmed on every page first (imports, templates,
            # connections): otherwise the first page measured, the floor, pays
            # the workers' start-up.
            for row in rows:
                if row["size"] == size:
                    self._wrk(port, row["url"], cookie, 1)
            health = self._wrk(port, "/healthz", "", seconds)
            for row in rows:
                if row["size"] == size:
                    row.update(self._wrk(port, row["url"], cookie, seconds))
                    row["healthz_rps"] = health["rps"]
                    print(
                        f"  {row['page']:<22} {row['rps']:8.1f} req/s  p99 {row['p99_ms']:.0f} ms"
                        f"  (healthz {health['rps']:.0f} req/s)"
                    )

    def _wrk(self, port: int, path: str, cookie: str, seconds: int) -> dict:
        # wrk counts a redirect to the login page as a success: check first.
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        status = conn.getresponse().status
        conn.close()
        if status != 200:
            raise BenchError(f"{path} answered {status} under gunicorn")
        cmd = [self.wrk, "-t2", "-c16", f"-d{seconds}s", "--latency", "--timeout", "30s"]
        if cookie:
            cmd += ["-H", f"Cookie: {cookie}"]
        out = subprocess.run(  # noqa: S603
            [*cmd, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
        ).stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
        scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        return {
            "rps": rps,
            "p99_ms": float(p99.group(1)) * scale,
            "errors": int(non2xx.group(1)) if non2xx else 0,
        }

    # --- report -----------------------------------------------------------

    def _write(self, path: Path, rows: list[dict], imports: dict[int, dict]) -> None:
        sizes = sorted({r["size"] for r in rows})
        pages = list(dict.fromkeys(r["page"] for r in rows))
        by = {(r["size"], r["page"]): r for r in rows}
        small, large = sizes[0], sizes[-1]
        lines = [
            "# Benchmarks",
            "",
            f"Made by `make bench` on {timezone.now():%Y-%m-%d} "
            f"({os.cpu_count()} cores, {connection.vendor}, Python {sys.version.split()[0]}).",
            f"Load average {os.getloadavg()[0]:.1f} when written: on a shared machine, "
            "compare sizes within one run, not runs.",
            "In process: Django's test client, median of repeated requests, query count of one.",
            "Under load: gunicorn with 2 x cores workers, wrk with 16 connections; "
            "`/healthz` measured in the same run.",
            "",
            "| page | " + " | ".join(f"{s:,} items" for s in sizes) + f" | {large:,} / {small:,} |",
            "|---|" + "---|" * (len(sizes) + 1),
        ]
        for page in pages:
            cells = []
            for s in sizes:
                r = by[(s, page)]
                cell = f"{r['queries']} q, {r['median_ms']:.1f} ms"
                if "rps" in r:
                    cell += f"; {r['rps']:.0f} req/s, p99 {r['p99_ms']:.0f} ms"
                    if r["errors"]:
                        cell += f", {r['errors']} errors"
                cells.append(cell)
            ratio = by[(large, page)]["median_ms"] / by[(small, page)]["median_ms"]
            lines.append(f"| {page} | " + " | ".join(cells) + f" | {ratio:.2f} x |")
        health = [by[(s, pages[0])].get("healthz_rps") for s in sizes]
        if all(health):
            lines.append("| /healthz | " + " | ".join(f"{h:.0f} req/s" for h in health) + " | |")
        lines += [
            "",
            "## Not cached",
            "",
            "The same pages in process with the cache emptied before each request: the",
            "first request after an update or import, or on a filter nobody asked for since.",
            "",
            "| page | " + " | ".join(f"{s:,} items" for s in sizes) + f" | {large:,} / {small:,} |",
            "|---|" + "---|" * (len(sizes) + 1),
        ]
        for page in pages:
            cells = [f"{by[(s, page)]['cold_ms']:.1f} ms" for s in sizes]
            ratio = by[(large, page)]["cold_ms"] / by[(small, page)]["cold_ms"]
            lines.append(f"| {page} | " + " | ".join(cells) + f" | {ratio:.2f} x |")
        lines += [
            "",
            "## Page weight",
            "",
            "The HTML (or CSV) each page sends, before compression.",
            "",
            "| page | " + " | ".join(f"{s:,} items" for s in sizes) + " |",
            "|---|" + "---|" * len(sizes),
        ]
        for page in pages:
            cells = [f"{by[(s, page)]['bytes'] / 1024:.1f} KiB" for s in sizes]
            lines.append(f"| {page} | " + " | ".join(cells) + " |")
        first = imports[sizes[0]]
        lines += [
            "",
            "## Importing a large report",
            "",
            f"`report_import` of a generated report of {first['paragraphs']} numbered "
            f"paragraphs ({first['kib']:.0f} KiB of text, {first['items']} action items), "
            "into the data of each size, then removed; one run, parsing and writing "
            "included.",
            "",
            "| | " + " | ".join(f"{s:,} items" for s in sizes) + " |",
            "|---|" + "---|" * len(sizes),
            "| import time | " + " | ".join(f"{imports[s]['seconds']:.2f} s" for s in sizes) + " |",
            "",
            "## Notes",
            "",
            "Pages: the dashboard, the item list, the body and report pages keep their content",
            "in the cache until the next update, import or day; the query count is that of the",
            "first request, not cached (a cached one runs none of its own on the dashboard and",
            "the list, with Redis: their key is the items' generation, read with the session;",
            "one on the body, report and item pages, their row with the items' stamp);",
            "the item list",
            "filtered by status (it fills its first page of 50 at every size); an item; the",
            "page of the body that owns the most items (50 per page); a report annotated",
            "paragraph by paragraph; the CSV export of one body's items in progress.",
            "The data: about 15 paragraphs a report, 60% of them requests, one to four",
            "owners a request, 80 bodies, up to five updates an item.",
            "",
            "## Targets",
            "",
        ]
        for page in pages:
            queries = {by[(s, page)]["queries"] for s in sizes}
            ratio = by[(large, page)]["median_ms"] / by[(small, page)]["median_ms"]
            verdict = "met" if len(queries) == 1 else f"missed: {sorted(queries)}"
            time_verdict = "met" if ratio <= FLAT else f"missed by {ratio / FLAT:.2f} x"
            if ratio > FLAT and page in WHY:
                time_verdict += f" ({WHY[page]})"
            if page.startswith("CSV"):
                time_verdict = "not a target (exports grow with the rows they write)"
            lines.append(
                f"- {page}: same query count at every size: {verdict}; "
                f"time at {large:,} within {FLAT} x of {small:,}: {time_verdict} ({ratio:.2f} x)"
            )
        for page, target in SHARE_TARGETS.items():
            row = by.get((large, page))
            if not row or "rps" not in row or not row.get("healthz_rps"):
                continue
            share = row["rps"] / row["healthz_rps"]
            verdict = "met" if share >= target else f"missed by {target / share:.1f} x"
            if share < target and page in SHARE_WHY:
                verdict += f" ({SHARE_WHY[page]})"
            lines.append(
                f"- {page} at {large:,} items serves {share:.1%} of /healthz's requests "
                f"per second (target {target:.0%}): {verdict}"
            )
        floor = by.get((large, FLOOR), {})
        if floor.get("rps") and floor.get("healthz_rps"):
            share = floor["rps"] / floor["healthz_rps"]
            verdict = "met" if share >= FLOOR_TARGET else f"missed by {FLOOR_TARGET / share:.1f} x"
            lines.append(
                f"- the signed-in floor at {large:,} items serves {share:.1%} of /healthz's "
                f"requests per second (target {FLOOR_TARGET:.0%}): {verdict}"
            )
            for page, target in FLOOR_SHARE_TARGETS.items():
                row = by.get((large, page))
                if not row or not row.get("rps"):
                    continue
                share = row["rps"] / floor["rps"]
                verdict = "met" if share >= target else f"missed by {target / share:.1f} x"
                lines.append(
                    f"- {page} at {large:,} items serves {share:.1%} of the floor's requests "
                    f"per second (target {target:.0%}): {verdict}"
                )
        kept = ""
        if path.exists():
            _, marker, kept = path.read_text(encoding="utf-8").partition(KEEP_MARKER)
            kept = marker + kept if marker else ""
        path.parent.mkdir(parents=True, exist_ok=True)
        text = "\n".join(lines) + "\n"
        path.write_text(text + ("\n" + kept if kept else ""), encoding="utf-8")


if __name__ == "__main__":
    run(main)
