"""The setup commands that `make run` calls."""

from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from decisions.models import Body

pytestmark = pytest.mark.django_db


def call(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_ensure_staff_prints_a_generated_password_once():
    out = call("ensure_staff")
    password = re.search(r"password '([^']+)'", out).group(1)
    assert len(password) >= 12
    admin = User.objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password(password)
    assert "already exists" in call("ensure_staff")


def test_load_bodies_is_idempotent():
    before = Body.objects.count()
    out = call("load_bodies")
    assert "0 created, 0 updated" in out
    assert Body.objects.count() == before


def test_load_bodies_brings_back_an_edited_registry_entry():
    Body.objects.filter(slug="isdb").update(name_en="Changed")
    call("load_bodies")
    assert Body.objects.get(slug="isdb").name_en == "Islamic Development Bank"


def test_load_bodies_rejects_a_broken_registry(tmp_path):
    path = tmp_path / "bodies.json"
    path.write_text(json.dumps([{"slug": "a", "name_en": "A", "parent": "b"}]))
    with pytest.raises(CommandError, match="parent 'b' must come first"):
        call("load_bodies", "--path", str(path))
