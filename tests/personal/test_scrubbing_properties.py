"""Property: after erasure's scrubbing, the free text of a case names the person nowhere: not
by full name (in any letter case), nor as "honorific + given name", nor by address, phone or
ID number; text about other people is left as it was."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.db.models import Person
from desktop.core.services.people.personal_data import ANONYMOUS_NAME, _mentions

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Vũ", "Bùi", "Đỗ", "Hồ")
MIDDLE = ("Văn", "Thị", "Thanh", "Minh", "Quốc", "Ngọc", "Đức", "")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hoa", "Lan", "Nga", "Đạt", "Ánh", "Thủy")
WORDS = ("hai", "nhà", "lối", "đi", "chung", "hàng", "rào", "đã", "thống", "nhất", "ông",
         "bà", "anh", "chị", ",", ".", "số", "12")
OTHER = "Trương Quang Khải"  # nobody generated here has this name

names = st.builds(lambda f, m, g: " ".join(p for p in (f, m, g) if p),
                  st.sampled_from(FAMILY), st.sampled_from(MIDDLE), st.sampled_from(GIVEN))


@st.composite
def narrative(draw: st.DrawFn, name: str, address: str, phone: str) -> str:
    given = name.split()[-1]
    pieces = [draw(st.sampled_from(WORDS)) for _ in range(draw(st.integers(0, 8)))]
    mentions = [name, name.upper(), name.lower(), f"ông {given}", f"Bà {given}",
                f"chị {given}", address, phone, unicodedata.normalize("NFD", name), OTHER]
    for mention in draw(st.lists(st.sampled_from(mentions), min_size=1, max_size=6)):
        pieces.insert(draw(st.integers(0, len(pieces))), mention)
    return " ".join(pieces)


@given(st.data(), names)
@settings(max_examples=200, deadline=None)
def test_scrubbed_text_names_the_person_nowhere(data: st.DataObject, name: str) -> None:
    address, phone = "Số 9 ngõ 12 phố Trung Kính", "0912345678"
    person = Person(full_name=name, address=address, phone=phone, citizen_id="001203004005")
    anonymous = ANONYMOUS_NAME.format(number=7)
    text = unicodedata.normalize("NFC", data.draw(narrative(name, address, phone)))
    others = text.count(OTHER)
    for pattern, replacement in _mentions(person, anonymous):
        text = pattern.sub(replacement, text)
    folded = text.casefold()
    given = name.split()[-1].casefold()
    assert name.casefold() not in folded
    assert address.casefold() not in folded and phone not in text
    rest = folded.replace(anonymous.casefold(), "")
    for honorific in ("ông", "bà", "chị"):  # as words: "ông anh" does not mention "An"
        assert not re.search(rf"\b{honorific}\s+{re.escape(given)}\b", rest)
    assert text.count(OTHER) == others  # other people stay named


def test_a_word_that_begins_with_the_given_name_is_not_a_mention() -> None:
    """Found by hypothesis: "ông anh" (an elder brother) after "Nguyễn Văn An" is no mention
    of An, and stays; "ông An" is one and goes."""
    person = Person(full_name="Nguyễn Văn An", address="", phone="", citizen_id="")
    anonymous = ANONYMOUS_NAME.format(number=7)
    text = "Nguyễn Văn An ông anh, ông An"
    for pattern, replacement in _mentions(person, anonymous):
        text = pattern.sub(replacement, text)
    assert text == f"{anonymous} ông anh, ông {anonymous}"
