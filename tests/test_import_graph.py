"""The package's import graph has no cycle: the domain never imports the views above it.

The graph is read from the source with :mod:`ast`: every ``import`` and ``from ... import``
of a ``breachmodel`` module, at the top of a module or inside a function or class body.
Imports under ``if TYPE_CHECKING:`` are left out (they never run). A ``from package
import name`` counts as an import of the submodule when ``name`` is one. Importing a
submodule first runs its package's ``__init__``, so an import of ``a.b.c`` also counts as
one of the package ``a.b`` (unless the importer is inside ``a.b`` itself, which is then
already loading). A second test imports every module first, in a fresh interpreter.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

import breachmodel

PACKAGE = Path(breachmodel.__file__).resolve().parent

DOMAIN = (
    "breachmodel.model",
    "breachmodel.clocks",
    "breachmodel.determination",
    "breachmodel.obligations",
    "breachmodel.regimes",
    "breachmodel.assessment",
)
VIEWS = ("breachmodel.views", "breachmodel.render", "breachmodel.notebook")


def _modules(root: Path) -> dict[str, Path]:
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(node: ast.stmt, package: str, known: Mapping[str, Path]) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        parts = package.split(".")[: len(package.split(".")) - node.level + 1]
        base = ".".join([*parts, base] if base else parts)
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]


def imports(name: str, path: Path, known: Mapping[str, Path]) -> list[tuple[str, bool]]:
    """The package modules ``name`` imports, each with whether it is inside a body."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, inside: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for other in child.orelse:
                    visit(other, inside)
                continue
            if isinstance(child, ast.stmt):
                found.extend((t, inside) for t in _targets(child, package, known))
            body = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            visit(child, inside or body)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return [(t, inside) for t, inside in found if t in known and t != name]


def _with_packages(name: str, targets: Iterable[str], known: Mapping[str, Path]) -> set[str]:
    """The targets and the packages whose ``__init__`` importing them runs first."""
    parts = name.split(".")
    own = {".".join(parts[:n]) for n in range(1, len(parts) + 1)}
    out = set()
    for target in targets:
        pieces = target.split(".")
        packages = {".".join(pieces[:n]) for n in range(2, len(pieces))}
        out |= {target} | {p for p in packages if p in known and p not in own}
    return out - {name}


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the package modules it imports (every import, function-level ones included)."""
    known = _modules(root)
    return {
        name: _with_packages(
            name,
            (t for t, _ in imports(name, path, known)),
            known,
        )
        for name, path in known.items()
    }


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
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
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return sorted(found)


def test_finds_a_cycle_where_there_is_one() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_reads_function_level_imports(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "low.py").write_text("def f():\n    from pkg import high\n")
    (package / "high.py").write_text("from pkg.low import f\n")
    assert cycles(import_graph(package)) == [["pkg.high", "pkg.low"]]


def test_importing_a_submodule_counts_its_package(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from pkg.sub import a\n")
    (package / "sub" / "a.py").write_text("from pkg import b\n")
    (package / "sub" / "x.py").write_text("y = 1\n")
    (package / "b.py").write_text("from pkg.sub.x import y\n")
    assert cycles(import_graph(package)) == [["pkg.b", "pkg.sub", "pkg.sub.a"]]


@pytest.mark.slow
def test_every_module_imports_first_in_a_fresh_interpreter() -> None:
    names = sorted(n for n in _modules(PACKAGE) if not n.endswith("__main__"))
    code = (
        "import importlib, subprocess, sys\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    run = subprocess.run([sys.executable, '-c', 'import ' + name], capture_output=True)\n"
        "    if run.returncode:\n"
        "        failed.append((name, run.stderr.decode()[-300:]))\n"
        "print(failed)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *names], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_package_graph_has_no_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 60
    assert sum(len(v) for v in graph.values()) > 200
    assert cycles(graph) == []


@pytest.mark.parametrize("layer", DOMAIN)
def test_the_domain_imports_no_view(layer: str) -> None:
    graph = import_graph()
    for name, targets in graph.items():
        if name == layer or name.startswith(layer + "."):
            upward = sorted(t for t in targets if t.startswith(VIEWS))
            assert upward == [], f"{name} imports {upward}"
