"""The main window: a thin shell of menus, a toolbar and a status bar around the cases area.

Preferences that change every string or size (language, large text) are announced with a signal;
the application rebuilds the window, so nothing is left half translated.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QWidget

from desktop import __version__
from desktop.core.i18n import _, current_language, ngettext
from desktop.gui.audit.journal_window import journal_action
from desktop.gui.backups import add_backup_status, backups_action
from desktop.gui.cases import CasesArea, NewCaseDialog
from desktop.gui.conventions import conventions_action
from desktop.gui.documents.team_documents import team_documents_action
from desktop.gui.documents.verify_dialog import verify_action
from desktop.gui.exchange import exchange_actions
from desktop.gui.help import help_actions
from desktop.gui.kit.appearance import add_appearance_menu
from desktop.gui.kit.changes import EVERYTHING, Area, Changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs
from desktop.gui.kit.signals import emit
from desktop.gui.kit.window_fit import fit_to_screen
from desktop.gui.login.password_dialog import password_action
from desktop.gui.navigation import install_navigation
from desktop.gui.preferences import Preferences
from desktop.gui.search import SearchBox
from desktop.gui.server import server_action
from desktop.gui.settings import settings_action
from desktop.gui.setup.team_dialog import team_action
from desktop.gui.ward import book_title, install_ward_area

NEW_CASE_STYLE = ("QToolButton { color: white; background: #2f6db5; border: 1px solid #245a96;"
                  " border-radius: 4px; padding: 6px 18px; margin: 2px 4px; }"
                  " QToolButton:hover { background: #245a96; }"
                  " QToolButton:focus { border: 2px solid #f0b400; }")
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language


class MainWindow(QMainWindow):
    language_chosen = Signal(str)
    large_text_toggled = Signal(bool)

    def __init__(self, context: BookContext, dialogs: Dialogs, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogs = dialogs
        self.preferences = preferences
        self.cases_area = CasesArea(context, self)
        self.setCentralWidget(self.cases_area)
        self.team_label = QLabel(self)
        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.team_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self.backup_status = add_backup_status(self, context)  # news of automatic backups
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._restore_geometry()
        self.ward_tabs = install_ward_area(self, context, dialogs)  # ward books only
        # a team's book: today's work, the cases and the calendar; it opens on today's work
        self.navigation = install_navigation(self, context, dialogs)
        self.cases_area.case_activated.connect(self.open_case)
        self.cases_area.list_reloaded.connect(self.on_list_reloaded)
        context.data_changed.connect(self.on_data_changed)
        self.on_data_changed()

    def _build_actions(self) -> None:
        self.new_case_action = QAction(_("&New case..."), self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.on_new_case_triggered)
        self.conventions_action = QAction(_("Import a village &convention..."), self)
        self.conventions_action.triggered.connect(self.on_conventions_triggered)
        self.quit_action = QAction(_("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.large_text_action = QAction(_("&Large text"), self, checkable=True)
        self.large_text_action.setChecked(self.preferences.large_text)
        self.large_text_action.toggled.connect(self.large_text_toggled)
        self.about_action = QAction(_("&About Sổ hòa giải"), self)
        self.about_action.triggered.connect(self.on_about_triggered)
        self.language_group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self.language_group, checkable=True)
            action.setData(code)
            action.setChecked(code == current_language())
        self.language_group.triggered.connect(self.on_language_triggered)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(_("&File"))
        file_menu.addAction(self.new_case_action)
        file_menu.addAction(self.conventions_action)
        file_menu.addAction(conventions_action(self, self.context, self.dialogs))
        file_menu.addAction(backups_action(self, self.context, self.dialogs))
        file_menu.addAction(server_action(self, self.dialogs))
        file_menu.addActions(exchange_actions(self, self.context, self.dialogs))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menus.addMenu(_("&View"))
        view_menu.addAction(self.large_text_action)
        self.appearance_menu = add_appearance_menu(view_menu, self.preferences)  # size, contrast
        menus.addMenu(_("L&anguage")).addActions(self.language_group.actions())
        menus.addMenu(_("&Tools")).addActions([
            journal_action(self, self.context, self.dialogs),
            verify_action(self, self.context, self.dialogs),
            team_documents_action(self, self.context, self.dialogs),
            team_action(self, self.context, self.dialogs),
            password_action(self, self.context, self.dialogs),
            settings_action(self, self.context, self.dialogs)])
        help_menu = menus.addMenu(_("&Help"))
        help_menu.addActions(help_actions(self, self.context))  # F1: the guide at this screen
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(_("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_case_action)
        button = toolbar.widgetForAction(self.new_case_action)
        bold = QFont()
        bold.setBold(True)
        button.setFont(bold)
        button.setStyleSheet(NEW_CASE_STYLE)
        button.setAccessibleName(_("New case"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.search_box = SearchBox.install(self, toolbar, self.context, self.dialogs)  # Ctrl+F

    def _restore_geometry(self) -> None:
        geometry = self.preferences.main_window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, QSize(1100, 700) * (self.preferences.text_size / 100))

    def on_data_changed(self, changed: Changed = EVERYTHING) -> None:
        if not changed.touches(Area.TEAM, Area.SETTINGS):
            return  # the title shows the team's name, or the ward office's (a setting)
        team_id = self.context.team_id
        name = self.context.read_now(lambda session: book_title(session, team_id))
        self.setWindowTitle(name)  # Qt appends the application display name: "… — Sổ hòa giải"
        self.team_label.setText(name)

    def on_list_reloaded(self, count: int) -> None:
        self.count_label.setText(ngettext("{count} case", "{count} cases", count)
                                 .format(count=count))

    def on_new_case_triggered(self) -> None:
        dialog = NewCaseDialog(self.context, self)
        if self.dialogs.run(dialog) and dialog.case_id is not None:
            if self.navigation is not None:
                self.navigation.setCurrentWidget(self.cases_area)
            self.cases_area.select_case(dialog.case_id)
            self.open_case(dialog.case_id)

    def on_conventions_triggered(self) -> None:
        from desktop.gui.conventions import ConventionImportDialog

        self.dialogs.run(ConventionImportDialog(self.context, self.dialogs, self))

    def open_case(self, case_id: uuid.UUID) -> None:
        # loaded at the first case opened: its documents pull in ReportLab (start-up, #17)
        from desktop.gui.case.case_window import open_case_window

        open_case_window(self.context, case_id, self.dialogs, self)

    def on_language_triggered(self, action: QAction) -> None:
        if action.data() != current_language():
            emit(self.language_chosen, action.data())

    def on_about_triggered(self) -> None:
        text = _("Sổ hòa giải {version}\n\nThe case book of a grassroots mediation team: "
                 "cases, hearings, agreements and reports.").format(version=__version__)
        self.dialogs.inform(self, _("About Sổ hòa giải"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preferences.main_window_geometry = self.saveGeometry()
        super().closeEvent(event)
