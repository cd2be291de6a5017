"""No GET changes anything: every URL of the security matrix, asked with GET
by every kind of user, writes no row, so a link, an image or a prefetch on
another site cannot act for a signed-in visitor (CSRF protects POST only).

What a GET may write is named below, each with why: data derived from what
is there (rebuilt by the first reader), the upkeep of a job whose worker
died, the session of a sign-in under way. A new view that writes on GET
fails `test_no_get_writes_a_row`, and the detector is checked on a write
of its own (`test_the_detector_sees_a_write`)."""

from __future__ import annotations

import re
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from decisions.models import Watch
from tests.factory import make_body, make_user
from tests.test_security_matrix import EXPECTED, USERS, _world, world  # noqa: F401, F811

pytestmark = [pytest.mark.django_db, pytest.mark.one_engine]

WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+["`]?(\w+)', re.I)

# (statement, table) a GET may run, and why.
ALLOWED = {
    # The trend chart's counts by day: rebuilt by the first reader after a
    # change (decisions.models.trend_days), the same for every reader.
    ("INSERT", "decisions_trendday"),
    ("DELETE", "decisions_trendday"),
    ("INSERT", "decisions_trendstate"),
    ("UPDATE", "decisions_trendstate"),
    # A job whose worker died is failed by whoever looks at it first
    # (decisions.jobs.services.job_expire): its state, never its input.
    ("UPDATE", "decisions_job"),
    # The IdP's response kept in the session for saml_finish_acs.
    ("INSERT", "django_session"),
    ("UPDATE", "django_session"),
}


@contextmanager
def writes():
    """The (statement, table) of every write run inside the block."""
    seen: list[tuple[str, str]] = []

    def wrapper(execute, sql, params, many, context):
        found = WRITE.match(sql)
        if found:
            seen.append((found.group(1).split()[0].upper(), found.group(2).lower()))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        yield seen


def test_the_detector_sees_a_write():
    user, body = make_user("safe-watch", groups=("viewers",)), make_body("safe-body")
    with writes() as seen:
        Watch.objects.create(user=user, body=body)
        Watch.objects.filter(user=user).update(body=body)
        Watch.objects.filter(user=user).delete()
    table = Watch._meta.db_table
    assert {("INSERT", table), ("UPDATE", table), ("DELETE", table)} <= set(seen)
    assert not set(seen) <= ALLOWED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_get_writes_a_row(world, name):  # noqa: F811 (the fixture)
    url = reverse(name, kwargs=world["kwargs"].get(name))
    found = set()
    for kind in USERS:
        client = Client()
        if kind != "anonymous":
            client.force_login(world["users"][kind])
        for method in ("get", "head"):
            with writes() as seen:
                getattr(client, method)(url)
            found |= {(kind, method, *write) for write in seen if write not in ALLOWED}
    assert not found, f"GET {url} writes: {sorted(found)}"
