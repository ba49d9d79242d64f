"""The ward office's side of the exchange, in the app: enrol a team from the enrolment file it
brought (its key's fingerprint shown, to compare aloud with the team leader), and write the
packages going back to the teams (the ward's settings, the acknowledgments, the reference
data) into a folder, a USB stick by default. The same core functions as ``hoagiai ward``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow
from sqlalchemy.orm import Session

from desktop.core.domain.text import fold
from desktop.core.errors import HoagiaiError
from desktop.core.exchange import keys, service, ward
from desktop.core.files import atomic_write, file_errors
from desktop.core.i18n import _, ngettext
from desktop.gui.backups.usb import documents_folder, place_in_words, removable_drives
from desktop.gui.kit.changes import Area, areas_changed
from desktop.gui.kit.context import BookContext
from desktop.gui.kit.dialogs import Dialogs

# what each package is called on the stick, in Vietnamese without diacritics
KIND_NAMES = {"ward-settings": "thiet-lap", "acknowledgment": "xac-nhan",
              "reference": "danh-muc"}
WRITERS = (ward.write_ward_settings, ward.write_acknowledgment, ward.write_reference)


@dataclass(frozen=True)
class Delivered:
    folder: Path
    files: list[str]
    teams: int


def file_name(written: ward.Written) -> str:
    """goi-thiet-lap-to-hoa-giai-thon-dong-00001.hgp: readable on the stick, one per team."""
    team = re.sub(r"[^a-z0-9]+", "-", fold(written.team_name)).strip("-") or written.team_id[:8]
    return f"goi-{KIND_NAMES[written.kind]}-{team}-{written.sequence:05d}.hgp"


def write_for_every_team(session: Session, folder: Path) -> Delivered:
    teams = keys.peers(session, "team")
    names = []
    with file_errors(folder):
        folder.mkdir(parents=True, exist_ok=True)
        for team in teams:
            for writer in WRITERS:
                written = writer(session, team.peer_id)
                atomic_write(folder / file_name(written), written.data)
                names.append(file_name(written))
    return Delivered(folder, names, len(teams))


class WardExchangeActions(QObject):
    def __init__(self, window: QMainWindow, context: BookContext, dialogs: Dialogs,
                 visible: bool) -> None:
        super().__init__(window)
        self.window, self.context, self.dialogs = window, context, dialogs
        self.enrol_action = QAction(_("&Enrol a team from its enrolment file…"), window)
        self.enrol_action.triggered.connect(self.on_enrol_triggered)
        self.write_action = QAction(_("&Write the packages for the teams…"), window)
        self.write_action.triggered.connect(self.on_write_triggered)
        for action in self.actions():
            action.setVisible(visible)

    def actions(self) -> list[QAction]:
        return [self.enrol_action, self.write_action]

    def _failed(self, error: HoagiaiError) -> None:
        self.dialogs.warn(self.window, _("Exchange with the teams"), str(error))

    def on_enrol_triggered(self) -> None:
        path = self.dialogs.open_file(self.window, _("Enrol a team"),
                                      _("Enrolment files (*.hge)"))
        if path is None:
            return
        try:
            data = service.read_file(path)
            body: dict[str, Any] = keys.read_enrolment(data)
        except HoagiaiError as error:
            self._failed(error)
            return
        name = str(body.get("team", {}).get("name", ""))
        key_text = keys.fingerprint(str(body.get("keys", {}).get("key_id", "")))
        if not self.dialogs.confirm(self.window, _("Enrol a team"), _(
                "Enrol {team}?\n\nIts key: {fingerprint}\n\nRead this key aloud with the team "
                "leader, who sees the same on their screen: enrol only if they are the same.")
                .format(team=name, fingerprint=key_text)):
            return
        self.context.write(self, lambda s: ward.enrol(s, data), self._enrolled, self._failed,
                           reason="enrolment", changed=areas_changed(Area.EXCHANGE))

    def _enrolled(self, team: dict[str, Any]) -> None:
        self.dialogs.inform(self.window, _("Enrol a team"), _(
            "{team} is enrolled. Next: write the packages for the teams (File menu) and give "
            "the team its settings package.").format(team=team["name"]))

    def on_write_triggered(self) -> None:
        drives = removable_drives()
        folder = self.dialogs.choose_folder(
            self.window, _("Where to put the packages for the teams"),
            drives[0].root if drives else documents_folder())
        if folder is None:
            return
        self.context.write(self, lambda s: write_for_every_team(s, folder),
                           lambda done: self._written(done, drives), self._failed,
                           reason="ward packages", changed=areas_changed(Area.EXCHANGE))

    def _written(self, done: Delivered, drives: list[Any]) -> None:
        place = place_in_words(done.folder / (done.files[0] if done.files else "-"), drives)
        self.dialogs.inform(self.window, _("Packages for the teams"), ngettext(
            "{files} packages for {count} team were written {place}.",
            "{files} packages for {count} teams were written {place}.", done.teams).format(
            files=len(done.files), count=done.teams, place=place) + "\n\n" + _(
            "Next: give each team the files with its name. The team receives them with "
            "File › Receive from the ward…."))
