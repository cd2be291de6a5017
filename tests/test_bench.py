"""The bench scripts (bench/) wipe the database they run on: they must refuse
any database that holds data but not their marker, whatever they are asked."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import connection

import bench
from bench.guard import MARKER_TABLE, claim_database, has_marker
from decisions.models import Report
from tests.factory import make_item, make_report, make_user

pytestmark = pytest.mark.django_db


def test_it_refuses_a_database_with_one_report_and_no_marker():
    make_report("OIC/KEEP/REP")
    with pytest.raises(bench.BenchError, match="refusing to run on database"):
        claim_database()
    assert Report.objects.filter(symbol="OIC/KEEP/REP").exists()
    assert not has_marker()


@pytest.mark.parametrize("make", [make_user, make_item], ids=["a user", "an item"])
def test_it_refuses_a_database_with_users_or_items_and_no_marker(make):
    make()
    with pytest.raises(bench.BenchError):
        claim_database()


def test_it_marks_an_empty_database_and_then_allows_it():
    assert not has_marker()
    claim_database()
    assert has_marker()
    make_report()
    claim_database()  # its own data now: allowed


def test_it_allows_a_database_with_data_and_the_marker():
    make_report("OIC/BENCH-0/REP")
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {MARKER_TABLE} (id integer PRIMARY KEY)")
    claim_database()


def test_the_page_benchmark_deletes_nothing_in_a_database_not_its_own(capsys):
    """Every flag it takes, and still refused before any write."""
    from bench import pages

    make_report("OIC/KEEP/REP")
    User.objects.create_user("someone")
    argv = ["--sizes", "10", "--repeat", "1", "--load-seconds", "1", "--output", "/dev/null"]
    with pytest.raises(SystemExit) as exit_:
        bench.run(lambda: pages.main(argv))
    assert exit_.value.code == 1
    error = capsys.readouterr().err
    assert error.startswith("error: refusing to run on database") and error.count("\n") == 1
    assert Report.objects.count() == 1 and User.objects.count() == 1


def test_the_load_test_is_refused_too():
    from bench import loadtest

    make_report("OIC/KEEP/REP")
    with pytest.raises(bench.BenchError):
        loadtest.main(["--seconds", "1", "--users", "1"])
    assert Report.objects.count() == 1


def test_a_bench_session_opens_the_signed_in_pages_where_staff_must_hold_a_second_factor(
    client, settings
):
    """Production requires a second factor of staff (MFA_REQUIRED_FOR): the
    session the page benchmark signs its requests with must open the pages it
    measures, not the enrolment page (a 302 stopped `make bench` once)."""
    from django.urls import reverse

    from bench.server import session_key_for

    settings.MFA_REQUIRED_FOR = ["staff"]
    user = User.objects.create_user("bench", is_staff=True, is_superuser=True)
    client.cookies[settings.SESSION_COOKIE_NAME] = session_key_for(user)
    for path in (reverse("floor"), "/"):
        assert client.get(path).status_code == 200, path
    session_key_for(user)  # a second session: the user's factor is not added twice
    assert user.authenticator_set.count() == 1
