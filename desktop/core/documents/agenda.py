"""The weekly agenda of hearings (lịch hòa giải trong tuần): data in, PDF bytes out.

One table, a row per hearing in time order, with the week's days named; a clash (the same
mediator or the same place at overlapping times) is marked. A sensitive case prints its number
only, as the agenda hangs on a notice board. Wording in ``resources/documents/agenda.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, Spacer

from desktop.core.documents import parts
from desktop.core.documents.data import TeamInfo
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
    build_pdf,
    document_title,
    escape_text,
    markup_para,
    national_header,
    para,
    short_date,
    signature_block,
    table,
    vietnamese_date_line,
)
from desktop.core.documents.templates import Wording, load_wording

_SHARES = ("14%", "12%", "26%", "20%", "18%", "10%")
_GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]


@dataclass(frozen=True)
class AgendaHearing:
    starts_at: datetime
    ends_at: datetime
    case_number: str
    case_title: str  # "" for a sensitive case: its number only
    place: str
    mediators: tuple[str, ...]
    planned: bool
    clashes: bool


@dataclass(frozen=True)
class AgendaDocument:
    team: TeamInfo
    week_start: date
    week_end: date
    hearings: tuple[AgendaHearing, ...]
    issued_on: date
    leader: str = ""
    author: str = ""


def render_agenda(doc: AgendaDocument) -> bytes:
    w = load_wording("agenda")
    days = {"start": short_date(doc.week_start), "end": short_date(doc.week_end)}
    spec = DocumentSpec(
        title=w.text("document.pdf_title", team_name=doc.team.name, **days),
        author=doc.author or doc.team.name,
        subject=w.text("document.pdf_subject", team_name=doc.team.name), landscape=True)
    header = national_header(parts.issuer(doc.team), None,
                             vietnamese_date_line(doc.team.commune, doc.issued_on))
    story: list[Flowable] = [header, *document_title(w.text("document.title"),
                                                     w.text("document.subtitle", **days))]
    story += _table(doc, w) if doc.hearings else [para(w.text("table.none"), "body")]
    story += [Spacer(1, 8), para(w.text("closing.note"), "detail"), Spacer(1, 12),
              *signature_block([Signer(w.text("closing.leader"), doc.leader,
                                       w.text("closing.leader_hint"))], columns=2)]
    return build_pdf(spec, story)


def _table(doc: AgendaDocument, w: Wording) -> list[Flowable]:
    head = [markup_para(f"<b>{escape_text(text)}</b>", "cell")
            for text in w.texts("table.columns")]
    rows = [head, *(_row(h, w) for h in doc.hearings)]
    return [table(rows, _SHARES, _GRID, repeat_rows=1)]


def _lines(*lines: str) -> Flowable:
    return markup_para("<br/>".join(escape_text(line) for line in lines), "cell")


def _row(hearing: AgendaHearing, w: Wording) -> list[Flowable]:
    weekday = w.texts("table.weekdays")[hearing.starts_at.weekday()]
    case = (w.text("table.case", number=hearing.case_number, title=hearing.case_title)
            if hearing.case_title else w.text("table.case_private", number=hearing.case_number))
    notes = [w.text("table.planned" if hearing.planned else "table.held")]
    if hearing.clashes:
        notes.append(w.text("table.clash"))
    return [_lines(weekday, short_date(hearing.starts_at.date())),
            _lines(w.text("table.time", start=hearing.starts_at.strftime("%H:%M"),
                          end=hearing.ends_at.strftime("%H:%M"))),
            _lines(case), _lines(hearing.place), _lines(*hearing.mediators), _lines(*notes)]
