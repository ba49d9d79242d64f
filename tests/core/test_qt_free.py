"""The core never imports Qt: the CLI, the ward-office import and most tests run without it."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import desktop.core

CORE = Path(desktop.core.__file__).parent
CLI = CORE.parent / "cli"
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "shiboken2")
ALEMBIC_ONLY = {"desktop.core.db.migrations.env"}  # runs inside Alembic's context only

PROBE = textwrap.dedent("""
    import importlib, importlib.abc, json, pkgutil, sys, tempfile
    from pathlib import Path

    BLOCKED = {blocked!r}

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError("Qt is blocked in this test: " + name)
            return None

    sys.meta_path.insert(0, BlockQt())
    import desktop.cli, desktop.core

    imported = []
    for package in (desktop.core, desktop.cli):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name in {skip!r}:
                continue
            importlib.import_module(info.name)
            imported.append(info.name)

    from desktop.cli import main as cli
    try:
        cli.main(["--version"])
    except SystemExit as done:
        assert done.code in (0, None), done.code
    else:
        raise AssertionError("--version did not exit")

    # real work without Qt: migrations (Alembic's env.py too), a team, a listing
    import os
    from desktop.core.domain.roles import Role
    from desktop.core.services.workspace import accounts
    from desktop.core.services.workspace import book as workspace
    path = Path(tempfile.mkdtemp()) / "probe.sqlite"
    made, _recovery = workspace.create_book(path, accounts.AccountInput(
        "probe", "Probe", Role.TEAM_LEADER), "probe-password")  # encrypted, with its account
    made.database.dispose()
    os.environ.update(HOAGIAI_USER="probe", HOAGIAI_PASSWORD="probe-password")
    assert cli.main(["cases", "list", "--db", str(path)]) == 0

    leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    print(json.dumps({{"imported": imported, "leaked": leaked}}))
""")


def test_every_core_module_imports_and_runs_with_qt_blocked(tmp_path):
    script = PROBE.format(blocked=set(QT_PACKAGES), skip=ALEMBIC_ONLY)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["leaked"] == []
    expected = {
        "desktop.cli.main", "desktop.cli.launch", "desktop.core.db.engine",
        "desktop.core.db.journal", "desktop.core.db.migrate", "desktop.core.services.cases.records",
        "desktop.core.domain.workflow", "desktop.core.documents.agreement",
    }
    assert expected <= set(report["imported"])
    on_disk = {".".join(p.relative_to(CORE.parent.parent).with_suffix("").parts)
               for folder in (CORE, CLI) for p in folder.rglob("*.py") if p.name != "__init__.py"}
    assert on_disk - ALEMBIC_ONLY <= set(report["imported"])


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, wherever the import statement is (functions too), and any
    string handed to importlib.import_module or __import__."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names.add(node.args[0].value)
    return names


def qt_free_files() -> list[Path]:
    """The core and the command line: both run where there is no display."""
    return sorted(p for folder in (CORE, CLI) for p in folder.rglob("*.py"))


def test_no_core_file_imports_qt():
    offenders = {}
    for path in qt_free_files():
        qt = {name for name in imported_modules(path) if name.split(".")[0] in QT_PACKAGES}
        if qt:
            offenders[str(path.relative_to(CORE.parent))] = sorted(qt)
    assert offenders == {}


def test_no_core_file_mentions_qt_bindings_in_code():
    """Catches the forms ast cannot see (exec, strings built at run time) by plain text."""
    offenders = []
    for path in qt_free_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if any(f"{package}" in code and ("import" in code or "__import__" in code)
                   for package in QT_PACKAGES):
                offenders.append(f"{path.relative_to(CORE.parent)}:{number}: {line.strip()}")
    assert offenders == []


def test_the_core_loads_the_gui_only_by_name_when_launching():
    statically = {}
    for path in qt_free_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        gui = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
               for alias in node.names if alias.name.startswith("desktop.gui")}
        gui |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                and node.module and node.module.startswith("desktop.gui")}
        if gui:
            statically[str(path.relative_to(CORE.parent))] = sorted(gui)
    assert statically == {}


def test_the_static_check_would_catch_an_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n"
                      "import importlib\nimportlib.import_module('shiboken6')\n")
    assert imported_modules(sample) >= {"PySide6.QtCore", "shiboken6"}
