"""The layout's rules, checked from the code's own imports (STYLE §1, issue 8).

- nothing outside ``ui/`` loads Qt (checked in a fresh interpreter, by importing everything);
- nothing outside ``store/`` imports SQLAlchemy;
- nothing outside ``crdt/`` and ``domain/`` imports automerge;
- no two modules of ``src/edunode`` import each other, directly or round a circle — counting
  imports inside functions and under ``TYPE_CHECKING`` too: a circle is broken by moving the
  shared piece down, not by hiding an import.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import edunode

ROOT = Path(edunode.__file__).parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imported(name: str, path: Path) -> set[str]:
    """Every module name ``name`` imports, wherever the import statement stands."""
    names: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _edges() -> dict[str, set[str]]:
    """Module → the project modules it imports (a package's own parents don't count: Python
    runs them before any module inside them anyway)."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        targets = set()
        for imported in _imported(name, path):
            while imported and imported not in MODULES:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and not name.startswith(imported + "."):
                targets.add(imported)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each as a
    circle of imports ``a -> b -> ... -> a`` for the message."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(_circle(graph, set(component)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return components


def _circle(graph: dict[str, set[str]], members: set[str]) -> list[str]:
    """One concrete circle through a component, found by a breadth-first search."""
    start = min(members)
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v] & members):
            if w == start:
                return [*paths[v], start]
            if w not in paths:
                paths[w] = [*paths[v], w]
                queue.append(w)
    return sorted(members)


def _importers_of(prefixes: tuple[str, ...], allowed: tuple[str, ...]) -> list[str]:
    bad = []
    for name, path in sorted(MODULES.items()):
        if name.startswith(allowed):
            continue
        for imported in sorted(_imported(name, path)):
            if imported.split(".")[0] in prefixes:
                bad.append(f"{name} imports {imported}")
    return bad


def test_no_import_cycles() -> None:
    cycles = _cycles(_edges())
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_cycle_finder_names_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_sql_only_in_the_store() -> None:
    assert _importers_of(("sqlalchemy",), ("edunode.store",)) == []


def test_automerge_only_in_crdt_and_domain() -> None:
    assert _importers_of(("automerge",), ("edunode.crdt", "edunode.domain")) == []


def test_qt_only_in_ui() -> None:
    assert _importers_of(("PySide6", "shiboken6"), ("edunode.ui",)) == []


def test_the_checks_see_real_imports() -> None:
    """The readers above find what is really there (so an empty answer means something)."""
    assert "sqlalchemy" in {
        i.split(".")[0] for i in _imported("edunode.store.repo", MODULES["edunode.store.repo"])
    }
    assert "edunode.store" in _edges()["edunode.service.node"] | {
        e.rpartition(".")[0] for e in _edges()["edunode.service.node"]
    }


def test_non_ui_modules_do_not_load_qt() -> None:
    modules = [
        m.name
        for m in pkgutil.walk_packages(edunode.__path__, "edunode.")
        if not m.name.startswith("edunode.ui")
        and m.name not in ("edunode.__main__",)
        and not m.name.endswith(".__main__")
    ]
    assert "edunode.service.node" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"Qt loaded outside ui/: {out.stdout}"
