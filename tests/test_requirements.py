"""Every package is pinned: requirements.txt names what the project uses,
constraints.txt pins everything installed, and the two agree."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pins(name: str) -> dict[str, str]:
    found = {}
    for number, line in enumerate((ROOT / name).read_text("utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)(\[[a-z,]+\])?==([0-9][A-Za-z0-9.+-]*)", line)
        assert match, f"{name}:{number}: not an exact pin: {line!r}"
        found[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[3]
    return found


def test_every_requirement_is_pinned_at_its_constrained_version():
    required, constrained = pins("requirements.txt"), pins("constraints.txt")
    assert required
    differ = {n: (v, constrained.get(n)) for n, v in required.items() if constrained.get(n) != v}
    assert differ == {}, "requirements.txt and constraints.txt disagree: (required, constrained)"


def test_the_installed_packages_are_the_constrained_ones():
    from importlib.metadata import distributions

    constrained = pins("constraints.txt")
    installed = {
        re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower(): d.version for d in distributions()
    }
    differ = {n: (v, installed.get(n)) for n, v in constrained.items() if installed.get(n) != v}
    assert differ == {}, "constraints.txt and the installed packages differ"
