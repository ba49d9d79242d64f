"""The work of the import kill test: large convention imports, each one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from desktop.core.conventions.parser import parse
from desktop.core.conventions.structure import ParsedConvention
from desktop.core.db.engine import Database
from desktop.core.services.conventions import versions as conventions
from tests.actors import leader
from tests.durability import harness

ARTICLES = 60
CLAUSES = 3
TITLE = "Hương ước thử {token}"


def large_convention() -> ParsedConvention:
    """A long convention (the sample has 20 articles; this one 60, with 3 clauses each)."""
    lines = ["HƯƠNG ƯỚC", "TỔ DÂN PHỐ THỬ", ""]
    for number in range(1, ARTICLES + 1):
        if number % 20 == 1:
            lines += [f"Chương {number // 20 + 1}", f"QUY ĐỊNH NHÓM {number // 20 + 1}"]
        lines.append(f"Điều {number}. Quy định về việc số {number}")
        lines += [f"{clause}. Các hộ gia đình thực hiện nội dung {number}.{clause} của điều "
                  "này, giữ gìn tình làng nghĩa xóm." for clause in range(1, CLAUSES + 1)]
    parsed = parse("\n".join(lines))
    assert len(parsed.articles) == ARTICLES
    return parsed


def import_one(database: Database, team_id: uuid.UUID, parsed: ParsedConvention,
               token: str) -> None:
    with database.transaction(leader("kill-test", "child")) as session:
        conventions.import_convention(session, team_id, parsed, TITLE.format(token=token))


def import_stream(database: Database, team_id: uuid.UUID, parsed: ParsedConvention,
                  trial: int) -> Callable[[Callable[[str], None]], None]:
    def work(acknowledge: Callable[[str], None]) -> None:
        acknowledge(harness.READY)
        for number in range(1_000_000):
            token = f"{trial}-{number}"
            import_one(database, team_id, parsed, token)
            acknowledge(token)  # only once the commit has returned

    return work


_SHAPES = """
SELECT c.title,
  (SELECT count(*) FROM convention_versions v WHERE v.convention_id = c.id),
  (SELECT count(*) FROM convention_articles a JOIN convention_versions v
     ON a.convention_version_id = v.id WHERE v.convention_id = c.id),
  (SELECT count(*) FROM convention_clauses k JOIN convention_articles a ON k.article_id = a.id
     JOIN convention_versions v ON a.convention_version_id = v.id
     WHERE v.convention_id = c.id)
FROM conventions c WHERE c.title LIKE 'Hương ước thử %'
"""
WHOLE = (1, ARTICLES, ARTICLES * CLAUSES)


def imported(path: Path) -> dict[str, tuple[int, ...]]:
    """Each test convention on disk (by token) with its counts of versions, articles, clauses."""
    with closing(harness.connect(path)) as connection:
        rows = connection.execute(_SHAPES).fetchall()
    prefix = len(TITLE.format(token=""))
    return {row[0][prefix:]: tuple(row[1:]) for row in rows}


def orphans(path: Path) -> int:
    """Articles or clauses without their convention (a half import would leave these)."""
    with closing(harness.connect(path)) as connection:
        return int(connection.execute(
            "SELECT (SELECT count(*) FROM convention_articles a WHERE NOT EXISTS (SELECT 1 "
            "FROM convention_versions v WHERE v.id = a.convention_version_id)) + (SELECT "
            "count(*) FROM convention_clauses k WHERE NOT EXISTS (SELECT 1 FROM "
            "convention_articles a WHERE a.id = k.article_id))").fetchone()[0])
