"""A realistic written agreement, written for these tests (names and places are invented)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.documents.data import (
    AgreementDocument,
    HearingLine,
    MediatorLine,
    PersonLine,
    TeamInfo,
    TermLine,
)
from desktop.core.domain.enums import Grounds, MediatorRole, ParticipantRole, Sex

LONG_NAME = "Tôn Thất Nguyễn Phúc Bửu Hoàng Minh Quang Trường Giang Khang"  # 60 characters

SUMMARY_PARAGRAPHS = (
    "Gia đình bà Nguyễn Thị Hồng Nhung và gia đình ông Tôn Thất Nguyễn Phúc Bửu Hoàng Minh Quang "
    "Trường Giang Khang ở liền kề nhau tại ngõ 42 phố Hòa Bình, cùng sử dụng một lối đi chung "
    "rộng khoảng 1,2 mét, dài khoảng 25 mét, dẫn từ phố Hòa Bình vào hai nhà. Lối đi này đã được "
    "hai gia đình sử dụng ổn định từ năm 1998, không có tranh chấp.",
    "Tháng 11 năm 2025, khi sửa chữa nhà, gia đình ông Khang dựng thêm mái tôn che phía trên lối "
    "đi và đặt hai bồn cây cảnh sát tường nhà mình, làm lối đi chỉ còn khoảng 0,8 mét. Xe máy "
    "của gia đình bà Nhung ra vào khó khăn, nước mưa từ mái tôn chảy trực tiếp xuống sân nhà bà "
    "Nhung. Ngược lại, gia đình ông Khang cho rằng gia đình bà Nhung thường để xe máy và thùng "
    "rác trên lối đi vào buổi tối, gây cản trở và mất vệ sinh chung.",
    "Hai bên đã nhiều lần lời qua tiếng lại; ngày 20 tháng 02 năm 2026, hai bên xảy ra cãi vã to "
    "tiếng trước cổng, được hàng xóm can ngăn. Ngày 23 tháng 02 năm 2026, bà Nhung đến gặp tổ "
    "trưởng tổ dân phố và đề nghị tổ hòa giải giúp hai gia đình giải quyết. Tổ hòa giải đã tìm "
    "hiểu sự việc, xem xét hiện trạng lối đi, nghe ý kiến của từng bên và của các hộ lân cận.",
    "Qua tìm hiểu, lối đi chung được hình thành từ khi hai gia đình mua đất của cùng một chủ cũ; "
    "giấy tờ mua bán của cả hai bên đều ghi nhận lối đi chung rộng 1,2 mét. Ông Lê Văn Thọ, "
    "trưởng ban công tác Mặt trận tổ dân phố, người biết rõ quá trình sử dụng lối đi, xác nhận "
    "hiện trạng trước khi có mái tôn. Bà Trần Thị Mai, vợ ông Khang, là đồng sở hữu nhà và đất "
    "của gia đình ông Khang nên có quyền lợi, nghĩa vụ liên quan đến việc tháo dỡ mái tôn và di "
    "chuyển bồn cây.",
    "Yêu cầu của bà Nhung: gia đình ông Khang tháo dỡ phần mái tôn phía trên lối đi, di chuyển "
    "hai bồn cây, trả lại lối đi rộng 1,2 mét và làm máng thu nước mưa. Ý kiến của ông Khang: "
    "đồng ý xem xét việc tháo dỡ mái tôn nếu gia đình bà Nhung không để xe máy, thùng rác trên "
    "lối đi và hai bên cùng góp tiền lắp đèn chiếu sáng cho lối đi chung, vì lối đi rất tối vào "
    "ban đêm. Các bên đều mong muốn giữ tình làng nghĩa xóm, không muốn đưa vụ việc ra cơ quan "
    "nhà nước.",
)
SUMMARY = "\n".join(SUMMARY_PARAGRAPHS)

NHUNG = PersonLine(
    full_name="Nguyễn Thị Hồng Nhung",
    role=ParticipantRole.PARTY,
    sex=Sex.FEMALE,
    birth_date=date(1978, 4, 12),
    citizen_id="001178012345",
    address="Số 15 ngõ 42 phố Hòa Bình, tổ dân phố số 7, phường Hòa Bình, thành phố Hà Nội",
    phone="0912 345 678",
)
KHANG = PersonLine(
    full_name=LONG_NAME,
    role=ParticipantRole.PARTY,
    sex=Sex.MALE,
    birth_year=1969,
    citizen_id="046069004821",
    address="Số 17 ngõ 42 phố Hòa Bình, tổ dân phố số 7, phường Hòa Bình, thành phố Hà Nội",
)
MAI = PersonLine(
    full_name="Trần Thị Mai",
    role=ParticipantRole.RELATED,
    sex=Sex.FEMALE,
    birth_date=date(1972, 9, 3),
    citizen_id="046172007713",
    address="Số 17 ngõ 42 phố Hòa Bình, tổ dân phố số 7, phường Hòa Bình, thành phố Hà Nội",
)
THO = PersonLine(
    full_name="Lê Văn Thọ",
    role=ParticipantRole.INVITED,
    sex=Sex.MALE,
    address="Số 3 ngõ 40 phố Hòa Bình, tổ dân phố số 7, phường Hòa Bình, thành phố Hà Nội",
)

MEDIATORS = (
    MediatorLine("Đặng Văn Đức", MediatorRole.LEADER, Sex.MALE),
    MediatorLine("Phạm Thị Thu Hà", MediatorRole.MEMBER, Sex.FEMALE),
    MediatorLine("Hoàng Minh Tuấn", MediatorRole.MEMBER, Sex.MALE),
)

TERMS = (
    TermLine(
        obliged=f"Ông {LONG_NAME} và bà Trần Thị Mai",
        content="Tháo dỡ toàn bộ phần mái tôn phía trên lối đi chung, di chuyển hai bồn cây "
        "cảnh vào trong khuôn viên nhà mình, trả lại lối đi chung rộng 1,2 mét như hiện trạng "
        "trước tháng 11 năm 2025.",
        deadline=date(2026, 3, 31),
    ),
    TermLine(
        obliged="Bà Nguyễn Thị Hồng Nhung",
        content="Không để xe máy, thùng rác và vật dụng khác trên lối đi chung vào bất kỳ "
        "thời gian nào trong ngày.",
        deadline=date(2026, 3, 10),
    ),
    TermLine(
        obliged=f"Bà Nguyễn Thị Hồng Nhung và ông {LONG_NAME}",
        content="Cùng lắp đặt hai bóng đèn chiếu sáng lối đi chung; chi phí 1.500.000 đồng (một "
        "triệu năm trăm nghìn đồng), mỗi bên chịu một nửa.",
        deadline=None,
    ),
)

TEAM = TeamInfo(
    name="Tổ hòa giải tổ dân phố số 7",
    village="Tổ dân phố số 7",
    commune="Phường Hòa Bình",
    province="Thành phố Hà Nội",
    address="Nhà văn hóa tổ dân phố số 7, ngõ 40 phố Hòa Bình, phường Hòa Bình, thành phố Hà Nội",
)


def make_agreement(**changes: object) -> AgreementDocument:
    """The sample agreement, with any field replaced."""
    fields: dict[str, object] = {
        "team": TEAM,
        "case_number": "03/2026",
        "case_title": "Tranh chấp lối đi chung tại ngõ 42 phố Hòa Bình",
        "grounds": Grounds.PARTY_REQUEST,
        "referrer": "",
        "summary": SUMMARY,
        "participants": (NHUNG, KHANG, MAI, THO),
        "mediators": MEDIATORS,
        "hearings": (
            HearingLine(
                held_at=datetime(2026, 3, 2, 8, 30),
                place="Nhà văn hóa tổ dân phố số 7",
                is_public=False,
                course="Hòa giải viên nghe từng bên trình bày, cùng các bên xem xét hiện trạng "
                "lối đi; ông Lê Văn Thọ cho biết quá trình hình thành lối đi chung.",
                result="Các bên thống nhất được một phần, hẹn buổi hòa giải tiếp theo.",
            ),
            HearingLine(
                held_at=datetime(2026, 3, 5, 14, 0),
                place="Nhà văn hóa tổ dân phố số 7",
                is_public=True,
                course="Hòa giải viên phân tích quy định về lối đi chung, nhắc lại tình làng "
                "nghĩa xóm.\nCác bên trao đổi về chi phí lắp đèn chiếu sáng.",
                result="Các bên tự nguyện thỏa thuận được toàn bộ nội dung tranh chấp.",
            ),
        ),
        "reached_on": date(2026, 3, 5),
        "terms": TERMS,
        "agreement_note": "Các bên tự thực hiện các nội dung trên; việc tháo dỡ mái tôn có sự "
        "chứng kiến của hòa giải viên Phạm Thị Thu Hà.",
        "author": "Đặng Văn Đức",
    }
    fields.update(changes)
    return AgreementDocument(**fields)  # type: ignore[arg-type]
