"""Is the book at head? answered without Alembic (#17: its import cost ~0.5 s of every start):
the head and the chain from the versions folder's files say exactly what Alembic's script
directory says, the book's revision what Alembic's migration context reads, and opening a book
that is at head (with the program's window code imported) loads no Alembic module at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from desktop.core.db import migrate
from desktop.core.services.workspace import book as workspace

ROOT = Path(__file__).resolve().parents[2]


def test_the_chain_read_from_the_files_is_alembics():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate._revisions() == {s.revision: s.down_revision for s in scripts.walk_revisions()}
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.is_known("0001") and not migrate.is_known("9999")


def test_the_books_revision_is_what_alembic_reads(tmp_path: Path):
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    with engine.connect() as connection:
        assert migrate.current_revision(connection) is None  # never migrated
    workspace.open_book(tmp_path / "book.sqlite").database.dispose()  # made at head
    engine = create_engine(f"sqlite:///{tmp_path / 'book.sqlite'}")
    with engine.connect() as connection:
        ours = migrate.current_revision(connection)
        assert ours == MigrationContext.configure(connection).get_current_revision()
    assert ours == migrate.head_revision()
    engine.dispose()


def test_opening_a_book_at_head_loads_no_alembic(tmp_path: Path):
    path = tmp_path / "book.sqlite"
    workspace.open_book(path).database.dispose()
    code = ("import sys; from pathlib import Path; "
            "from desktop.core.services.workspace import book; "
            "import desktop.gui.app; "  # the program's start: its window, its backups
            f"opened = book.open_book(Path({str(path)!r})); opened.database.dispose(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr[-1000:]
