"""The wording file of the written agreement and its loader."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pytest

from desktop.core.documents.agreement import render_agreement
from desktop.core.documents.templates import Wording, load_wording
from desktop.core.domain.enums import ParticipantRole, Sex
from desktop.core.resources import resource_path
from tests.documents.sample_agreement import KHANG, NHUNG, make_agreement


def test_wording_fills_placeholders() -> None:
    words = load_wording("agreement")
    assert words.text("document.number", case_number="03/2026") == "03/2026/VBHGT"
    assert words.text("closing.copies_other", copies=3).startswith("Văn bản được lập thành 03 bản")
    assert words.texts("people.ordinals")[:2] == ("thứ nhất", "thứ hai")


def test_wording_errors_name_the_key() -> None:
    words = Wording("sample", {"a": {"b": "x {y}", "n": 3}, "l": ["p", 1]})
    with pytest.raises(KeyError, match=re.escape("sample.toml has no 'a.c'")):
        words.text("a.c")
    with pytest.raises(KeyError):
        words.text("a.b")  # placeholder {y} not given
    with pytest.raises(TypeError):
        words.text("a.n")
    with pytest.raises(TypeError):
        words.texts("l")


def test_wording_never_claims_the_agreement_is_enforceable() -> None:
    text = resource_path("documents", "agreement.toml").read_text(encoding="utf-8").lower()
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for claim in ("thi hành", "hiệu lực pháp luật", "bắt buộc", "cưỡng chế"):
        assert claim not in body
    assert "{court}" in body  # the court as named on the document's date (guidance.toml)
    assert "06 tháng" in body


def test_rarely_used_wording_renders(pdf_text: Callable[[bytes], str]) -> None:
    parties = tuple(dataclasses.replace(NHUNG, full_name=f"Người Thứ {n}", sex=None)
                    for n in range(1, 12))
    guardian = dataclasses.replace(KHANG, full_name="Vũ Thị Lan", sex=Sex.FEMALE,
                                   role=ParticipantRole.REPRESENTATIVE,
                                   represents="bà Người Thứ 11 (theo giấy ủy quyền)")
    doc = make_agreement(participants=(*parties, guardian), hearings=(), agreement_note="")
    text = pdf_text(render_agreement(doc))
    assert "Bên thứ mười: Ông/Bà Người Thứ 10" in text
    assert "Bên thứ 11: Ông/Bà Người Thứ 11" in text
    assert "Người đại diện: 1. Bà Vũ Thị Lan" in text
    assert "Đại diện cho: bà Người Thứ 11 (theo giấy ủy quyền)" in text
    assert "Không có buổi hòa giải nào được ghi nhận." in text
    assert ("Phương thức thực hiện: các bên tự nguyện thực hiện những nội dung đã thỏa thuận"
            in text)
    assert "12 bản có nội dung như nhau" in text
    assert "BÊN THỨ 11" in text and "NGƯỜI ĐẠI DIỆN" in text
