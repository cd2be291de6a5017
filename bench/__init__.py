"""Benchmarks and load tests, outside the app; never shipped as commands.

    python -m bench.pages       page weights, queries and times (make bench)
    python -m bench.profile_pages   CPU time per request of the signed-in pages, profiled
    python -m bench.loadtest    reads and updates under load (make loadtest)
    python -m bench.scaletest   two app servers on one database and Redis (make scaletest)

Each runs on a database of its own (DATABASE_URL) and refuses any other: see
bench/guard.py. Importing this package sets Django up with tracker.settings,
so that every script is a plain `python -m` and its imports can name models."""

from __future__ import annotations

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
django.setup()


class BenchError(Exception):
    """A refusal or a failed check: printed as one line, exit status 1."""


def run(main) -> None:
    """Run a script's main(), turning BenchError into one line and exit 1."""
    import sys

    try:
        main()
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
