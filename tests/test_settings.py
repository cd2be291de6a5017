"""Production settings: refused when incomplete, clean under `check --deploy`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "x7Vq2-long-random-production-key-9f8e7d6c5b4a3210zyxwvu-tsrqponm",
    "ALLOWED_HOSTS": "tracker.example.org",
    "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
    "SITE_URL": "https://tracker.example.org",
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # Not the test suite's settings module nor its DEBUG=1 (tests/settings.py).
    unset = {*PRODUCTION, "DJANGO_SETTINGS_MODULE", "PASSWORD_RESET_ENABLED"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_with_production_settings_prints_no_warning():
    result = manage("check", "--deploy", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment when DEBUG is off" in result.stderr


def test_production_refuses_to_start_without_hosts_database_and_site_address():
    env = {"DEBUG": "0", "SECRET_KEY": PRODUCTION["SECRET_KEY"]}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS, DATABASE_URL and SITE_URL must be set" in result.stderr


def test_production_refuses_to_start_without_the_site_address():
    env = {k: v for k, v in PRODUCTION.items() if k != "SITE_URL"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "SITE_URL must be set in the environment when DEBUG is off" in result.stderr


def test_debug_is_off_unless_the_environment_turns_it_on():
    result = manage("check")  # no DEBUG, no SECRET_KEY
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment when DEBUG is off" in result.stderr
    shell = "from django.conf import settings; print(settings.DEBUG)"
    assert manage("shell", "-c", shell, DEBUG="1").stdout.splitlines()[-1] == "True"
    assert manage("shell", "-c", shell, **PRODUCTION).stdout.splitlines()[-1] == "False"


def test_production_refuses_to_print_reset_links_to_the_log():
    env = {k: v for k, v in PRODUCTION.items() if k != "EMAIL_BACKEND"}  # console by default
    result = manage("check", **env)
    assert result.returncode != 0
    assert "EMAIL_BACKEND is the console backend" in result.stderr
    assert "PASSWORD_RESET_ENABLED=0" in result.stderr


def test_production_starts_with_the_console_backend_when_reset_is_off():
    env = {k: v for k, v in PRODUCTION.items() if k != "EMAIL_BACKEND"}
    result = manage("check", PASSWORD_RESET_ENABLED="0", **env)
    assert result.returncode == 0, result.stderr
