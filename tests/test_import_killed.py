"""An import killed halfway (SIGKILL, no chance to clean up) leaves the
database exactly as it was."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from decisions.models import ActionItem, Body, Decision, Report
from tests.factory import MALI_REPORT

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import os, sys, time
import django

os.environ["DJANGO_SETTINGS_MODULE"] = "tracker.settings"
django.setup()
from django.core.management import call_command
from decisions.intake import importing

real, calls = importing._body_for, 0

def slow(ref, result):
    # Halfway through the writes: say so, then wait to be killed.
    global calls
    calls += 1
    if calls == 6:
        open(sys.argv[2], "w").close()
        time.sleep(120)
    return real(ref, result)

importing._body_for = slow
call_command("import_report", sys.argv[1])
"""


def database_url() -> str:
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    user = s["USER"] or "postgres"
    return f"postgres://{user}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def state() -> tuple:
    return (
        Report.objects.count(),
        Decision.objects.count(),
        ActionItem.objects.count(),
        sorted(Body.objects.values_list("slug", "registered")),
    )


@pytest.mark.django_db(transaction=True)
def test_an_import_killed_halfway_leaves_the_database_as_before(tmp_path):
    before = state()
    flag = tmp_path / "halfway"
    script = tmp_path / "import_then_hang.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "DATABASE_URL": database_url(), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, str(script), str(MALI_REPORT), str(flag)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not flag.exists():
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the import never got halfway"
            time.sleep(0.1)
    finally:
        process.kill()
        process.wait(timeout=30)
    connection.close()  # see the database afresh, as another process would
    assert state() == before
    # And the next import goes through whole.
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    assert Decision.objects.count() == 14
