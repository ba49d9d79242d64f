"""The demo marks who asked for mediation (#14, #17): on each case whose grounds say a party
asked, its first party (the one who brings the matter) and nobody else; so a demo agreement
names that person in its grounds instead of the general sentence."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.cli import main as cli
from tests.conftest import raw_connect

pytestmark = pytest.mark.usefixtures("demo_login")  # the demo book's leader


MARKS = ("SELECT c.seq || '/' || c.year, c.grounds, c.status, "
         "sum(cp.requested_mediation), min(CASE WHEN cp.requested_mediation THEN cp.ordinal END), "
         "min(CASE WHEN cp.role = 'party' THEN cp.ordinal END) "
         "FROM cases c JOIN case_participants cp ON cp.case_id = c.id GROUP BY c.id")


def test_a_party_request_marks_its_first_party_and_only_then(demo_book: Path) -> None:
    with raw_connect(demo_book) as db:
        rows = db.execute(MARKS).fetchall()
    asked = [row for row in rows if row[1] == "party_request"]
    assert asked and len(asked) < len(rows)  # both kinds of grounds are in the demo
    for number, _grounds, _status, marked, marked_ordinal, first_party in asked:
        assert (marked, marked_ordinal) == (1, first_party), number
    assert all(row[3] == 0 for row in rows if row[1] != "party_request")


def test_a_demo_agreement_names_who_asked(demo_book: Path, tmp_path: Path) -> None:
    query = ("SELECT c.seq || '/' || c.year, p.full_name FROM cases c "
             "JOIN case_participants cp ON cp.case_id = c.id AND cp.requested_mediation "
             "JOIN persons p ON p.id = cp.person_id "
             "WHERE c.status = 'successful' ORDER BY c.year, c.seq")
    with raw_connect(demo_book) as db:
        number, name = db.execute(query).fetchone()
    out = tmp_path / "agreement.pdf"
    assert cli.main(["print", "agreement", number, "--db", str(demo_book), "-o", str(out)]) == 0
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "theo yêu cầu của" in text and name in text
    assert "theo yêu cầu của một bên hoặc các bên" not in text  # not the general sentence
