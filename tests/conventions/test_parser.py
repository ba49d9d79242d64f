"""The convention parser against the shapes of text village heads actually type."""

from __future__ import annotations

from pathlib import Path

import pytest

import desktop
from desktop.core.conventions import parser
from desktop.core.conventions.parser import parse
from desktop.core.conventions.reading import read_convention

SAMPLE = (Path(desktop.__file__).resolve().parent.parent / "resources" / "samples"
          / "huong-uoc-to-dan-pho-5.txt")


def numbers(text: str) -> list[int]:
    return [a.number for a in parse(text).articles]


@pytest.mark.parametrize("heading", [
    "Chương I", "CHƯƠNG I", "Chương 1", "CHƯƠNG 1", "Chương I.", "chương i",
])
def test_chapter_headings_in_every_case_and_numeral(heading):
    parsed = parse(f"{heading}\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung.")
    assert [(c.number, c.title) for c in parsed.chapters] == [(1, "NHỮNG QUY ĐỊNH CHUNG")]


@pytest.mark.parametrize("line", [
    "Chương II - Quan hệ láng giềng", "Chương II: Quan hệ láng giềng",
    "CHƯƠNG 2. Quan hệ láng giềng", "Chương II – Quan hệ láng giềng",
])
def test_chapter_title_on_the_heading_line(line):
    parsed = parse(f"{line}\nĐiều 4. Tình làng nghĩa xóm\nGiúp đỡ nhau.")
    assert [(c.number, c.title) for c in parsed.chapters] == [(2, "Quan hệ láng giềng")]


def test_roman_numerals_up_to_the_twenties():
    assert [parser.roman_or_arabic(n) for n in ("I", "IV", "IX", "XIV", "XIX", "XXIII", "12")] \
        == [1, 4, 9, 14, 19, 23, 12]


@pytest.mark.parametrize("line", [
    "Điều 5. Giữ gìn trật tự", "Điều 5: Giữ gìn trật tự", "Điều 5 - Giữ gìn trật tự",
    "ĐIỀU 5. GIỮ GÌN TRẬT TỰ", "Điều 5 . Giữ gìn trật tự", "Điều 5 Giữ gìn trật tự",
    "Điều 5.Giữ gìn trật tự", "Ðiều 5. Giữ gìn trật tự",  # Icelandic eth from old converters
])
def test_article_headings_in_their_usual_forms(line):
    article = parse(line + "\nKhông gây ồn.").articles[0]
    assert article.number == 5
    assert article.title.upper() == "GIỮ GÌN TRẬT TỰ"
    assert article.intro == "Không gây ồn."


def test_decomposed_unicode_is_normalised():
    import unicodedata

    text = unicodedata.normalize("NFD", "Chương I\nĐiều 1. Phạm vi điều chỉnh\nNội dung.")
    article = parse(text).articles[0]
    assert article.title == "Phạm vi điều chỉnh"


def test_dieu_in_running_text_is_not_a_heading():
    text = ("Điều 1. Nguyên tắc\n"
            "Thực hiện theo quy định tại Điều 5 của Luật Hòa giải ở cơ sở.\n"
            "Điều 5 của Luật này được áp dụng.\n"
            "Điều này áp dụng cho mọi hộ.\n"
            "Điều 5, Điều 6 Luật Đất đai cũng được nhắc lại.\n"
            "Điều 2. Trách nhiệm\nNội dung.")
    parsed = parse(text)
    assert numbers(text) == [1, 2]
    assert parsed.articles[0].intro.count("\n") == 3
    assert parsed.flagged == ()


def test_clauses_and_points_in_vietnamese_order():
    text = ("Điều 20. Xử lý vi phạm\n1. Người vi phạm bị:\na) Nhắc nhở;\nb) Phê bình;\n"
            "c) Không xét gia đình văn hóa;\nd) Bồi thường;\nđ) Khắc phục hậu quả;\n"
            "e) Xin lỗi.\n2. Vi phạm pháp luật thì xử lý theo pháp luật.")
    article = parse(text).articles[0]
    assert [c.number for c in article.clauses] == [1, 2]
    assert [p.letter for p in article.clauses[0].points] == list("abcdđe")
    assert article.clauses[0].points[5].text == "Xin lỗi."


def test_points_directly_under_an_article():
    text = "Điều 3. Trách nhiệm\nMỗi hộ có trách nhiệm:\na) Chấp hành;\nb) Họp."
    article = parse(text).articles[0]
    assert article.intro == "Mỗi hộ có trách nhiệm:"
    assert [p.letter for p in article.points] == ["a", "b"]
    assert article.clauses == ()


def test_numbering_gaps_are_tolerated_without_flags():
    text = ("Chương I\nA\nĐiều 1. A\n1. Một.\n3. Ba.\nChương III\nC\nĐiều 4. B\na) x;\nc) y;\n"
            "Điều 9. C\nNội dung.")
    parsed = parse(text)
    assert [c.number for c in parsed.chapters] == [1, 3]
    assert numbers(text) == [1, 4, 9]
    assert [c.number for c in parsed.articles[0].clauses] == [1, 3]
    assert [p.letter for p in parsed.articles[1].points] == ["a", "c"]
    assert parsed.flagged == ()


def test_stray_blank_lines_and_spaces_change_nothing():
    tidy = "Chương I\nCHUNG\nĐiều 1. A\n1. Một.\na) x;\nĐiều 2. B\nHai."
    messy = ("\n\n  Chương   I \n\n\nCHUNG\n\n Điều 1.  A\n\n1.   Một.\n\n\na)  x;\n\n"
             "Điều 2. B\n\nHai.\n\n")
    assert parse(messy).chapters == parse(tidy).chapters


def test_continuation_paragraphs_stay_with_their_clause():
    article = parse("Điều 1. A\n1. Dòng đầu\ndòng tiếp theo.\n2. Hai.").articles[0]
    assert article.clauses[0].text == "Dòng đầu\ndòng tiếp theo."


def test_preamble_is_the_text_before_the_first_heading():
    parsed = parse("HƯƠNG ƯỚC\nThôn Đông\nCăn cứ Nghị định 61/2023/NĐ-CP;\n1. Điều khoản cũ\n"
                   "Chương I\nChung\nĐiều 1. A\nB.")
    assert parsed.preamble.splitlines() == ["HƯƠNG ƯỚC", "Thôn Đông",
                                            "Căn cứ Nghị định 61/2023/NĐ-CP;", "1. Điều khoản cũ"]
    assert parser.guess_title(parsed) == "HƯƠNG ƯỚC Thôn Đông"


def test_articles_without_chapters_go_in_an_unnamed_chapter():
    parsed = parse("Điều 1. A\nMột.\nĐiều 2. B\nHai.")
    assert [(c.number, c.title) for c in parsed.chapters] == [(0, "")]
    assert numbers("Điều 1. A\nMột.\nĐiều 2. B\nHai.") == [1, 2]


def test_signature_block_after_the_last_article_is_the_closing():
    text = ("Điều 1. A\nMột.\nĐiều 2. Hiệu lực\nCó hiệu lực từ ngày ký.\n"
            "Yên Hòa, ngày 15 tháng 11 năm 2024\n"
            "TM. BAN CÔNG TÁC MẶT TRẬN      TỔ TRƯỞNG\n(Ký, ghi rõ họ tên)\nLê Thị Hằng")
    parsed = parse(text)
    assert parsed.articles[-1].intro == "Có hiệu lực từ ngày ký."
    assert parsed.closing.splitlines()[0] == "Yên Hòa, ngày 15 tháng 11 năm 2024"
    assert "Lê Thị Hằng" in parsed.closing
    assert parsed.flagged == ()


def test_a_table_row_after_the_last_article_starts_the_closing():
    parsed = parse("Điều 1. A\nMột.\nTrưởng thôn\tBan công tác Mặt trận\nNguyễn A\tTrần B")
    assert parsed.articles[0].intro == "Một."
    assert parsed.closing.startswith("Trưởng thôn\tBan")


def test_an_article_number_going_back_is_flagged_and_kept():
    text = "Điều 1. A\nMột.\nĐiều 3. C\nBa.\nĐiều 2. B sai chỗ\nNội dung lạc.\nĐiều 4. D\nBốn."
    parsed = parse(text)
    assert numbers(text) == [1, 3, 4]
    (number, fragment), = parsed.flagged
    assert number == 3
    assert fragment.text == "Điều 2. B sai chỗ\nNội dung lạc."
    assert fragment.reason == parser.ARTICLE_OUT_OF_ORDER
    assert fragment.line == 5
    assert "Điều 2" in fragment.message and "Điều 3" in fragment.message  # Vietnamese: the default
    assert "Nội dung lạc." in parsed.articles[1].body  # nothing is lost


def test_a_clause_number_going_back_is_flagged():
    article = parse("Điều 1. A\n1. Một.\n2. Hai.\n1. Lại một.\n3. Ba.").articles[0]
    assert [c.number for c in article.clauses] == [1, 2, 3]
    assert [(f.text, f.reason) for f in article.flagged] == [
        ("1. Lại một.", parser.CLAUSE_OUT_OF_ORDER)]


def test_a_point_letter_going_back_is_flagged():
    article = parse("Điều 1. A\n1. Gồm:\na) x;\nb) y;\na) z;\nc) t.").articles[0]
    assert [p.letter for p in article.clauses[0].points] == ["a", "b", "c"]
    assert article.flagged[0].reason == parser.POINT_OUT_OF_ORDER


def test_text_between_a_chapter_title_and_its_first_article_is_flagged():
    text = "Chương I\nCHUNG\nĐiều 1. A\nMột.\nChương II\nHAI\nLời dẫn của chương.\nĐiều 2. B\nHai."
    parsed = parse(text)
    (number, fragment), = parsed.flagged
    assert (number, fragment.text, fragment.reason) == (1, "Lời dẫn của chương.",
                                                         parser.STRAY_IN_CHAPTER)


def test_stray_text_in_the_first_chapter_is_flagged_in_the_preamble():
    parsed = parse("Chương I\nCHUNG\nLời dẫn.\nĐiều 1. A\nMột.")
    assert [(n, f.text) for n, f in parsed.flagged] == [(None, "Lời dẫn.")]


def test_a_chapter_number_going_back_is_flagged():
    parsed = parse("Chương II\nHAI\nĐiều 1. A\nMột.\nChương I\nĐiều 2. B\nHai.")
    assert [c.number for c in parsed.chapters] == [2]
    assert parsed.flagged[0][1].reason == parser.CHAPTER_OUT_OF_ORDER


def test_text_without_any_heading_is_all_preamble():
    parsed = parse("Một đoạn văn bản\nkhông có điều nào.")
    assert parsed.articles == () and parsed.preamble.count("\n") == 1


def test_the_sample_convention_parses_cleanly():
    parsed = parse(read_convention(SAMPLE))
    assert len([c for c in parsed.chapters if c.number]) >= 4
    assert len(parsed.articles) >= 20
    assert parsed.clause_count >= 40
    assert parsed.flagged == ()
    assert numbers(read_convention(SAMPLE)) == list(range(1, 25))
    assert sum(len(c.points) for a in parsed.articles for c in a.clauses) >= 10
    assert "Phạm Văn Toàn" in parsed.closing
    assert "TỔ DÂN PHỐ SỐ 5" in parser.guess_title(parsed)
    # deliberate tolerances in the sample: a gap in the points of Article 20 (no "d)"), and
    # "Điều này" and "Điều 20 của Hương ước" inside running text
    assert [p.letter for p in parsed.articles[19].clauses[0].points] == ["a", "b", "c", "đ"]
    assert "Điều này" in parsed.articles[23].intro
