"""Everything held about one person, as a readable PDF (a personal-data access request):
identity, cases and roles, hearings, agreement terms, citations, consent history and the
journal entries about them. Data in (``personal_data.person_data``), PDF bytes out; wording
in ``resources/documents/person_export.toml``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from reportlab.platypus import Flowable

from desktop.core.documents import parts
from desktop.core.documents.data import TeamInfo
from desktop.core.documents.endings import signed_ending
from desktop.core.documents.layout import (
    DocumentSpec,
    Signer,
    build_pdf,
    document_title,
    labelled,
    national_header,
    para,
    roman,
    section_heading,
    short_date,
    signature_block,
    table,
    vietnamese_date,
    vietnamese_date_line,
)
from desktop.core.documents.templates import Wording, load_wording
from desktop.core.domain.enums import CaseStatus, FollowUpStatus, ParticipantRole, Sex
from desktop.core.domain.labels import label


def render_person_export(data: dict[str, Any], team: TeamInfo, today: date,
                         retention_years: int = 10) -> bytes:
    w = load_wording("person_export")
    name = data["identity"]["full_name"]
    spec = DocumentSpec(title=w.text("document.pdf_title", name=name), author=team.name,
                        subject=w.text("document.pdf_subject"))
    sections = (("identity", _identity(data, w)), ("cases", _cases(data, w)),
                ("consent", _consent(data, w)), ("journal", _journal(data, w)),
                ("rights", _rights(w, retention_years)))
    body: list[Flowable] = []
    for index, (key, content) in enumerate(sections, start=1):
        body += [section_heading(f"{roman(index)}.", w.text(f"headings.{key}")), *content]
    signatures = signature_block([Signer(role="", name=""), Signer(
        role=w.text("signature.role"), name="", hint=w.text("signature.hint"))])
    # the last paragraph stays with the leader's signature (issue #12, item 4)
    return build_pdf(spec, [*_top(data, team, today, w),
                            *signed_ending(body, signatures)])


def _top(data: dict[str, Any], team: TeamInfo, today: date, w: Wording) -> list[Flowable]:
    header = national_header(parts.issuer(team), w.text("document.number", number="..."),
                             vietnamese_date_line(team.commune, today))
    name = data["identity"]["full_name"]
    out = [header, *document_title(w.text("document.title"),
                                   w.text("document.subtitle", name=name)),
           para(w.text("document.opening", team_name=team.name, date=vietnamese_date(today)),
                "body_indent")]
    erased = data.get("erased")
    if erased:
        out.append(para(w.text("document.erased", date=_day(erased["erased_on"]),
                               number=erased["number"], reason=erased["reason"]), "lead"))
    return out


def _day(value: str | None) -> str:
    return short_date(date.fromisoformat(value[:10])) if value else ""


def _identity(data: dict[str, Any], w: Wording) -> list[Flowable]:
    person = data["identity"]
    none = w.text("identity.none")
    birth = _day(person["birth_date"]) or (str(person["birth_year"] or "") or none)
    sex = label(Sex(person["sex"])) if person["sex"] else none
    rows = (("full_name", person["full_name"]), ("sex", sex), ("birth", birth),
            ("citizen_id", person["citizen_id"] or none), ("address", person["address"] or none),
            ("phone", person["phone"] or none))
    return [labelled(w.text(f"identity.{key}"), str(value)) for key, value in rows]


def _cases(data: dict[str, Any], w: Wording) -> list[Flowable]:
    if not data["cases"]:
        return [para(w.text("cases.none"), "detail")]
    out: list[Flowable] = []
    for case in data["cases"]:
        out.append(para(w.text("cases.heading", number=case["number"], title=case["title"]),
                        "lead"))
        out += [labelled(w.text("cases.received"), _day(case["received_on"])),
                labelled(w.text("cases.role"), label(ParticipantRole(case["role"]))),
                labelled(w.text("cases.status"), label(CaseStatus(case["status"])))]
        if case["closed_on"]:
            out.append(labelled(w.text("cases.closed"), _day(case["closed_on"])))
        for key in ("summary", "position"):
            if case[key]:
                out.append(labelled(w.text(f"cases.{key}"), case[key]))
        out += _hearings(case, w) + _agreement(case, w) + _citations(case, w)
    return out


def _hearings(case: dict[str, Any], w: Wording) -> list[Flowable]:
    out = []
    for hearing in case["hearings"]:
        held = datetime.fromisoformat(hearing["held_at"]).strftime("%H:%M %d/%m/%Y")
        presence = w.text("cases.attended" if hearing["attended"] else "cases.absent")
        text = f"{w.text('cases.hearing', held_at=held, place=hearing['place'])} ({presence})"
        out.append(para(text + (f": {hearing['result']}" if hearing["result"] else ""),
                        "detail"))
    return out


def _agreement(case: dict[str, Any], w: Wording) -> list[Flowable]:
    agreement = case["agreement"]
    if not agreement:
        return []
    out = [para(w.text("cases.agreement", date=_day(agreement["reached_on"])), "detail")]
    for term in agreement["terms"]:
        follow_up = label(FollowUpStatus(term["follow_up"]))
        line = (w.text("cases.term", content=term["content"], deadline=_day(term["deadline"]),
                       follow_up=follow_up) if term["deadline"] else
                w.text("cases.term_open", content=term["content"], follow_up=follow_up))
        out.append(para(line + (w.text("cases.term_own") if term["obliges_this_person"] else ""),
                        "detail"))
    return out


def _citations(case: dict[str, Any], w: Wording) -> list[Flowable]:
    return [para(w.text("cases.citation", article=c["article"], convention=c["convention"],
                        clause=w.text("cases.clause", clause=c["clause"]) if c["clause"] else "",
                        decision=c["decision"] or "..."), "detail")
            for c in case["citations"]]


def _consent(data: dict[str, Any], w: Wording) -> list[Flowable]:
    if not data["consent"]:
        return [para(w.text("consent.none"), "detail")]
    rows: list[list[Any]] = [[para(text, "cell") for text in w.texts("consent.columns")]]
    rows += [[para(_day(c["recorded_on"]), "cell"), para(c["notice"], "cell"),
              para(c["decision_label"], "cell"), para(c["recorded_by"], "cell")]
             for c in data["consent"]]
    return [table(rows, ["16%", "46%", "18%", "20%"], _GRID, repeat_rows=1)]


def _journal(data: dict[str, Any], w: Wording) -> list[Flowable]:
    if not data["journal"]:
        return [para(w.text("journal.none"), "detail")]
    rows: list[list[Any]] = [[para(text, "cell") for text in w.texts("journal.columns")]]
    for entry in data["journal"]:
        at = datetime.fromisoformat(entry["at"]).strftime("%d/%m/%Y %H:%M")
        rows.append([para(str(entry["seq"]), "cell"), para(at, "cell"),
                     para(entry["author"], "cell"), para(entry["action"], "cell"),
                     para(entry["described"], "cell")])
    return [table(rows, ["8%", "18%", "16%", "18%", "40%"], _GRID, repeat_rows=1)]


def _rights(w: Wording, years: int) -> list[Flowable]:
    return [para(f"{index}. {item.format(years=years)}", "detail")
            for index, item in enumerate(w.texts("rights.items"), start=1)]


_GRID = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
