"""The layout's header (templates/includes/_site_header.html: brand, menu,
search, the user, the language switcher), kept per process.

Every signed-in page renders it, and rendering it cost about a third of the
signed-in floor (`make bench`): a dozen `{% url %}` and `{% translate %}`,
two forms. What it shows differs between requests only by the language, the
current page, the script prefix and the kind of visitor (signed in, may
read, reads internal pages, staff, may record updates, submits updates for
review, has a home page), and by four bits of the user's own: their name,
the page's address (twice: the language form's return address, the login
link's `next`) and the CSRF token.

`{% site_header %}` renders the template once for each kind, language and
page with a marker in place of each of those four, cuts it at the markers
and keeps the pieces in the process's memory (the "nav" cache, as the
menu). On each request it joins the pieces with this request's values,
escaped as the template escapes them. What is kept holds nothing of any user
(tests/test_views_layout.py checks it); the pieces are the template's own
output, so the page is the same as if the template had been rendered.

`{% kept %}...{% endkept %}` holds the layout's parts that depend on the
language alone: fixed text, `{% translate "literal" %}` and
`{% static "literal" %}`, nothing else (the tag refuses anything else when
the template is read, a `{% block %}` included). Each is rendered once per
process for each language (and script prefix, and autoescaping on or off),
then copied; a changed setting (in tests) forgets them.
"""

from __future__ import annotations

import re

from django import template
from django.core.cache import caches
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.base import TextNode, Variable
from django.template.defaultfilters import urlencode
from django.template.defaulttags import CommentNode
from django.template.loader import get_template
from django.templatetags.i18n import TranslateNode
from django.templatetags.static import StaticNode
from django.urls import get_script_prefix, get_urlconf
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

HEADER_TEMPLATE = "includes/_site_header.html"
KEEP_SECONDS = 86400
# A marker: a character no template writes, around the hole's name.
MARK = "\x00"
HOLES = {
    "header_user_name": f"{MARK}user{MARK}",
    "header_next": f"{MARK}next{MARK}",
    "header_login_next": f"{MARK}login_next{MARK}",
    "csrf_token": f"{MARK}csrf{MARK}",
}
_SPLIT = re.compile(f"{MARK}(\\w+){MARK}")


def _call(value):
    return value() if callable(value) else value


def _kind(context, request, user) -> tuple:
    """What the header's markup depends on besides the holes: the values
    the template reads, in the order it reads them."""
    authenticated = bool(getattr(user, "is_authenticated", False))
    may_read = bool(_call(context.get("may_read")))
    staff = bool(getattr(user, "is_staff", False))
    if may_read:
        match = getattr(request, "resolver_match", None)
        current = getattr(match, "url_name", None) or ""
        internal = bool(_call(context.get("reads_internal")))
        record = bool(user is not None and user.has_perm("decisions.record_update"))
        submits = bool(_call(context.get("submits"))) if internal and not record else False
        home = bool(_call(context.get("has_home"))) if internal else False
    else:
        current, internal, record, submits, home = "", False, False, False, False
    return (
        context.get("LANGUAGE_CODE") or "",
        get_script_prefix(),
        str(get_urlconf() or ""),
        authenticated,
        may_read,
        current,
        internal,
        staff,
        record,
        submits,
        home,
    )


def _pieces(context, key: str) -> list[str]:
    cache = caches["nav"]
    pieces = cache.get(key)
    if pieces is None:
        with context.push(**HOLES):
            html = get_template(HEADER_TEMPLATE).template.render(context)
        pieces = _SPLIT.split(html)  # text, hole, text, hole, ..., text
        cache.set(key, pieces, KEEP_SECONDS)
    return pieces


@register.simple_tag(takes_context=True)
def site_header(context) -> str:
    request = context.get("request")
    user = context.get("user")
    token = context.get("csrf_token")
    path = request.get_full_path() if request is not None else ""
    values = {
        "user": conditional_escape(
            (user.get_full_name() or user.get_username())
            if getattr(user, "is_authenticated", False)
            else ""
        ),
        "next": conditional_escape(path),
        "login_next": conditional_escape(urlencode(path)),
    }
    if request is None or not token or str(token) == "NOTPROVIDED":
        # No request or no token (an error page rendered on its own): the
        # template as it is, nothing kept.
        real = {
            "header_user_name": values["user"],
            "header_next": values["next"],
            "header_login_next": values["login_next"],
        }
        with context.push(**real):
            return mark_safe(get_template(HEADER_TEMPLATE).template.render(context))  # noqa: S308
    values["csrf"] = conditional_escape(str(token))
    key = "site_header:" + "|".join(str(part) for part in _kind(context, request, user))
    pieces = _pieces(context, key)
    out = pieces[:]
    for i in range(1, len(out), 2):
        out[i] = values[out[i]]
    # The template's own output (escaped by it) and values escaped above.
    return mark_safe("".join(out))  # noqa: S308


# --- Parts kept per language --------------------------------------------------

# Bumped when a setting changes (tests: the static files' storage, the
# languages, the translations' paths), so nothing kept outlives it.
_settings_seen = [0]


@receiver(setting_changed, dispatch_uid="decisions.layout_kept")
def _forget_kept(**kwargs) -> None:
    _settings_seen[0] += 1


def _literal(expression) -> bool:
    """A quoted string without filters, as `"Log out"` or `'css/app.css'`."""
    if expression is None:
        return True
    var = expression.var
    literal = isinstance(var, str) or (isinstance(var, Variable) and var.literal is not None)
    return literal and not expression.filters


def _language_only(node) -> bool:
    if isinstance(node, TextNode | CommentNode):
        return True
    if isinstance(node, TranslateNode):
        return (
            node.asvar is None
            and _literal(node.filter_expression)
            and _literal(node.message_context)
        )
    if isinstance(node, StaticNode):
        return node.varname is None and _literal(node.path)
    return False


class KeptNode(template.Node):
    # Holds no block (the tag refuses one): ExtendsNode's search for blocks
    # need not look inside.
    child_nodelists = ()

    def __init__(self, nodelist):
        self.nodelist = nodelist
        self.kept: dict = {}

    def render(self, context) -> str:
        key = (get_language(), context.autoescape, get_script_prefix(), _settings_seen[0])
        html = self.kept.get(key)
        if html is None:
            html = self.nodelist.render(context)
            if len(self.kept) > 64:  # a test's languages and prefixes: bounded
                self.kept.clear()
            self.kept[key] = html
        return html


@register.tag
def kept(parser, token):
    """{% kept %}text, {% translate "..." %}, {% static "..." %}{% endkept %}"""
    if len(token.split_contents()) != 1:
        raise template.TemplateSyntaxError("{% kept %} takes no argument")
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    for node in nodelist:
        if not _language_only(node):
            raise template.TemplateSyntaxError(
                '{% kept %} holds only text, {% translate "..." %} and '
                f'{{% static "..." %}}, not {node!r}'
            )
    return KeptNode(nodelist)
