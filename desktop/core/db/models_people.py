"""The search index, merges of duplicate persons, and conflict-of-interest decisions.

``SearchEntry`` is local to the book (not ``Tracked``, never journaled nor exported): one row per
searchable piece of a case (its number, a party's name, a hearing's notes...), rebuilt from the
records whenever they change (``desktop.core.db.search_index``). It lives inside the book, so an
encrypted book keeps its index encrypted too.

``PersonMerge`` and ``ConflictDecision`` travel like the case records: the ward sees that two
persons were found to be one, and why a mediator was (or was not) assigned despite a warning.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.db.models import Base, TeamOwned


class SearchEntry(Base):
    """One searchable piece of a case: ``folded``, its words without diacritics separated by
    single spaces (what the full-text index holds). The text as written is not kept twice: a
    search reads it again from the records for the page it shows (``written_texts``)."""

    __tablename__ = "search_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[str] = mapped_column(String(36), default="")
    folded: Mapped[str] = mapped_column(Text, default="")


class PersonMerge(TeamOwned, Base):
    """Two records found to be one person: ``merged_id``'s case roles moved to ``kept_id``.

    The merged record is kept (its history stays in the journal) and the moved participations
    are listed, so the merge can be undone until it has been sent to the ward.
    """

    __tablename__ = "person_merges"

    kept_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    merged_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    participant_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    merged_on: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")
    undone_on: Mapped[date | None] = mapped_column(default=None)


class ConflictDecision(TeamOwned, Base):
    """The leader's decision on a conflict-of-interest warning (Law 35/2013 Art. 18, 26): the
    findings shown, whether the mediator was assigned anyway, and why."""

    __tablename__ = "conflict_decisions"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    mediator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mediators.id"), index=True)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    assigned: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date]


class SearchWord(Base):
    """Every folded word the search index holds, once: a query's last word, still being typed,
    is looked up here as a beginning (a range of this key) and searched as those whole words,
    which the full-text index answers at once however common they are."""

    __tablename__ = "search_words"

    word: Mapped[str] = mapped_column(String(200), primary_key=True)
