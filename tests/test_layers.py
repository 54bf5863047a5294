"""The architecture, read from the source: layers point one way, the engine stays pure, no import circle.

Every ``import`` statement of the three packages is read with ``ast`` (function-level imports
included, so a circle cannot hide inside a function), and the rules of the house style are
checked on that graph:

- ``normalizers`` <- ``extractor`` <- ``reconcile``: nothing imports upward;
- ``reconcile.engine`` (documents in, findings out) imports nothing of the application around it
  (api, batch, cache, store, cli, writers ...) and no library that does I/O or runs processes;
- no two modules of ``reconcile`` import each other, directly or in a longer circle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("normalizers", "extractor", "reconcile")

# Libraries the engine must not touch: files, processes, terminals, databases, output formats.
ENGINE_FORBIDDEN_LIBRARIES = {
    "click",
    "concurrent",
    "dask",
    "distributed",
    "jinja2",
    "multiprocessing",
    "openpyxl",
    "pandas",
    "pdfplumber",
    "pickle",
    "psycopg",
    "pypdfium2",
    "shutil",
    "signal",
    "socket",
    "sqlalchemy",
    "subprocess",
    "tempfile",
    "threading",
}
# What the engine may use of the extractor: its data, not its readers.
ENGINE_ALLOWED_EXTRACTOR = {"extractor.model"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def _imports(name: str) -> Iterator[tuple[str, int]]:
    """(imported module, line) for every import in a module, relative imports resolved."""
    path = _modules()[name]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            yield base, node.lineno
            # "from reconcile.writers import html" imports the module reconcile.writers.html.
            for alias in node.names:
                if f"{base}.{alias.name}" in _modules():
                    yield f"{base}.{alias.name}", node.lineno


def _internal_edges(name: str) -> set[str]:
    """Modules of our packages that ``name`` imports (a package counts as its __init__)."""
    return {target for target, _ in _imports(name) if target in _modules() and target != name}


def test_the_module_map_is_read() -> None:
    names = _modules()
    assert {"reconcile.engine", "reconcile.engine.checks", "reconcile.api", "reconcile.cli"} <= set(names)


@pytest.mark.parametrize("name", sorted(n for n in _modules() if n.startswith(("normalizers", "extractor"))))
def test_lower_layers_never_import_upward(name: str) -> None:
    allowed = ("normalizers",) if name.startswith("normalizers") else ("normalizers", "extractor")
    upward = [
        (target, line)
        for target, line in _imports(name)
        if target.split(".")[0] in PACKAGES and target.split(".")[0] not in allowed
    ]
    assert not upward, f"{name} imports a higher layer: {upward}"


ENGINE_MODULES = sorted(n for n in _modules() if n == "reconcile.engine" or n.startswith("reconcile.engine."))


def test_the_engine_holds_the_checks_matching_and_diff() -> None:
    for name in ("findings", "settings", "checks", "crossdoc", "matching", "diff"):
        assert f"reconcile.engine.{name}" in ENGINE_MODULES


@pytest.mark.parametrize("name", ENGINE_MODULES)
def test_the_engine_imports_nothing_of_the_application(name: str) -> None:
    bad = []
    for target, line in _imports(name):
        top = target.split(".")[0]
        if top == "reconcile" and not (target == "reconcile.engine" or target.startswith("reconcile.engine.")):
            bad.append((target, line))  # api, batch, cache, store, cli, writers, results, golden ...
        elif top == "extractor" and target not in ENGINE_ALLOWED_EXTRACTOR:
            bad.append((target, line))
        elif top in ENGINE_FORBIDDEN_LIBRARIES:
            bad.append((target, line))
    assert not bad, f"{name} is part of the pure engine but imports {bad}"


def test_the_engine_test_can_fail() -> None:
    """The rule above, applied to a module that breaks it, finds the breach."""
    batch_imports = {target for target, _ in _imports("reconcile.batch")}
    assert "multiprocessing" in batch_imports and "reconcile.cache" in batch_imports


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
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
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_circle() -> None:
    graph = {name: _internal_edges(name) for name in _modules()}
    assert _cycles(graph) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_importing_the_engine_loads_no_reader_pool_or_command_line() -> None:
    """``reconcile``'s library face is loaded lazily, so the engine comes without the application."""
    import subprocess
    import sys

    probe = (
        "import sys, reconcile.engine; "
        "print(sorted(m for m in ('pdfplumber', 'multiprocessing', 'click', 'reconcile.api', 'reconcile.batch') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
