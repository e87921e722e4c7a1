"""Every module-level name of the package is bound once.

A second `_NAME = ...` (or `def`) further down a long module silently replaces the first for
every function that reads it at call time: `support.py` had `_NAME_REACH = 100` for
`_inside_name` and, 1,900 lines later, `_NAME_REACH = 30` for ranks beside names, so
`_inside_name` ran with 30. Ruff's redefinition check covers imports and functions only.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factdb"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_at_top(tree: ast.Module) -> list[str]:
    """Names the module's own top-level statements bind (not those under `if`/`try`,
    which choose between alternatives)."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if node.value is not None:
                names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_level_names_are_bound_once(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(name for name, n in Counter(_bound_at_top(tree)).items() if n > 1)
    assert not twice, f"{path.name} binds {twice} more than once"


def test_the_check_sees_a_rebound_constant() -> None:
    tree = ast.parse("_REACH = 100\ndef f():\n    return _REACH\n_REACH = 30\n")
    assert Counter(_bound_at_top(tree))["_REACH"] == 2
