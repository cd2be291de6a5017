"""Internal discussion on an item (staff, editors, the item's focal points),
and the public status: what anonymous visitors may and may not see."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import Comment, PublicStatus
from decisions.workflow.services import comment_add, public_status_set, submission_create
from tests.factory import make_body, make_item, make_user


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def item(db):
    return make_item(owner=make_body("com-owner"))


@pytest.fixture
def focal(item):
    user = make_user("comfocal", groups=("focal points",), email="focal@example.org")
    item.owner.focal_points.add(user)
    return user


def comment_url(item) -> str:
    return reverse("decisions:item_comment_add", args=[item.pk])


def test_an_editor_comments_and_the_items_focal_point_sees_it(client, item, editor, focal):
    client.force_login(editor)
    assert client.post(comment_url(item), {"text": "Please check the dates."}).status_code == 302
    assert Comment.objects.get().author == editor
    client.force_login(focal)
    assert "Please check the dates." in client.get(item.get_absolute_url()).content.decode()


def test_comments_are_escaped_and_links_get_nofollow(client, item, editor):
    comment_add(item=item, text="<script>x()</script> see https://example.org/a", by=editor)
    client.force_login(editor)
    page = client.get(item.get_absolute_url()).content.decode()
    assert "<script>x()</script>" not in page
    assert "&lt;script&gt;x()&lt;/script&gt;" in page
    assert '<a href="https://example.org/a" rel="nofollow">https://example.org/a</a>' in page


def test_a_mention_of_someone_who_may_see_the_item_is_recorded_and_emailed(item, editor, focal):
    outsider = make_user("outsider", groups=("viewers",), email="out@example.org")
    with_mail = comment_add(
        item=item,
        text="@comfocal and @outsider, thoughts? <b>",
        by=editor,
        may_see=lambda u: u in (editor, focal),
    )
    assert list(with_mail.mentions.all()) == [focal]
    html = str(with_mail.as_html())
    assert '<strong class="mention">@comfocal</strong>' in html
    assert "@outsider" in html and "&lt;b&gt;" in html
    assert outsider.email not in [m.to[0] for m in mail.outbox]


def test_a_mention_sends_an_email_through_the_page(
    client, item, editor, focal, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(comment_url(item), {"text": "@comfocal please update."})
    assert [m.to for m in mail.outbox] == [["focal@example.org"]]
    assert f"/items/{item.pk}/#comments" in mail.outbox[0].body


@pytest.mark.parametrize("who", ["viewer", "other_focal"])
def test_others_neither_see_nor_post_comments(client, item, editor, viewer, who):
    comment_add(item=item, text="Internal remark.", by=editor)
    if who == "viewer":
        user = viewer
    else:
        user = make_user("comother", groups=("focal points",))
        make_body("com-other").focal_points.add(user)
    client.force_login(user)
    assert "Internal remark." not in client.get(item.get_absolute_url()).content.decode()
    assert client.post(comment_url(item), {"text": "hi"}).status_code == 403
    assert Comment.objects.count() == 1


def test_the_comment_url_refuses_get_and_needs_csrf(item, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.get(comment_url(item)).status_code == 405
    assert client.post(comment_url(item), {"text": "hi"}).status_code == 403
    assert not Comment.objects.exists()


def test_anonymous_posts_go_to_log_in(client, item, settings):
    settings.PUBLIC_READ = True
    assert client.post(comment_url(item), {"text": "hi"}).status_code == 302
    assert not Comment.objects.exists()


# Control characters are dropped (decisions.fields): only them is nothing.
@pytest.mark.parametrize("text", ["", "   ", "x" * 10_001, "\x00\x07"])
def test_bad_comments_get_400(client, item, editor, text):
    client.force_login(editor)
    response = client.post(comment_url(item), {"text": text})
    assert response.status_code == 400
    assert 'class="errorlist' in response.content.decode()
    assert not Comment.objects.exists()


def test_arabic_comments_are_kept(client, item, editor):
    client.force_login(editor)
    client.post(comment_url(item), {"text": "يرجى التحقق\u202e"})
    assert Comment.objects.get().text == "يرجى التحقق"


# --- Public and internal --------------------------------------------------------


def test_an_editor_sets_the_public_status(client, item, editor, focal):
    client.force_login(editor)
    url = reverse("decisions:item_public_status", args=[item.pk])
    data = {"status": "in_progress", "note": "Work is under way."}
    assert client.post(url, data).status_code == 302
    public = PublicStatus.objects.get()
    assert (public.status, public.note, public.updated_by) == (
        "in_progress",
        "Work is under way.",
        editor,
    )
    assert client.get(url).status_code == 405
    assert client.post(url, {"status": "bogus"}).status_code == 400
    client.force_login(focal)
    assert client.post(url, data).status_code == 403


def test_anonymous_visitors_see_the_public_note_and_nothing_internal(
    client, item, editor, focal, settings
):
    settings.PUBLIC_READ = True
    item_services.action_item_set_status(
        item=item, status="stalled", note="Internal note.", by=editor
    )
    submission_create(
        item=item, status="completed", note="Submitted text.", by=focal, base_version=1
    )
    comment_add(item=item, text="Internal comment.", by=editor)
    public_status_set(item=item, status="in_progress", note="Public note.", by=editor)
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Public note." in page
    for secret in ("Internal note.", "Submitted text.", "Internal comment."):
        assert secret not in page
    client.force_login(editor)
    page = client.get(item.get_absolute_url()).content.decode()
    for text in ("Public note.", "Internal note.", "Submitted text.", "Internal comment."):
        assert text in page
