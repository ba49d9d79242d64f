"""The cases area: the filtered, lazily loaded case list and the new-case dialog."""

from desktop.gui.cases.cases_area import CasesArea
from desktop.gui.cases.new_case_dialog import NewCaseDialog

__all__ = ["CasesArea", "NewCaseDialog"]
