"""What the program's start does not load (#17: start-up to a usable list within 2x a bare
window): no Alembic (the book is at head), no Babel (the compiled catalogue is kept), no
ReportLab (documents load at the first one asked for). A fresh process imports the program's
window code and opens a book at head, then names what it has loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.core import i18n
from desktop.core.services.workspace import book as workspace

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("alembic", "babel", "reportlab")


def test_the_start_loads_no_migrations_no_catalogue_compiler_no_pdf_library(tmp_path: Path):
    path = tmp_path / "book.sqlite"
    workspace.open_book(path).database.dispose()  # made at head
    i18n.compile_catalogues()  # as the build does (a checkout keeps it at its first start)
    code = ("import json, sys; from pathlib import Path; "
            "import desktop.gui.app, desktop.gui.main_window; "
            "from desktop.core.services.workspace import book; "
            f"book.open_book(Path({str(path)!r})).database.dispose(); "
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "desktop" in loaded and "PySide6" in loaded
    assert not loaded & set(NOT_AT_START), sorted(loaded & set(NOT_AT_START))
