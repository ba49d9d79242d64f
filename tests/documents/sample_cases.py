"""Sample data for the case documents other than the written agreement (invented names)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from desktop.core.documents.data import (
    AssignmentLine,
    CaseFileDocument,
    CaseFileHearing,
    CaseHeading,
    ConflictLine,
    FollowUpTerm,
    GuidanceDocument,
    HearingLine,
    InvitationDocument,
    LogbookDocument,
    LogbookRow,
    MinutesDocument,
    OutcomeLine,
    PositionLine,
    RemunerationCase,
    RemunerationDocument,
    UnsuccessfulDocument,
)
from desktop.core.domain.enums import (
    AssignmentMethod,
    CaseStatus,
    Eligibility,
    FollowUpStatus,
    Grounds,
    OutcomeKind,
)
from tests.documents.sample_agreement import (
    KHANG,
    LONG_NAME,
    MAI,
    MEDIATORS,
    NHUNG,
    SUMMARY,
    TEAM,
    THO,
)

# A 2,000-character position (long Vietnamese text must wrap, never be clipped)
LONG_TEXT = ("Bà Nhung giữ nguyên yêu cầu tháo dỡ toàn bộ mái tôn và trả lại lối đi rộng 1,2 mét; "
             * 30)[:2000].rstrip() + " HẾT."
HEADING = CaseHeading(TEAM, "03/2026", "Tranh chấp lối đi chung tại ngõ 42 phố Hòa Bình",
                      "Đặng Văn Đức")
HEARING = HearingLine(
    held_at=datetime(2026, 3, 2, 8, 30), place="Nhà văn hóa tổ dân phố số 7", is_public=False,
    course="Hòa giải viên nghe từng bên trình bày, cùng các bên xem xét hiện trạng lối đi.",
    result="Các bên chưa thống nhất được, hẹn buổi hòa giải tiếp theo.")
GUIDANCE = ("Bà Nhung có thể gửi đơn đến Ủy ban nhân dân phường Hòa Bình để được giải quyết "
            "tranh chấp về lối đi chung.")


def make_unsuccessful(**changes: object) -> UnsuccessfulDocument:
    doc = UnsuccessfulDocument(
        case=HEADING, grounds=Grounds.PARTY_REQUEST, referrer="", summary=SUMMARY,
        participants=(NHUNG, KHANG, MAI, THO),
        positions=(PositionLine(NHUNG.full_name, LONG_TEXT),
                   PositionLine(LONG_NAME, "Ông Khang không đồng ý tháo dỡ mái tôn.")),
        mediators=MEDIATORS, hearings=(HEARING,), ended_on=date(2026, 3, 5),
        ended_by=OutcomeKind.PARTY_ASKED_TO_STOP, guidance=GUIDANCE, note="")
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def make_minutes(**changes: object) -> MinutesDocument:
    doc = MinutesDocument(case=HEADING, hearing_index=2, hearing=HEARING,
                          attendees=(NHUNG, KHANG, THO), mediators=MEDIATORS[:2])
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def make_invitation(**changes: object) -> InvitationDocument:
    doc = InvitationDocument(case=HEADING, hearing_index=2, hearing=HEARING,
                             invitees=(NHUNG, KHANG, MAI, THO), leader="Đặng Văn Đức",
                             issued_on=date(2026, 2, 27))
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def make_guidance(**changes: object) -> GuidanceDocument:
    doc = GuidanceDocument(case=HEADING, parties=(NHUNG, KHANG), reached_on=date(2026, 8, 31),
                           deadline=date(2027, 2, 28),
                           court="Tòa án nhân dân khu vực 1 - Hà Nội", leader="Đặng Văn Đức",
                           issued_on=date(2026, 9, 1))
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def make_casefile(**changes: object) -> CaseFileDocument:
    doc = CaseFileDocument(
        case=HEADING, received_on=date(2026, 2, 23), arose_on=date(2026, 2, 20),
        grounds=Grounds.PARTY_REQUEST, referrer="", eligibility=Eligibility.ELIGIBLE,
        eligibility_note="", category="Tranh chấp về lối đi chung", summary=SUMMARY,
        status=CaseStatus.SUCCESSFUL, closed_on=date(2026, 3, 5), version=7,
        participants=(NHUNG, KHANG, MAI, THO),
        positions=(PositionLine(NHUNG.full_name, LONG_TEXT),),
        assignments=(
            AssignmentLine(MEDIATORS[0].full_name, AssignmentMethod.ASSIGNED_BY_LEADER,
                           date(2026, 2, 24)),
            AssignmentLine("Vũ Thị Lan", AssignmentMethod.CHOSEN_BY_PARTIES, date(2026, 2, 24),
                           date(2026, 2, 26), "Khai báo có quan hệ họ hàng với một bên")),
        conflicts=(ConflictLine("Vũ Thị Lan", date(2026, 2, 26), "Là em họ của bà Nhung"),),
        hearings=(CaseFileHearing(HEARING, (NHUNG.full_name, LONG_NAME, "Đặng Văn Đức")),),
        outcome=OutcomeLine(OutcomeKind.SUCCESSFUL, date(2026, 3, 5)),
        reached_on=date(2026, 3, 5), agreement_note="Các bên tự nguyện thực hiện.",
        terms=(FollowUpTerm(LONG_NAME, "Tháo dỡ mái tôn phía trên lối đi chung.",
                            date(2026, 3, 31), FollowUpStatus.PARTLY_IMPLEMENTED,
                            "Đã tháo một nửa"),
               FollowUpTerm(NHUNG.full_name, "Không để xe máy trên lối đi.", None,
                            FollowUpStatus.IMPLEMENTED)),
        printed_on=date(2026, 4, 2))
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def make_logbook_row(index: int, **changes: object) -> LogbookRow:
    statuses = (CaseStatus.SUCCESSFUL, CaseStatus.UNSUCCESSFUL, CaseStatus.IN_PROGRESS,
                CaseStatus.NOT_ELIGIBLE)
    row = LogbookRow(
        case_number=f"{index:03d}/2026", received_on=date(2026, 1, 1 + index % 28),
        mediators=(MEDIATORS[index % 3].full_name,), invited=(THO.full_name,),
        people=(f"{NHUNG.full_name}, 47 tuổi, {NHUNG.address}",
                f"{LONG_NAME}, 56 tuổi, {KHANG.address}"),
        content=f"Tranh chấp lối đi chung số {index}.",
        agreement=f"{NHUNG.full_name}: yêu cầu trả lại lối đi.",
        status=statuses[index % 4],
        category=("Tranh chấp đất đai", "Mâu thuẫn hàng xóm")[index % 2])
    return dataclasses.replace(row, **changes)  # type: ignore[arg-type]


def make_logbook(count: int = 12, **changes: object) -> LogbookDocument:
    doc = LogbookDocument(
        team=dataclasses.replace(TEAM, district_legacy="Quận Đống Đa"), volume="02",
        opened_on=date(2026, 1, 1), closed_on=date(2026, 12, 31),
        rows=tuple(make_logbook_row(i) for i in range(1, count + 1)), leader="Đặng Văn Đức")
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def make_remuneration(count: int = 6, **changes: object) -> RemunerationDocument:
    cases = tuple(
        RemunerationCase(f"{i:02d}/2026", f"Tranh chấp lối đi chung số {i}", date(2026, 3, i),
                         CaseStatus.SUCCESSFUL if i % 2 else CaseStatus.UNSUCCESSFUL,
                         (MEDIATORS[1].full_name, LONG_NAME))
        for i in range(1, count + 1))
    doc = RemunerationDocument(
        team=TEAM, start=date(2026, 1, 1), end=date(2026, 6, 30), cases=cases, rate=200_000,
        leader="Đặng Văn Đức", issued_on=date(2026, 7, 2), mediator=MEDIATORS[1].full_name,
        mediator_address="Số 9 ngõ 40 phố Hòa Bình, phường Hòa Bình, thành phố Hà Nội",
        number="03/2026", source="Thông tư liên tịch số 100/2014/TTLT-BTC-BTP ngày 30 tháng 7 "
        "năm 2014 của Bộ Tài chính và Bộ Tư pháp")
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]
