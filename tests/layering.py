"""The house's layering, read from the code's imports (tests/test_layering.py).

Every module of `decisions` sits on a floor; an import may point to its own
floor or below, never up. The floors, from the bottom:

0. the pure core: `decisions.text` and `decisions.formats` (no Django);
1. the models: `decisions.models`;
2. what every area shares: fields, visibility, permissions, relations, the
   page helpers (`decisions.web`) and the middleware;
3. the areas' own logic: services, forms, queries of `decisions.<area>`;
4. the areas' views (`decisions.<area>.views`, a module or a package) and the API;
5. what wires it together: urls, admin, apps, management commands, template tags.

An area may use another area's logic (floor 3) but never its views, and the
areas' dependencies form no circle.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

CORE = ("text", "formats")
SHARED = ("fields", "visibility", "permissions", "user_access", "relations", "web")
WIRING = ("urls", "admin", "apps", "management", "templatetags", "migrations")
MAX_LINES = 400


@dataclass(frozen=True)
class Module:
    name: str  # dotted
    path: Path
    imports: tuple[tuple[str, int], ...]  # (imported module, line)


def modules(root: Path, package: str = "decisions") -> dict[str, Module]:
    """Every module of `package` under `root`, with the modules it imports
    (at the top or inside a function alike)."""
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        imports = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imports += [(a.name, node.lineno) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imports.append((node.module, node.lineno))
                # `from decisions.area import views`: the submodule is what is used.
                imports += [(f"{node.module}.{a.name}", node.lineno) for a in node.names]
        found[name] = Module(name, path, tuple(imports))
    # Keep only the imports that name a module of the package.
    return {
        name: Module(m.name, m.path, tuple((i, line) for i, line in m.imports if i in found))
        for name, m in found.items()
    }


def place(name: str) -> tuple[int, str]:
    """(floor, area) of a dotted module name of `decisions`."""
    parts = name.split(".")[1:]
    if not parts:
        return 5, ""
    top = parts[0]
    if top in CORE:
        return 0, top
    if top == "models":
        return 1, top
    if top in SHARED:
        return 2, top
    if top in WIRING:
        return 5, top
    if top == "api":
        return 4, top
    if len(parts) > 1 and parts[1] == "views":
        return 4, top
    return 3, top


def is_view(name: str) -> bool:
    parts = name.split(".")
    return len(parts) > 2 and parts[2] == "views"


def faults(mods: dict[str, Module]) -> list[str]:
    """Everything that breaks the layering, one line each (empty when sound)."""
    out = []
    for m in mods.values():
        floor, area = place(m.name)
        lines = len(m.path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and area != "migrations":
            out.append(f"{m.name}: {lines} lines, over {MAX_LINES}")
        for target, line in m.imports:
            if target == m.name or m.name.startswith(target + "."):
                continue  # a package's own __init__
            t_floor, t_area = place(target)
            where = f"{m.name}:{line} imports {target}"
            if t_floor > floor:
                out.append(f"{where}: up from floor {floor} to {t_floor}")
            elif is_view(target) and t_area != area and floor < 5:
                out.append(f"{where}: the views of another area")
        if floor == 0:
            source = m.path.read_text(encoding="utf-8")
            tree = ast.parse(source)
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                for n in names:
                    if n == "django" or n.startswith("django."):
                        out.append(
                            f"{m.name}:{node.lineno} imports {n}: the core imports no Django"
                        )
    out += [f"import circle: {' -> '.join(c)}" for c in circles(mods)]
    out += [f"area circle: {' -> '.join(c)}" for c in area_circles(mods)]
    return out


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle per strongly connected group of two or more (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group) + [sorted(group)[0]])

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def circles(mods: dict[str, Module]) -> list[list[str]]:
    graph = {
        name: {t for t, _ in m.imports if t != name and not name.startswith(t + ".")}
        for name, m in mods.items()
    }
    # A package's __init__ that only re-exports is not a real edge back.
    return _cycles(graph)


def area_circles(mods: dict[str, Module]) -> list[list[str]]:
    graph: dict[str, set[str]] = {}
    for name, m in mods.items():
        floor, area = place(name)
        if floor not in (3, 4):
            continue
        for target, _ in m.imports:
            t_floor, t_area = place(target)
            if t_floor in (3, 4) and t_area != area:
                graph.setdefault(area, set()).add(t_area)
    return _cycles(graph)
