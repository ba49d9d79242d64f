"""The layers hold: each package imports only its own modules or lower tiers, no package cycles.

Read from the source with ``ast`` (every import, also the lazy ones inside functions and the
``TYPE_CHECKING`` ones), so a forbidden import fails here before anyone has to find it by hand.
The checker is tried on a small synthetic tree too, to show it really fails.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import desktop

PACKAGE = Path(desktop.__file__).parent

# Lowest first. A module may import its own package and any lower tier; peers in one tier may
# not import each other (their order is a tier of its own where one really uses the other).
# The faces (cli, gui) may reach any lower tier directly, for plain types (Actor, enums, errors,
# i18n) as well as services; what they must not reach is listed in the rules below.
TIERS: tuple[tuple[str, ...], ...] = (
    ("desktop", "desktop.core.resources"),  # the version, the resource locator
    ("desktop.core.i18n",),
    ("desktop.core.errors",),
    ("desktop.core.domain", "desktop.core.files"),  # rules and plain types; safe file writes
    ("desktop.core.db", "desktop.core.security"),
    ("desktop.core.policy",),  # permission checks and setting keys, below all their users
    ("desktop.core.statistics", "desktop.core.conventions"),
    ("desktop.core.documents",),  # renders plain data, e.g. statistics' StatisticsReport
    ("desktop.core.exchange",),  # prints its key sheet through documents.key_sheet
    ("desktop.core.services",),  # its sub-packages may use each other, without cycles
    ("desktop.core.demo",),  # a client of the services, like the faces
    ("desktop.cli", "desktop.gui"),
    ("desktop.__main__",),  # python -m desktop: starts the command line
)
FORBIDDEN: tuple[tuple[str, str, str], ...] = (
    ("desktop.gui", "desktop.core.db.models", "the GUI talks to services, never to the ORM"),
    ("desktop.gui", "desktop.cli", "the GUI never imports the command line"),
    ("desktop.core", "desktop.gui", "the core never imports the GUI"),
    ("desktop.core", "desktop.cli", "the core never imports the command line"),
    ("desktop.cli", "desktop.gui", "launch loads the GUI by name only (importlib)"),
)

# Violations other engineers are removing right now (issue #10). Each entry is
# "importing module -> imported module"; empty this list once they are gone. A NEW violation
# is not here, so it fails.
KNOWN_UNTIL_FIXED: frozenset[str] = frozenset()
# Package cycles found by this test, not yet removed (reported with it; empty when gone):
KNOWN_CYCLES_UNTIL_FIXED: frozenset[frozenset[str]] = frozenset()


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the imported module, or ``module.name`` for ``from module import name``
    source: str  # the module named by the statement (``target`` without an imported name)
    where: str  # file:line

    @property
    def key(self) -> str:
        return f"{self.module} -> {self.source}"


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_in(root: Path) -> list[Import]:
    """Every import of ``root``'s own package found in its modules (generated forms excluded)."""
    found: list[Import] = []
    for path in sorted(root.rglob("*.py")):
        if "forms" in path.relative_to(root).parts:
            continue  # generated from ui/, they import only Qt and custom widgets
        found.extend(_imports_of(root, path))
    return [item for item in found if item.target.split(".")[0] == root.name]


def _imports_of(root: Path, path: Path) -> Iterator[Import]:
    name = module_name(root, path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.relative_to(root.parent)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            yield from (Import(name, alias.name, alias.name, where) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(package, node.module, node.level)
            yield Import(name, source, source, where)
            for alias in node.names:
                yield Import(name, f"{source}.{alias.name}", source, where)


def _absolute(package: str, module: str | None, level: int) -> str:
    if not level:
        return module or ""
    base = package.split(".")[: len(package.split(".")) - level + 1]
    return ".".join(base + ([module] if module else []))


# Packages (folders with an __init__.py) seen by the checker: a sub-package is a node of the
# graph of its own, a plain module belongs to its parent's node.
_PACKAGES: set[str] = set()


def node_of(module: str) -> str:
    """The package a module belongs to in the graph: a core area, a services or a GUI area."""
    parts = module.split(".")
    if parts[:2] == ["desktop", "core"] and len(parts) > 2:
        area = ".".join(parts[:3])
        sub = ".".join(parts[:4])
        return sub if area == "desktop.core.services" and sub in _PACKAGES else area
    if parts[:2] == ["desktop", "gui"] and ".".join(parts[:3]) in _PACKAGES:
        return ".".join(parts[:3])
    if len(parts) > 1 and parts[1] in ("core", "gui", "cli"):
        return ".".join(parts[:2])
    return "desktop"  # the root package: __version__, __main__


def tier_of(module: str) -> int:
    best, rank = -1, -1
    for index, members in enumerate(TIERS):
        for prefix in members:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), index
    return rank


def layer_violations(imports: Iterable[Import]) -> list[Import]:
    """Imports that reach a peer or a higher tier of another package."""
    return [item for item in imports
            if _tier_prefix(item.module) != _tier_prefix(item.target)
            and tier_of(item.target) >= tier_of(item.module)]


def _tier_prefix(module: str) -> str:
    """The TIERS entry the module falls under: the unit inside which anything goes."""
    members = [prefix for tier in TIERS for prefix in tier
               if module == prefix or module.startswith(prefix + ".")]
    return max(members, key=len, default=module)


def forbidden_imports(imports: Iterable[Import]) -> list[tuple[Import, str]]:
    return [(item, why) for item in imports for source, target, why in FORBIDDEN
            if _within(item.module, source) and _within(item.target, target)]


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def package_graph(imports: Iterable[Import]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for item in imports:
        source, target = node_of(item.module), node_of(item.source)
        graph.setdefault(source, set())
        graph.setdefault(target, set())
        if source != target and not _within(source, target):  # a package's own __init__
            graph[source].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of more than one package (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while (member := stack.pop()) != node:
                group.add(member)
            group.add(node)
            if len(group) > 1:
                found.append(frozenset(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _load_packages(root: Path) -> None:
    _PACKAGES.update(module_name(root, init.parent / "__init__.py")
                     for init in root.rglob("__init__.py"))


def _real_imports() -> list[Import]:
    _load_packages(PACKAGE)
    return imports_in(PACKAGE)


def _report(items: Iterable[Import]) -> list[str]:
    return sorted(f"{item.where}: {item.module} imports {item.target}" for item in items)


# --- the rules, on the real tree -------------------------------------------------------------

def test_every_package_sits_in_a_tier() -> None:
    untiered = {node_of(item.module) for item in _real_imports() if tier_of(item.module) < 0}
    assert not untiered, "add these packages to TIERS: " + ", ".join(sorted(untiered))


def test_modules_import_only_their_own_package_or_lower_tiers() -> None:
    new = [item for item in layer_violations(_real_imports()) if item.key not in KNOWN_UNTIL_FIXED]
    assert not new, "\n".join(_report(new))


def test_forbidden_imports_are_absent() -> None:
    new = [f"{item.where}: {item.module} imports {item.target} ({why})"
           for item, why in forbidden_imports(_real_imports())
           if item.key not in KNOWN_UNTIL_FIXED]
    assert not new, "\n".join(sorted(new))


def test_packages_form_no_cycles() -> None:
    new = [sorted(group) for group in cycles(package_graph(_real_imports()))
           if not any(group <= known for known in KNOWN_CYCLES_UNTIL_FIXED)]
    assert not new, f"package cycles: {new}"


def test_known_violations_are_still_real() -> None:
    """An entry fixed by someone is taken off the list, so it cannot come back unnoticed."""
    seen = {item.key for item in layer_violations(_real_imports())}
    seen |= {item.key for item, _why in forbidden_imports(_real_imports())}
    assert seen >= KNOWN_UNTIL_FIXED, sorted(KNOWN_UNTIL_FIXED - seen)
    groups = cycles(package_graph(_real_imports()))
    gone = [sorted(known) for known in KNOWN_CYCLES_UNTIL_FIXED
            if not any(known <= group for group in groups)]
    assert not gone, f"no longer cycles, take them off the list: {gone}"


# --- the checker fails where it should, on a synthetic tree ----------------------------------

def _tree(tmp_path: Path, modules: dict[str, str]) -> list[Import]:
    for dotted, source in modules.items():
        path = tmp_path.joinpath(*dotted.split(".")).with_suffix(".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in [path.parent, *path.parent.parents]:
            if folder == tmp_path:
                break
            (folder / "__init__.py").touch()
        path.write_text(source, encoding="utf-8")
    _load_packages(tmp_path / "desktop")
    return imports_in(tmp_path / "desktop")


def test_checker_catches_an_upward_import(tmp_path: Path) -> None:
    found = layer_violations(_tree(tmp_path, {
        "desktop.core.domain.rules": "from desktop.core.services.cases import workflow\n",
        "desktop.core.services.cases.workflow": "from desktop.core.domain import rules\n",
    }))
    assert {item.key for item in found} == {
        "desktop.core.domain.rules -> desktop.core.services.cases"}


def test_checker_catches_a_peer_import_inside_a_function(tmp_path: Path) -> None:
    found = layer_violations(_tree(tmp_path, {
        "desktop.core.db.models": "def f():\n    from desktop.core.security import keys\n",
        "desktop.core.security.keys": "",
    }))
    assert {item.key for item in found} == {"desktop.core.db.models -> desktop.core.security"}


def test_checker_catches_the_gui_reaching_the_models_and_the_cli(tmp_path: Path) -> None:
    found = forbidden_imports(_tree(tmp_path, {
        "desktop.gui.ward.view": "from desktop.core.db.models import Case\n"
                                 "from ...cli import exchange\n",
        "desktop.core.db.models": "",
        "desktop.cli.exchange": "",
    }))
    assert {item.key for item, _why in found} == {
        "desktop.gui.ward.view -> desktop.cli", "desktop.gui.ward.view -> desktop.core.db.models"}


def test_checker_catches_the_core_importing_a_face(tmp_path: Path) -> None:
    found = forbidden_imports(_tree(tmp_path, {
        "desktop.core.services.cases.listing": "import desktop.gui.kit.context\n",
        "desktop.gui.kit.context": "",
    }))
    assert {why for _item, why in found} == {"the core never imports the GUI"}


def test_checker_catches_a_cycle_between_service_areas(tmp_path: Path) -> None:
    graph = package_graph(_tree(tmp_path, {
        "desktop.core.services.cases.detail": "from desktop.core.services.people import persons\n",
        "desktop.core.services.people.persons": "from desktop.core.services.cases import search\n",
        "desktop.core.services.cases.search": "",
    }))
    assert cycles(graph) == [frozenset({"desktop.core.services.cases",
                                        "desktop.core.services.people"})]


@pytest.mark.parametrize("module, expected", [
    ("desktop.core.services.cases.listing", "desktop.core.services.cases"),
    ("desktop.core.db.models", "desktop.core.db"),
    ("desktop.gui.kit.context", "desktop.gui.kit"),
    ("desktop.cli.common", "desktop.cli"),
])
def test_modules_map_to_their_package(module: str, expected: str) -> None:
    _load_packages(PACKAGE)
    assert node_of(module) == expected
