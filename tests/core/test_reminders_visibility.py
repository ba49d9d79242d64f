"""The start page names no case the search hides: a sensitive case's reminders reach the team
leader and the mediators handling it, never another mediator (the search's rule, ``may_see``)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from desktop.core.db.engine import Actor
from desktop.core.domain.roles import Role
from desktop.core.services.reminders import todays_reminders
from desktop.core.services.workspace import book as workspace
from tests.core.helpers import assign, mediator_ids, open_case

MONDAY = datetime(2026, 3, 9, 8, 0)


def test_a_sensitive_case_reminds_only_those_who_may_see_it(
        book: workspace.OpenedBook, actor: Actor, team_id: uuid.UUID) -> None:
    with book.database.transaction(actor) as s:
        secret = open_case(s, team_id, "Bạo lực gia đình nhà bà Hạnh", sensitive=True)
        waiting = open_case(s, team_id, "Con nợ tiền nhà bà Hạnh", sensitive=True)
        plain = open_case(s, team_id, "Hàng xóm nhà bà Hạnh")
        handling, other = mediator_ids(s, team_id)[1:3]
        assign(s, secret, handling, on=date(2026, 3, 3))

    def reminded(who: Actor) -> tuple[set[uuid.UUID | None], str]:
        with book.database.reading(who) as s:
            found = todays_reminders(s, team_id, MONDAY)
        return {r.case_id for r in found} - {None}, " ".join(r.text for r in found)

    leader_sees, _ = reminded(actor)
    assert {secret, waiting, plain} <= leader_sees
    handler_sees, _ = reminded(Actor("hgv", role=Role.MEDIATOR, mediator_id=handling))
    assert secret in handler_sees and plain in handler_sees and waiting not in handler_sees
    other_sees, text = reminded(Actor("hgv2", role=Role.MEDIATOR, mediator_id=other))
    assert plain in other_sees and not {secret, waiting} & other_sees
    assert "Bạo lực" not in text and "Con nợ" not in text
