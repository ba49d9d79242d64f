"""The ward's dashboard names the teams whose packages held entries, roles or slots not signed
by the account they name (the forgery of tests/hostile/test_ward_signatures), each finding in
its tooltip; with only genuine packages it names none."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from desktop.gui.ward.dashboard import DashboardView
from tests.gui.conftest import FakeDialogs, make_context
from tests.hostile.test_ward_signatures import (  # noqa: F401 (fixtures)
    encrypted,
    export_as,
    forge_everything,
    stage,
    with_mediator,
)
from tests.security.conftest import LEADER

TODAY = date(2026, 11, 20)


def _dashboard(qtbot, ward_side):
    context = make_context(ward_side.book, ward_side.actor, None)
    view = DashboardView(context, FakeDialogs(), TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.data is not None and hasattr(view, "flagged"), timeout=20_000)
    return view, context


def test_genuine_packages_flag_nothing(qtbot, stage):  # noqa: F811
    view, context = _dashboard(qtbot, stage["ward"])
    try:
        assert view.flagged == [] and "⚠" not in view.ui.summaryLabel.text()
    finally:
        context.runner.wait_for_done()


def test_a_forged_package_names_its_team_on_the_dashboard(qtbot, stage, tmp_path: Path):  # noqa: F811
    book, ward_side = stage["book"], stage["ward"]
    stage["team"].db.dispose()
    from tests.exchange import sides

    sides.receive(ward_side, export_as(book, forge_everything(book), tmp_path / "forger"))
    view, context = _dashboard(qtbot, ward_side)
    try:
        text = view.ui.summaryLabel.text()
        assert "⚠" in text and "(4)" in text and "hoagiai audit verify" in text
        assert "Không được ký" in text or "không được ký" in text  # in Vietnamese
        assert LEADER.username in view.ui.summaryLabel.toolTip()
        if os.environ.get("HOAGIAI_SHOT"):
            view.resize(1200, 700)
            view.grab().save(os.environ["HOAGIAI_SHOT"])
    finally:
        context.runner.wait_for_done()

