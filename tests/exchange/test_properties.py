"""Property: whatever the edits and however packages travel (late, out of order, twice), once
every package has arrived, the ward's copy of each team's records equals the team's."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.exchange.errors import PackageRefused
from tests.core.helpers import add_person, open_case
from tests.exchange import sides
from tests.exchange.test_merge import retitle

WITHHELD = frozenset({"persons.citizen_id", "persons.phone"})

step = st.one_of(
    st.tuples(st.just("open"), st.integers(0, 1), st.text("abcđêơ ", min_size=1, max_size=12)),
    st.tuples(st.just("retitle"), st.integers(0, 1), st.integers(0, 20)),
    st.tuples(st.just("person"), st.integers(0, 1), st.integers(0, 20)),
    st.tuples(st.just("export"), st.integers(0, 1), st.just(0)),
    st.tuples(st.just("deliver"), st.integers(0, 1), st.integers(0, 20)),
    st.tuples(st.just("ack"), st.integers(0, 1), st.just(0)),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(steps=st.lists(step, min_size=3, max_size=14), final_order=st.randoms())
def test_random_edits_and_exchanges_end_with_both_sides_agreeing(migrated_template, steps,
                                                                 final_order):
    root = Path(tempfile.mkdtemp(prefix="hoagiai-exchange-"))
    ward_side = sides.make_ward(migrated_template, root)
    teams = [sides.make_team(migrated_template, root, v) for v in ("Thôn Một", "Thôn Hai")]
    try:
        for team in teams:
            sides.connect(team, ward_side)
        cases: list[list] = [[], []]
        held: list[Path] = []
        for action, which, number in steps:
            team = teams[which]
            if action == "open":
                with team.tx() as s:
                    cases[which].append(open_case(s, team.team_id, f"Việc {text_of(number)}"))
            elif action == "retitle" and cases[which]:
                retitle(team, cases[which][number % len(cases[which])], f"Sửa {number}")
            elif action == "person" and cases[which]:
                with team.tx() as s:
                    add_person(s, cases[which][number % len(cases[which])], team.team_id,
                               f"Người {number}")
            elif action == "export":
                held.append(sides.export(team))
            elif action == "deliver" and held:
                deliver(ward_side, held[number % len(held)])  # maybe early, maybe twice
            elif action == "ack":
                sides.back(ward_side, team)
        for team in teams:
            held.append(sides.export(team))
        final_order.shuffle(held)
        for path in held:
            deliver(ward_side, path)
        for team in teams:
            assert sides.team_records(ward_side, team.team_id, WITHHELD) == \
                sides.team_records(team, team.team_id, WITHHELD)
    finally:
        for side in (ward_side, *teams):
            side.db.dispose()
        shutil.rmtree(root, ignore_errors=True)


def text_of(value: object) -> str:
    return str(value).strip() or "trống"


def deliver(ward_side: sides.Side, path: Path) -> None:
    try:
        sides.receive(ward_side, path)
    except PackageRefused as refused:  # only "already imported" may refuse a genuine package
        assert "đã được nhập" in refused.message
