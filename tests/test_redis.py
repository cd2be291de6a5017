"""With REDIS_URL set, one cache (Redis) is shared by every process: what one
app server puts there, sessions included, another reads. These tests use a
real Redis (TEST_REDIS_URL, default database 5 of 127.0.0.1:6379, the next
ones for further pytest-xdist workers) and fresh Python processes as the other
servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import cache
from django.test import override_settings

# One database per pytest-xdist worker (gw0 -> 5, gw1 -> 6, ...; 16 in all).
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
REDIS_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{5 + WORKER % 11}")


def run_django(code: str, *, redis_url: str | None, tmp_path) -> str:
    """Run `code` in a fresh process after django.setup(); its stdout."""
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    env["DJANGO_SETTINGS_MODULE"] = "tracker.settings"
    # A database without the test's rows: what the process reads, it reads from Redis.
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'other-server.sqlite3'}"
    if redis_url:
        env["REDIS_URL"] = redis_url
    script = "import django, json\ndjango.setup()\n" + code
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


SHOW_SETTINGS = (
    "from django.conf import settings\n"
    "print(json.dumps({'CACHES': settings.CACHES, 'SESSION_ENGINE': settings.SESSION_ENGINE}))"
)


@pytest.fixture(scope="module")
def redis_settings(tmp_path_factory) -> dict:
    """CACHES and SESSION_ENGINE as tracker/settings.py makes them with REDIS_URL."""
    out = run_django(SHOW_SETTINGS, redis_url=REDIS_URL, tmp_path=tmp_path_factory.mktemp("s"))
    return json.loads(out)


@pytest.fixture
def shared_cache(redis_settings):
    with override_settings(**redis_settings):
        yield cache


def test_with_redis_url_the_cache_is_redis_and_sessions_are_cached_db(redis_settings):
    default = redis_settings["CACHES"]["default"]
    # Django's Redis cache, with its client object kept (tracker/redis_cache.py).
    assert default["BACKEND"] == "tracker.redis_cache.SharedClientRedisCache"
    assert default["LOCATION"] == REDIS_URL
    # cached_db's sessions, reading the session's user in the same round trip.
    assert redis_settings["SESSION_ENGINE"] == "decisions.accounts.session_user"
    engine = import_module(redis_settings["SESSION_ENGINE"])
    assert issubclass(engine.SessionStore, SessionStore)


def test_without_redis_url_each_process_keeps_its_memory_cache_and_db_sessions(tmp_path):
    found = json.loads(run_django(SHOW_SETTINGS, redis_url=None, tmp_path=tmp_path))
    assert found["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert found["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"


def test_the_redis_cache_builds_one_client_object_not_one_per_call(shared_cache):
    from django.core.cache import caches

    from tracker.redis_cache import SharedClientRedisCache

    backend = caches["default"]
    assert isinstance(backend, SharedClientRedisCache)
    key = f"test-redis-{uuid.uuid4()}"
    backend.set(key, 1)
    client = backend._cache.get_client(key)
    assert backend.get(key) == 1
    assert backend._cache.get_client(key, write=True) is client
    backend.delete(key)


def test_the_redis_cache_reads_back_what_it_wrote_and_takes_any_key(shared_cache):
    """Values are told apart by their first byte (tracker/redis_cache.py),
    and keys go unchecked: what memcached would refuse warns of nothing."""
    import pickle
    import warnings

    from django.core.cache import caches

    backend = caches["default"]
    values = [0, -7, 2**70, True, "12", b"\x80", 1.5, None, {"a": [1, "b"]}, ("x",)]
    base = f"test-redis-{uuid.uuid4()}"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for i, value in enumerate(values):
            key = f"{base} {i} " + "k" * 260
            backend.set(key, value, 60)
            assert backend.get(key, "missing") == value
            assert type(backend.get(key, "missing")) is type(value)
        found = backend.get_many([f"{base} {i} " + "k" * 260 for i in range(len(values))])
        assert list(found.values()) == values
        backend.delete_many([f"{base} {i} " + "k" * 260 for i in range(len(values))])
    # A pickle of an older protocol (no PROTO opcode) still reads.
    serializer = backend._cache._serializer
    assert serializer.loads(pickle.dumps({"old": 1}, protocol=0)) == {"old": 1}
    assert serializer.loads(b"42") == 42


def test_a_value_set_by_one_process_is_seen_by_another(shared_cache, tmp_path):
    key, value = f"test-redis-{uuid.uuid4()}", str(uuid.uuid4())
    shared_cache.set(key, value, 60)
    try:
        read = f"from django.core.cache import cache\nprint(cache.get({key!r}))"
        assert run_django(read, redis_url=REDIS_URL, tmp_path=tmp_path) == value
    finally:
        shared_cache.delete(key)


LOAD_SESSION = (
    "from django.contrib.sessions.backends.cached_db import SessionStore\n"
    "print(json.dumps(SessionStore(session_key={key!r}).load()))"
)


@pytest.mark.django_db
def test_a_session_made_on_one_server_is_read_by_a_fresh_process(shared_cache, tmp_path):
    session = SessionStore()
    session["_auth_user_id"] = "42"
    session.create()
    try:
        read = LOAD_SESSION.format(key=session.session_key)
        found = json.loads(run_django(read, redis_url=REDIS_URL, tmp_path=tmp_path))
        assert found == {"_auth_user_id": "42"}
    finally:
        session.delete()


@pytest.mark.django_db
def test_a_logout_on_one_server_ends_the_session_on_another(shared_cache, tmp_path):
    session = SessionStore()
    session["_auth_user_id"] = "42"
    session.create()
    session.delete()  # what logout does
    read = (
        "from django.core.cache import cache\n"
        "from django.contrib.sessions.backends.cached_db import SessionStore\n"
        f"print(cache.get(SessionStore(session_key={session.session_key!r}).cache_key))"
    )
    assert run_django(read, redis_url=REDIS_URL, tmp_path=tmp_path) == "None"
