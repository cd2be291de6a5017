"""A `{% cache %}` block is shared by every visitor whose key matches: it
must hold nothing that belongs to one user (a form token, a name, a
permission), or the next user is served the first one's."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines
from django.template.base import Lexer, TokenType
from django.template.loader import get_template
from django.test import Client

from decisions.models import Watch
from tests.factory import make_body, make_item, make_user

TEMPLATE_DIRS = [Path(d) for d in settings.TEMPLATES[0]["DIRS"]]

# What belongs to one user: the CSRF token, the user and its permissions,
# the messages and the session; a name as a whole word, once quoted text is
# taken out ("the user sees" in a translation is not the variable).
PER_USER = re.compile(
    r"\b(csrf_token|user|perms|messages)\b|\brequest\.(user|session|COOKIES|META)\b"
)
QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')
INCLUDE = re.compile(r'^include\s+(?:["\']([^"\']+)["\'])?')


def _context_tags() -> set[str]:
    """The project's template tags that read the whole context (and so the
    user): a tag function whose first parameter is the context."""
    found = set()
    for library in engines["django"].engine.template_libraries.values():
        for name, compile_func in library.tags.items():
            func = getattr(compile_func, "__wrapped__", None)
            if func is None or not func.__module__.startswith("decisions."):
                continue
            params = list(inspect.signature(func).parameters)
            if params and params[0] == "context":
                found.add(name)
    return found


DOTTED = re.compile(r"\b(?:user|perms)(?:\.\w+)*")


def _unkeyed_per_user(content: str, keyed: set[str]) -> bool:
    """Whether `content` reads something of one user that the enclosing
    cache block's key does not name (the key may name `user.is_staff`: then
    each answer has its own fragment; never a token, a name or a message)."""
    rest = DOTTED.sub(lambda m: "" if m[0] in keyed else m[0], content)
    return bool(PER_USER.search(rest))


def _template_source(name: str) -> str:
    return get_template(name).template.source


def per_user_tags(source: str, *, context_tags: set[str], inside: bool = False) -> list[str]:
    """Every tag or variable of `source` that belongs to one user and sits
    inside a `{% cache %}` block (all of it with `inside`: an included
    template); included templates are read too."""
    found: list[str] = []
    depth = 1 if inside else 0
    keyed: set[str] = set()
    for token in Lexer(source).tokenize():
        if token.token_type not in (TokenType.BLOCK, TokenType.VAR):
            continue
        content = token.contents.strip()
        word = content.split(" ", 1)[0]
        if token.token_type == TokenType.BLOCK and word == "cache":
            depth += 1
            # `{% cache TIME NAME KEY... [using=...] %}`: what the key names is
            # each visitor's own fragment, not shared state.
            keyed |= {k for k in content.split()[3:] if not k.startswith("using=")}
            continue
        if token.token_type == TokenType.BLOCK and word == "endcache":
            depth -= 1
            if not depth:
                keyed.clear()
            continue
        if not depth:
            continue
        where = f"line {token.lineno}: {content}"
        if _unkeyed_per_user(QUOTED.sub("", content), keyed):
            found.append(where)
        elif token.token_type == TokenType.BLOCK and word in context_tags:
            found.append(f"{where} (the tag reads the whole context)")
        if token.token_type == TokenType.BLOCK and (match := INCLUDE.match(content)):
            if not match[1]:
                found.append(f"{where} (an include by a variable: cannot be checked)")
                continue
            included = per_user_tags(
                _template_source(match[1]), context_tags=context_tags, inside=True
            )
            found += [f"{where} -> {match[1]} {inner}" for inner in included]
    return found


def test_no_cached_fragment_holds_a_form_token_a_user_or_per_user_state():
    context_tags = _context_tags()
    found = []
    templates = sorted(p for d in TEMPLATE_DIRS for p in d.rglob("*.html"))
    assert len(templates) > 50
    cached = 0
    for path in templates:
        source = path.read_text(encoding="utf-8")
        cached += "{% cache " in source
        name = next(str(path.relative_to(d)) for d in TEMPLATE_DIRS if path.is_relative_to(d))
        found += [f"{name}: {f}" for f in per_user_tags(source, context_tags=context_tags)]
    assert cached >= 4  # the dashboard, the item list, a body's and a report's page
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "{% cache 60 'x' %}<form>{% csrf_token %}</form>{% endcache %}",
        "{% cache 60 'x' %}{{ user.get_username }}{% endcache %}",
        "{% cache 60 'x' %}{% if request.user.is_staff %}!{% endif %}{% endcache %}",
        "{% cache 60 'x' %}{% if perms.decisions.record_update %}!{% endif %}{% endcache %}",
        "{% cache 60 'x' %}{% cache 5 'y' %}{% endcache %}{{ messages }}{% endcache %}",
        "{% cache 60 'x' %}{% include 'includes/_language_form.html' %}{% endcache %}",
        "{% load lineage %}{% cache 60 'x' %}{% item_lineage item %}{% endcache %}",
        "{% cache 60 'x' %}{% include partial %}{% endcache %}",
    ],
)
def test_the_scan_finds_per_user_state_in_a_cached_fragment(source):
    assert per_user_tags(source, context_tags=_context_tags())


def test_the_scan_leaves_alone_what_is_outside_a_cached_fragment_or_quoted():
    source = (
        "{% csrf_token %}{{ user }}{% cache 60 'x' %}"
        "{% translate 'What the user sees' %}{{ body.name }}{% endcache %}{{ perms }}"
    )
    assert per_user_tags(source, context_tags=_context_tags()) == []


WATCH_TOKEN = re.compile(
    r'<form[^>]*class="watch-form"[^>]*>.*?name="csrfmiddlewaretoken" value="([^"]+)"', re.S
)


@pytest.mark.django_db
def test_two_users_each_get_their_own_token_on_the_body_page_and_can_watch(viewer):
    body = make_body("watched-body")
    make_item(owner=body)
    url = body.get_absolute_url()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(viewer)
    other = make_user(groups=("viewers",))
    second.force_login(other)
    tokens = []
    for client in (first, second):
        html = client.get(url).content.decode()
        tokens.append(WATCH_TOKEN.search(html)[1])
    assert tokens[0] != tokens[1]
    # The second user's own token: the Watch button works for them too.
    response = second.post(f"{url}watch/", {"csrfmiddlewaretoken": tokens[1]})
    assert response.status_code == 302
    assert Watch.objects.filter(user=other, body=body).exists()


def test_a_user_attribute_in_the_key_is_allowed_and_one_outside_it_is_not():
    tags: set[str] = set()
    keyed = "{% cache 60 nav user.is_staff %}{% if user.is_staff %}x{% endif %}{% endcache %}"
    assert per_user_tags(keyed, context_tags=tags) == []
    name = "{% cache 60 nav user.is_staff %}{{ user.get_full_name }}{% endcache %}"
    assert per_user_tags(name, context_tags=tags) == ["line 1: user.get_full_name"]
    token = "{% cache 60 nav user.is_staff %}{% csrf_token %}{% endcache %}"
    assert per_user_tags(token, context_tags=tags) == ["line 1: csrf_token"]
    bare = "{% cache 60 nav %}{% if perms.decisions.record_update %}x{% endif %}{% endcache %}"
    assert per_user_tags(bare, context_tags=tags)
