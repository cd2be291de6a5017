"""The pages' cached content (tracker/layered_cache.py): the shared cache,
with a copy in the process's memory that never outlives the shared one."""

from __future__ import annotations

import time

from django.core.cache import cache, caches
from django.urls import reverse

from tracker.layered_cache import LayeredCache


def test_a_copy_is_read_from_memory_and_expires_with_the_shared_time(monkeypatch):
    pages = caches["pages"]
    pages.set("k", "content", 60)
    cache.clear()  # the shared copy gone: the memory's still answers
    assert pages.get("k") == "content"
    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)
    assert pages.get("k") is None


def test_another_process_reads_the_shared_copy_until_its_time(monkeypatch):
    pages = caches["pages"]
    pages.set("k", "content", 60)
    other = LayeredCache("", {"OPTIONS": {"SHARED": "default"}})
    assert other.get("k") == "content"
    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)
    assert other.get("k") is None


def test_no_time_keeps_nothing_and_the_memory_is_bounded():
    pages = LayeredCache("", {"OPTIONS": {"SHARED": "default", "MAX_ENTRIES": 2}})
    pages.set("zero", "x", 0)
    assert pages.get("zero") is None
    for key in ("a", "b", "c"):
        pages.set(key, key, 60)
    assert len(pages._local) == 2


def test_an_update_shows_on_the_dashboard_at_once_though_a_copy_is_kept(client, editor):
    from tests.factory import make_decision, make_item, make_report

    client.force_login(editor)
    item = make_item(make_decision(make_report()), summary="A first request")
    assert "1 action item;" in client.get(reverse("decisions:dashboard")).content.decode()
    make_item(make_decision(make_report(symbol="OIC/OTHER/1")), summary="Another")
    page = client.get(reverse("decisions:dashboard")).content.decode()
    assert "2 action items;" in page
    assert item.pk
