"""The layout's parts kept per language ({% kept %}, decisions/templatetags/
layout.py) and the language chosen once a request (the profile's language
in Django's LocaleMiddleware, decisions/accounts/middleware.py)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.template import Context, Template, TemplateSyntaxError
from django.templatetags.static import static
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from decisions.accounts import services as account_services
from tests.factory import make_user

KEPT = (
    "{% load i18n static layout %}{% kept %}<a>{% translate 'Skip to content' %}</a>"
    "{% translate 'Menu' context 'navigation' %}"
    "<link href=\"{% static 'css/app.css' %}\">{% endkept %}"
)


def _render(source: str, language: str) -> str:
    with translation.override(language):
        return Template(source).render(Context({}))


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_kept_part_is_what_its_content_renders_in_each_language(language):
    plain = KEPT.replace("{% kept %}", "").replace("{% endkept %}", "")
    template = Template(KEPT)
    for _ in range(2):  # the second from what was kept
        with translation.override(language):
            assert template.render(Context({})) == _render(plain, language)


def test_a_kept_part_follows_the_language_and_the_settings():
    template = Template(KEPT)
    with translation.override("fr"):
        french = template.render(Context({}))
    with translation.override("en"):
        english = template.render(Context({}))
    assert "Skip to content" in english and "Skip to content" not in french
    with override_settings(STATIC_URL="/elsewhere/"), translation.override("en"):
        assert "/elsewhere/" in template.render(Context({}))
    with translation.override("en"):
        assert template.render(Context({})) == english


@pytest.mark.parametrize(
    "inside",
    [
        "{{ user }}",
        "{% if user %}x{% endif %}",
        "{% block title %}x{% endblock %}",
        "{% translate name %}",
        "{% translate 'Menu'|upper %}",
        "{% translate 'Menu' as menu %}",
        "{% translate 'Menu' context which %}",
        "{% static path %}",
        "{% static 'css/app.css' as sheet %}",
        "{% csrf_token %}",
        "{% url 'floor' %}",
    ],
)
def test_kept_refuses_anything_that_may_differ_but_by_the_language(inside):
    with pytest.raises(TemplateSyntaxError):
        Template("{% load i18n static layout %}{% kept %}" + inside + "{% endkept %}")


def test_kept_holds_text_literal_translations_and_static_addresses():
    Template("{% load i18n static layout %}{% kept %}{% comment %}c{% endcomment %}{% endkept %}")
    with translation.override("en"):
        assert static("css/app.css") in Template(KEPT).render(Context({}))


def test_the_layout_shows_its_kept_parts_in_the_visitors_language(client, viewer):
    client.force_login(viewer)
    for language, skip in (("fr", "Aller au contenu"), ("en", "Skip to content")):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        for _ in range(2):
            page = client.get(reverse("floor")).content.decode()
            assert f'<html lang="{language}"' in page
            assert f'href="#content">{skip}</a>' in page
            assert f'href="{static("css/app.css")}"' in page
            assert page.rstrip().endswith("</html>")


# --- The language of a request ------------------------------------------------


def _lang(response) -> str:
    return response.content.decode().split('<html lang="', 1)[1].split('"', 1)[0]


def test_the_profile_language_wins_over_the_browsers_and_the_cookie_over_both(client, db):
    user = make_user("speaker", groups=("viewers",))
    account_services.profile_save(user=user, language="fr", email_mode="digest")
    client.force_login(user)
    response = client.get(reverse("floor"), HTTP_ACCEPT_LANGUAGE="ar")
    assert _lang(response) == "fr"
    assert response["Content-Language"] == "fr"
    assert "Accept-Language" in response["Vary"]
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert _lang(client.get(reverse("floor"), HTTP_ACCEPT_LANGUAGE="ar")) == "en"


def test_without_a_profile_language_the_browsers_language_is_taken(client, db):
    user = make_user("quiet", groups=("viewers",))
    client.force_login(user)
    response = client.get(reverse("floor"), HTTP_ACCEPT_LANGUAGE="ar")
    assert _lang(response) == "ar" and response["Content-Language"] == "ar"
    assert _lang(client.get(reverse("floor"))) == settings.LANGUAGE_CODE
    client.logout()
    login = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="fr")
    assert _lang(login) == "fr" and "Accept-Language" in login["Vary"]


def test_a_kept_part_escapes_as_its_surroundings_do():
    template = Template('{% load static layout %}{% kept %}{% static "it\'s.css" %}{% endkept %}')
    with translation.override("en"):
        assert template.render(Context({})).endswith("it&#x27;s.css")
        assert template.render(Context({}, autoescape=False)).endswith("it's.css")
        assert template.render(Context({})).endswith("it&#x27;s.css")
