"""The import dialog's fixes, through its widgets: merge a false heading into the article
before it, split a missed heading off at a chosen line, and save as an amendment."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.conventions.parser import parse
from desktop.core.conventions.reading import read_convention
from desktop.core.services.conventions import versions as conventions
from desktop.core.services.conventions import views as convention_views
from desktop.gui.conventions import ConventionImportDialog
from desktop.gui.conventions.split_dialog import SplitDialog
from desktop.gui.kit.form_helpers import select_data
from tests.conventions.test_editing import MIS_SPLIT
from tests.conventions.test_import_dialog import save_button
from tests.conventions.test_parser import SAMPLE
from tests.gui.conftest import (  # noqa: F401  (fixtures)
    FakeDialogs,
    context,
    dialogs,
    true_kept_alive,
    wait_idle,
)


def numbers(dialog: ConventionImportDialog) -> list[int]:
    assert dialog.parsed is not None
    return [a.number for a in dialog.parsed.articles]


@pytest.fixture
def pasted(qtbot, context, dialogs) -> ConventionImportDialog:  # noqa: F811
    made = ConventionImportDialog(context, dialogs)
    qtbot.addWidget(made)
    made.paste_edit.setPlainText(MIS_SPLIT)
    made.paste_button.click()
    return made


def test_merge_then_split_through_the_buttons(pasted, dialogs):  # noqa: F811
    assert numbers(pasted) == [1, 5]
    assert not pasted.merge_button.isEnabled()
    pasted.tree.select_article(5)
    assert pasted.merge_button.isEnabled()
    pasted.merge_button.click()
    assert numbers(pasted) == [1, 2, 4]
    assert pasted.tree.selected_article() == 1

    def choose(dialog: SplitDialog) -> bool:
        row = next(r for r in range(dialog.ui.lineList.count())
                   if "Ðiêu 3" in dialog.ui.lineList.item(r).text())
        dialog.ui.lineList.setCurrentRow(row)
        assert (dialog.ui.numberSpin.value(), dialog.ui.titleEdit.text()) == (3, "Giữ gìn vệ sinh")
        return True
    dialogs.on_run = choose
    pasted.tree.select_article(2)
    pasted.split_button.click()
    assert numbers(pasted) == [1, 2, 3, 4]
    assert pasted.tree.selected_article() == 3
    assert pasted.parsed is not None and pasted.parsed.flagged == ()


def test_a_refused_merge_is_explained_and_changes_nothing(pasted):
    pasted.tree.select_article(1)
    pasted.merge_button.click()
    assert "Điều 1" in pasted.error_label.text() or "Article 1" in pasted.error_label.text()
    assert numbers(pasted) == [1, 5]


def test_save_as_an_amendment(qtbot, book, actor, team_id, context, dialogs):  # noqa: F811
    with book.database.transaction(actor) as s:
        convention_id = conventions.import_convention(
            s, team_id, parse(read_convention(SAMPLE)), "Hương ước tổ dân phố số 5",
            recognition=conventions.Recognition("45/QĐ-UBND", date(2024, 11, 25))
        ).convention_id
    dialog = ConventionImportDialog(context, dialogs)
    qtbot.addWidget(dialog)
    dialog.paste_edit.setPlainText("Điều 5. Giữ gìn trật tự và giờ nghỉ ngơi\n"
                                   "1. Không gây tiếng ồn sau 22 giờ 00.\n")
    dialog.paste_button.click()
    select_data(dialog.save_as_combo, convention_id)  # findData compares UUIDs by identity
    assert not dialog.title_edit.isEnabled()
    dialog.decision_edit.setText("88/QĐ-UBND")
    dialog.decision_date_edit.set_date(date(2025, 11, 20))
    save_button(dialog).click()
    wait_idle(qtbot, context)
    assert dialog.result_ is not None
    assert (dialog.result_.amended, dialog.result_.unchanged) == (1, 23)
    with book.database.reading() as s:
        view = convention_views.show_convention(s, convention_id)
    assert [v.decision_no for v in view.versions] == ["45/QĐ-UBND", "88/QĐ-UBND"]
