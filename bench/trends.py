"""Benchmark the trend (decisions/models/trends.py) and what reads it: `make
bench` runs it after bench.pages, or `python -m bench.trends --sizes 10000`.

For each size it seeds the data bench.pages seeds (unless it is there
already), then times, median of repeated runs: the trend of every item
(internal and public), of the busiest body, of one report, a page as of a
date, and "since the last meeting" of the follow-up report. It writes (or
replaces) the "Trends" section of docs/BENCHMARKS.md.

Like bench.pages it wipes the database it runs on, so it refuses any that is
not its own (bench/guard.py)."""

from __future__ import annotations

import argparse
import datetime
import os
import random
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.db import connection, reset_queries
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench import run
from bench.guard import claim_database
from bench.pages import Bench
from decisions.models import ActionItem, Body, Report, Status, StatusUpdate
from decisions.models.trends import status_trend, trend_days_fresh, trend_days_rebuild
from decisions.reporting.followup_since import since_last_meeting

HEADING = "## Trends"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.trends", description=__doc__)
    parser.add_argument("--sizes", default="10000")
    parser.add_argument(
        "--history",
        type=int,
        default=0,
        help="top the history up to this many rows (changes chained item by item)",
    )
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--output", default=str(settings.BASE_DIR / "docs" / "BENCHMARKS.md"))
    parser.add_argument(
        "--since",
        action="store_true",
        help='time only "since the last meeting" and its parts (the chart, the lists); '
        "prints, writes nothing",
    )
    args = parser.parse_args(argv)
    claim_database()  # before anything is read or written
    rows = {}
    for size in (int(s) for s in args.sizes.split(",")):
        bench = Bench()
        if not bench._seeded(size):
            started = time.monotonic()
            bench._generate(size)
            print(f"== {size:,} items (data made in {time.monotonic() - started:.0f}s)")
        if args.history:
            started = time.monotonic()
            added = history_top_up(args.history)
            print(f"   {added:,} history rows added in {time.monotonic() - started:.0f}s")
        if args.since:
            for name, (queries, ms) in measure_since(args.repeat).items():
                print(f"   {name}: {queries} q, {ms:.1f} ms")
            continue
        rows[size] = measure(args.repeat)
    if args.since:
        return
    write(Path(args.output), rows)
    print(f"written {args.output}")


def history_top_up(total: int) -> int:
    """Add history until it holds `total` rows: for items taken in turn,
    a chain of status changes from the day the item was asked to today,
    ending in its status today, as the app records them (each row's old
    status the new one of the row before). Returns the rows added."""
    have = StatusUpdate.objects.count()
    if have >= total:
        return 0
    rng = random.Random(total)  # noqa: S311 (synthetic data)
    user = _bench_user()
    now = timezone.now()
    statuses = list(Status.values)
    items = list(
        ActionItem.objects.order_by("pk").values_list("pk", "status", "decision__report__date")
    )
    added, batch, at = 0, [], 0
    while have + added < total:
        pk, status, asked = items[at % len(items)]
        at += 1
        start = timezone.make_aware(datetime.datetime.combine(asked, datetime.time(12)))
        span = max(int((now - start).total_seconds()), 60)
        k = min(rng.randint(5, 15), total - have - added)
        times = sorted(start + datetime.timedelta(seconds=rng.randrange(span)) for _ in range(k))
        chain = [rng.choice(statuses) for _ in range(k)] + [status]
        old = chain[0]
        for when, new in zip(times, chain[1:], strict=True):
            batch.append(
                StatusUpdate(
                    item_id=pk, author=user, old_status=old, new_status=new,
                    note="", created_at=when,
                )
            )  # fmt: skip
            old = new
        added += k
        if len(batch) >= 20000:
            StatusUpdate.objects.bulk_create(batch, batch_size=5000)
            batch = []
    StatusUpdate.objects.bulk_create(batch, batch_size=5000)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return added


LIMIT_SECONDS = 60


def bounded(repeat: int, work) -> tuple[int, float | None]:
    """`timed`, each query stopped after LIMIT_SECONDS on PostgreSQL (the
    pages that list items as of a date read each item's status then with a
    subquery over the history: at 1,000,000 rows they take minutes); None
    when stopped."""
    from django.db import OperationalError

    if connection.vendor != "postgresql":
        return timed(repeat, work)
    with connection.cursor() as cursor:
        cursor.execute(f"SET statement_timeout = {LIMIT_SECONDS * 1000}")
    try:
        return timed(repeat, work)
    except OperationalError:
        return (0, None)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET statement_timeout = 0")


def timed(repeat: int, work) -> tuple[int, float | None]:
    """(queries of one run, median milliseconds)."""
    reset_queries()  # a full log would count nothing new
    with CaptureQueriesContext(connection) as queries:
        work()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return len(queries), statistics.median(times)


def measure(repeat: int) -> dict[str, tuple[int, float]]:
    today = timezone.localdate()
    items = ActionItem.objects.all()
    busiest = Body.objects.annotate(n=Count("action_items")).order_by("-n").first()
    report = Report.objects.annotate(n=Count("decisions__action_items")).order_by("-n").first()
    client = Client(SERVER_NAME="localhost")
    client.force_login(_bench_user())
    as_of = (today - datetime.timedelta(days=365)).isoformat()

    def page(url: str, params: dict):
        def get():
            cache.clear()
            caches["pages"].clear()  # and this process's copies of the content
            assert client.get(url, params).status_code == 200

        return get

    print(f"   {items.count():,} items, {StatusUpdate.objects.count():,} history rows")
    without = timed(repeat, without_trend(page("/", {})))
    history_path = ActionItem.objects.filter(pk__gt=0)  # filtered: read from the history
    trend_days_fresh()

    def dashboard_warm():
        assert client.get("/").status_code == 200

    dashboard_warm()
    return {
        "trend, every item (table aggregated by day, up to date)": timed(
            repeat, lambda: status_trend(items, today)
        ),
        "trend, every item, from the history (three grouped queries)": timed(
            repeat, lambda: status_trend(history_path, today)
        ),
        "table aggregated by day, rebuilt (after an import or a merge)": timed(
            repeat, trend_days_rebuild
        ),
        "dashboard, from the cache (warm)": timed(repeat, dashboard_warm),
        "trend, every item (public)": timed(
            repeat, lambda: status_trend(items, today, public=True)
        ),
        f"trend, busiest body ({busiest.n:,} items)": timed(
            repeat, lambda: status_trend(items.filter(owner=busiest), today)
        ),
        "trend, one report": timed(
            repeat, lambda: status_trend(items.filter(decision__report=report), today)
        ),
        "dashboard, not cached": timed(repeat, page("/", {})),
        "dashboard, not cached, its trend left out": without,
        "dashboard as of a year ago": bounded(repeat, page("/", {"as_of": as_of})),
        "since the last meeting": bounded(repeat, lambda: since_last_meeting(report, today)),
    }


def measure_since(repeat: int) -> dict[str, tuple[int, float]]:
    """ "Since the last meeting" of the busiest report, whole and in parts:
    the series' chart, the lists (the rest)."""
    from decisions.reporting.followup_since import series_items

    today = timezone.localdate()
    report = Report.objects.annotate(n=Count("decisions__action_items")).order_by("-n").first()
    print(f"   {StatusUpdate.objects.count():,} history rows; series of {report}")
    return {
        "since the last meeting": timed(repeat, lambda: since_last_meeting(report, today)),
        "its chart, from the table aggregated by day": timed(
            repeat, lambda: status_trend(series_items(report), today, series=report.meeting)
        ),
        "its chart, from the history (as before)": timed(
            repeat, lambda: status_trend(series_items(report), today)
        ),
    }


def without_trend(work):
    """`work` with the dashboard's trend replaced by an empty one: what the
    trend costs the page, measured in the same run."""
    from decisions.charts import trend_chart
    from decisions.models.trends import Trend
    from decisions.progress import views

    def run_without():
        real = views.lazy_trend_chart
        views.lazy_trend_chart = lambda items, until, public=False: trend_chart(
            Trend(step="month", until=until)
        )
        try:
            work()
        finally:
            views.lazy_trend_chart = real

    return run_without


def _bench_user():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="bench")


def write(path: Path, rows: dict[int, dict]) -> None:
    sizes = list(rows)
    names = list(rows[sizes[0]])
    lines = [
        HEADING,
        "",
        f"Made by `python -m bench.trends` (run by `make bench`) on {timezone.localdate()} "
        f"({connection.vendor}, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f} when written). In process, median of repeated runs, "
        "queries of one run. "
        "The trend of every item (the dashboard's, the editors' home) is read from a table "
        "aggregated by day (decisions/models/trend_days.py): its rows, and three aggregates "
        "that say it is up to date; each status update moves it, and its first reader after "
        "an import, a merge or a deletion rebuilds it (the row 'rebuilt'). A body's, a "
        "report's or a theme's trend is three grouped queries over the history whatever the "
        "size (one for the public, which reads no history); the row 'from the history' is "
        "what every item's would cost that way. The pages are measured with the cache "
        "emptied before each request (the dashboard keeps its content, trend included, "
        "in the cache until the next update, import or day). The seed puts every report "
        'in one meeting series ("Contact Group"), a day apart: "since the last meeting" '
        "then spans years and lists most requests, far more than a real series does.",
        "",
        "| measure | " + " | ".join(f"{s:,} items" for s in sizes) + " |",
        "|---|" + "---|" * len(sizes),
    ]
    for name in names:
        cells = [
            f"{rows[s][name][0]} q, {rows[s][name][1]:.1f} ms"
            if rows[s][name][1] is not None
            else f"over {LIMIT_SECONDS} s (stopped)"
            for s in sizes
        ]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    section = "\n".join(lines) + "\n"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if HEADING in text:
        start = text.index(HEADING)
        rest = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[rest + 1 :] if rest != -1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    run(main)
