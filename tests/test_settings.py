"""Production settings: refused when incomplete, clean under `check --deploy`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.checks import is_local_bind

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "x7Vq2-long-random-production-key-9f8e7d6c5b4a3210zyxwvu-tsrqponm",
    "ALLOWED_HOSTS": "tracker.example.org",
    "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
    "SITE_URL": "https://tracker.example.org",
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    # One proxy on this machine in front of gunicorn on loopback.
    "TRUSTED_PROXY_COUNT": "1",
    "BIND": "127.0.0.1:8000",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # Not the test suite's settings module nor its DEBUG=1 (tests/settings.py).
    unset = {*PRODUCTION, "DJANGO_SETTINGS_MODULE", "PASSWORD_RESET_ENABLED"}
    unset |= {"BEHIND_TLS_PROXY", "SILENCED_SYSTEM_CHECKS"}
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
    assert (
        "ALLOWED_HOSTS, DATABASE_URL, SITE_URL and TRUSTED_PROXY_COUNT must be set" in result.stderr
    )


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


# --- The proxy setting (issue 17, finding 13) --------------------------------------


def test_production_refuses_to_start_without_the_number_of_trusted_proxies():
    env = {k: v for k, v in PRODUCTION.items() if k != "TRUSTED_PROXY_COUNT"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "TRUSTED_PROXY_COUNT must be set in the environment when DEBUG is off" in result.stderr


def test_check_deploy_warns_when_forwarded_addresses_are_trusted_on_a_public_address():
    result = manage("check", "--deploy", **(PRODUCTION | {"BIND": "0.0.0.0:8000"}))
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert "(tracker.W001) TRUSTED_PROXY_COUNT=1 trusts X-Forwarded-For" in output
    assert "0.0.0.0:8000" in output


def test_check_deploy_warns_when_no_proxy_is_trusted_behind_a_proxy():
    result = manage("check", "--deploy", **(PRODUCTION | {"TRUSTED_PROXY_COUNT": "0"}))
    assert result.returncode == 0, result.stderr
    assert "(tracker.W002) TRUSTED_PROXY_COUNT=0 behind a proxy" in result.stdout + result.stderr


def test_the_public_address_warning_can_be_silenced_once_a_firewall_guards_it():
    env = PRODUCTION | {"BIND": "10.0.0.5:8000", "SILENCED_SYSTEM_CHECKS": "tracker.W001"}
    result = manage("check", "--deploy", **env)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("bind", "local"),
    [
        ("127.0.0.1:8000", True),
        ("localhost:8000", True),
        ("[::1]:8000", True),
        ("127.0.0.1", True),
        ("unix:/run/tracker.sock", True),
        ("0.0.0.0:8000", False),
        (":8000", False),
        ("[::]:8000", False),
        ("10.0.0.5:8000", False),
        ("tracker.example.org:8000", False),
    ],
)
def test_a_bind_address_is_local_only_on_loopback_or_a_socket(bind, local):
    assert is_local_bind(bind) is local


@pytest.mark.skipif((ROOT / ".env").exists(), reason="a .env here would set the variables")
@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_serve_refuses_to_start_without_the_number_of_trusted_proxies():
    env = {k: v for k, v in PRODUCTION.items() if k not in ("TRUSTED_PROXY_COUNT", "BIND")}
    clean = {k: v for k, v in os.environ.items() if k not in {*PRODUCTION, "DEBUG"}}
    # -o setup: the virtualenv is taken as it is, nothing is installed.
    result = subprocess.run(
        ["make", "-o", "setup", "serve"],
        cwd=ROOT,
        env={**clean, **env, "DJANGO_SETTINGS_MODULE": "tracker.settings"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "serving on 127.0.0.1:8000; X-Forwarded-For: unset trusted proxies" in result.stdout
    assert "TRUSTED_PROXY_COUNT must be set" in result.stderr


@pytest.mark.parametrize(("value", "expected"), [(None, "False"), ("1", "True"), ("0", "False")])
def test_connection_health_checks_are_off_unless_asked(value, expected):
    # Each request that queries would pay a round trip ("SELECT 1") to check
    # a kept connection; a broken one is dropped at the request's end anyway.
    env = {"DEBUG": "1"}
    if value is not None:
        env["DATABASE_CONN_HEALTH_CHECKS"] = value
    code = (
        "from django.conf import settings; "
        "print(settings.DATABASES['default']['CONN_HEALTH_CHECKS'])"
    )
    result = manage("shell", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected
