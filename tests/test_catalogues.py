"""Every message the code and the templates mark for translation is in both
catalogues, so no page, email or error shows English to a French or Arabic
reader because someone forgot `makemessages`.

The extraction is Django's own: `makemessages` (default options, as in the
README's command) runs on a copy of the files it would read from the project
root, with the same ignore patterns, and keeps its .pot; the test compares
the .pot's message ids with the committed .po files. Running it on a copy
leaves the work tree alone (makemessages writes a .py file beside each
template while it works, and its .pot and .po files into locale/). About
two seconds; it needs GNU gettext's xgettext and msguniq, as makemessages does.

test_i18n.py checks the other half: every entry translated, none fuzzy, the
.mo compiled from the .po.
"""

from __future__ import annotations

import ast
import contextlib
import fnmatch
import os
import shutil
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from tests.test_i18n import read_po

BASE = Path(settings.BASE_DIR)
LOCALE = BASE / "locale"
LANGUAGES = ("fr", "ar")
COMMAND = ".venv/bin/python manage.py makemessages -l fr -l ar --no-obsolete"

# What makemessages reads for the "django" domain, and what it skips by default.
EXTENSIONS = (".py", ".html", ".txt")
IGNORE_PATTERNS = ("CVS", ".*", "*~", "*.pyc")

# Two messages that no catalogue has: the extraction must find both, and the
# check must report both (see test_the_check_reports_a_message_missing_from_a_catalogue).
CANARY_TEMPLATE = "Canary: a template message that no catalogue has"
CANARY_PYTHON = "Canary: a Python message that no catalogue has"


@dataclass(frozen=True)
class Message:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    where: tuple[str, ...] = field(default=(), compare=False, hash=False)

    def __str__(self) -> str:
        text = repr(self.msgid)
        if self.msgctxt is not None:
            text = f"{self.msgctxt!r} | {text}"
        if self.msgid_plural is not None:
            text += f" / {self.msgid_plural!r}"
        return f"{text} ({', '.join(self.where[:3]) or '?'})"


def _ignored(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in IGNORE_PATTERNS)


def copy_sources(dest: Path) -> int:
    """Copy what makemessages would read from the project root (its default
    ignore patterns; neither locale/, STATIC_ROOT nor MEDIA_ROOT) into `dest`."""
    skipped_roots = {Path(p).resolve() for p in (settings.STATIC_ROOT, settings.MEDIA_ROOT) if p}
    copied = 0
    for dirpath, dirnames, filenames in os.walk(BASE):
        here = Path(dirpath)
        dirnames[:] = [
            d
            for d in dirnames
            if not _ignored(d) and d != "locale" and (here / d).resolve() not in skipped_roots
        ]
        for name in filenames:
            if name.endswith(EXTENSIONS) and not _ignored(name):
                target = dest / (here / name).relative_to(BASE)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(here / name, target)
                copied += 1
    return copied


def read_pot(path: Path) -> set[Message]:
    """The messages of a .pot file, with their "#:" locations."""
    messages = set()
    for block in path.read_text("utf-8").split("\n\n"):
        where: list[str] = []
        fields: dict[str, str] = {}
        current = None
        for line in block.splitlines():
            if line.startswith("#:"):
                where.extend(line[2:].split())
            elif line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
            elif not line.startswith("#") and " " in line:
                current, _, value = line.partition(" ")
                fields[current] = ast.literal_eval(value)
        if fields.get("msgid"):
            messages.add(
                Message(
                    fields["msgid"], fields.get("msgctxt"), fields.get("msgid_plural"), tuple(where)
                )
            )
    return messages


def extract(root: Path) -> set[Message]:
    """Run makemessages on `root` and return the messages of its .pot."""
    (root / "locale").mkdir(exist_ok=True)
    with contextlib.chdir(root), override_settings(LOCALE_PATHS=[str(root / "locale")]):
        # --all with no locale folder: build the .pot only; --keep-pot: leave it there.
        call_command("makemessages", all=True, keep_pot=True, verbosity=0, stdout=StringIO())
    return read_pot(root / "locale" / "django.pot")


def catalogue(lang: str) -> set[Message]:
    return {
        Message(e.msgid, e.msgctxt, e.msgid_plural)
        for e in read_po(LOCALE / lang / "LC_MESSAGES" / "django.po")
    }


def missing_from(lang: str, extracted: set[Message]) -> list[Message]:
    known = catalogue(lang)
    return sorted((m for m in extracted if m not in known), key=lambda m: (m.where, m.msgid))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[Message]:
    """The messages of the project's sources, plus one canary template and
    one canary module that no catalogue knows."""
    if not shutil.which("xgettext") or not shutil.which("msguniq"):
        pytest.fail("GNU gettext (xgettext, msguniq) is needed: apt-get install gettext")
    root = tmp_path_factory.mktemp("sources")
    assert copy_sources(root) > 150  # templates/, decisions/, tracker/ ...
    canary = root / "templates" / "canary" / "page.html"
    canary.parent.mkdir(parents=True)
    canary.write_text(f'{{% load i18n %}}<p>{{% translate "{CANARY_TEMPLATE}" %}}</p>\n')
    (root / "decisions" / "canary.py").write_text(
        f'from django.utils.translation import gettext_lazy as _\n\nLABEL = _("{CANARY_PYTHON}")\n'
    )
    return extract(root)


CANARIES = {Message(CANARY_TEMPLATE), Message(CANARY_PYTHON)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_marked_for_translation_is_in_the_catalogue(extracted, lang):
    missing = [m for m in missing_from(lang, extracted) if m not in CANARIES]
    assert not missing, (
        f"{len(missing)} message(s) missing from locale/{lang}/LC_MESSAGES/django.po; run\n"
        f"  {COMMAND}\nthen translate them (French and Arabic), and compile each catalogue:\n"
        f"  msgfmt -c -o locale/{lang}/LC_MESSAGES/django.mo locale/{lang}/LC_MESSAGES/django.po\n"
        + "\n".join(f"  {m}" for m in missing)
    )


def test_the_check_reports_a_message_missing_from_a_catalogue(extracted):
    """The extraction sees a new {% translate %} and a new _() and the check
    reports them: the test above can fail."""
    assert len(extracted) > 400
    for lang in LANGUAGES:
        reported = set(missing_from(lang, extracted))
        assert reported >= CANARIES, lang
    where = {m.msgid: m.where for m in extracted if m in CANARIES}
    assert where[CANARY_TEMPLATE] == ("templates/canary/page.html:1",)
    assert where[CANARY_PYTHON] == ("decisions/canary.py:3",)


def test_a_message_of_the_catalogue_and_of_the_code_is_found_in_both(extracted):
    """Plural and context are part of a message's identity, as in gettext."""
    plural = Message("%(n)s result.", msgid_plural="%(n)s results.")
    assert plural in extracted
    assert all(plural in catalogue(lang) for lang in LANGUAGES)
    assert Message("%(n)s result.") not in extracted


# --- Names xgettext does not know ---------------------------------------------------------

# The functions makemessages extracts from Python: xgettext's own keywords for
# Python (gettext, ngettext, _ ...) and those Django adds. A translation function
# imported under another name (`gettext as _t`) is never extracted: its messages
# stay out of the catalogues and show in English.
EXTRACTED_NAMES = {
    "_",
    "gettext",
    "ngettext",
    "gettext_noop",
    "gettext_lazy",
    "ngettext_lazy",
    "pgettext",
    "npgettext",
    "pgettext_lazy",
    "npgettext_lazy",
}
TRANSLATION_FUNCTIONS = EXTRACTED_NAMES - {"_"}


def unextracted_names(source: str) -> list[str]:
    """Names under which `source` imports or rebinds a translation function
    that xgettext does not extract from."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation":
            for alias in node.names:
                name = alias.asname or alias.name
                if alias.name in TRANSLATION_FUNCTIONS and name not in EXTRACTED_NAMES:
                    found.append(f"line {node.lineno}: {alias.name} as {name}")
        elif isinstance(node, ast.Assign) and isinstance(node.value, (ast.Name, ast.Attribute)):
            value = node.value.id if isinstance(node.value, ast.Name) else node.value.attr
            if value in TRANSLATION_FUNCTIONS:
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id not in EXTRACTED_NAMES:
                        found.append(f"line {node.lineno}: {target.id} = {value}")
    return found


def python_sources():
    for dirpath, dirnames, filenames in os.walk(BASE):
        dirnames[:] = [d for d in dirnames if not _ignored(d) and d != "locale"]
        for name in filenames:
            if name.endswith(".py"):
                yield Path(dirpath) / name


def test_translation_functions_keep_names_that_makemessages_extracts():
    found = []
    for path in python_sources():
        source = path.read_text("utf-8")
        if "translation" in source:
            found += [f"{path.relative_to(BASE)} {f}" for f in unextracted_names(source)]
    assert not found, "messages under these names are never extracted:\n" + "\n".join(found)


def test_the_name_check_catches_an_alias_and_a_rebinding():
    source = (
        "from django.utils.translation import gettext as _t, gettext_lazy as _\n"
        "from django.utils import translation\n"
        "tr = translation.gettext\n"
        "from django.utils.translation import override as o\n"
    )
    assert unextracted_names(source) == ["line 1: gettext as _t", "line 3: tr = gettext"]
