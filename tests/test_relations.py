"""Every relation counted: each model that refers to an action item or a body
(found through `_meta`, hidden relations and many-to-many tables included,
and what hangs on those in turn) is handled by the merge, the backup, the
public/internal registry, the security matrix's world and the factory that
makes one of everything. A new model that forgets one of them fails here,
named."""

from __future__ import annotations

import shutil
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command

from decisions import relations
from decisions.management.commands.backup import backup_models
from decisions.models import ActionItem, Body, Letter, Report
from decisions.visibility import INTERNAL, PUBLIC, VISIBILITY
from tests.factory import make_item_with_everything


def label(field) -> str:
    return relations.field_label(field)


def hanging() -> list:
    return relations.hanging_models(ActionItem, Body)


def test_the_walk_finds_the_relations_related_objects_leaves_out():
    """OverlapFlag and RenewalLink.first_item have no reverse name ('+'):
    `_meta.related_objects` skips them; the walk must not."""
    found = {label(f) for f in relations.references(ActionItem)}
    assert {"decisions.OverlapFlag.item_a", "decisions.RenewalLink.first_item"} <= found
    assert "decisions.Letter_items.actionitem" in found  # a many-to-many table
    on_related_objects = {
        f"{r.related_model._meta.label}.{r.field.name}"
        for r in ActionItem._meta.related_objects
        if not r.many_to_many
    }
    assert on_related_objects <= found


def test_every_field_that_refers_to_an_item_or_a_body_has_a_merge_rule():
    missing = relations.unhandled(ActionItem, Body)
    assert not missing, (
        f"say in decisions/relations.py MERGE_RULES what a merge does with {missing}"
    )


def test_every_merge_rule_is_a_field_that_still_exists():
    fields = {label(f) for model in (ActionItem, Body) for f in relations.references(model)}
    assert not set(relations.MERGE_RULES) - fields


def test_rows_a_merge_may_drop_as_duplicates_carry_nothing_else():
    """A merge drops a row the kept object already has (a watch, a theme):
    deleting it must not cascade to something that hangs on it."""
    droppable = {
        relations.model_of(key)
        for key, rule in relations.MERGE_RULES.items()
        if rule not in relations.REPOINT_ONLY
    }
    carriers = {m._meta.label: [label(f) for f in relations.references(m)] for m in droppable}
    assert not {k: v for k, v in carriers.items() if v}, (
        f"rows of these models may be dropped by a merge but something hangs on them: {carriers}"
    )


def test_every_model_that_hangs_on_an_item_or_a_body_is_in_the_backup():
    dumped = set(backup_models())
    missing = [
        m._meta.label for m in hanging() if relations.stored_with(m)._meta.label not in dumped
    ]
    assert not missing, f"the backup leaves out {missing} (see backup.EXCLUDED)"


def test_every_model_that_hangs_on_an_item_or_a_body_is_declared_public_or_internal():
    missing = [m._meta.label for m in hanging() if m._meta.label not in VISIBILITY]
    assert not missing, (
        f"declare in decisions/visibility.py VISIBILITY whether anonymous visitors may "
        f"read {missing} (PUBLIC) or not (INTERNAL)"
    )
    assert set(VISIBILITY.values()) <= {PUBLIC, INTERNAL}
    gone = set(VISIBILITY) - {m._meta.label for m in apps.get_models(include_auto_created=True)}
    assert not gone, f"VISIBILITY names models that are gone: {gone}"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db
def test_the_factory_makes_a_row_through_every_field_that_refers_to_an_item_or_a_body(media):
    made = make_item_with_everything()
    item, body = made["item"], made["item"].owner
    empty = [
        label(f)
        for model, target in ((ActionItem, item), (Body, body))
        for f in relations.references(model)
        if not f.model._base_manager.filter(**{f.name: target}).exists()
    ]
    assert not empty, f"add a row of {empty} to tests/factory.py make_item_with_everything"
    none = [m._meta.label for m in hanging() if not m._base_manager.exists()]
    assert not none, f"add a row of {none} to tests/factory.py make_item_with_everything"


def row_counts() -> dict[str, int]:
    return {m._meta.label: m._base_manager.count() for m in hanging()}


@pytest.mark.django_db
def test_a_backup_gives_back_every_row_of_every_model_that_hangs_on_an_item_or_a_body(
    tmp_path, media
):
    make_item_with_everything()
    before = row_counts()
    path = tmp_path / "backup.tar.gz"
    call_command("backup", str(path), stdout=StringIO())
    for model in (Letter, Report, Body, User):
        model.objects.all().delete()
    assert not ActionItem.objects.exists()
    shutil.rmtree(media)
    call_command("restore", str(path), stdout=StringIO())
    after = row_counts()
    assert after == before, {k: (before[k], after[k]) for k in before if before[k] != after[k]}
