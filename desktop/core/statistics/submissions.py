"""The statistics service: the report of a period (frozen once submitted, with the amendments
to earlier submitted periods), and submitting a period, which locks its figures."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.journal import utcnow
from desktop.core.db.models import Case, Team
from desktop.core.db.models_statistics import StatisticsSubmission
from desktop.core.domain.numbering import format_case_number
from desktop.core.domain.roles import Permission
from desktop.core.errors import WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy import access, settings
from desktop.core.policy.settings import remuneration_rate
from desktop.core.statistics import amendments as amending
from desktop.core.statistics import counted
from desktop.core.statistics.facts import book_holidays
from desktop.core.statistics.figures import NONE
from desktop.core.statistics.issuer import report_issuer
from desktop.core.statistics.periods import Period
from desktop.core.statistics.report import StatisticsReport, Submission, from_plain, to_plain
from desktop.core.statistics.rules import load_rules

_CHUNK = 500  # ids per IN (...) list: well inside every database's limit of parameters
ALREADY_SUBMITTED = N_(
    "The period {period} was already submitted on {day:%d/%m/%Y}; its figures are locked. "
    "Later changes to its cases appear as amendments in the next period's report.")


@dataclass(frozen=True)
class PendingAmendment:
    """Cases of an earlier submitted period that moved since it was submitted (or since the
    report that last carried its amendments)."""

    submission: StatisticsSubmission
    before: dict[str, amending.Standing]
    moved: dict[str, amending.Standing]
    totals: list[list[Any]]  # [figure, old, new] of the ward row

    def plain(self) -> dict[str, Any]:
        return {"before": self.before, "moved": self.moved, "totals": self.totals}


def _period_of(record: StatisticsSubmission) -> Period:
    return Period(record.period_start, record.period_end, record.period_kind)


def _submissions(session: Session) -> list[StatisticsSubmission]:
    return list(session.scalars(select(StatisticsSubmission)
                                .order_by(StatisticsSubmission.submitted_at,
                                          StatisticsSubmission.period_end)))


def find_submission(session: Session, period: Period) -> StatisticsSubmission | None:
    return session.scalar(select(StatisticsSubmission).where(
        StatisticsSubmission.period_start == period.start,
        StatisticsSubmission.period_end == period.end))


def _baseline(record: StatisticsSubmission,
              every: list[StatisticsSubmission]) -> dict[str, amending.Standing]:
    """Where the period's cases stood as last reported: as submitted, then as amended by each
    later report."""
    standing = dict(record.cases)
    for later in every:
        if later.submitted_at < record.submitted_at or later.id == record.id:
            continue
        for case_id, new in later.amended.get(str(record.id), {}).get("moved", {}).items():
            standing[case_id] = new
    return {k: v for k, v in standing.items() if v[2] != NONE}


def pending_amendments(session: Session, period: Period) -> list[PendingAmendment]:
    """Amendments to every submitted period that ended before ``period`` ends."""
    every = _submissions(session)
    pending = []
    for record in every:
        if record.period_end >= period.end or (record.period_start, record.period_end) == (
                period.start, period.end):
            continue
        base = _baseline(record, every)
        moved = amending.changes(base, _standings(session, _period_of(record)))
        if moved:
            totals = [[t.key, t.old, t.new] for t in
                      amending.amended_totals(_period_of(record), base, moved)]
            pending.append(PendingAmendment(record, {k: base[k] for k in moved if k in base},
                                            moved, totals))
    return pending


def _standings(session: Session, period: Period) -> dict[str, amending.Standing]:
    """Where every case the period counts stands now (``amendments.standings``, in SQL)."""
    return {str(row.case_id): amending.standing(row.classification)
            for row in counted.standing_rows(session, period)}


def _names(session: Session, case_ids: set[uuid.UUID]) -> tuple[dict[uuid.UUID, str],
                                                                  dict[uuid.UUID, str]]:
    """The teams' names, and the numbers of these cases (those the amendments name)."""
    teams = {i: name for i, name in session.execute(select(Team.id, Team.name))}
    numbers: dict[uuid.UUID, str] = {}
    wanted = sorted(case_ids)
    for start in range(0, len(wanted), _CHUNK):
        numbers.update((i, format_case_number(seq, year)) for i, seq, year in session.execute(
            select(Case.id, Case.seq, Case.year).where(Case.id.in_(wanted[start:start + _CHUNK]))))
    return teams, numbers


def _with_amendments(session: Session, report: StatisticsReport,
                     pending: list[tuple[Period, dict[str, Any]]],
                     team_id: uuid.UUID | None) -> StatisticsReport:
    """The report with the amendments it carries (``pending``: period, plain amendment)."""
    teams, numbers = _names(session, {uuid.UUID(case_id) for _period, change in pending
                                      for case_id in change["moved"]})
    rows: list[amending.Amendment] = []
    totals: list[amending.AmendedTotal] = []
    for period, change in pending:
        before, moved = change["before"], change["moved"]
        if team_id is not None:
            mine = str(team_id)
            moved = {k: v for k, v in moved.items()
                     if v[0] == mine or before.get(k, [""])[0] == mine}
        else:
            totals += [amending.AmendedTotal(period, key, old, new)
                       for key, old, new in change["totals"]]
        rows += amending.amendments(period, before, moved, numbers, teams)
    return replace(report, amendments=tuple(rows), amended_totals=tuple(totals))


def report_windows(session: Session, period: Period) -> list[Period]:
    """The periods whose cases the report of ``period`` counts: its own, and each earlier
    submitted period it may carry amendments to."""
    return [period, *(_period_of(record) for record in _submissions(session)
                      if record.period_end < period.end)]


def _question(session: Session, period: Period, today: date,
              team_id: uuid.UUID | None) -> counted.Question:
    return counted.Question(period, min(period.end, today), load_rules(), book_holidays(session),
                            tuple(report_windows(session, period)), team_id)


def _rate(session: Session) -> int:
    return load_rules().remuneration.rate(remuneration_rate(session))


def statistics_report(session: Session, period: Period, today: date,
                      team_id: uuid.UUID | None = None) -> StatisticsReport:
    """The report of ``period``: as submitted if it was, else as the book stands now, with the
    amendments to earlier submitted periods (counted in the database; a figure's cases are
    read when it is opened)."""
    record = find_submission(session, period)
    if record is not None:
        report = _frozen(session, record, team_id)
        return replace(report, issuer=report_issuer(session, report.commune, period.end))
    report = counted.counted_report(session, _question(session, period, today, team_id),
                                    _rate(session))
    report = replace(report, commune=_ward_commune(session) or report.commune)
    pending = [(_period_of(p.submission), p.plain())
               for p in pending_amendments(session, period)]
    report = _with_amendments(session, report, pending, team_id)
    return replace(report, issuer=report_issuer(session, report.commune, period.end))


def _ward_commune(session: Session) -> str:
    """The ward's own commune (set by ``ward init``), before the teams' most common one."""
    return settings.get_setting(session, settings.WARD_COMMUNE.key).strip()


def _frozen(session: Session, record: StatisticsSubmission,
            team_id: uuid.UUID | None) -> StatisticsReport:
    report = from_plain(record.snapshot)
    if team_id is not None:
        report = replace(report, teams=tuple(r for r in report.teams if r.team_id == team_id),
                         ward=next((r for r in report.teams if r.team_id == team_id),
                                   replace(report.ward, figures={})),
                         mediators=tuple(m for m in report.mediators if m.team_id == team_id),
                         team_filter=team_id)
    carried = []
    for earlier_id, change in record.amended.items():
        earlier = session.get(StatisticsSubmission, uuid.UUID(earlier_id))
        if earlier is not None:
            carried.append((_period_of(earlier), change))
    report = _with_amendments(session, report, carried, team_id)
    return replace(report, submission=Submission(record.id, record.submitted_at,
                                                 record.submitted_by))


def submit_period(session: Session, period: Period, today: date) -> StatisticsReport:
    """Freeze the ward's figures of ``period``, with the amendments to earlier periods that
    this report carries. Journaled; a period is submitted once."""
    access.require(session, Permission.MANAGE_WARD_DATA)
    existing = find_submission(session, period)
    if existing is not None:
        raise WorkflowError(ALREADY_SUBMITTED, period=period.label,
                            day=existing.submitted_at.date())
    question = _question(session, period, today, None)
    report = counted.counted_report(session, question, _rate(session))
    numbers = counted.resolve_report(session, question, report)  # the snapshot keeps the ids
    report = replace(report, commune=_ward_commune(session) or report.commune,
                     case_numbers=numbers)
    pending = pending_amendments(session, period)
    actor = access.current_actor(session)
    record = StatisticsSubmission(
        period_start=period.start, period_end=period.end, period_kind=period.kind,
        submitted_at=utcnow(), submitted_by=actor.user if actor else "system",
        snapshot=to_plain(report), cases=_standings(session, period),
        amended={str(p.submission.id): p.plain() for p in pending})
    session.add(record)
    session.flush()
    return _frozen(session, record, None)


def record_export(session: Session, report: StatisticsReport, target: str) -> None:
    """Journal that the report left the program (a PDF or CSV file, a print)."""
    details = {"document": "statistics", "target": target,
               "from": report.period.start.isoformat(), "to": report.period.end.isoformat(),
               "team": str(report.team_filter) if report.team_filter else None}
    journal.record_event(session, "export", "statistics_submissions",
                         str(report.submission.id) if report.submission else "", None, details)
