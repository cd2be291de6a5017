"""The layering of decisions/ holds (tests/layering.py): imports point down
or sideways, never up; no area imports another's views; no import circle,
between modules or between areas; the pure core imports no Django; no module
is over 400 lines (migrations aside). The checker is shown to catch each fault
on a small planted tree, so that a silent checker cannot pass."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from django.conf import settings

from tests.layering import MAX_LINES, faults, modules

ROOT = Path(settings.BASE_DIR)


def test_the_house_keeps_its_layering():
    assert faults(modules(ROOT)) == []


def test_the_readme_names_every_package():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout") :]
    packages = sorted(
        p.parent.relative_to(ROOT).as_posix()
        for p in (ROOT / "decisions").rglob("__init__.py")
        if "migrations" not in p.parts and "management" not in p.parts
    )
    missing = [p for p in packages if f"`{p}/`" not in layout]
    assert missing == []


def plant(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    for folder in {p.parent for p in tmp_path.rglob("*.py")}:
        (folder / "__init__.py").touch()
    return faults(modules(tmp_path))


def test_a_sound_planted_tree_has_no_fault(tmp_path):
    assert plant(tmp_path, {
        "decisions/text/words.py": "import re\n",
        "decisions/models/things.py": "from decisions.text import words\n",
        "decisions/intake/services.py": "from decisions.models import things\n",
        "decisions/intake/views.py": "from decisions.intake import services\n",
        "decisions/items/views.py": "from decisions.intake import services\n",
        "decisions/urls.py": "from decisions.intake import views\n",
    }) == []  # fmt: skip


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {
                "decisions/models/things.py": "from decisions.intake import services\n",
                "decisions/intake/services.py": "X = 1\n",
            },
            "decisions.models.things:1 imports decisions.intake.services: up from floor 1 to 3",
        ),
        (
            {
                "decisions/items/views.py": "def f():\n    from decisions.intake.views import g\n",
                "decisions/intake/views.py": "def g(): pass\n",
            },
            "decisions.items.views:2 imports decisions.intake.views: the views of another area",
        ),
        (
            {"decisions/text/words.py": "from django.conf import settings\n"},
            "decisions.text.words:1 imports django.conf: the core imports no Django",
        ),
        (
            {
                "decisions/intake/a.py": "from decisions.intake import b\n",
                "decisions/intake/b.py": "def f():\n    from decisions.intake import a\n",
            },
            "import circle: decisions.intake.a -> decisions.intake.b -> decisions.intake.a",
        ),
        (
            {
                "decisions/intake/a.py": "from decisions.items import b\n",
                "decisions/items/b.py": "from decisions.intake import c\n",
                "decisions/intake/c.py": "X = 1\n",
            },
            "area circle: intake -> items -> intake",
        ),
        (
            {"decisions/intake/long.py": "X = 1\n" * (MAX_LINES + 1)},
            f"decisions.intake.long: {MAX_LINES + 1} lines, over {MAX_LINES}",
        ),
    ],
    ids=["upward", "another-area-views", "django-in-core", "circle", "area-circle", "long"],
)
def test_each_planted_fault_is_reported(tmp_path, files, expected):
    assert expected in plant(tmp_path, files)
