"""An amount of money in Vietnamese words, as a payment request writes it ("Viết bằng chữ").

The usual reading of accounting documents: groups of three digits named nghìn, triệu, tỷ (and
"nghìn tỷ" beyond); "linh" for a zero ten before a unit ("một trăm linh năm"), "mười" for
10-19, "mươi" from 20; "mốt" for a final 1 after 20 or more, "lăm" for a final 5 after a ten;
an inner group with no hundreds still reads "không trăm" ("một triệu không trăm năm mươi nghìn").
"""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALES = ("", "nghìn", "triệu", "tỷ")


def _tens_and_units(tens: int, units: int, after_hundreds: bool) -> list[str]:
    if tens == 0:
        if units == 0:
            return []
        return ["linh", DIGITS[units]] if after_hundreds else [DIGITS[units]]
    words = ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return words


def _group(number: int, inner: bool) -> list[str]:
    """Words for 0-999; ``inner`` when a higher group precedes it (so "không trăm" is said)."""
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or inner:
        words += [DIGITS[hundreds], "trăm"]
    return words + _tens_and_units(tens, units, after_hundreds=bool(words))


def number_words(number: int) -> str:
    """``number`` (0 or more) in words, lower case: 2200000 -> "hai triệu hai trăm nghìn"."""
    if number < 0:
        raise ValueError("an amount is never negative")
    if number == 0:
        return DIGITS[0]
    groups: list[int] = []
    while number:
        number, group = divmod(number, 1000)
        groups.append(group)
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        if groups[index] == 0:
            continue
        words += _group(groups[index], inner=bool(words))
        words += _scale(index)
    return " ".join(w for w in words if w)


def _scale(index: int) -> list[str]:
    """The name of the ``index``-th group of three digits: nghìn, triệu, tỷ, nghìn tỷ, ..."""
    if index == 0:
        return []
    billions, rest = divmod(index, 3)
    return ([SCALES[rest]] if rest else []) + ["tỷ"] * billions


def amount_in_words(amount: int) -> str:
    """"Hai triệu hai trăm nghìn đồng": capitalised, with the currency."""
    text = f"{number_words(amount)} đồng"
    return text[0].upper() + text[1:]
