"""The code's own shape: checks no linter here makes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "geomap"


def _module_names(path: Path) -> list[tuple[str, int]]:
    """(name, line) of every name a module binds at its top level: assignments, functions and classes."""
    bound = []
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.Assign):
            bound += [(target.id, node.lineno) for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            bound.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound.append((node.name, node.lineno))
    return bound


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_name_twice(path):
    # A pattern defined twice in one module is the later one everywhere, the functions above it too: a rule
    # written for the first silently reads the second (ruff's F811 sees only functions and imports).
    first: dict[str, int] = {}
    twice = []
    for name, line in _module_names(path):
        if name in first and name != "__all__":
            twice.append(f"{name} (lines {first[name]} and {line})")
        first.setdefault(name, line)
    assert not twice, f"{path.name} binds again: {', '.join(twice)}"
