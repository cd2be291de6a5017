"""The boundary between bodies: what a body's focal points and the
secretariat exchange about its items (submissions and their review,
comments, evidence, letters sent to it alone, its replies) is theirs. A
viewer, and a focal point of another body, never get any of it back: not
on a page, not in a file, whatever address they ask for.

The guard writes a word only that exchange holds, then asks for every
address of the project with every object of the world in its arguments, as
a viewer and as another body's focal point, and reads what comes back
(pages, and the text inside Word, Excel, ZIP and PDF files). A new model
that hangs on an item or a body and is internal must be declared here as
either the body's (and be in the world) or readable by every role."""

from __future__ import annotations

import contextlib
import datetime
import io
import zipfile

import pytest
from django.core.cache import cache, caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from decisions.correspondence import services as correspondence
from decisions.evidence import services as evidence
from decisions.models import (
    ActionItem,
    Body,
    Comment,
    Evidence,
    Job,
    JobKind,
    JobState,
    Letter,
    LifecycleDecision,
    MemberResponse,
    MemberResponseChange,
    Membership,
    Notification,
    Reply,
    Status,
    StatusUpdate,
    Submission,
)
from decisions.relations import hanging_models
from decisions.visibility import INTERNAL, VISIBILITY
from decisions.workflow import services as workflow
from tests.factory import make_body, make_decision, make_item, make_report, make_user
from tests.test_followup import pdf_text
from tests.test_public_boundary import addresses, free_text_fields

# What it checks is who gets which content back, not queries (the scoping
# QuerySets run on PostgreSQL in test_public_boundary and the pages' tests):
# the PostgreSQL pass leaves it out (one_engine, tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.one_engine]

SECRET = "quorvexbodyonly"
# A PDF whose bytes hold the word: what a download gives back is read too.
SECRET_PDF = b"%PDF-1.4\n% " + SECRET.encode() + b"\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"

# The internal models whose rows are one body's: its insiders' only.
BODY_SCOPED = (Submission, Comment, Evidence, Letter, Reply)
# Internal models every user with a role reads (the public does not:
# tests/test_public_boundary.py), or that no page shows (a user's own).
ROLE_WIDE = (
    StatusUpdate,
    LifecycleDecision,
    MemberResponse,
    MemberResponseChange,
    Notification,
)


def test_every_internal_model_is_declared_the_bodys_or_every_roles():
    undeclared = [
        m._meta.label
        for m in hanging_models(ActionItem, Body)
        if VISIBILITY.get(m._meta.label) == INTERNAL
        and free_text_fields(m)
        and m not in BODY_SCOPED + ROLE_WIDE
    ]
    assert undeclared == [], f"declare {undeclared} in BODY_SCOPED (and the world) or ROLE_WIDE"


def secret_file(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(f"{name}-{SECRET}.pdf", SECRET_PDF)


@pytest.fixture
def world(settings, tmp_path):
    """Body A's exchange, every kind of it holding the word; body B shares a
    letter and a group with A, and its focal point is the attacker."""
    settings.MEDIA_ROOT = tmp_path / "media"
    a_body, b_body = make_body("bb-a"), make_body("bb-b")
    report = make_report("OIC/BB-2026/REP")
    a = make_item(make_decision(report), owner=a_body, status=Status.IN_PROGRESS)
    b = make_item(make_decision(report), owner=b_body)
    group = make_body("bb-group", kind="group")
    for member in (a_body, b_body):
        Membership.objects.create(collective=group, member=member)
    d = make_item(make_decision(report), owner=group)
    editor = make_user("bb-editor", groups=("editors",))
    a_focal = make_user("bb-a-focal", groups=("focal points",))
    b_focal = make_user("bb-b-focal", groups=("focal points",))
    a_body.focal_points.add(a_focal)
    b_body.focal_points.add(b_focal)
    returned = workflow.submission_create(
        item=a,
        status=Status.STALLED,
        note=f"Submitted {SECRET}.",
        by=a_focal,
        base_version=a.version,
        files=[secret_file("submitted")],
        links=[f"https://example.org/{SECRET}/submitted"],
    )
    workflow.submission_return(submission=returned, by=editor, comment=f"Returned {SECRET}.")
    workflow.submission_create(
        item=a, status=Status.STALLED, note=f"Pending {SECRET}.", by=a_focal, base_version=a.version
    )
    workflow.comment_add(item=a, text=f"A comment {SECRET}.", by=editor)
    evidence.evidence_add(
        by=editor,
        files=[secret_file("item")],
        links=[f"https://example.org/{SECRET}/item"],
        item=a,
    )
    correspondence.letter_record(
        reference=f"OIC/GS/{SECRET}/1",
        sent_on=datetime.date(2026, 1, 5),
        subject=f"To A alone {SECRET}.",
        recipients=[a_body],
        items=[a],
        by=editor,
        files=[secret_file("letter")],
    )
    shared = correspondence.letter_record(
        reference="OIC/GS/SHARED/2",
        sent_on=datetime.date(2026, 1, 6),
        subject="To A and B.",
        recipients=[a_body, b_body],
        items=[a, b, d],
        by=editor,
    )
    correspondence.letter_record(
        reference=f"OIC/GS/{SECRET}/3",
        sent_on=datetime.date(2026, 2, 6),
        subject=f"Chasing A alone {SECRET}.",
        recipients=[a_body],
        items=[a],
        chases=shared,
        by=editor,
    )
    correspondence.reply_record(
        letter=shared,
        sender=a_body,
        received_on=datetime.date(2026, 2, 1),
        reference=f"A/{SECRET}",
        summary=f"A's answer {SECRET}.",
        by=editor,
        files=[secret_file("reply")],
    )
    job = Job.objects.create(
        kind=JobKind.FOLLOWUP,
        user=a_focal,
        state=JobState.DONE,
        options={"report": report.pk, "lang": "en", "ext": "pdf", "scope": [a_body.pk]},
        output=SECRET_PDF,
        result={"name": "a.pdf", "content_type": "application/pdf"},
    )
    for model in BODY_SCOPED:
        assert model.objects.exists(), model
    ids = [
        str(pk)
        for model in (Submission, Letter, Evidence)
        for pk in model.objects.values_list("pk", flat=True)
    ]
    urls = addresses(
        {"items": (a, b), "group_item": d, "bodies": (a_body, b_body), "report": report},
        {"int": ids, "pk": ids, "uuid": [str(job.uuid)]},
    )
    users = {"editor": editor, "a_focal": a_focal, "b_focal": b_focal}
    users["viewer"] = make_user("bb-viewer", groups=("viewers",))
    return {"urls": urls, "users": users, "item": a}


def readable(response) -> str:
    """The text a response gives back, inside the files it serves too."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if body.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            body = b"".join(archive.read(name) for name in archive.namelist())
    text = body.decode("utf-8", "replace")
    if body.startswith(b"%PDF") and SECRET not in text:
        # A PDF the reader cannot parse: its bytes were read above.
        with contextlib.suppress(Exception):
            text += pdf_text(body)
    return text


def leaks(user, urls) -> list[str]:
    cache.clear()
    caches["pages"].clear()
    client = Client()
    client.force_login(user)
    return [url for url in urls if SECRET in readable(client.get(url))]


def test_the_secretariat_and_the_bodys_focal_point_do_get_it_back(world):
    """The word is there to be found: the guard below can fail."""
    for who in ("editor", "a_focal"):
        found = leaks(world["users"][who], world["urls"])
        assert world["item"].get_absolute_url() in found, who
        assert any(url.startswith("/files/") for url in found), who


@pytest.mark.parametrize("who", ["viewer", "b_focal"])
def test_no_one_outside_the_body_gets_its_exchange_back(world, who):
    assert leaks(world["users"][who], world["urls"]) == []


def test_a_focal_point_moved_to_another_body_gets_nothing_back_of_its_former_one(world):
    """A's focal point wrote the submissions and owns the job; moved to B
    (removed from A, named B's), what it wrote or asked for while it was
    A's is no longer its to read, on any address."""
    from decisions.models import Body

    moved = world["users"]["a_focal"]
    Body.objects.get(slug="bb-a").focal_points.remove(moved)
    Body.objects.get(slug="bb-b").focal_points.add(moved)
    assert leaks(moved, world["urls"]) == []
