"""Fixtures shared by the suite; the make_* helpers are in tests/factory.py."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache, caches
from hypothesis import settings as hypothesis_settings

from tests.factory import make_user

# No time limit per generated example: the suite runs in parallel workers on a
# machine that may be busy, and a slow example is not a wrong one (most of the
# property tests already said deadline=None).
hypothesis_settings.register_profile("suite", deadline=None)
hypothesis_settings.load_profile("suite")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with empty caches (the dashboard's content, the menu)."""
    cache.clear()
    caches["nav"].clear()
    caches["pages"].clear()


@pytest.fixture
def editor(db) -> User:
    return make_user("editor", groups=("editors",))


@pytest.fixture
def viewer(db) -> User:
    return make_user("viewer", groups=("viewers",))


@pytest.fixture
def admin_user(db) -> User:
    return User.objects.create_superuser("boss", password="secret-pass-123")


@pytest.fixture
def builds(monkeypatch) -> list:
    """Each build of a follow-up document, counted (a cached file is not built
    again)."""
    from decisions.reporting import followup, followup_files

    calls = []
    build = followup.followup_build

    def counting(*args, **kwargs):
        calls.append(args)
        return build(*args, **kwargs)

    monkeypatch.setattr(followup_files, "followup_build", counting)
    return calls
