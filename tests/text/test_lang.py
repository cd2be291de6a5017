"""decisions.text.lang: the per-language tables are the only place a
language is named; the code reads every table it is given."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

from decisions.text import lang
from decisions.text.lang import LANGUAGES, LanguageTables

TEXT_DIR = Path(lang.__file__).parent.parent
ROOT = TEXT_DIR.parent.parent
LANGUAGE_MODULES = [
    m.name for m in pkgutil.iter_modules(lang.__path__) if not m.name.startswith("_")
]


@pytest.mark.parametrize("name", LANGUAGE_MODULES)
def test_each_language_module_holds_its_tables_and_is_listed(name):
    tables = importlib.import_module(f"decisions.text.lang.{name}").TABLES
    assert isinstance(tables, LanguageTables)
    assert tables.code == name
    assert tables in LANGUAGES


@pytest.mark.parametrize("tables", LANGUAGES, ids=lambda t: t.code)
def test_every_pattern_of_a_table_compiles(tables):
    for f in dataclasses.fields(tables):
        value = getattr(tables, f.name)
        if isinstance(value, tuple) and value and isinstance(value[0], str):
            for fragment in value:
                re.compile(fragment)
    for verb in tables.verbs:
        assert verb.kind in {"request", "statement"}
        re.compile(verb.pattern)
    for marker in tables.infinitive_markers:
        assert "verb" in re.compile(marker.pattern).groupindex
        re.compile(marker.verb)


def test_no_code_module_names_a_language():
    codes = {t.code for t in LANGUAGES}
    found = []
    for path in TEXT_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in codes:
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    assert found == []


ANOTHER_LANGUAGE = """
import dataclasses
from decisions.text import lang
from decisions.text.lang import VerbPattern, en

xx = dataclasses.replace(
    en.TABLES,
    code="xx",
    common_words=frozenset({"zz"}),
    verbs=(VerbPattern("request", r"(?<![\\w'])beseeches(?![\\w'])", needs_context=False),),
)
lang.LANGUAGES = (*lang.LANGUAGES, xx)

from decisions.text.bodies import RegistryEntry
from decisions.text.requests import extract
from decisions.text.titleblock import language_of

registry = [RegistryEntry("secretary-general", "Secretary-General", ())]
result = extract("The Council beseeches the Secretary-General to report.", registry)
print(language_of("zz zz zz the"), [r.owner.slug for r in result.requests])
"""


def test_a_language_added_as_a_table_is_read_without_touching_the_code():
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", ANOTHER_LANGUAGE],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.split(None, 1) == ["xx", "['secretary-general']\n"]
