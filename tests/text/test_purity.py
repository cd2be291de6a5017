"""decisions.text is pure: standard library only, no Django, nothing else
from the app. Checked twice: by what importing it loads, and by its source."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import decisions.text

TEXT_DIR = Path(decisions.text.__file__).parent
ROOT = TEXT_DIR.parent.parent

IMPORT_ALL = """
import importlib, pkgutil, sys
import decisions.text as text
for info in pkgutil.walk_packages(text.__path__, "decisions.text."):
    importlib.import_module(info.name)
for name in sorted(sys.modules):
    print(name)
"""


def modules() -> list[Path]:
    return sorted(TEXT_DIR.rglob("*.py"))


def test_importing_every_text_module_loads_neither_django_nor_the_app():
    loaded = subprocess.run(  # noqa: S603
        [sys.executable, "-c", IMPORT_ALL],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "decisions.text.requests" in loaded  # the walk did import the modules
    outside = [
        name
        for name in loaded
        if name.split(".")[0] == "django"
        or (name.startswith("decisions.") and not name.startswith("decisions.text"))
    ]
    assert outside == []


def test_every_text_module_imports_only_the_standard_library_or_its_own_package():
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    offenders = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue  # relative imports stay inside decisions.text
            offenders += [
                f"{path.relative_to(ROOT)}: {name}"
                for name in names
                if name.split(".")[0] not in allowed and not name.startswith("decisions.text")
            ]
    assert offenders == []


def test_no_text_module_is_over_400_lines():
    long = {p.name: n for p in modules() if (n := len(p.read_text().splitlines())) > 400}
    assert long == {}
