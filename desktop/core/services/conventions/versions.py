"""Village conventions: import a parsed text as a new convention or as an amendment, find the
version in force on a date, list, show and search (DOMAIN.md §5).

Each version holds its own article rows; the same article shares one ``lineage_id`` across
versions, so its history can be followed and a citation of an old version keeps its text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.conventions.structure import Article, Chapter, ParsedConvention
from desktop.core.db.models import (
    Convention,
    ConventionArticle,
    ConventionClause,
    ConventionVersion,
    Team,
)
from desktop.core.domain.enums import ArticleChange, ConventionStatus
from desktop.core.domain.roles import Permission
from desktop.core.domain.text import clean, fold
from desktop.core.errors import ValidationError, WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import fetch

NOT_LAW_REMINDER = N_(
    "A village convention is not law and cannot override it: apply the law first, and use the "
    "convention only where the law leaves room for the community's own rules.")
NO_ARTICLES = N_("No article was found in the text (lines such as 'Điều 1. ...'). Check that you "
                 "chose the convention's file, or type the article headings and import again.")
NO_TITLE = N_("Give the convention a title, for example 'Hương ước tổ dân phố số 5'.")
AMENDMENT_NEEDS_DECISION = N_(
    "An amendment needs its own recognition decision: give the decision number and the date it "
    "takes effect.")
AMENDMENT_TOO_EARLY = N_(
    "The amendment would take effect on {date:%d/%m/%Y}, but the version it amends took effect "
    "on {previous:%d/%m/%Y}. Check the dates of the decision.")
NONE_IN_FORCE = N_(
    "No version of '{title}' was in force on {date:%d/%m/%Y}: it took effect later, or its "
    "recognition decision was not recorded. Record the decision in File › Village "
    "conventions… (choose the version, then 'Decision and dates…'), or cite nothing from it.")
SUSPENDED_ON = N_(
    "On {date:%d/%m/%Y}, when the matter arose, '{title}' was suspended, so none of it "
    "applies. Rely on the law and good customs instead.")
ABOLISHED_ON = N_(
    "On {date:%d/%m/%Y}, when the matter arose, '{title}' had been abolished, so none of it "
    "applies. Rely on the law and good customs instead.")


@dataclass(frozen=True)
class Recognition:
    """The commune/ward decision recognising a text; it takes effect on the decision's date
    unless ``effective_on`` says otherwise."""

    decision_no: str = ""
    decision_date: date | None = None
    effective_on: date | None = None

    @property
    def takes_effect(self) -> date | None:
        return self.effective_on or self.decision_date


@dataclass(frozen=True)
class ImportResult:
    convention_id: uuid.UUID
    version_id: uuid.UUID
    new: int
    amended: int
    unchanged: int


# --- import ------------------------------------------------------------------------------------

def import_convention(session: Session, team_id: uuid.UUID, parsed: ParsedConvention,
                      title: str, village: str = "", recognition: Recognition = Recognition(),
                      source_name: str = "") -> ImportResult:
    """Save a parsed text as a new convention with its first version."""
    require(session, Permission.MANAGE_CONVENTIONS)
    _require_articles(parsed)
    if not clean(title):
        raise ValidationError(NO_TITLE, field="title")
    if convention_titled(session, team_id, title) is not None:  # a new text is a new version
        raise ValidationError(SAME_TITLE, field="title", title=clean(title))
    village = clean(village) or fetch(session, Team, team_id).village
    convention = Convention(team_id=team_id, title=clean(title), village=village)
    session.add(convention)
    session.flush()
    version = _new_version(session, convention, None, parsed, recognition, source_name)
    return _save_articles(session, version, _drafts(parsed, {}, full_text=True))


def import_amendment(session: Session, convention_id: uuid.UUID, parsed: ParsedConvention,
                     recognition: Recognition, source_name: str = "",
                     full_text: bool = False) -> ImportResult:
    """A new version by its own decision. Articles are matched by number: unchanged ones carry
    over, changed ones get a new row of the same lineage. Without ``full_text`` the text may
    hold only the amended articles; every other article carries over."""
    require(session, Permission.MANAGE_CONVENTIONS)
    _require_articles(parsed)
    convention = fetch(session, Convention, convention_id)
    previous = convention.versions[-1]
    starts = recognition.takes_effect
    if not recognition.decision_no.strip() or starts is None:
        raise ValidationError(AMENDMENT_NEEDS_DECISION, field="decision_no")
    if previous.effective_on is not None and starts <= previous.effective_on:
        raise ValidationError(AMENDMENT_TOO_EARLY, field="effective_on", date=starts,
                              previous=previous.effective_on)
    version = _new_version(session, convention, previous, parsed, recognition, source_name)
    previous.status, previous.status_since = ConventionStatus.REPLACED, starts
    old = {a.number: a for a in previous.articles}
    return _save_articles(session, version, _drafts(parsed, old, full_text))


def _require_articles(parsed: ParsedConvention) -> None:
    if not parsed.articles:
        raise ValidationError(NO_ARTICLES)


def _new_version(session: Session, convention: Convention, previous: ConventionVersion | None,
                 parsed: ParsedConvention, recognition: Recognition,
                 source_name: str) -> ConventionVersion:
    version = ConventionVersion(
        team_id=convention.team_id, convention_id=convention.id,
        ordinal=previous.ordinal + 1 if previous else 1,
        decision_no=clean(recognition.decision_no), decision_date=recognition.decision_date,
        effective_on=recognition.takes_effect, status=ConventionStatus.IN_FORCE,
        previous_version_id=previous.id if previous else None, preamble=parsed.preamble,
        closing=parsed.closing, source_name=source_name[:300])
    session.add(version)
    session.flush()
    return version


@dataclass(frozen=True)
class _Draft:
    """One article row to write: from the parsed text, or carried over from the old version."""

    chapter: Chapter | None
    article: Article | None
    old: ConventionArticle | None


def _drafts(parsed: ParsedConvention, old: dict[int, ConventionArticle],
            full_text: bool) -> list[_Draft]:
    drafts = [_Draft(chapter, article, old.get(article.number))
              for chapter in parsed.chapters for article in chapter.articles]
    if not full_text:
        given = {article.number for article in parsed.articles}
        drafts += [_Draft(None, None, row) for number, row in old.items() if number not in given]
    return sorted(drafts, key=lambda d: d.article.number if d.article else _number(d.old))


def _number(row: ConventionArticle | None) -> int:
    return row.number if row else 0


def _save_articles(session: Session, version: ConventionVersion,
                   drafts: list[_Draft]) -> ImportResult:
    counts = dict.fromkeys(ArticleChange, 0)
    for ordinal, draft in enumerate(drafts, start=1):
        values, clauses = _article_values(draft)
        row = ConventionArticle(team_id=version.team_id, convention_version_id=version.id,
                                ordinal=ordinal, **values)
        session.add(row)
        session.flush()
        session.add_all(ConventionClause(team_id=version.team_id, article_id=row.id,
                                         number=number, text=text) for number, text in clauses)
        counts[row.change] += 1
    session.flush()
    return ImportResult(version.convention_id, version.id, counts[ArticleChange.NEW],
                        counts[ArticleChange.AMENDED], counts[ArticleChange.UNCHANGED])


def _article_values(draft: _Draft) -> tuple[dict[str, Any], list[tuple[int, str]]]:
    old, article = draft.old, draft.article
    if article is None:
        assert old is not None
        return _copied(old), [(c.number, c.text) for c in old.clauses]
    values = {"number": article.number, "title": article.title, "text": article.body,
              "flagged": [_fragment(f) for f in article.flagged],
              **_chapter_values(draft.chapter, old)}
    values["folded"] = fold(f"điều {article.number} {article.title} {article.body}")
    same = old is not None and (old.title, old.text) == (article.title, article.body)
    values["change"] = (ArticleChange.NEW if old is None else
                        ArticleChange.UNCHANGED if same else ArticleChange.AMENDED)
    values["lineage_id"] = old.lineage_id if old else uuid.uuid4()
    return values, [(c.number, _clause_text(c.text, c.points)) for c in article.clauses]


def _clause_text(text: str, points: tuple[Any, ...]) -> str:
    return "\n".join([text, *(f"{p.letter}) {p.text}" for p in points)])


def _chapter_values(chapter: Chapter | None, old: ConventionArticle | None) -> dict[str, Any]:
    if (chapter is None or chapter.number == 0) and old is not None:
        return {"chapter_number": old.chapter_number, "chapter_label": old.chapter_label,
                "chapter_title": old.chapter_title}
    if chapter is None:
        return {}
    return {"chapter_number": chapter.number, "chapter_label": chapter.label,
            "chapter_title": chapter.title}


def _copied(old: ConventionArticle) -> dict[str, Any]:
    names = ("lineage_id", "chapter_number", "chapter_label", "chapter_title", "number",
             "title", "text", "folded", "flagged")
    return {**{name: getattr(old, name) for name in names}, "change": ArticleChange.UNCHANGED}


def _fragment(fragment: Any) -> dict[str, Any]:
    return {"text": fragment.text, "reason": fragment.reason, "line": fragment.line,
            "params": dict(fragment.params)}


# --- the version in force ----------------------------------------------------------------------

def version_in_force(session: Session, convention_id: uuid.UUID, on: date) -> ConventionVersion:
    """The version that applied on ``on``: the latest to take effect by then, unless that one
    was suspended or abolished by then. A clear error when none applied."""
    convention = fetch(session, Convention, convention_id)
    started = [v for v in convention.versions if v.effective_on and v.effective_on <= on]
    if not started:
        raise WorkflowError(NONE_IN_FORCE, title=convention.title, date=on)
    version = max(started, key=lambda v: (v.effective_on, v.ordinal))
    ended = version.status_since is None or version.status_since <= on
    if version.status is ConventionStatus.SUSPENDED and ended:
        raise WorkflowError(SUSPENDED_ON, title=convention.title, date=on)
    if version.status is ConventionStatus.ABOLISHED and ended:
        raise WorkflowError(ABOLISHED_ON, title=convention.title, date=on)
    return version


STATUS_NEEDS_DECISION = N_(
    "A change of status needs the decision that made it: give the decision's number and date.")
STATUS_BEFORE_EFFECT = N_(
    "The change of status would apply from {date:%d/%m/%Y}, before this version took effect on "
    "{effective:%d/%m/%Y}. Check the date.")
STATUS_NOT_SETTABLE = N_(
    "A version becomes 'replaced' only when an amendment or a new text is imported. Choose in "
    "force, partly suspended, suspended or abolished.")


@dataclass(frozen=True)
class StatusDecision:
    """A decision of the commune People's Committee changing where a version stands."""

    status: ConventionStatus
    since: date  # the day the change applies from
    decision_no: str = ""
    decision_date: date | None = None


def set_status(session: Session, version_id: uuid.UUID, status: ConventionStatus,
               since: date, decision_no: str = "", decision_date: date | None = None) -> None:
    """Record a decision suspending, abolishing (or restoring) a version from ``since``."""
    require(session, Permission.MANAGE_CONVENTIONS)
    version = fetch(session, ConventionVersion, version_id)
    version.status, version.status_since = status, since
    version.status_decision_no, version.status_decision_date = clean(decision_no), decision_date


def change_status(session: Session, version_id: uuid.UUID, decision: StatusDecision) -> None:
    """The same as :func:`set_status`, with the checks a person typing it needs: a decision
    number and date, a date not before the version took effect, no hand-made 'replaced'."""
    require(session, Permission.MANAGE_CONVENTIONS)  # a refusal comes before any other answer
    if decision.status is ConventionStatus.REPLACED:
        raise ValidationError(STATUS_NOT_SETTABLE, field="status")
    if not clean(decision.decision_no) or decision.decision_date is None:
        raise ValidationError(STATUS_NEEDS_DECISION, field="decision_no")
    version = fetch(session, ConventionVersion, version_id)
    if version.effective_on is not None and decision.since < version.effective_on:
        raise ValidationError(STATUS_BEFORE_EFFECT, field="since", date=decision.since,
                              effective=version.effective_on)
    set_status(session, version_id, decision.status, decision.since, decision.decision_no,
               decision.decision_date)


# --- correcting a version's recognition --------------------------------------------------------

RECOGNITION_NEEDS_DECISION = N_(
    "Give the number of the recognition decision and its date (or the date the version took "
    "effect).")
RECOGNITION_OUT_OF_ORDER = N_(
    "Version {ordinal} would take effect on {date:%d/%m/%Y}, but it must come after version "
    "{other} ({other_date:%d/%m/%Y}) and before the next. Check the dates of the decision.")
SAME_TITLE = N_(
    "There is already a convention named '{title}'. A new text of it is saved as a new "
    "version of that convention, not as a second convention.")


def edit_recognition(session: Session, version_id: uuid.UUID, recognition: Recognition) -> None:
    """Record or correct the decision that recognised a version (an import may not have known
    it): its number, date and the day it took effect. The order of versions is kept, and a
    previous version replaced by this one is replaced from the corrected day."""
    require(session, Permission.MANAGE_CONVENTIONS)
    starts = recognition.takes_effect
    if not clean(recognition.decision_no) or starts is None:
        raise ValidationError(RECOGNITION_NEEDS_DECISION, field="decision_no")
    version = fetch(session, ConventionVersion, version_id)
    others = {v.ordinal: v for v in version.convention.versions}
    before, after = others.get(version.ordinal - 1), others.get(version.ordinal + 1)
    other = _out_of_order(before, after, starts)
    if other is not None:
        raise ValidationError(RECOGNITION_OUT_OF_ORDER, field="effective_on",
                              ordinal=version.ordinal, date=starts, other=other.ordinal,
                              other_date=other.effective_on)
    if before is not None and before.status is ConventionStatus.REPLACED:
        before.status_since = starts
    version.decision_no = clean(recognition.decision_no)
    version.decision_date, version.effective_on = recognition.decision_date, starts


def _out_of_order(before: ConventionVersion | None, after: ConventionVersion | None,
                  starts: date) -> ConventionVersion | None:
    """The neighbouring version that ``starts`` would put out of order, if any."""
    if before is not None and before.effective_on is not None and before.effective_on >= starts:
        return before
    if after is not None and after.effective_on is not None and after.effective_on <= starts:
        return after
    return None


def convention_titled(session: Session, team_id: uuid.UUID, title: str) -> uuid.UUID | None:
    """The team's convention with this title (letter case, accents typed differently and
    spaces aside), if there is one: a text with the same title is a new version of it."""
    wanted = fold(clean(title))
    for convention in session.scalars(select(Convention).where(Convention.team_id == team_id)):
        if fold(clean(convention.title)) == wanted:
            return convention.id
    return None
