"""The jobs lists: one's own ("My jobs"), and every job, the schedule's too
(superusers), filtered by kind and state, the latest first."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from decisions.models import Job, JobKind, JobState
from tests.factory import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def jobs():
    amina = make_user("amina", groups=("editors",))
    other = make_user("omar", groups=("editors",))
    return {
        "mine": Job.objects.create(kind=JobKind.OVERLAPS, user=amina, input_name="mine.txt"),
        "theirs": Job.objects.create(kind=JobKind.RENEWALS, user=other, input_name="theirs.txt"),
        "schedule": Job.objects.create(
            kind=JobKind.DIGESTS, state=JobState.FAILED, error="SMTP down"
        ),
        "amina": amina,
    }


def test_my_jobs_lists_mine_only(client, jobs):
    client.force_login(jobs["amina"])
    body = client.get(reverse("decisions:my_jobs")).content.decode()
    assert "mine.txt" in body and "theirs.txt" not in body and "SMTP down" not in body
    assert jobs["mine"].get_absolute_url() in body


def test_all_jobs_is_for_superusers_and_shows_the_schedules(
    client, jobs, django_assert_max_num_queries
):
    client.force_login(jobs["amina"])
    assert client.get(reverse("decisions:all_jobs")).status_code == 403
    client.force_login(User.objects.create_superuser("boss"))
    with django_assert_max_num_queries(12):
        body = client.get(reverse("decisions:all_jobs")).content.decode()
    assert "mine.txt" in body and "theirs.txt" in body and "SMTP down" in body
    # Newest first.
    assert body.index("SMTP down") < body.index("theirs.txt") < body.index("mine.txt")
    failed = client.get(reverse("decisions:all_jobs"), {"state": "failed", "kind": "digests"})
    assert "SMTP down" in failed.content.decode() and "mine.txt" not in failed.content.decode()


@pytest.mark.parametrize(
    "params", [{"kind": "nonsense"}, {"state": "\x00"}, {"kind": "x" * 100_000}, {"page": "9" * 40}]
)
def test_a_bad_filter_is_400_or_a_page_never_a_500(client, jobs, params):
    client.force_login(User.objects.create_superuser("boss"))
    response = client.get(reverse("decisions:all_jobs"), params)
    assert response.status_code == (200 if "page" in params else 400)


def test_jobs_are_read_only_in_the_admin(client, jobs):
    client.force_login(User.objects.create_superuser("boss"))
    assert client.get(reverse("admin:decisions_job_changelist")).status_code == 200
    change = reverse("admin:decisions_job_change", args=[jobs["schedule"].pk])
    assert client.get(change).status_code == 200
    assert client.get(reverse("admin:decisions_job_add")).status_code == 403


def test_the_jobs_list_reads_in_arabic_right_to_left(client, jobs):
    client.force_login(jobs["amina"])
    client.cookies["django_language"] = "ar"
    body = client.get(reverse("decisions:my_jobs"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'dir="rtl"' in body and "مهامي" in body


@pytest.mark.parametrize(
    ("lang", "started", "finished"),
    [
        ("en", "5 Dec 2026 13:47", "5 Dec 2026 13:49"),
        ("fr", "5 déc. 2026 13:47", "5 déc. 2026 13:49"),
        ("ar", "5 ديسمبر 2026 13:47", "5 ديسمبر 2026 13:49"),
    ],
)
def test_my_jobs_shows_its_times_as_the_rest_of_the_app_in_the_reader_s_language(
    client, jobs, settings, lang, started, finished
):
    """Not "2026-12-05 13:47": as the submissions and every list of the app."""
    at = datetime.datetime(2026, 12, 5, 13, 47, tzinfo=datetime.UTC)
    Job.objects.filter(pk=jobs["mine"].pk).update(
        created_at=at, finished_at=at + datetime.timedelta(minutes=2), state=JobState.DONE
    )
    client.force_login(jobs["amina"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    body = client.get(reverse("decisions:my_jobs")).content.decode()
    assert f">{started}</time>" in body and f">{finished}</time>" in body
    assert "2026-12-05 13:47" not in body
