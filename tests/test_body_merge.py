"""Merging a body into another loses nothing: what hung on the merged body's
items and on the body itself hangs on the kept ones afterwards; and each
item the merge changes gets a new version, so a form shown before is stale."""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.urls import reverse

from decisions.models import (
    ActionItem,
    Body,
    Comment,
    Evidence,
    Letter,
    LifecycleDecision,
    OverlapFlag,
    PublicStatus,
    RenewalLink,
    StatusUpdate,
    Submission,
    Watch,
)
from decisions.registry.services import body_merge
from tests.factory import (
    PROOF_PDF,
    make_body,
    make_decision,
    make_item,
    make_item_with_everything,
    make_report,
    make_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def merge(client, body: Body, into: Body):
    return client.post(
        reverse("decisions:body_review_merge", args=[body.slug]), {"into": into.slug}
    )


def row_counts() -> dict[str, int]:
    """Rows of every model of the app, the tables behind many-to-many fields
    included."""
    return {
        m._meta.label: m._base_manager.count()
        for m in apps.get_app_config("decisions").get_models(include_auto_created=True)
    }


@pytest.fixture
def decision():
    return make_decision(make_report())


@pytest.fixture
def kept(decision):
    """The item of a registered body..."""
    return make_item(decision=decision, owner=make_body("kept-body"))


@pytest.fixture
def found():
    """...and a body to review, merged into it, with an item on the same paragraph."""
    return make_body("found-body", registered=False)


@pytest.fixture
def pair(kept, found, decision):
    return kept, make_item(decision=decision, owner=found)


def test_a_merge_onto_an_item_of_the_same_paragraph_loses_no_row(
    client, editor, kept, found, decision
):
    made = make_item_with_everything(decision, found)
    gone = made["item"]
    client.force_login(editor)  # a sign-in is recorded (SecurityEvent): not the merge's
    before = row_counts()
    assert merge(client, gone.owner, kept.owner).status_code == 302
    after = row_counts()
    # The merged item and body go; every other row stays (one more update: the
    # note that says what was merged).
    expected = before | {
        "decisions.ActionItem": before["decisions.ActionItem"] - 1,
        "decisions.Body": before["decisions.Body"] - 1,
        "decisions.StatusUpdate": before["decisions.StatusUpdate"] + 1,
    }
    lost = {k: (before[k], after[k]) for k in before if after[k] != expected[k]}
    assert not lost, f"rows lost or added by the merge (before, after): {lost}"
    assert not ActionItem.objects.filter(pk=gone.pk).exists()
    for model in (Comment, LifecycleDecision, Submission, StatusUpdate, PublicStatus, Watch):
        assert model.objects.filter(item=kept).exists(), model.__name__
    assert made["evidence"].pk in kept.evidence.values_list("pk", flat=True)
    assert Submission.objects.get(pk=made["pending"].pk).item == kept
    assert kept in made["letter"].items.all()
    assert RenewalLink.objects.filter(earlier_item=made["earlier"], later_item=kept).exists()
    assert RenewalLink.objects.filter(earlier_item=kept, later_item=made["later"]).exists()
    flagged = {f.item_a_id ^ f.item_b_id ^ kept.pk for f in OverlapFlag.objects.touching(kept)}
    assert flagged == {made["earlier"].pk, made["later"].pk}
    assert made["child"].__class__.objects.get(pk=made["child"].pk).parent == kept.owner
    assert made["reply"].__class__.objects.get(pk=made["reply"].pk).sender == kept.owner


def test_the_evidence_file_of_a_merged_item_is_still_served(client, editor, kept, found, decision):
    made = make_item_with_everything(decision, found)
    gone, evidence = made["item"], made["evidence"]
    client.force_login(editor)
    merge(client, gone.owner, kept.owner)
    response = client.get(reverse("decisions:evidence_download", args=[evidence.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PROOF_PDF
    assert Evidence.objects.get(pk=evidence.pk).item == kept


def test_the_item_page_after_a_merge_shows_what_hung_on_the_merged_item(
    client, editor, kept, found, decision
):
    made = make_item_with_everything(decision, found)
    gone = made["item"]
    client.force_login(editor)
    merge(client, gone.owner, kept.owner)
    page = client.get(kept.get_absolute_url()).content.decode()
    assert made["comment"].text.split()[0] in page  # the comment
    assert "proof.pdf" in page  # the evidence
    assert made["letter"].reference in page  # the letter
    assert "pending" in page  # the pending submission's note


def test_when_both_items_have_a_public_status_the_kept_one_stays_and_the_other_is_noted(
    editor, pair
):
    kept, gone = pair
    PublicStatus.objects.create(item=kept, status="in_progress", note="Kept public note.")
    PublicStatus.objects.create(item=gone, status="stalled", note="Other public note.")
    body_merge(body=gone.owner, into=kept.owner, by=editor)
    assert PublicStatus.objects.get(item=kept).note == "Kept public note."
    note = StatusUpdate.objects.filter(item=kept).latest().note
    assert "Other public note." in note


def test_rows_both_items_have_are_kept_once(editor, pair):
    kept, gone = pair
    watcher = make_user()
    for item in (kept, gone):
        Watch.objects.create(user=watcher, item=item)
    letter = Letter.objects.create(reference="L/1", sent_on="2020-01-01", subject="s")
    letter.items.add(kept, gone)
    body_merge(body=gone.owner, into=kept.owner, by=editor)
    assert Watch.objects.filter(user=watcher).count() == 1
    assert list(letter.items.all()) == [kept]


def test_an_overlap_flag_between_the_two_items_goes_with_the_merge(editor, pair):
    kept, gone = pair
    OverlapFlag.objects.create(item_a=kept, item_b=gone, similarity=0.99)
    body_merge(body=gone.owner, into=kept.owner, by=editor)
    assert not OverlapFlag.objects.exists()
    assert "overlap" in StatusUpdate.objects.filter(item=kept).latest().note


def test_a_merge_moves_the_replies_of_the_body(client, editor):
    """A body that replied to a letter can be merged (the reply was a
    protected reference: the merge failed with a 500)."""
    found = make_body("replied", registered=False)
    into = make_body("registered")
    letter = Letter.objects.create(reference="L/2", sent_on="2020-01-01", subject="s")
    letter.recipients.add(found)
    reply = letter.replies.create(sender=found, received_on="2020-02-01")
    client.force_login(editor)
    assert merge(client, found, into).status_code == 302
    reply.refresh_from_db()
    assert reply.sender == into and list(letter.recipients.all()) == [into]


def test_merging_a_body_into_its_child_leaves_no_body_its_own_parent(editor):
    parent = make_body("parent", registered=False)
    child = make_body("child", parent=parent)
    body_merge(body=parent, into=child, by=editor)
    child.refresh_from_db()
    assert child.parent is None


def test_merging_a_body_into_its_grandchild_makes_no_cycle(editor):
    top = make_body("top")
    middle = make_body("middle", parent=top, registered=False)
    child = make_body("child", parent=make_body("between", parent=middle))
    body_merge(body=middle, into=child, by=editor)
    between = Body.objects.get(slug="between")
    child.refresh_from_db()
    assert (child.parent, between.parent) == (top, child)


def test_a_merge_that_meets_a_relation_it_does_not_know_refuses_and_changes_nothing(
    client, editor, kept, found, decision, monkeypatch
):
    from decisions import relations

    gone = make_item_with_everything(decision, found)["item"]
    rules = dict(relations.MERGE_RULES)
    del rules["decisions.Comment.item"]
    monkeypatch.setattr(relations, "MERGE_RULES", rules)
    client.force_login(editor)  # a sign-in is recorded (SecurityEvent): not the merge's
    before = row_counts()
    response = merge(client, gone.owner, kept.owner)
    assert response.status_code == 400
    assert "decisions.Comment.item" in response.content.decode()
    assert row_counts() == before


# --- Finding 10: a move is a change of version ----------------------------------


def shown_version(client, item: ActionItem) -> int:
    page = client.get(item.get_absolute_url()).content.decode()
    return int(re.search(r'name="version" value="(\d+)"', page).group(1))


@pytest.mark.parametrize("which", ["moved", "kept"])
def test_a_form_shown_before_a_merge_is_stale_after_it(client, editor, which):
    decision = make_decision(make_report())
    into, found = make_body("into"), make_body("found", registered=False)
    moved = make_item(owner=found)  # another paragraph: the item just moves
    kept = make_item(decision=decision, owner=into)
    make_item(decision=decision, owner=found)  # same paragraph: folded into `kept`
    item = moved if which == "moved" else kept
    client.force_login(editor)
    version = shown_version(client, item)
    assert merge(client, found, into).status_code == 302
    response = client.post(
        item.get_absolute_url(), {"status": "completed", "note": "Done.", "version": version}
    )
    assert response.status_code == 409
    item.refresh_from_db()
    assert item.status != "completed" and item.version > version


def test_a_renewal_both_items_have_keeps_the_decision_taken_on_either(editor, pair):
    kept, gone = pair
    later = make_item(decision=make_decision(make_report()))
    RenewalLink.objects.create(earlier_item=kept, later_item=later, score=0.7)
    RenewalLink.objects.create(earlier_item=gone, later_item=later, score=0.8, state="confirmed")
    body_merge(body=gone.owner, into=kept.owner, by=editor)
    (link,) = RenewalLink.objects.all()
    assert (link.earlier_item, link.later_item, link.state) == (kept, later, "confirmed")


def test_a_moved_item_does_not_have_its_new_owner_as_partner(editor):
    found, into = make_body("found", registered=False), make_body("into")
    item = make_item(owner=found)
    item.partners.add(into)
    body_merge(body=found, into=into, by=editor)
    item.refresh_from_db()
    assert item.owner == into and not item.partners.exists()
