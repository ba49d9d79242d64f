"""What the ward accepts from a team: its own records, and nothing that reaches into another's.

A team's signature proves who sent a package, not that what it says about ownership is true.
So the ward checks every record against what it already holds: the record must name the sending
team as its owner, must not be a record the ward holds for another team, and every record it
points at (its case, its person, its hearing...) must belong to the sending team too, either
already at the ward (a case transferred to the team counts: the transfer made it the team's)
or earlier in the same package. A team is known by its enrolled key and name: it cannot take
another enrolled team's name. Each refusal says its true reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, cast, func, literal, select, union_all
from sqlalchemy.orm import Session

from desktop.core.db import journal_anchors
from desktop.core.db.models import Team
from desktop.core.db.models_exchange import ExchangeRecordState, ExchangeTransfer
from desktop.core.exchange import keys
from desktop.core.exchange.records import parents, table_of
from desktop.core.i18n import N_

REASON_OTHER_TEAM = N_("belongs to another team")
REASON_NOT_THEIRS = N_("the ward holds this record for another team")
REASON_TRANSFERRED = N_("the case was transferred to another team")
REASON_BAD_ID = N_("its id does not match the record it describes")
REASON_PARENT = N_("it points to a record of another team ({kind})")
REASON_NAME_TAKEN = N_("its new name ({name}) is the name of another enrolled team")

Problem = tuple[str, dict[str, str]]  # a reason (an English id) and its parameters
CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit


def chunks_by_entity(by_entity: dict[str, set[str]]
                      ) -> list[list[tuple[str, list[uuid.UUID]]]]:
    """The ids, table by table, cut into statements of at most CHUNK ids in all."""
    chunks: list[list[tuple[str, list[uuid.UUID]]]] = [[]]
    room = CHUNK
    for entity in sorted(by_entity):
        ordered = sorted(uuid.UUID(i) for i in by_entity[entity])
        while ordered:
            if room == 0:
                chunks.append([])
                room = CHUNK
            taken, ordered = ordered[:room], ordered[room:]
            chunks[-1].append((entity, taken))
            room -= len(taken)
    return [chunk for chunk in chunks if chunk]


def _id_text(value: object) -> str:
    """A UUID as text, whichever form the union's untyped column returns it in (SQLite: the
    32 hex digits stored; PostgreSQL: a UUID)."""
    return str(uuid.UUID(str(value)))


def folded(name: object) -> str:
    """A team name as compared: spaces collapsed, case ignored."""
    return " ".join(str(name or "").split()).casefold()


class Trust:
    """The checks for one team's package, remembering the records accepted so far."""

    def __init__(self, session: Session, team_id: str) -> None:
        self.session = session
        self.team_id = team_id
        self.accepted: set[tuple[str, str]] = set()
        enrolled = keys.peer(session, team_id)
        self.enrolled_name = enrolled.name if enrolled is not None else ""
        # Read ahead for a whole package (``read_ahead``): one query per table, not per record.
        self._owners: dict[tuple[str, str], str | None] = {}
        self._taken: set[str] | None = None
        self._names: set[str] | None = None

    def read_ahead(self, wanted: Iterable[tuple[str, str]]) -> None:
        """Who the ward holds each of these records for, and which cases were transferred away
        from this team, in a statement per CHUNK ids: the checks then ask no more of the
        database. Only for the package's first, all-or-nothing pass (``forget`` before a
        careful pass, whose records are written one by one)."""
        by_entity: dict[str, set[str]] = {}
        for entity, record_id in wanted:
            if (entity, record_id) not in self._owners:
                by_entity.setdefault(entity, set()).add(record_id)
        for entity, ids in by_entity.items():
            self._owners.update(dict.fromkeys(((entity, i) for i in ids), None))
        # Every table's in one statement (UNION ALL) per CHUNK ids: a package touches a dozen
        # tables, and each statement costs more in SQLAlchemy than its rows cost in SQLite.
        for chunk in chunks_by_entity(by_entity):
            parts = []
            for entity, chunk_ids in chunk:
                table = table_of(entity)
                owner = table.c.id if entity == "teams" else table.c.team_id
                parts.append(select(cast(literal(entity), String).label("entity"),
                                    table.c.id.label("id"), owner.label("owner"))
                             .where(table.c.id.in_(chunk_ids)))
            for entity, record_id, held_for in self.session.execute(union_all(*parts)):
                self._owners[(entity, _id_text(record_id))] = _id_text(held_for)
        self._taken = set(self.session.scalars(select(ExchangeTransfer.case_id).where(
            ExchangeTransfer.from_team_id == self.team_id)))

    def forget(self) -> None:
        """Back to asking the database record by record (what was read ahead may be stale)."""
        self._owners.clear()
        self._taken = None
        self._names = None

    # -- who owns what at the ward --------------------------------------------------------------

    def ward_owner(self, entity: str, record_id: str) -> str | None:
        """The team the ward holds a record for (None: the ward has no such record)."""
        if (entity, record_id) in self._owners:
            return self._owners[(entity, record_id)]
        table = table_of(entity)
        owner = table.c.id if entity == "teams" else table.c.team_id
        found = self.session.execute(select(owner).where(
            table.c.id == uuid.UUID(record_id))).first()
        return str(found[0]) if found is not None else None

    def _case_of(self, entity: str, record_id: str, values: dict[str, Any]) -> str | None:
        if entity == "cases":
            return record_id
        case_id = values.get("case_id")
        if case_id:
            return str(case_id)
        table = table_of(entity)
        if "case_id" not in table.c:
            return None
        held = self.session.scalar(select(table.c.case_id).where(
            table.c.id == uuid.UUID(record_id)))
        return str(held) if held is not None else None

    def _taken_away(self, entity: str, record_id: str, values: dict[str, Any]) -> bool:
        """The record's case was transferred from this team to another."""
        case_id = self._case_of(entity, record_id, values)
        if case_id is None:
            return False
        if self._taken is not None:
            return case_id in self._taken
        return self.session.scalar(select(func.count()).select_from(ExchangeTransfer).where(
            ExchangeTransfer.case_id == case_id,
            ExchangeTransfer.from_team_id == self.team_id)) != 0

    def _foreign(self, entity: str, record_id: str, values: dict[str, Any]) -> Problem:
        if self._taken_away(entity, record_id, values):
            return REASON_TRANSFERRED, {}
        return REASON_NOT_THEIRS, {}

    # -- the checks -------------------------------------------------------------------------------

    def snapshot_problem(self, entity: str, record_id: str, values: dict[str, Any],
                         state: ExchangeRecordState | None) -> Problem | None:
        if values.get("id") != record_id:
            return REASON_BAD_ID, {}
        owner = record_id if entity == "teams" else values.get("team_id")
        if owner != self.team_id:
            return REASON_OTHER_TEAM, {}
        held_for = self.ward_owner(entity, record_id)
        if (state is not None and state.team_id != self.team_id) or (
                held_for is not None and held_for != self.team_id):
            return self._foreign(entity, record_id, values)
        return self._parent_problem(entity, values)

    def _parent_problem(self, entity: str, values: dict[str, Any]) -> Problem | None:
        for parent_entity, parent_id in parents(entity, values):
            if (parent_entity, parent_id) in self.accepted:
                continue
            owner = self.ward_owner(parent_entity, parent_id)
            if owner is None or owner == self.team_id:
                continue  # missing: the database refuses the record (a record it needs)
            if parent_entity == "cases" and self._taken_away("cases", parent_id, {}):
                return REASON_TRANSFERRED, {}
            return REASON_PARENT, {"kind": parent_entity}
        return None

    def other_team_names(self) -> set[str]:
        if self._names is not None:
            return self._names
        names = {folded(p.name) for p in keys.peers(self.session, "team")
                 if p.peer_id != self.team_id}
        names |= {folded(name) for name in self.session.scalars(
            select(Team.name).where(Team.id != uuid.UUID(self.team_id)))}
        if self._taken is not None:  # read ahead: no other team's record changes meanwhile
            self._names = names - {""}
        return names - {""}

    def name_problem(self, entity: str, values: dict[str, Any]) -> Problem | None:
        """A team renaming itself to another enrolled team's name is refused (checked for a
        newer version only); a team new at the ward with such a name is kept under its
        enrolled name (``kept_name``)."""
        if entity != "teams" or "name" not in values:
            return None
        name = values["name"]
        if folded(name) == folded(self.enrolled_name) or folded(
                name) not in self.other_team_names():
            return None
        if self.ward_owner("teams", self.team_id) is None:
            return None  # new: kept_name renames it
        return REASON_NAME_TAKEN, {"name": str(name)[:80]}

    def kept_name(self, entity: str, values: dict[str, Any]) -> dict[str, Any]:
        """A new team's values, under its enrolled name when its own name is another's."""
        if (entity == "teams" and self.enrolled_name and "name" in values
                and folded(values["name"]) in self.other_team_names()):
            return {**values, "name": self.enrolled_name}
        return values

    def tombstone_problem(self, entity: str, record_id: str,
                          state: ExchangeRecordState | None) -> Problem | None:
        held_for = self.ward_owner(entity, record_id)
        if (state is not None and state.team_id != self.team_id) or (
                held_for is not None and held_for != self.team_id):
            return self._foreign(entity, record_id, {})
        return None


def keep_team_heads(session: Session, team_id: str, sequence: int,
                    journal: dict[str, Any]) -> list[int]:
    """Keep the team's journal head from its package (an anchor of the team's chain outside
    its book); the sequence numbers where the package's heads contradict heads the ward
    already holds for the team (its journal was rewritten or cut since)."""
    held = journal_anchors.team_heads(session, team_id)  # read once: the head this package
    # adds below is its own ("package {sequence}"), never one of the earlier packages' heads
    known = {a.seq: a.hash for a in held}
    contradicted = []
    for name in ("previous", "head"):
        head = journal.get(name)
        if not isinstance(head, dict) or not journal_anchors.is_head(head.get("seq"),
                                                                      head.get("hash")):
            continue
        seq, hash_ = int(head["seq"]), str(head["hash"])
        if seq in known and known[seq] != hash_:
            contradicted.append(seq)
        elif name == "head":
            journal_anchors.remember(session, seq, hash_, journal_anchors.RECEIVED,
                                     f"package {sequence}", team_id=team_id)
    end = journal.get("to")
    earlier = [a.seq for a in held if _package_number(a.reference) < sequence]
    if not contradicted and isinstance(end, int) and earlier and end < max(earlier):
        contradicted.append(end)  # a later package reaches less far: the journal went back
    return contradicted


def _package_number(reference: str) -> int:
    number = reference.removeprefix("package ")
    return int(number) if number.isdigit() else 0
