"""The admin names its models in the reader's language: every model of the
project the admin shows has a name and a plural translated in French and
Arabic, so a model added later without them fails here, and the admin's
index in French or Arabic shows no English model name."""

from __future__ import annotations

import functools
import re
from html import unescape
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import override

from tests.test_i18n import read_po

LANGUAGES = ("fr", "ar")
LOCALE = Path(settings.BASE_DIR) / "locale"


def is_project_app(app_config) -> bool:
    """An app whose code is the project's (not Django's or a library's, even
    installed in a virtual environment inside the checkout)."""
    path = Path(app_config.path).resolve()
    return path.is_relative_to(Path(settings.BASE_DIR).resolve()) and (
        "site-packages" not in path.parts
    )


def project_models_in_admin() -> list:
    models = [m for m in admin.site._registry if is_project_app(m._meta.app_config)]
    return sorted(models, key=lambda m: m._meta.label)


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    """The project's translations of messages without context or plural."""
    return {
        e.msgid: e.msgstr.get(0, "")
        for e in read_po(LOCALE / lang / "LC_MESSAGES" / "django.po")
        if e.msgctxt is None and e.msgid_plural is None
    }


def untranslated_names(model) -> list[str]:
    """What of the model's names a French or Arabic reader would read in
    English: a name that is not translatable at all (a plain text, as Django
    makes of the class name), or one that the language leaves as in English
    and its catalogue does not hold."""
    opts = model._meta
    problems = []
    for attr in ("verbose_name", "verbose_name_plural"):
        value = getattr(opts, attr)
        if not isinstance(value, Promise):
            problems.append(f"{opts.label}.{attr} {str(value)!r} is not translatable")
            continue
        with override("en"):
            english = str(value)
        for lang in LANGUAGES:
            with override(lang):
                translated = str(value)
            if translated == english and not catalogue(lang).get(english):
                problems.append(f"{opts.label}.{attr} {english!r} has no {lang} translation")
    return problems


def test_the_project_has_models_in_the_admin():
    labels = {m._meta.label for m in project_models_in_admin()}
    assert {"decisions.ActionItem", "decisions.Report", "decisions.Job"} <= labels


@pytest.mark.parametrize("model", project_models_in_admin(), ids=lambda m: m._meta.label)
def test_every_project_model_in_the_admin_is_named_in_french_and_arabic(model):
    assert untranslated_names(model) == []


def test_the_project_apps_in_the_admin_are_named_in_french_and_arabic():
    for app_config in {m._meta.app_config for m in project_models_in_admin()}:
        name = app_config.verbose_name
        assert isinstance(name, Promise), app_config.label
        with override("en"):
            english = str(name)
        for lang in LANGUAGES:
            with override(lang):
                assert str(name) != english, (app_config.label, lang)


def test_a_model_without_names_of_its_own_is_caught():
    """The check fails for a model of the project that has no names in its
    Meta (one the admin does not show: the admin's are all named)."""
    model = apps.get_model("decisions", "ReminderSent")
    assert "verbose_name" not in model._meta.original_attrs
    problems = untranslated_names(model)
    assert problems and "not translatable" in problems[0]


@pytest.mark.parametrize(
    "label",
    [
        # allauth registers them in this admin without names of their own;
        # decisions.accounts.admin names them (its other models it names itself).
        "usersessions.UserSession",
        "mfa.Authenticator",
    ],
)
def test_the_libraries_models_left_unnamed_are_named_in_french_and_arabic(label):
    model = apps.get_model(label)
    assert model in admin.site._registry
    assert untranslated_names(model) == []


def test_the_second_factors_app_is_not_named_a_ministry_in_arabic():
    """allauth's Arabic catalogue calls "MFA" the Ministry of Foreign Affairs;
    the project's catalogue, read first, corrects it."""
    name = apps.get_app_config("mfa").verbose_name
    with override("ar"):
        assert str(name) == "المصادقة متعددة العوامل"
    with override("fr"):
        assert str(name) == "Authentification multifacteur"


def test_every_model_in_the_admin_has_a_translatable_name():
    """Whoever's model it is: a plain name shows in English in every language."""
    plain = [
        m._meta.label
        for m in admin.site._registry
        if not isinstance(m._meta.verbose_name_plural, Promise)
        or not isinstance(m._meta.verbose_name, Promise)
    ]
    assert plain == []


# --- The admin's index --------------------------------------------------------------------


def index_names(client, lang: str) -> tuple[dict[str, str], str]:
    """The name the admin's index shows for each project model, by label,
    and the page."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    page = response.content.decode()
    names = {}
    for model in project_models_in_admin():
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        found = re.search(rf'<a href="{re.escape(url)}"[^>]*>([^<]*)</a>', page)
        assert found, (lang, opts.label)
        names[opts.label] = unescape(found.group(1)).strip()
    return names, page


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_admin_index_names_the_models_in_the_readers_language(client, admin_user, lang):
    client.force_login(admin_user)
    names, page = index_names(client, lang)
    for model in project_models_in_admin():
        opts = model._meta
        with override(lang):
            expected = capfirst(str(opts.verbose_name_plural))
        with override("en"):
            english = capfirst(str(opts.verbose_name_plural))
        assert names[opts.label] == expected != english, (lang, opts.label)
    expected = {"fr": "Actions", "ar": "الإجراءات"}[lang]
    assert names["decisions.ActionItem"] == expected
    assert "Action items" not in page
    assert "Member responses" not in page


@pytest.mark.django_db
def test_the_admin_index_names_the_models_in_english_by_default(client, admin_user):
    client.force_login(admin_user)
    names, _ = index_names(client, "en")
    assert names["decisions.ActionItem"] == "Action items"
    assert names["decisions.Decision"] == "Paragraphs"
