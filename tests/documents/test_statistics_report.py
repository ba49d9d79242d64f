"""The statistics report on paper (issue #12, item 3): a team book prints the team's own report,
a ward book the People's Committee's, with the form's name, who reports to whom, the period, the
unit, the signers with room for names and the recipients; no internal status on the paper."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest

from desktop.core.documents.statistics_report import render_statistics_report
from desktop.core.statistics.issuer import ReportIssuer
from desktop.core.statistics.periods import standard_period
from desktop.core.statistics.report import ScopeRow, StatisticsReport

TextOf = Callable[[bytes], str]
TEAM = uuid.UUID(int=7)
CASES = tuple(uuid.UUID(int=100 + i) for i in range(3))


def _report(issuer: ReportIssuer) -> StatisticsReport:
    figures = {"received": CASES, "handled": CASES, "successful": CASES[:2],
               "unsuccessful": CASES[2:]}
    row = ScopeRow(TEAM, "Tổ hòa giải tổ dân phố số 7", figures, {"teams": 1, "mediators": 5})
    return StatisticsReport(standard_period("half_year", 2026), date(2026, 6, 30), (row,), row,
                            (), 200_000, {TEAM: row.name}, {}, commune="Phường Hòa Bình",
                            issuer=issuer)


WARD = ReportIssuer(commune="Phường Hòa Bình", province="Thành phố Hà Nội")
OWN_TEAM = ReportIssuer("Tổ hòa giải tổ dân phố số 7", "Đặng Văn Đức", "Phường Hòa Bình",
                        "Thành phố Hà Nội")


@pytest.fixture
def ward_text(pdf_text: TextOf) -> str:
    return pdf_text(render_statistics_report(_report(WARD), date(2026, 7, 3)))


@pytest.fixture
def team_text(pdf_text: TextOf) -> str:
    return pdf_text(render_statistics_report(_report(OWN_TEAM), date(2026, 7, 3)))


def test_the_wards_report_names_the_form_the_bodies_period_and_unit(ward_text: str) -> None:
    for line in ("ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH", "Số: ......./BC-UBND",
                 "BÁO CÁO THỐNG KÊ KẾT QUẢ HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ",
                 "Biểu mẫu: Kết quả hoạt động hòa giải ở cơ sở",
                 "Đơn vị báo cáo: Ủy ban nhân dân phường Hòa Bình",
                 "Đơn vị nhận báo cáo: Sở Tư pháp Thành phố Hà Nội",
                 "Kỳ báo cáo: 6 tháng đầu năm 2026 (từ ngày 01/01/2026 đến ngày 30/06/2026)",
                 "Đơn vị tính: vụ, việc; người; đồng", "Số liệu tính đến ngày 30/06/2026.",
                 "NGƯỜI LẬP BIỂU", "NGƯỜI KIỂM TRA", "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:",
                 "- Sở Tư pháp Thành phố Hà Nội;", "- Lưu: VT."):
        assert line in ward_text, line
    assert ward_text.count("......................................") >= 3  # names by hand


def test_no_internal_status_on_paper(ward_text: str, team_text: str) -> None:
    """Issue #12: "chưa gửi" (not yet sent) was printed on the paper."""
    for text in (ward_text, team_text):
        assert "chưa gửi" not in text and "đã được khóa" not in text


def test_the_remuneration_rule_and_its_source(ward_text: str) -> None:
    assert "một lần cho mỗi vụ, việc đã kết thúc của mỗi tổ hòa giải" in ward_text
    assert "Thông tư liên tịch số 100/2014/TTLT-BTC-BTP" in ward_text
    assert "15/2014" not in ward_text
    assert "600.000" in ward_text  # three ended cases at 200.000 đồng, for the team


def test_a_team_book_prints_the_teams_own_report(team_text: str) -> None:
    """Issue #12: a team book printed "ỦY BAN NHÂN DÂN ..., Số .../BC-UBND", signed for the
    Committee: a team never issues in the Committee's name."""
    for line in ("PHƯỜNG HÒA BÌNH", "TỔ HÒA GIẢI TỔ DÂN PHỐ SỐ 7", "Số: ......./BC-THG",
                 "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ",
                 "Kính gửi: Ủy ban nhân dân phường Hòa Bình",
                 "Đơn vị báo cáo: Tổ hòa giải tổ dân phố số 7", "TỔ TRƯỞNG TỔ HÒA GIẢI",
                 "Đặng Văn Đức", "- Ủy ban nhân dân phường Hòa Bình;"):
        assert line in team_text, line
    for word in ("BC-UBND", "TM. ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN PHƯỜNG", "NGƯỜI LẬP BIỂU"):
        assert word not in team_text, word
