"""The app served as in production on a free loopback port, and signed-in
sessions to drive it; shared by the bench scripts."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path

from django.conf import settings

from bench import BenchError


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def session_key_for(user) -> str:
    """A session signed in as `user`, stored where the servers will find it,
    as after a whole sign-in: the user holds a second factor (TOTP), which
    production requires of staff (MFA_REQUIRED_FOR), so their pages answer
    instead of sending them to enrol one."""
    from allauth.mfa.models import Authenticator

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        Authenticator.objects.create(
            user=user, type=Authenticator.Type.TOTP, data={"secret": "bench-not-a-secret"}
        )
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = settings.AUTHENTICATION_BACKENDS[-1]  # the one that reads users
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def server_env(**overrides: str) -> dict[str, str]:
    """The environment of a production server on plain-HTTP loopback."""
    return {
        **os.environ,
        "DEBUG": "0",
        # Sessions made by this process are signed with its key.
        "SECRET_KEY": settings.SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": "http://127.0.0.1",
        # Clients connect to gunicorn directly: no proxy to trust.
        "TRUSTED_PROXY_COUNT": "0",
        "PASSWORD_RESET_ENABLED": "0",
        "DATABASE_URL": os.environ.get("DATABASE_URL", ""),
        "SECURE_SSL_REDIRECT": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "DATABASE_CONN_MAX_AGE": "60",
        **overrides,
    }


def collectstatic() -> None:
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=server_env(),
        check=True,
        cwd=settings.BASE_DIR,
    )


@contextmanager
def production_server(*, workers: int, **env: str) -> Iterator[int]:
    """gunicorn with DEBUG off on 127.0.0.1 (plain HTTP, so no HTTPS redirect
    or secure cookies), on the same database; `env` overrides variables
    (DATABASE_CONN_MAX_AGE, REDIS_URL). Yields its port."""
    port = free_port()
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    server = subprocess.Popen(  # noqa: S603
        [gunicorn, "tracker.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
        env=server_env(**env),
        cwd=settings.BASE_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/healthz")
                conn.getresponse().read()
                conn.close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise BenchError("gunicorn did not start") from None
                time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)
