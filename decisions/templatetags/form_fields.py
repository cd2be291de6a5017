"""The fields of a form as the item page shows them (`_field.html` each),
kept per process when the form is unbound: Django renders every widget
through its form templates (0.2 to 0.6 ms a field), and an unbound form's
fields are the same for every visitor who gets that form with the same
initial values in the same language. A bound form (what a user typed, its
errors) is always rendered anew and never kept. The form's CSRF token and
its hidden version stay outside, in the page."""

from __future__ import annotations

import hashlib

from django import template
from django.core.cache import caches
from django.template.loader import render_to_string
from django.utils.translation import get_language

register = template.Library()

FIELDS_TEMPLATE = "decisions/includes/_fields.html"
KEEP_SECONDS = 86400


def _render(form, names) -> str:
    # A template's output: escaped, and safe (kept so in the cache).
    return render_to_string(FIELDS_TEMPLATE, {"fields": [form[name] for name in names]})


def fields_key(form, names) -> str:
    """What the rendered fields depend on: the form's class, ids and prefix,
    the fields and each one's initial value, and the language."""
    cls = type(form)
    values = repr([(name, form[name].value()) for name in names])
    parts = [
        f"{cls.__module__}.{cls.__qualname__}",
        str(form.auto_id),
        str(form.prefix),
        get_language() or "",
        ",".join(names),
        values,
    ]
    return "form_fields:" + hashlib.sha256("\x00".join(parts).encode()).hexdigest()


@register.simple_tag
def form_fields(form, *names: str) -> str:
    """`{% form_fields form "status" "note" %}`: the named fields, each in
    `_field.html`."""
    if form.is_bound:
        return _render(form, names)
    cache = caches["nav"]
    key = fields_key(form, names)
    html = cache.get(key)
    if html is None:
        html = _render(form, names)
        cache.set(key, html, KEEP_SECONDS)
    return html
