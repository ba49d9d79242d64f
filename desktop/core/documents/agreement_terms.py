"""The agreement's terms as printed: a term for "both parties" said once.

The app keeps a term that every party must carry out as one term per party (issue #14: "a term
can be for both parties"; each party's performance is followed up on its own, Art. 25). On
paper the parties agreed it once, so the written agreement prints it once, for "cả hai bên"
(or "các bên" when there are more than two), with their names.

The merge rule: consecutive terms with the same content and the same deadline whose obliged
persons are exactly the parties, each once, are one printed term. Anything else (a term for
some of the parties, a related person among them, the same content with another deadline)
stays as it was entered.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from desktop.core.documents import parts
from desktop.core.documents.data import PersonLine, TermLine
from desktop.core.documents.templates import Wording
from desktop.core.domain.enums import ParticipantRole


def printed_terms(terms: Sequence[TermLine], participants: Sequence[PersonLine],
                  w: Wording) -> list[TermLine]:
    """The terms to print, in order, a term for every party merged into one."""
    parties = parts.with_role(participants, ParticipantRole.PARTY)
    names = [p.full_name for p in parties]
    printed: list[TermLine] = []
    for _same, run in groupby(terms, key=lambda t: (" ".join(t.content.split()), t.deadline)):
        group = list(run)
        if len(names) > 1 and sorted(t.obliged for t in group) == sorted(names):
            printed.append(TermLine(_everyone(parties, w), group[0].content, group[0].deadline))
        else:
            printed.extend(group)
    return printed


def _everyone(parties: Sequence[PersonLine], w: Wording) -> str:
    named = [f"{parts.honorific(p.sex)} {p.full_name}" for p in parties]
    listed = (w.text("terms.joiner").join(named[:-1]) + w.text("terms.last_joiner")
              + named[-1])
    return w.text("terms.both_parties" if len(parties) == 2 else "terms.all_parties",
                  names=listed)
