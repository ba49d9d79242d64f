"""Who asked to stop an unsuccessful mediation (Law 35/2013 Art. 23(2): "một bên hoặc các bên
yêu cầu chấm dứt hòa giải").

Kept in words on the outcome (``Outcome.stop_requested_by``): the parties' names as they were
when the case ended, so the record printed later says what was decided then, the history shows
names rather than ids, and the erasure of a person scrubs the name like any other free text.
"""

from __future__ import annotations

import uuid

from desktop.core.db.models import Case
from desktop.core.domain.enums import OutcomeKind, ParticipantRole
from desktop.core.errors import HoagiaiError, ValidationError
from desktop.core.i18n import N_

SEPARATOR = "; "  # between two names in the stored words; a name never holds it (see below)
MAX_LENGTH = 300  # the column's size

NOT_A_STOP = N_("Who asked to stop is recorded only when a party asked to stop the mediation.")
NONE_TICKED = N_("Tick the party or parties who asked to stop the mediation "
                 "(clause 2, Article 23 of the Law on Grassroots Mediation).")
NOT_A_PARTY = N_("Only a party of this case can be recorded as asking to stop.")
TOO_LONG = N_("The names of those who asked to stop are too long to keep "
              "(at most {limit} characters in all).")


def stored(names: tuple[str, ...]) -> str:
    return SEPARATOR.join(names)


def names(words: str) -> tuple[str, ...]:
    """The names as stored, in the order they were ticked."""
    return tuple(name for name in (part.strip() for part in words.split(SEPARATOR.strip()))
                 if name)


def stop_requesters(case: Case, kind: OutcomeKind, chosen: tuple[uuid.UUID, ...] | None
                    ) -> tuple[str, list[HoagiaiError]]:
    """The words to store for ``chosen`` (parties' participant ids) and what is wrong with them.

    ``None`` (the caller did not say) keeps what was recorded for a party's stop, else nothing."""
    if chosen is None:
        kept = case.outcome.stop_requested_by if case.outcome else ""
        return (kept if kind is OutcomeKind.PARTY_ASKED_TO_STOP else ""), []
    if kind is not OutcomeKind.PARTY_ASKED_TO_STOP:
        return "", [ValidationError(NOT_A_STOP, field="stop_requested_by")] if chosen else []
    if not chosen:
        return "", [ValidationError(NONE_TICKED, field="stop_requested_by")]
    parties = {p.id: p.person.full_name for p in case.participants
               if p.role is ParticipantRole.PARTY}
    if any(pid not in parties for pid in chosen):
        return "", [ValidationError(NOT_A_PARTY, field="stop_requested_by")]
    # a ";" inside a name would split it in two when read back: it becomes a comma
    words = stored(tuple(dict.fromkeys(
        parties[pid].replace(";", ",").strip() for pid in chosen)))
    if len(words) > MAX_LENGTH:
        return "", [ValidationError(TOO_LONG, field="stop_requested_by", limit=MAX_LENGTH)]
    return words, []
