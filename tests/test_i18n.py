"""The interface in English, French and Arabic: complete catalogues, no
English left on a French page, right-to-left Arabic pages, the language
switcher, localised dates."""

from __future__ import annotations

import ast
import gettext
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from decisions.items import services as item_services
from decisions.models import ActionItem, Body, Decision, Report, Status, StatusUpdate
from decisions.reporting import exports, feeds
from tests.factory import MALI_REPORT, make_user

LOCALE = settings.BASE_DIR / "locale"
N_PLURALS = {"fr": 2, "ar": 6}


# --- The catalogues -------------------------------------------------------------


@dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)  # 0 for a singular entry
    flags: set[str] = field(default_factory=set)


def read_po(path) -> list[Entry]:
    """The entries of a .po file (polib is not a dependency), header excluded."""
    entries: list[Entry] = []
    fields: dict = {}
    flags: set[str] = set()
    current = None

    def flush():
        nonlocal fields, flags, current
        if "msgid" in fields:
            msgstr = {k[1]: v for k, v in fields.items() if isinstance(k, tuple)}
            entries.append(
                Entry(
                    msgid=fields["msgid"],
                    msgctxt=fields.get("msgctxt"),
                    msgid_plural=fields.get("msgid_plural"),
                    msgstr=msgstr,
                    flags=flags,
                )
            )
        fields, flags, current = {}, set(), None

    for line in path.read_text("utf-8").splitlines() + [""]:
        line = line.strip()
        if not line:
            flush()
        elif line.startswith("#,"):
            flags |= {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            fields[current] += ast.literal_eval(line)
        else:
            keyword, _, value = line.partition(" ")
            match = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            current = ("msgstr", int(match.group(1))) if match else keyword
            if keyword == "msgstr":
                current = ("msgstr", 0)
            fields[current] = ast.literal_eval(value)
    return [e for e in entries if e.msgid]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_message_is_translated_and_none_is_fuzzy(lang):
    entries = read_po(LOCALE / lang / "LC_MESSAGES" / "django.po")
    assert len(entries) > 200
    header = (LOCALE / lang / "LC_MESSAGES" / "django.po").read_text("utf-8").split("\n\n")[0]
    assert "fuzzy" not in header
    problems = []
    for e in entries:
        if "fuzzy" in e.flags:
            problems.append(f"fuzzy: {e.msgid!r}")
        expected = N_PLURALS[lang] if e.msgid_plural else 1
        if len(e.msgstr) != expected:
            problems.append(f"{len(e.msgstr)} forms instead of {expected}: {e.msgid!r}")
        problems.extend(f"empty: {e.msgid!r}" for s in e.msgstr.values() if not s.strip())
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_compiled_catalogue_matches_the_po_file(lang):
    """The .mo in the repository was compiled from the current .po."""
    folder = LOCALE / lang / "LC_MESSAGES"
    with (folder / "django.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    catalog = compiled._catalog  # msgid (or "ctx\x04msgid", or (msgid, n)) -> msgstr
    stale = []
    for e in read_po(folder / "django.po"):
        key = f"{e.msgctxt}\x04{e.msgid}" if e.msgctxt is not None else e.msgid
        for n, text in e.msgstr.items():
            found = catalog.get((key, n)) if e.msgid_plural else catalog.get(key)
            if found != text:
                stale.append(f"{e.msgid!r}[{n}]: .mo has {found!r}")
    assert not stale, "run manage.py compilemessages:\n" + "\n".join(stale)


def english_msgids() -> set[str]:
    """Every English text the French catalogue changes, whitespace-normalised."""
    texts = set()
    for e in read_po(LOCALE / "fr" / "LC_MESSAGES" / "django.po"):
        for msgid, msgstr in ((e.msgid, e.msgstr[0]), (e.msgid_plural, e.msgstr.get(1))):
            if msgid and msgstr and msgid != msgstr:
                texts.add(" ".join(msgid.split()))
    return texts


# --- The pages, in French ----------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
SHOWN_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")


class VisibleText(HTMLParser):
    """The text a reader sees or hears: text nodes and labelling attributes,
    without scripts, styles, the language switcher (each language in its own
    name) and anything marked as written in another language (user data)."""

    def __init__(self, lang: str):
        super().__init__(convert_charrefs=True)
        self.lang = lang
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[str] = []

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skip = (
            self.skipping
            or tag in ("script", "style")
            or "language-form" in (attrs.get("class") or "").split()
            or (tag != "html" and attrs.get("lang", self.lang)[:2] != self.lang)
        )
        if not skip:
            self.texts.extend(attrs[a] for a in SHOWN_ATTRIBUTES if attrs.get(a))
        if tag not in VOID:
            self.stack.append((tag, skip))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.texts.append(data)


def visible_texts(html: str, lang: str) -> list[str]:
    parser = VisibleText(lang)
    parser.feed(html)
    return [" ".join(t.split()) for t in parser.texts]


def user_data() -> list[str]:
    """What users and reports wrote: never a reason to fail."""
    data = []
    for body in Body.objects.all():
        data += [body.name_en, body.name_fr, body.name_ar, body.acronym_en, body.acronym_fr]
    for report in Report.objects.all():
        data += [report.symbol, report.title, report.meeting, report.place]
    data += list(Decision.objects.values_list("text", flat=True))
    data += list(ActionItem.objects.values_list("summary", flat=True))
    data += list(ActionItem.objects.values_list("due_text", flat=True))
    data += list(StatusUpdate.objects.values_list("note", flat=True))
    data += list(User.objects.values_list("username", flat=True))
    # The spreadsheet's column names are a machine-read contract, in English.
    data += [f"« {name} »" for name in (*exports.HEADERS, *exports.EDITABLE_HEADERS)]
    return sorted({" ".join(d.split()) for d in data if d}, key=len, reverse=True)


# English words that have no business on a French page. ("page", "note",
# "date", "total", "on", "a", "as", "or" are French words too.)
ENGLISH_WORDS = [
    "the",
    "and",
    "of",
    "for",
    "with",
    "from",
    "by",
    "to",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "not",
    "no",
    "none",
    "nothing",
    "yet",
    "all",
    "any",
    "your",
    "you",
    "this",
    "that",
    "these",
    "item",
    "items",
    "overdue",
    "status",
    "report",
    "reports",
    "search",
    "update",
    "updates",
    "owner",
    "owners",
    "progress",
    "due",
    "next",
    "previous",
    "log",
    "out",
    "dashboard",
    "body",
    "bodies",
    "paragraph",
    "paragraphs",
    "request",
    "completed",
    "stalled",
    "started",
    "cancelled",
    "partners",
    "history",
    "record",
    "filter",
    "apply",
    "clear",
    "download",
    "upload",
    "name",
    "password",
    "user",
    "back",
    "found",
    "denied",
    "access",
    "within",
    "days",
]
ENGLISH_WORD = re.compile(r"\b(" + "|".join(ENGLISH_WORDS) + r")\b", re.IGNORECASE)
URL = re.compile(r"https?://\S+")


@pytest.fixture
def mali(db, editor):
    call_command("load_bodies", stdout=StringIO())
    call_command("import_report", str(MALI_REPORT), stdout=StringIO())
    report = Report.objects.get()
    items = ActionItem.objects.filter(decision__report=report).order_by("pk")
    item_services.action_item_set_status(
        item=items.get(decision__number="xiv", owner__slug="secretary-general"),
        status=Status.IN_PROGRESS,
        note="Les dates de la mission ont été convenues avec Bamako.",
        by=editor,
    )
    item_services.action_item_set_status(
        item=items.filter(decision__number="xiii").first(),
        status=Status.COMPLETED,
        note="Inventaire des manuscrits de Tombouctou achevé.",
        by=editor,
    )
    item_services.action_item_set_status(
        item=items.filter(decision__number="x").first(),
        status=Status.STALLED,
        note="En attente du financement.",
        by=editor,
    )
    feeds.calendar_token_renew(user=editor)
    return report


def french_pages(client, mali, editor):
    """(name, response) for every page, requested in French."""
    item = ActionItem.objects.get(decision__number="xiv", owner__slug="secretary-general")
    urls = {
        "dashboard": reverse("decisions:dashboard"),
        "item list": reverse("decisions:item_list"),
        "filtered item list": reverse("decisions:item_list") + "?overdue=yes",
        "item detail": item.get_absolute_url(),
        "body list": reverse("decisions:body_list"),
        "body detail": item.owner.get_absolute_url(),
        "report list": reverse("decisions:report_list"),
        "report detail": mali.get_absolute_url(),
        "calendar": reverse("decisions:calendar"),
        "upload": reverse("decisions:items_upload"),
        "404": "/items/999999/",
    }
    client.force_login(editor)
    pages = [(name, client.get(url, HTTP_ACCEPT_LANGUAGE="fr")) for name, url in urls.items()]
    client.force_login(make_user("no-role"))
    pages.append(("403", client.get(urls["dashboard"], HTTP_ACCEPT_LANGUAGE="fr")))
    client.logout()
    pages.append(("login", client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="fr")))
    expected = {"404": 404, "403": 403}
    for name, response in pages:
        assert response.status_code == expected.get(name, 200), name
        assert '<html lang="fr" dir="ltr">' in response.content.decode(), name
    return pages


def test_no_page_shows_an_english_message_in_french(client, mali, editor):
    english = english_msgids()
    found = []
    for name, response in french_pages(client, mali, editor):
        for text in visible_texts(response.content.decode(), "fr"):
            if text in english:
                found.append(f"{name}: {text!r}")
    assert not found, "untranslated on French pages:\n" + "\n".join(found)


def test_no_english_word_is_left_on_a_french_page(client, mali, editor):
    pages = french_pages(client, mali, editor)
    data = user_data()
    found = []
    for name, response in pages:
        text = " | ".join(visible_texts(response.content.decode(), "fr"))
        text = URL.sub(" ", text)
        for value in data:
            text = text.replace(value, " ")
        for match in ENGLISH_WORD.finditer(text):
            context = text[max(0, match.start() - 40) : match.end() + 40]
            found.append(f"{name}: {match.group(0)!r} in …{context}…")
    assert not found, "English words on French pages:\n" + "\n".join(found)


def test_the_checks_catch_an_english_text_on_a_french_page():
    """The two checks above can fail."""
    html = (
        '<html lang="fr"><body><h1>Action items</h1><p lang="en">Islamic Development Bank</p>'
        '<form class="language-form"><option>English</option></form>'
        '<span aria-label="Pages">x</span></body></html>'
    )
    texts = visible_texts(html, "fr")
    assert texts == ["Action items", "Pages", "x"]
    assert "Action items" in english_msgids()
    assert ENGLISH_WORD.search(" ".join(texts))


# --- Arabic, the switcher, dates ----------------------------------------------------------


def test_arabic_pages_are_right_to_left_with_arabic_names_and_statuses(client, mali, editor):
    client.force_login(editor)
    sg = Body.objects.get(slug="secretary-general")
    urls = (reverse("decisions:dashboard"), reverse("decisions:item_list"), sg.get_absolute_url())
    for url in urls:
        content = client.get(url, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
        assert '<html lang="ar" dir="rtl">' in content, url
        assert sg.name_ar in content, url
        assert sg.name_en not in content.replace(f'lang="en" dir="ltr">{sg.name_en}', ""), url
        assert 'class="status status-in_progress">قيد التنفيذ<' in content, url


def test_an_arabic_report_page_keeps_the_paragraphs_in_their_language(client, mali, editor):
    client.force_login(editor)
    content = client.get(mali.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<header class="title-block" lang="fr" dir="ltr">' in content
    assert '<p lang="ar" dir="rtl">' in content  # place and date, in the interface's language
    assert "20 سبتمبر 2017" in content
    assert '<p lang="fr" dir="ltr">La Réunion a demandé' in content


def test_the_switcher_is_a_form_that_works_without_javascript(client, db):
    content = client.get(reverse("login")).content.decode()
    form = re.search(r'<form method="post" action="/i18n/setlang/".*?</form>', content, re.S)
    assert form is not None
    form = form.group(0)
    assert 'name="csrfmiddlewaretoken"' in form
    assert '<label for="language-select">Language</label>' in form
    for code, name in settings.LANGUAGES:
        assert f'<option value="{code}" lang="{code}"' in form
        assert f">{name}</option>" in form
    assert 'type="submit"' in form
    assert "<script" not in content


def test_the_switcher_sets_the_language(client, viewer):
    client.force_login(viewer)
    response = client.post(
        reverse("set_language"), {"language": "fr", "next": reverse("decisions:item_list")}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("decisions:item_list")
    content = client.get(response["Location"]).content.decode()
    assert '<html lang="fr" dir="ltr">' in content
    assert "<h1>Actions</h1>" in content
    assert '<option value="fr" lang="fr" selected>Français</option>' in content


def test_french_pages_show_french_dates(client, mali, editor):
    client.force_login(editor)
    report = client.get(mali.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "20 septembre 2017" in report
    items = client.get(reverse("decisions:item_list"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert re.search(r"\b16 déc\. 2017\b", items)
    dashboard = client.get(reverse("decisions:dashboard"), HTTP_ACCEPT_LANGUAGE="fr")
    assert "sept. 2017" in dashboard.content.decode()


def test_english_stays_the_default(client, mali, editor):
    client.force_login(editor)
    content = client.get(reverse("decisions:item_list")).content.decode()
    assert '<html lang="en" dir="ltr">' in content
    assert "16 Dec 2017" in content
