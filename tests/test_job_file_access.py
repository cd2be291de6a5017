"""The file a job made (a follow-up report) holds what its owner could read
when it was built: the items as a reader with a role reads them, and the
letters of the bodies they were a focal point for. It is served only while
they may still read all of it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from decisions.models import Job, JobKind, JobState
from tests.factory import make_body, make_user

pytestmark = pytest.mark.django_db


def followup_job(user, scope) -> Job:
    return Job.objects.create(
        kind=JobKind.FOLLOWUP,
        user=user,
        state=JobState.DONE,
        options={"report": 1, "lang": "en", "ext": "pdf", "scope": scope},
        output=b"%PDF-1.4 letters of Mali",
        result={"name": "x.pdf", "content_type": "application/pdf"},
    )


def test_a_focal_point_removed_from_its_body_no_longer_gets_the_file_built_with_its_letters(
    client,
):
    mali = make_body("jf-mali")
    focal = make_user("jf-focal", groups=("focal points",))
    mali.focal_points.add(focal)
    job = followup_job(focal, [mali.pk])
    url = reverse("decisions:job_file", args=[job.uuid])
    client.force_login(focal)
    assert client.get(url).status_code == 200
    mali.focal_points.remove(focal)
    assert client.get(url).status_code == 404


def test_a_user_whose_role_was_taken_away_no_longer_gets_the_file(client):
    viewer = make_user("jf-viewer", groups=("viewers",))
    job = followup_job(viewer, None)
    url = reverse("decisions:job_file", args=[job.uuid])
    client.force_login(viewer)
    assert client.get(url).status_code == 200
    viewer.groups.clear()
    assert client.get(url).status_code == 404


def test_a_superuser_gets_anyones_file_and_an_editor_their_own_built_with_every_letter(client):
    editor = make_user("jf-editor", groups=("editors",))
    job = followup_job(editor, "all")
    url = reverse("decisions:job_file", args=[job.uuid])
    client.force_login(editor)
    assert client.get(url).status_code == 200
    client.force_login(make_user("jf-root", is_superuser=True))
    assert client.get(url).status_code == 200
