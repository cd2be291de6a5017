"""The item page's content from the cache (decisions.items.page_cache): each
reader gets their own CSRF token and only what their role shows, and every
write that changes what the page shows shows at once, through the real
path (decisions.items.touch). The guard at the end fails on a model that
refers to an item and that the touch does not know."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth.models import User, update_last_login
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from decisions import relations
from decisions.correspondence.services import letter_record, reply_record
from decisions.items import services as item_services
from decisions.items import touch
from decisions.lineage.lifecycle import lifecycle_decide
from decisions.lineage.overlaps import overlap_decide
from decisions.lineage.renewals import renewal_decide
from decisions.models import (
    ActionItem,
    Body,
    Comment,
    DecisionTranslation,
    OverlapFlag,
    RenewalLink,
    Status,
    Theme,
)
from decisions.registry.services import body_merge
from decisions.themes.services import item_themes_set
from decisions.web import token_placeholder
from decisions.workflow.services import (
    comment_add,
    evidence_add,
    public_status_set,
    submission_accept,
    submission_create,
    submission_return,
)
from tests.factory import make_body, make_decision, make_item, make_report, make_user
from tests.test_admin import change_form_data


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def item(db):
    return make_item(owner=make_body("cache-owner", name_en="Cache Owner"), summary="Asked.")


@pytest.fixture
def focal(item):
    user = make_user("cachefocal", groups=("focal points",))
    item.owner.focal_points.add(user)
    return user


def page(client: Client, item: ActionItem) -> str:
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def tokens(html: str) -> set[str]:
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]*)"', html))


# --- What is kept, and for whom ------------------------------------------------------


def test_a_cached_page_carries_each_readers_own_token_and_its_forms_work(item, editor):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(editor)
    second.force_login(editor)
    html_first = page(first, item)  # rendered and kept
    html_second = page(second, item)  # from the cache
    assert token_placeholder() not in html_first + html_second
    assert tokens(html_first) and tokens(html_second)
    assert tokens(html_first).isdisjoint(tokens(html_second))
    token = next(iter(tokens(html_second)))
    response = second.post(
        item.get_absolute_url(),
        {"status": Status.COMPLETED, "note": "", "version": 0, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert ActionItem.objects.get(pk=item.pk).status == Status.COMPLETED


def test_readers_of_different_roles_never_share_the_content(client, item, editor, viewer, focal):
    comment_add(item=item, text="An internal remark.", by=editor)
    client.force_login(editor)
    assert "An internal remark." in page(client, item)
    assert "Record an update" in page(client, item)
    client.force_login(viewer)  # reads everything, sees no internal work, records nothing
    html = page(client, item)
    assert "An internal remark." not in html and "Record an update" not in html
    client.force_login(focal)  # sees the internal work, submits for review
    html = page(client, item)
    assert "An internal remark." in html and "Submit an update for review" in html
    assert "Record an update" not in html
    other = make_user("cacheother", groups=("focal points",))
    make_body("cache-other").focal_points.add(other)
    client.force_login(other)
    assert "An internal remark." not in page(client, item)


def test_anonymous_visitors_get_the_public_content_only(client, item, editor, settings):
    settings.PUBLIC_READ = True
    item_services.action_item_set_status(
        item=item, status=Status.IN_PROGRESS, note="An internal note.", by=editor
    )
    client.force_login(editor)
    assert "An internal note." in page(client, item)
    client.logout()
    assert "An internal note." not in page(client, item)


def test_the_page_is_kept_per_language(client, item, editor):
    client.force_login(editor)
    english = page(client, item)
    client.cookies["django_language"] = "fr"
    french = client.get(item.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "The action item" in english
    assert "The action item" not in french


def test_a_missing_item_is_404_cached_or_not(client, editor, item):
    client.force_login(editor)
    page(client, item)
    pk = item.pk
    ActionItem.objects.filter(pk=pk).delete()
    assert client.get(reverse("decisions:item_detail", args=[pk])).status_code == 404


def test_a_bound_form_is_never_kept(client, item, editor):
    client.force_login(editor)
    page(client, item)
    response = client.post(item.get_absolute_url(), {"status": "nonsense", "version": 0})
    assert response.status_code == 400
    assert "nonsense" not in page(client, item) or "errorlist" not in page(client, item)


# --- Every writer: the page shows the change at once ------------------------------


def _later_item(item):
    later = make_item(
        decision=make_decision(make_report(date=datetime.date(2024, 1, 1)), number="9"),
        owner=item.owner,
    )
    return later


def w_status(item, editor):
    item_services.action_item_set_status(
        item=item, status=Status.COMPLETED, note="written-status", by=editor
    )
    return "written-status"


def w_comment(item, editor):
    comment_add(item=item, text="written-comment", by=editor)
    return "written-comment"


def w_evidence(item, editor):
    evidence_add(by=editor, links=["https://example.org/written-evidence"], item=item)
    return "written-evidence"


def w_submission(item, editor):
    focal = make_user("wsubfocal", groups=("focal points",))
    item.owner.focal_points.add(focal)
    submission_create(item=item, status=Status.IN_PROGRESS, note="written-sub", by=focal,
                      base_version=item.version)  # fmt: skip
    return "written-sub"


def w_submission_accepted(item, editor):
    focal = make_user("waccfocal", groups=("focal points",))
    item.owner.focal_points.add(focal)
    sub = submission_create(item=item, status=Status.IN_PROGRESS, note="sub", by=focal,
                            base_version=item.version)  # fmt: skip
    return sub, "accepted"


def w_submission_returned(item, editor):
    focal = make_user("wretfocal", groups=("focal points",))
    item.owner.focal_points.add(focal)
    sub = submission_create(item=item, status=Status.IN_PROGRESS, note="sub", by=focal,
                            base_version=item.version)  # fmt: skip
    return sub, "written-return"


def w_public_status(item, editor):
    public_status_set(item=item, status=Status.COMPLETED, note="written-public", by=editor)
    return "written-public"


def w_letter(item, editor):
    letter_record(reference="WRITTEN/LETTER/1", sent_on=datetime.date(2024, 1, 2),
                  subject="s", recipients=[item.owner], items=[item], by=editor)  # fmt: skip
    return "WRITTEN/LETTER/1"


def w_themes(item, editor):
    Theme.objects.create(slug="written-theme", name_en="Written theme")
    item_themes_set(item=item, slugs=["written-theme"])
    return "Written theme"


def w_lifecycle(item, editor):
    lifecycle_decide(item=item, action="keep", reason=_a_reason(), approved_by="written-approver",
                     by=editor)  # fmt: skip
    return "written-approver"


def _a_reason():
    from decisions.models.lineage import LifecycleReason

    return LifecycleReason.values[0]


def w_renewal(item, editor):
    later = _later_item(item)
    link = RenewalLink.objects.create(earlier_item=item, later_item=later, score=0.9)
    renewal_decide(link=link, confirm=True, by=editor)
    return "¶9"


def w_overlap(item, editor):
    other = make_item(owner=make_body("written-overlap", name_en="Written overlap body"))
    a, b = sorted([item, other], key=lambda i: i.pk)
    flag = OverlapFlag.objects.create(item_a=a, item_b=b, similarity=0.9)
    overlap_decide(flag=flag, related=True, by=editor)
    return "Written overlap body"


def w_body_rename(item, editor):
    body = item.owner
    body.name_en = "Written body name"
    body.save()
    return "Written body name"


def w_partner(item, editor):
    item.partners.add(make_body("written-partner", name_en="Written partner"))
    return "Written partner"


def w_translation(item, editor):
    DecisionTranslation.objects.create(decision=item.decision, language="fr", text="written-tr")
    return "written-tr"


def w_paragraph(item, editor):
    decision = item.decision
    decision.text = "written-paragraph"
    decision.save()
    return "written-paragraph"


def w_report(item, editor):
    report = item.decision.report
    report.symbol = "WRITTEN/REPORT"
    report.save()
    return "WRITTEN/REPORT"


WRITERS = [
    w_status, w_comment, w_evidence, w_submission, w_public_status, w_letter, w_themes,
    w_lifecycle, w_renewal, w_overlap, w_body_rename, w_partner, w_translation, w_paragraph,
    w_report,
]  # fmt: skip


@pytest.mark.parametrize("write", WRITERS, ids=lambda w: w.__name__[2:])
def test_a_write_shows_at_once_on_the_cached_page(client, item, editor, write):
    client.force_login(editor)
    page(client, item)  # kept
    page(client, item)
    shown = write(item, editor)
    assert shown in page(client, item)


def test_a_reviewed_submission_shows_at_once(client, item, editor):
    client.force_login(editor)
    sub, _ = w_submission_accepted(item, editor)
    assert "sub" in page(client, item)
    submission_accept(submission=sub, by=editor)
    assert "Accepted" in page(client, item) or "accepted" in page(client, item)
    sub2, comment = w_submission_returned(item, editor)
    page(client, item)
    submission_return(submission=sub2, by=editor, comment=comment)
    assert comment in page(client, item)


def test_a_reply_to_a_letter_shows_at_once(client, item, editor):
    client.force_login(editor)
    w_letter(item, editor)
    assert "awaiting a reply" in page(client, item)
    letter = item.letters.get()
    reply_record(letter=letter, sender=item.owner, received_on=datetime.date(2024, 2, 1),
                 by=editor)  # fmt: skip
    assert "answered on" in page(client, item)


def test_a_users_new_name_shows_at_once(client, item, editor):
    writer = make_user("cachewriter", groups=("editors",))
    comment_add(item=item, text="named", by=writer)
    client.force_login(editor)  # not the writer: base.html shows the reader's own name
    page(client, item)
    author = User.objects.get(pk=writer.pk)
    author.first_name, author.last_name = "Written", "Name"
    author.save()
    assert "Written Name" in page(client, item)


def test_a_sign_in_touches_no_item(item, editor, django_assert_num_queries):
    comment_add(item=item, text="named", by=editor)
    before = ActionItem.objects.get(pk=item.pk).page_changed_at
    with django_assert_num_queries(1):  # the last_login, no read of the names
        update_last_login(None, editor)
    assert ActionItem.objects.get(pk=item.pk).page_changed_at == before


def test_a_merge_shows_at_once(client, editor):
    decision = make_decision()
    kept = make_item(decision=decision, owner=make_body("merge-kept", name_en="Kept body"))
    gone = make_item(decision=decision, owner=make_body("merge-gone", name_en="Gone body"))
    comment_add(item=gone, text="written-before-merge", by=editor)
    client.force_login(editor)
    assert "written-before-merge" not in page(client, kept)
    body_merge(body=gone.owner, into=kept.owner, by=editor)
    assert "written-before-merge" in page(client, kept)


def test_an_admin_edit_shows_at_once(client, item, admin_user):
    client.force_login(admin_user)
    page(client, item)
    url = reverse("admin:decisions_actionitem_change", args=[item.pk])
    client.post(url, change_form_data(item, summary="Admin written request"))
    assert "Admin written request" in page(client, item)


def test_a_body_marked_registered_in_the_admin_shows_at_once(client, item, admin_user):
    Body.objects.filter(pk=item.owner.pk).update(registered=False)
    ActionItem.objects.filter(pk=item.pk).update(page_changed_at=timezone.now())
    client.force_login(admin_user)
    assert "to be reviewed" in page(client, item)
    client.post(
        reverse("admin:decisions_body_changelist"),
        {"action": "mark_registered", "_selected_action": [item.owner.pk]},
    )
    assert "to be reviewed" not in page(client, item)


def test_a_deleted_comment_goes_at_once(client, item, editor):
    comment = comment_add(item=item, text="written-then-deleted", by=editor)
    client.force_login(editor)
    assert "written-then-deleted" in page(client, item)
    Comment.objects.filter(pk=comment.pk).delete()
    assert "written-then-deleted" not in page(client, item)


def test_a_deleted_item_goes_at_once_from_the_pages_of_its_renewal_chain(client, item, editor):
    later = _later_item(item)
    link = RenewalLink.objects.create(earlier_item=item, later_item=later, score=0.9)
    renewal_decide(link=link, confirm=True, by=editor)
    make_item()  # the latest id is not the deleted item's (it is in the stamp)
    client.force_login(editor)
    assert "¶9" in page(client, item)
    later_pk = later.pk
    ActionItem.objects.filter(pk=later_pk).delete()
    assert "¶9" not in page(client, item)
    assert client.get(reverse("decisions:item_detail", args=[later_pk])).status_code == 404


def test_a_deleted_theme_goes_at_once(client, item, editor):
    w_themes(item, editor)
    client.force_login(editor)
    assert "Written theme" in page(client, item)
    Theme.objects.filter(slug="written-theme").delete()
    assert "Written theme" not in page(client, item)


# --- The guard: every model that refers to an item is touched --------------------


def test_every_reference_to_an_item_touches_it_or_is_named_as_not_shown():
    missing = []
    for field in relations.references(ActionItem):
        label = relations.field_label(field)
        if label in touch.NOT_SHOWN:
            continue
        model = field.model
        if model._meta.auto_created:
            if not _has(m2m_changed, model, touch._links_changed):
                missing.append(label)
        elif not (
            _has(post_save, model, touch._row_saved)
            and _has(post_delete, model, touch._row_deleted)
        ):
            missing.append(label)
    assert not missing, (
        f"say in decisions/items/touch.py how {missing} moves its item's page "
        "(or name it in NOT_SHOWN)"
    )
    gone = set(touch.NOT_SHOWN) - {
        relations.field_label(f) for f in relations.references(ActionItem)
    }
    assert not gone


def _has(signal, sender, receiver) -> bool:
    """Whether `receiver` is connected to `signal` for `sender`."""
    sync, _async = signal._live_receivers(sender)
    return receiver in sync


@pytest.mark.django_db
def test_a_row_of_every_model_that_refers_to_an_item_touches_it_when_saved_or_deleted():
    from tests.factory import make_item_with_everything

    item = make_item_with_everything()["item"]
    fields = [
        f
        for f in relations.references(ActionItem)
        if relations.field_label(f) not in touch.NOT_SHOWN and not f.model._meta.auto_created
    ]

    def touched(act, row, label) -> None:
        day_before = timezone.now() - datetime.timedelta(days=1)
        ActionItem.objects.filter(pk=item.pk).update(page_changed_at=day_before)
        act()
        moved = ActionItem.objects.get(pk=item.pk).page_changed_at > day_before
        assert moved, f"{act.__name__} of a {label} row does not touch its item"

    for field in fields:
        row = field.model._base_manager.filter(**{field.name: item}).first()
        touched(row.save, row, relations.field_label(field))
    for model in {f.model for f in fields}:
        field = next(f for f in fields if f.model is model)
        row = model._base_manager.filter(**{field.name: item}).first()
        touched(row.delete, row, relations.field_label(field))
