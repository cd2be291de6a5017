"""CPU time per request of the signed-in pages, in process, as production
serves them (DEBUG off, the cached template loader, hashed static files,
Redis when REDIS_URL is set): `python -m bench.profile_pages`.

Set DEBUG=0 and the production variables (SECRET_KEY, ALLOWED_HOSTS, SITE_URL,
TRUSTED_PROXY_COUNT) in the environment, and run collectstatic first; the
command line in docs/BENCHMARKS.md's notes does. It seeds nothing: run it on
a database bench.pages filled (it reads the pages bench.pages measures).

For each page it prints the CPU time (time.process_time, so other processes
on the machine count little) per request over --repeat requests, and with
--profile NAME the cProfile of that page's requests, sorted by cumulative
time. The user is the bench's staff user with a second factor, signed in by
a session made as bench.server.session_key_for makes it."""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from bench import BenchError, run
from bench.guard import has_marker
from bench.pages import Bench
from bench.server import session_key_for


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_pages", description=__doc__)
    parser.add_argument("--repeat", type=int, default=300)
    parser.add_argument("--pages", default="", help="comma-separated page names (default: all)")
    parser.add_argument("--profile", default="", help="a page name to profile with cProfile")
    parser.add_argument("--lines", type=int, default=45, help="lines of the profile to print")
    args = parser.parse_args(argv)
    if not has_marker():
        raise BenchError("not a bench database (bench/guard.py): fill one with bench.pages")
    user = get_user_model().objects.get(username="bench")
    client = Client(SERVER_NAME="127.0.0.1")
    client.cookies[settings.SESSION_COOKIE_NAME] = session_key_for(user)
    wanted = {p.strip() for p in args.pages.split(",") if p.strip()}
    pages = [(n, u) for n, u in Bench._pages(None) if not wanted or n in wanted]
    pages = [(n, u) for n, u in pages if not n.startswith("CSV")]
    if not wanted or "healthz" in wanted:
        pages.insert(0, ("healthz", "/healthz"))
    for name, url in pages:
        for _ in range(3):  # warm: caches filled, templates loaded
            response = client.get(url)
        if response.status_code != 200:
            raise BenchError(f"{url} answered {response.status_code}")
        queries, cache_calls = _counts(client, url)
        # CPU time, as the figures: on a shared machine wall time counts the waits.
        profiler = cProfile.Profile(time.process_time) if name == args.profile else None
        started = time.process_time()
        if profiler:
            profiler.enable()
        for _ in range(args.repeat):
            client.get(url)
        if profiler:
            profiler.disable()
        cpu = (time.process_time() - started) * 1000 / args.repeat
        print(
            f"{name:<20} {cpu:7.2f} ms CPU/request  {queries:>2} queries  "
            f"{cache_calls:>2} cache calls  {url}"
        )
        if profiler:
            stats = pstats.Stats(profiler).strip_dirs().sort_stats("cumulative")
            stats.print_stats(args.lines)
            stats.sort_stats("tottime").print_stats(args.lines)


def _counts(client: Client, url: str) -> tuple[int, int]:
    """The queries one request runs, and its calls to the Redis cache (each
    a round trip); CaptureQueriesContext sees no query with DEBUG off."""
    queries: list[str] = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    calls = 0
    try:
        from redis import Redis
    except ImportError:  # no Redis client: no round trips to count
        Redis = None  # noqa: N806
    if Redis is not None:
        original = Redis.execute_command

        def counted(self, *args, **kwargs):
            nonlocal calls
            calls += 1
            return original(self, *args, **kwargs)

        Redis.execute_command = counted
    try:
        with connection.execute_wrapper(count):
            client.get(url)
    finally:
        if Redis is not None:
            Redis.execute_command = original
    return len(queries), calls


if __name__ == "__main__":
    run(main)
