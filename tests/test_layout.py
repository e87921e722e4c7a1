"""The layout keeps the layers of DESIGN.md: no import circle anywhere in `factdb/`, and the
engine imports nothing of factdb but `errors` (so it runs without storage or faces).

Every `import` of a factdb module counts: at module level, inside a function, and under
`TYPE_CHECKING` alike. A function-level import is still a dependency (the `archive` ↔
`search` circle was one), only hidden from the reader; a type-checking one still ties one
module's design to another's. Importing a submodule does not count as importing its
package (Python runs the package's `__init__` first, but that is no dependency of ours).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factdb"


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(p): p for p in sorted(PACKAGE.rglob("*.py"))}
ENGINE = sorted(m for m in MODULES if m == "factdb.engine" or m.startswith("factdb.engine."))


def _imports(module: str) -> set[str]:
    """The factdb modules `module` imports, wherever in it the import is."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # `from pkg import mod` imports the module pkg.mod; `from mod import name` mod.
            subs = {f"{target}.{a.name}" for a in node.names} & MODULES.keys()
            out.update(subs)
            if len(subs) < len(node.names):
                out.add(target)
    return {m for m in out if (m == "factdb" or m.startswith("factdb.")) and m != module}


GRAPH = {m: _imports(m) for m in MODULES}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of `graph` (as a path that ends where it starts), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_cycle_finder_finds_a_circle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_every_import_of_factdb_names_a_module_of_it() -> None:
    """Also the imports inside functions, which importing a module does not run."""
    missing = {m: sorted(GRAPH[m] - MODULES.keys()) for m in MODULES if GRAPH[m] - MODULES.keys()}
    assert missing == {}


def test_the_import_graph_has_no_circle() -> None:
    assert len(GRAPH) > 40 and GRAPH["factdb.claims"], "the walk found factdb's modules"
    assert _cycle(GRAPH) is None, " -> ".join(_cycle(GRAPH) or [])


#: The layers of DESIGN.md, bottom up; `factdb` itself (its version), `errors` and
#: `statuses` are shared vocabulary, importable from every layer.
SHARED = {"factdb", "factdb.errors", "factdb.statuses"}
LAYERS = ("engine", "store", "search", "library", "faces")


def _layer(module: str) -> str:
    part = module.split(".")[1] if module.count(".") else ""
    if part in ("engine", "store", "search"):
        return part
    return "faces" if part in ("cli", "web") else "library"


def test_every_import_points_down_the_layers() -> None:
    upward = sorted(
        f"{m} ({_layer(m)}) imports {t} ({_layer(t)})"
        for m in MODULES
        if m not in SHARED
        for t in GRAPH[m] - SHARED
        if LAYERS.index(_layer(t)) > LAYERS.index(_layer(m))
    )
    assert upward == []


def test_the_engine_imports_nothing_of_factdb_but_errors() -> None:
    allowed = {"factdb.errors", *ENGINE}
    outside = {m: sorted(GRAPH[m] - allowed) for m in ENGINE if GRAPH[m] - allowed}
    assert outside == {}


@pytest.mark.parametrize("module", ENGINE)
def test_importing_an_engine_module_loads_no_storage_or_face(module: str) -> None:
    code = (
        f"import json, sys; import {module}; "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('factdb', 'sqlalchemy', 'alembic', 'click', 'flask', 'jinja2', 'werkzeug'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    loaded = json.loads(result.stdout)
    others = [
        m
        for m in loaded
        if m not in ("factdb", "factdb.errors", "factdb.engine")
        and not m.startswith("factdb.engine.")
    ]
    assert others == [], f"importing {module} loads {others}"
