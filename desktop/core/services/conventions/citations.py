"""Citing a village convention in a case, and the evidence for its annual review.

A case cites the article **of the version in force when the matter arose** (``arose_on``, or
the date the case was received when that is unknown). The citation points at that version's
article row, so a later amendment never changes what an old case cites.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db import journal
from desktop.core.db.models import (
    Case,
    CaseCitation,
    Convention,
    ConventionArticle,
    ConventionVersion,
    Team,
)
from desktop.core.documents.data import (
    CitedArticle,
    ConventionReviewDocument,
    ReviewLine,
    ReviewVersionLine,
)
from desktop.core.domain.enums import CaseStatus
from desktop.core.domain.roles import EDIT_CASE, Permission
from desktop.core.errors import NotFoundError, ValidationError, WorkflowError
from desktop.core.i18n import N_
from desktop.core.policy.access import require
from desktop.core.services.common import editable_case, fetch
from desktop.core.services.conventions.versions import NOT_LAW_REMINDER, version_in_force
from desktop.core.services.conventions.views import (
    ArticleView,
    VersionView,
    article_view,
    search_articles,
    version_view,
)
from desktop.core.services.teams import team_info, team_leader

NOT_THE_VERSION_IN_FORCE = N_(
    "Article {number} you chose is from the version recognised by decision '{decision}', but "
    "the matter arose on {date:%d/%m/%Y}, when the version of decision '{in_force}' was in "
    "force. Cite the article from that version.")
NO_SUCH_CLAUSE = N_("Article {number} has no clause {clause}. Choose one of its clauses, or cite "
                    "the whole article.")
NO_SUCH_ARTICLE = N_("The version in force on {date:%d/%m/%Y} has no Article {number}. Search "
                     "the convention and choose an article it has.")
ALREADY_CITED = N_("This case already cites that article (or clause). Change the note of the "
                   "existing citation instead of citing it twice.")


def matter_date(case: Case) -> date:
    """The date the matter arose; the date the case was received when that is not known."""
    return case.arose_on or case.received_on


def cite(session: Session, case_id: uuid.UUID, article_id: uuid.UUID,
         clause_number: int | None = None, note: str = "") -> uuid.UUID:
    """Record that the case relies on this article (or one clause of it), and how."""
    require(session, EDIT_CASE, case=case_id)
    case = editable_case(session, case_id)
    article = fetch(session, ConventionArticle, article_id)
    _check_in_force(session, case, article)
    if clause_number is not None and clause_number not in {c.number for c in article.clauses}:
        raise ValidationError(NO_SUCH_CLAUSE, field="clause", number=article.number,
                              clause=clause_number)
    if _already_cited(session, case.id, article.id, clause_number):
        raise ValidationError(ALREADY_CITED)
    citation = CaseCitation(team_id=case.team_id, case_id=case.id, article_id=article.id,
                            clause_number=clause_number, note=note.strip())
    session.add(citation)
    session.flush()
    return citation.id


def cite_by_number(session: Session, case_id: uuid.UUID, convention_id: uuid.UUID,
                   article_number: int, clause_number: int | None = None,
                   note: str = "") -> uuid.UUID:
    """Cite "Article N" of the version that was in force when the case's matter arose."""
    require(session, EDIT_CASE, case=case_id)  # a refusal comes before any other answer
    case = fetch(session, Case, case_id)
    on = matter_date(case)
    version = version_in_force(session, convention_id, on)
    article = next((a for a in version.articles if a.number == article_number), None)
    if article is None:
        raise NotFoundError(NO_SUCH_ARTICLE, date=on, number=article_number)
    return cite(session, case_id, article.id, clause_number, note)


def _check_in_force(session: Session, case: Case, article: ConventionArticle) -> None:
    version = article.convention_version
    on = matter_date(case)
    in_force = version_in_force(session, version.convention_id, on)
    if in_force.id != version.id:
        raise WorkflowError(NOT_THE_VERSION_IN_FORCE, number=article.number,
                            decision=version.decision_no or "?", date=on,
                            in_force=in_force.decision_no or "?")


def _already_cited(session: Session, case_id: uuid.UUID, article_id: uuid.UUID,
                   clause_number: int | None) -> bool:
    existing = session.scalars(select(CaseCitation.clause_number).where(
        CaseCitation.case_id == case_id, CaseCitation.article_id == article_id)).all()
    return clause_number in existing


def remove_citation(session: Session, citation_id: uuid.UUID) -> None:
    citation = fetch(session, CaseCitation, citation_id)
    require(session, EDIT_CASE, case=citation.case_id)
    editable_case(session, citation.case_id)
    session.delete(citation)


@dataclass(frozen=True)
class CitationView:
    """What a case cites, with the text as cited and the reminder that it is not law."""

    id: uuid.UUID
    convention_title: str
    decision_no: str
    effective_on: date | None
    article: ArticleView
    clause_number: int | None
    note: str
    reminder: str = NOT_LAW_REMINDER

    @property
    def cited_text(self) -> str:
        if self.clause_number is None:
            return self.article.text
        return dict(self.article.clauses).get(self.clause_number, "")


def case_citations(session: Session, case_id: uuid.UUID) -> list[CitationView]:
    rows = session.scalars(select(CaseCitation).where(CaseCitation.case_id == case_id)).all()
    views = [_citation_view(row) for row in rows]
    return sorted(views, key=lambda v: (v.convention_title, v.article.number,
                                        v.clause_number or 0))


def cited_articles(session: Session, case_id: uuid.UUID) -> tuple[CitedArticle, ...]:
    """What the case cites, as plain data for its documents (agreement, logbook row)."""
    rows = session.scalars(select(CaseCitation).where(CaseCitation.case_id == case_id)).all()
    found = [_cited_article(row) for row in rows]
    return tuple(sorted(found, key=lambda c: (c.convention_title, c.article_number,
                                              c.clause_number or 0)))


def _cited_article(row: CaseCitation) -> CitedArticle:
    version = row.article.convention_version
    return CitedArticle(version.convention.title, version.decision_no, version.decision_date,
                        row.article.number, row.clause_number, row.article.title)


def _citation_view(row: CaseCitation) -> CitationView:
    version = row.article.convention_version
    return CitationView(row.id, version.convention.title, version.decision_no,
                        version.effective_on, article_view(row.article), row.clause_number,
                        row.note)


@dataclass(frozen=True)
class CaseConventions:
    """What the case window's citations tab shows: the case's citations, the conventions it
    may cite from, and the date whose version in force applies."""

    matter_date: date
    conventions: tuple[tuple[uuid.UUID, str], ...]  # id, title
    citations: tuple[CitationView, ...]


def case_conventions(session: Session, case_id: uuid.UUID) -> CaseConventions:
    case = fetch(session, Case, case_id)
    rows = session.scalars(select(Convention).where(Convention.team_id == case.team_id)
                           .order_by(Convention.title)).all()
    return CaseConventions(matter_date(case), tuple((c.id, c.title) for c in rows),
                           tuple(case_citations(session, case_id)))


def search_for_case(session: Session, case_id: uuid.UUID, convention_id: uuid.UUID,
                    query: str) -> tuple[VersionView, list[ArticleView]]:
    """The version in force when the case's matter arose, and its articles matching the query
    (diacritics ignored); a clear error when no version applied then."""
    on = matter_date(fetch(session, Case, case_id))
    version = version_in_force(session, convention_id, on)
    return version_view(version), search_articles(session, convention_id, query, on)


# --- the annual review ------------------------------------------------------------------------

OTHER_STATUSES = (CaseStatus.IN_PROGRESS, CaseStatus.NOT_ELIGIBLE)


@dataclass(frozen=True)
class ReviewRow:
    lineage_id: uuid.UUID
    number: int
    title: str
    cases: int
    by_status: tuple[tuple[CaseStatus, int], ...]  # only the statuses that occur

    def count(self, *statuses: CaseStatus) -> int:
        return sum(n for status, n in self.by_status if status in statuses)

    @property
    def successful(self) -> int:
        return self.count(CaseStatus.SUCCESSFUL)

    @property
    def unsuccessful(self) -> int:
        return self.count(CaseStatus.UNSUCCESSFUL)

    @property
    def other(self) -> int:
        """Still in progress, or found not eligible for mediation."""
        return self.count(*OTHER_STATUSES)


@dataclass(frozen=True)
class AnnualReview:
    convention_title: str
    start: date
    end: date
    rows: tuple[ReviewRow, ...]  # every article, in order, cited or not
    reminder: str = NOT_LAW_REMINDER
    village: str = ""
    versions: tuple[VersionView, ...] = ()  # the versions in force at some time in the period
    total_cases: int = 0  # cases citing any article (a case citing two counts once)

    @property
    def never_cited(self) -> tuple[ReviewRow, ...]:
        return tuple(row for row in self.rows if row.cases == 0)


def annual_review(session: Session, convention_id: uuid.UUID, start: date,
                  end: date) -> AnnualReview:
    """For cases received from ``start`` to ``end``: how many cited each article (any of its
    versions), by the case's status. The articles are those of every version in force at some
    time in the period (the latest wording of each), then any other article that was cited."""
    convention = fetch(session, Convention, convention_id)
    versions = versions_in_period(convention, start, end) or convention.versions[-1:]
    cited = _cited_cases(session, convention_id, start, end)
    titles: dict[uuid.UUID, tuple[int, str]] = {}
    for version in versions:  # oldest first: later wording wins
        titles.update((a.lineage_id, (a.number, a.title)) for a in version.articles)
    titles.update((lineage, found) for lineage, found in
                  _latest_titles(session, set(cited) - set(titles)).items())
    rows = [_review_row(lineage, number, title, cited)
            for lineage, (number, title) in titles.items()]
    cases = {case_id for by_case in cited.values() for case_id in by_case}
    return AnnualReview(convention.title, start, end,
                        tuple(sorted(rows, key=lambda r: r.number)), village=convention.village,
                        versions=tuple(version_view(v) for v in versions),
                        total_cases=len(cases))


def versions_in_period(convention: Convention, start: date,
                       end: date) -> list[ConventionVersion]:
    """The versions that took effect by ``end`` and were not yet followed by another on
    ``start``: each applies from its effective date until the next one's."""
    dated = sorted((v for v in convention.versions if v.effective_on),
                   key=lambda v: (v.effective_on, v.ordinal))
    found = []
    for version, following in zip(dated, [*dated[1:], None], strict=True):
        begins = version.effective_on
        assert begins is not None
        ends = following.effective_on if following else None
        if begins <= end and (ends is None or ends > start):
            found.append(version)
    return found


def _cited_cases(session: Session, convention_id: uuid.UUID, start: date,
                 end: date) -> dict[uuid.UUID, dict[uuid.UUID, CaseStatus]]:
    statement = (
        select(ConventionArticle.lineage_id, Case.id, Case.status)
        .join(CaseCitation, CaseCitation.article_id == ConventionArticle.id)
        .join(Case, Case.id == CaseCitation.case_id)
        .join(ConventionVersion,
              ConventionVersion.id == ConventionArticle.convention_version_id)
        .where(ConventionVersion.convention_id == convention_id,
               Case.received_on >= start, Case.received_on <= end))
    found: dict[uuid.UUID, dict[uuid.UUID, CaseStatus]] = defaultdict(dict)
    for lineage, case_id, status in session.execute(statement):
        found[lineage][case_id] = status
    return found


def _latest_titles(session: Session,
                   lineages: set[uuid.UUID]) -> dict[uuid.UUID, tuple[int, str]]:
    rows = session.scalars(select(ConventionArticle).where(
        ConventionArticle.lineage_id.in_(lineages))).all()
    latest = sorted(rows, key=lambda r: r.convention_version.ordinal)
    return {row.lineage_id: (row.number, row.title) for row in latest}


def _review_row(lineage: uuid.UUID, number: int, title: str,
                cited: dict[uuid.UUID, dict[uuid.UUID, CaseStatus]]) -> ReviewRow:
    statuses = Counter(cited.get(lineage, {}).values())
    by_status = tuple((s, statuses[s]) for s in CaseStatus if statuses[s])
    return ReviewRow(lineage, number, title, sum(statuses.values()), by_status)


# --- the review report ------------------------------------------------------------------------

def review_document(session: Session, convention_id: uuid.UUID, start: date, end: date,
                    author: str = "", issued_on: date | None = None) -> ConventionReviewDocument:
    """The annual review's data for its PDF."""
    review = annual_review(session, convention_id, start, end)
    team_id = fetch(session, Convention, convention_id).team_id
    return ConventionReviewDocument(
        team=team_info(fetch(session, Team, team_id)), convention_title=review.convention_title,
        village=review.village, start=start, end=end,
        versions=tuple(_version_line(v) for v in review.versions),
        rows=tuple(ReviewLine(r.number, r.title, r.cases, r.successful, r.unsuccessful, r.other)
                   for r in review.rows),
        total_cases=review.total_cases, leader=team_leader(session, team_id, end),
        issued_on=issued_on or date.today(), author=author)


def _version_line(version: VersionView) -> ReviewVersionLine:
    return ReviewVersionLine(version.decision_no, version.decision_date, version.effective_on,
                             version.status, version.status_since, version.status_decision_no,
                             version.status_decision_date)


def record_review_print(session: Session, convention_id: uuid.UUID, target: str, start: date,
                        end: date) -> None:
    """Journal that the review report was printed or saved (the audit trail)."""
    require(session, Permission.PRINT_DOCUMENTS)
    convention = fetch(session, Convention, convention_id)
    details = {"document": "convention_review", "target": target, "from": start.isoformat(),
               "to": end.isoformat()}
    journal.record_event(session, "print", "conventions", str(convention.id),
                         str(convention.team_id), details)
