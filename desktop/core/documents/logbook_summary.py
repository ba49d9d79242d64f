"""Part II of the logbook, "Theo dõi, tổng hợp của tổ trưởng tổ hòa giải": the template's table
(one row per case: mediators, scope of mediation, result, notes), then the leader's summary by
mediator, by kind of matter and by result."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.core.documents.cells import CellParagraph
from desktop.core.documents.data import LogbookDocument, LogbookRow
from desktop.core.documents.fonts import BOLD, REGULAR
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
    escape_text,
    frame_height,
    markup_para,
    para,
    short_date,
    signature_block,
    style,
    table,
    upper,
)
from desktop.core.documents.ruled_table import (
    Cell,
    CellText,
    Fonts,
    HeadCell,
    RuledTable,
    TableSpec,
)
from desktop.core.documents.templates import Wording
from desktop.core.domain.enums import CaseStatus, MatterGroup
from desktop.core.domain.text import name_sort_key, sort_key
from desktop.core.statistics.rules import load_rules

CELL_FONT_SIZE = 9  # the logbook's ten landscape columns; other tables use CELL_SIZE

# the order of the result columns
RESULTS = (CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL, CaseStatus.IN_PROGRESS,
           CaseStatus.NOT_ELIGIBLE)


def tally(rows: Iterable[LogbookRow], keys_of: str) -> dict[str, Counter[CaseStatus]]:
    """Cases counted by result for each mediator (``keys_of="mediators"``) or each kind of
    matter (``"category"``)."""
    counts: dict[str, Counter[CaseStatus]] = defaultdict(Counter)
    for row in rows:
        keys = row.mediators if keys_of == "mediators" else (row.category,)
        for key in keys:
            counts[key][row.status] += 1
    return dict(counts)


def _order(keys_of: str) -> Callable[[str], tuple[object, ...]]:
    """Mediators by given name, kinds of matter alphabetically (Vietnamese order)."""
    return name_sort_key if keys_of == "mediators" else sort_key


def by_result(rows: Sequence[LogbookRow]) -> Counter[CaseStatus]:
    return Counter(row.status for row in rows)


def period(doc: LogbookDocument) -> tuple[str, str]:
    """The period printed, dd/mm/yyyy: the one asked for, else the volume's own dates."""
    start = doc.period_start or doc.opened_on
    end = doc.period_end or doc.closed_on
    return (short_date(start) if start else "...", short_date(end) if end else "...")


def part_two(doc: LogbookDocument, w: Wording, width: float) -> list[Flowable]:
    opened, closed = period(doc)
    title = markup_para(f"{escape_text(upper(w.text('part2.number')))}<br/>"
                        f"{escape_text(upper(w.text('part2.title')))}", "title")
    flowables: list[Flowable] = [
        title, para(w.text("part2.period", opened=opened, closed=closed), "subtitle"),
        _leaders_table(doc, w, width), Spacer(1, 10),
        para(upper(w.text("part2.summary")), "heading")]
    for heading, label, key in (("by_mediator", "mediator", "mediators"),
                                ("by_kind", "kind", "category")):
        flowables += [para(w.text(f"part2.{heading}"), "heading"),
                      _tally_table(tally(doc.rows, key), w.text(f"part2.{label}"), w, width,
                                   key)]
    flowables += [para(w.text("part2.by_result"), "heading"),
                  _result_table(doc.rows, w, width), Spacer(1, 12),
                  *_signature(doc, w)]
    return flowables


_GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
_LEADER_SHARES = (0.05, 0.22, 0.33, 0.09, 0.09, 0.09, 0.13)


def _leaders_table(doc: LogbookDocument, w: Wording, width: float) -> Flowable:
    """Part II as the template lays it out: one row per case, its mediators, its place among
    the scopes of mediation (the matter group and kind), its result and notes. One row per
    case as in Part I, so it is drawn the same way (:mod:`ruled_table`)."""
    labels = w.texts("part2.columns")
    heads = w.texts("part2.result_heads")
    header = (*[HeadCell(labels[col], col, col, 0, 1) for col in range(3)],
              HeadCell(labels[3], 3, 5, 0, 0), HeadCell(labels[4], 6, 6, 0, 1),
              *[HeadCell(head, 3 + n, 3 + n, 1, 1) for n, head in enumerate(heads)],
              *[HeadCell(f"({n})", n - 1, n - 1, 2, 2, bold=False) for n in range(1, 8)])
    rows = [_leaders_row(i, row, w) for i, row in enumerate(doc.rows, start=1)]
    spec = TableSpec(widths=tuple(width * s for s in _LEADER_SHARES), header=header,
                     header_rows=3, fonts=cell_fonts(), continued=w.text("part1.continued"),
                     page_room=frame_height(DocumentSpec(title="", landscape=True)),
                     padding_x=6, valign="middle")
    return RuledTable(spec, rows)


_LEADER_RESULTS = (CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL, CaseStatus.IN_PROGRESS)


def _leaders_row(index: int, row: LogbookRow, w: Wording) -> list[Cell]:
    mark = (CellText(w.text("part1.mark"), centred=True),)
    groups = load_rules().groups
    scope = (f"{groups[MatterGroup(row.group)].text()}: {row.category}" if row.group
             else row.category)
    notes = [w.text("part1.case", case_number=row.case_number)]
    if row.status is CaseStatus.NOT_ELIGIBLE:
        notes.append(w.text("notes.not_eligible"))
    return [(CellText(str(index), centred=True),), tuple(CellText(n) for n in row.mediators),
            (CellText(scope),),
            *[mark if row.status is status else () for status in _LEADER_RESULTS],
            tuple(CellText(note) for note in notes)]


_TALLY_SHARES = (0.06, 0.34, 0.12, 0.12, 0.12, 0.12, 0.12)


def _tally_table(counts: dict[str, Counter[CaseStatus]], label: str, w: Wording,
                 width: float, keys_of: str) -> Flowable:
    head = [cell(text.format(label=label), centred=True, bold=True)
            for text in w.texts("part2.tally_columns")]
    ordered = sorted(counts, key=_order(keys_of))
    rows = [[cell(str(i), centred=True), cell(key), *_numbers(counts[key])]
            for i, key in enumerate(ordered, start=1)]
    if keys_of != "mediators":  # a case with several mediators counts for each of them
        total: Counter[CaseStatus] = sum(counts.values(), Counter())
        rows.append(["", cell(w.text("part2.total"), bold=True), *_numbers(total)])
    return table([head, *rows], [width * s for s in _TALLY_SHARES], _GRID, repeat_rows=1)


def _numbers(counter: Counter[CaseStatus]) -> list[Flowable]:
    values = [sum(counter.values()), *[counter[status] for status in RESULTS]]
    return [cell(str(v), centred=True) for v in values]


_RESULT_SHARES = (0.06, 0.5, 0.2, 0.2)


def _result_table(rows: Sequence[LogbookRow], w: Wording, width: float) -> Flowable:
    counts = by_result(rows)
    total = len(rows)
    values = [total, *[counts[status] for status in RESULTS]]
    head = [cell(t, centred=True, bold=True)
            for t in w.texts("part2.result_columns")]
    body = [[cell(str(i), centred=True), cell(label),
             cell(str(value), centred=True), cell(_percent(value, total), centred=True)]
            for i, (label, value) in enumerate(zip(w.texts("part2.results"), values,
                                                   strict=True), start=1)]
    return table([head, *body], [width * s for s in _RESULT_SHARES], _GRID, repeat_rows=1)


def _percent(value: int, total: int) -> str:
    """``62,5%`` (Vietnamese decimal comma); empty when nothing was received."""
    return f"{100 * value / total:.1f}%".replace(".", ",") if total else ""


def _signature(doc: LogbookDocument, w: Wording) -> list[Flowable]:
    signer = Signer(role=w.text("signature.role"), name=doc.leader,
                    hint=w.text("signature.hint"))
    return signature_block([Signer(role="", name=""), signer])


def cell(text: str, *, centred: bool = False, bold: bool = False,
         size: float = CELL_FONT_SIZE) -> Paragraph:
    """A table cell, in the logbook's small type unless ``size`` says otherwise."""
    return CellParagraph(escape_text(text), _cell_style(centred=centred, bold=bold, size=size))


def cell_fonts() -> Fonts:
    """The logbook's cells for :mod:`ruled_table`: the same type as :func:`cell`."""
    return Fonts(REGULAR, BOLD, CELL_FONT_SIZE, CELL_FONT_SIZE * 1.25)


@cache
def _cell_style(*, centred: bool, bold: bool, size: float) -> ParagraphStyle:
    extra = {"alignment": TA_CENTER} if centred else {}
    return ParagraphStyle(f"logbook_cell_{centred}_{bold}_{size}", parent=style("cell"),
                          fontSize=size, leading=size * 1.25,
                          **({"fontName": BOLD} if bold else {}), **extra)
