"""Every text a form takes is cleaned on the way in (issue 17, finding 5).

Control characters, a NUL and the bidi overrides are dropped from every text
field of every form of the app, whether the field is declared in a form, made
by the admin from a model, or a filter of a list or of the API: the same text
with and without them is the same input. The forms are found by walking the
app, so a new form whose text field is a plain CharField fails here. The read
API's serializers take no input at all (every field is read-only).

A control character already stored (written before this, or by hand) does not
stop the backup: it is written without it, and the command says where.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from io import StringIO

import django_filters
import pytest
from allauth.core.context import request_context
from allauth.mfa.models import Authenticator
from django import forms
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.urls import reverse
from rest_framework import serializers as drf_serializers

import decisions
from decisions.api.auth import api_token_create
from decisions.correspondence import services as correspondence
from decisions.models import ActionItem, Body, Report, StatusUpdate
from decisions.models.catalog import ApiToken
from decisions.models.lineage import LifecycleDecision
from tests.factory import make_body, make_item, make_user

pytestmark = pytest.mark.django_db

# What a careless paste or a hostile client sends: NUL, SOH, a right-to-left
# override, BEL, ESC.
NOISE = "\x00\x01\u202e"
TAIL = "\x07\x1b"
# Values a text field may legitimately hold: words, an address, a number, a slug.
SAMPLES = ["Laptop 2", "https://example.org/a", "12", "laptop-2"]


def dirty(value: str) -> str:
    return value[:3] + NOISE + value[3:] + TAIL


def _import_the_app() -> None:
    for module in pkgutil.walk_packages(decisions.__path__, "decisions."):
        if ".migrations" not in module.name:
            importlib.import_module(module.name)


def _subclasses(cls) -> list[type]:
    found, todo = [], [cls]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("decisions."):
                found.append(sub)
    return sorted(set(found), key=lambda c: f"{c.__module__}.{c.__qualname__}")


_import_the_app()
FORMS = _subclasses(forms.BaseForm)
FILTERSETS = _subclasses(django_filters.FilterSet)
SERIALIZERS = _subclasses(drf_serializers.BaseSerializer)


def _letter():
    body = make_body(registered=True)
    return correspondence.letter_record(
        reference=f"REF/{body.slug}",
        sent_on="2025-01-02",
        subject="Subject",
        recipients=[body],
        by=None,
    )


# Forms that need more than their data, by class name: the keyword arguments.
FORM_KWARGS = {
    "ReplyForm": lambda: {"letter": _letter()},
    # The sign-in's second step (decisions.accounts.mfa): the user signing in.
    "AuthenticateForm": lambda: {"user": make_user()},
    "ReauthenticateForm": lambda: {"user": make_user()},
    # The security key's name (decisions.accounts.mfa): its owner, or the key renamed.
    "AddWebAuthnForm": lambda: {"user": make_user()},
    # The password change with its box (decisions.accounts.forms): whose password.
    "PasswordChangeForm": lambda: {"user": make_user()},
    "EditWebAuthnForm": lambda: {
        "instance": Authenticator(
            user=make_user(), type=Authenticator.Type.WEBAUTHN, data={"name": "Laptop"}
        )
    },
}


def _form(cls, data: dict):
    """The form bound to `data`, validated; `cls` is a Form or a FilterSet."""
    if issubclass(cls, django_filters.FilterSet):
        queryset = cls._meta.model._default_manager.all()
        form = cls(data, queryset=queryset).form
    else:
        required = [
            p.name
            for p in inspect.signature(cls.__init__).parameters.values()
            if p.kind is p.KEYWORD_ONLY and p.default is p.empty
        ]
        assert set(required) <= set(FORM_KWARGS.get(cls.__name__, lambda: {})()), (
            f"{cls.__qualname__} needs {required}: add them to FORM_KWARGS"
        )
        form = cls(data, **FORM_KWARGS.get(cls.__name__, lambda: {})())
    # django-allauth's forms (the second factor's) read the request from its context.
    with request_context(RequestFactory().post("/")):
        form.is_valid()
    return form


def _text_fields(cls) -> list[str]:
    fields = cls.base_filters if issubclass(cls, django_filters.FilterSet) else cls.base_fields
    if issubclass(cls, django_filters.FilterSet):
        return [n for n, f in fields.items() if issubclass(f.field_class, forms.CharField)]
    # Not a JSON field (a security key's credential, written by the browser): text
    # that is not JSON, control characters included, is refused whole, as it must be.
    # Not a password: it is kept as typed, since the sign-in compares it as typed.
    return [
        n
        for n, f in fields.items()
        if isinstance(f, forms.CharField)
        and not isinstance(f, forms.JSONField)
        and not isinstance(f.widget, forms.PasswordInput)
    ]


def _label(cls) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def test_the_walk_finds_the_forms_of_every_area():
    names = {c.__name__ for c in FORMS}
    assert {"StatusUpdateForm", "LetterForm", "LifecycleForm", "RegisterForm"} <= names
    assert {"ReportIntakeForm", "ProfileForm", "ActionItemAdminForm", "ApiTokenForm"} <= names
    assert {"ActionItemFilter", "ParagraphFilter", "UpdateFilter"} <= {
        c.__name__ for c in FILTERSETS
    }


@pytest.mark.parametrize("cls", FORMS + FILTERSETS, ids=_label)
def test_every_text_field_drops_control_characters_and_nul(cls):
    for name in _text_fields(cls):
        for sample in SAMPLES:
            clean = _form(cls, {name: sample})
            noisy = _form(cls, {name: dirty(sample)})
            where = f"{_label(cls)}.{name} given {dirty(sample)!r}"
            assert (name in clean.errors) == (name in noisy.errors), (
                f"{where}: {noisy.errors.get(name)}"
            )
            if name not in clean.errors:
                assert noisy.cleaned_data[name] == clean.cleaned_data[name], where


def _admin_text_fields():
    """(model admin, model field) for every text field the admin makes a
    form field of, on every model it edits (the app's, users and groups)."""
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in ("decisions", "auth"):
            continue
        for field in model._meta.get_fields():
            if getattr(field, "editable", False) and not field.is_relation:
                yield pytest.param(model_admin, field, id=f"{model.__name__}.{field.name}")


@pytest.mark.parametrize(("model_admin", "field"), list(_admin_text_fields()))
def test_every_admin_text_field_drops_control_characters_and_nul(model_admin, field, admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    form_field = model_admin.formfield_for_dbfield(field, request)
    if not isinstance(form_field, forms.CharField) or isinstance(form_field, forms.JSONField):
        return  # a date, a number, a choice; JSON, where a raw control character is refused
    for sample in SAMPLES:
        try:
            expected = form_field.clean(sample)
        except forms.ValidationError:
            with pytest.raises(forms.ValidationError):
                form_field.clean(dirty(sample))
            continue
        assert form_field.clean(dirty(sample)) == expected, f"{field} given {dirty(sample)!r}"


@pytest.mark.parametrize("cls", SERIALIZERS, ids=_label)
def test_no_api_serializer_takes_input(cls):
    """The API is read-only: a serializer that took a text would need cleaning."""
    writable = [n for n, f in cls().fields.items() if not f.read_only]
    assert writable == [], f"{_label(cls)}: {writable}"


# --- What the finding tried ------------------------------------------------------


@pytest.mark.parametrize("name", ["laptop\x01", "lap\x00top", "\u202elaptop\x7f"])
def test_an_api_key_is_named_without_control_characters(client, viewer, name):
    client.force_login(viewer)
    response = client.post(reverse("api:tokens"), {"name": name})
    assert response.status_code == 201
    assert ApiToken.objects.get(user=viewer).name == "laptop"


def test_an_api_key_named_only_with_control_characters_gets_the_default_name(client, viewer):
    client.force_login(viewer)
    response = client.post(reverse("api:tokens"), {"name": "\x00\x01"})
    assert response.status_code == 201
    assert ApiToken.objects.get(user=viewer).name == "API key"


def test_an_api_key_name_longer_than_the_column_gets_400(client, viewer):
    client.force_login(viewer)
    response = client.post(reverse("api:tokens"), {"name": "x" * 101})
    assert response.status_code == 400
    assert "100" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_a_lifecycle_decision_is_stored_without_control_characters(client, editor):
    item = make_item()
    client.force_login(editor)
    response = client.post(
        reverse("decisions:item_lifecycle", args=[item.pk]),
        {
            "action": "keep",
            "reason": "delivered",
            "approved_by": "The\x01 Secretary\x00-General\u202e",
            "note": "Seen\x0bat the\x07 meeting\x00.",
        },
    )
    assert response.status_code == 302, response.content.decode()
    decision = LifecycleDecision.objects.get(item=item)
    assert decision.approved_by == "The Secretary-General"
    assert decision.note == "Seen\nat the meeting."


def test_a_body_registered_with_control_characters_is_named_without_them(client, editor):
    body = make_body("new-body", registered=False)
    make_item(owner=body)
    client.force_login(editor)
    response = client.post(
        reverse("decisions:body_review_register", args=[body.slug]),
        {"name_en": "New\x01 Body\x00", "name_fr": "\u202eNouvel organe", "kind": body.kind},
    )
    assert response.status_code == 302, response.content.decode()
    body.refresh_from_db()
    assert (body.name_en, body.name_fr) == ("New Body", "Nouvel organe")


# --- The backup, with a control character already stored --------------------------


def _store_control_characters(user: User) -> ApiToken:
    """Text written past the forms, as older data or a shell session would."""
    item = make_item()
    token, _key = api_token_create(user=user, name="laptop")
    ApiToken.objects.filter(pk=token.pk).update(name="laptop\x01")
    nul = "" if connection.vendor == "postgresql" else "\x00"  # PostgreSQL stores no NUL
    StatusUpdate.objects.create(
        item=item, old_status=item.status, new_status=item.status, note=f"Seen\x0b{nul}\x1b."
    )
    User.objects.filter(pk=user.pk).update(first_name="Aisha\x02")
    return token


@pytest.mark.parametrize("name", ["backup.xml", "backup.tar.gz"])
def test_a_control_character_already_stored_does_not_stop_the_backup(tmp_path, viewer, name):
    _store_control_characters(viewer)
    path = tmp_path / name
    err = StringIO()
    call_command("backup", str(path), stdout=StringIO(), stderr=err)
    assert path.exists()
    said = err.getvalue()
    assert "3 texts held characters" in said
    assert "decisions.apitoken" in said and "auth.user" in said and "decisions.statusupdate" in said


def test_a_backup_of_control_characters_restores_without_them(tmp_path, viewer):
    token = _store_control_characters(viewer)
    path = tmp_path / "backup.xml"
    call_command("backup", str(path), stdout=StringIO(), stderr=StringIO())

    Report.objects.all().delete()
    Body.objects.all().delete()
    User.objects.all().delete()
    assert not ActionItem.objects.exists()
    call_command("restore", str(path), stdout=StringIO())

    assert ApiToken.objects.get(pk=token.pk).name == "laptop"
    assert User.objects.get(username="viewer").first_name == "Aisha"
    # As every export shows it (strip_unsafe): the vertical tab a line break.
    assert StatusUpdate.objects.get().note == "Seen\n."
