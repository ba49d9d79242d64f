"""Render the main screens of the program, in Vietnamese, at 100 % and 150 % text, into
docs/screenshots/ (the README shows them); the 100 % ones also go to resources/help/images/,
where the guide shows them. The pictures are the program's own windows, drawn over a demo book.

    .venv/bin/python installer/screenshots.py            # offscreen, no display needed
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python installer/screenshots.py --xcb

Windows are drawn at the size they open at on a 1366x768 screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"
HELP_IMAGES = ROOT / "resources" / "help" / "images"
SIZES = (100, 150)
SCREEN = (1366, 768)


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xcb", action="store_true", help="draw on the X display (Xvfb)")
    parser.add_argument("--out", type=Path, default=SHOTS)
    return parser.parse_args()


@contextmanager
def demo_book() -> Iterator[object]:
    from desktop.core.demo.book import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_book
    from desktop.core.services.workspace import book as workspace

    folder = Path(tempfile.mkdtemp(prefix="hoagiai-shots-"))
    try:
        path = folder / "so-hoa-giai-mau.sqlite"
        create_demo_book(path)
        book = workspace.login(path, workspace.Credentials(DEMO_ACCOUNTS[0][0], DEMO_PASSWORD))
        yield book
        book.database.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def settle(app: object, rounds: int = 30) -> None:
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        QThread.msleep(20)


def shoot(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.show()
    settle(QApplication.instance())
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(f"{path}: {widget.width()}x{widget.height()}")


def screens(context: object, preferences: object) -> list[tuple[str, Callable[[], object]]]:
    """(name, make the widget) for each screen, in the order a volunteer meets them."""
    from desktop.gui.case.case_window import CaseWindow
    from desktop.gui.cases import NewCaseDialog
    from desktop.gui.help import HelpWindow
    from desktop.gui.kit.dialogs import Dialogs
    from desktop.gui.kit.window_fit import fit_dialog
    from desktop.gui.main_window import MainWindow

    main = MainWindow(context, Dialogs(), preferences)  # type: ignore[arg-type]

    def case_at(tab: str) -> Callable[[], object]:
        def make() -> object:
            preferences.settings.remove("case_window")  # type: ignore[attr-defined]
            case_id = main.cases_area.model.case_id(0)
            window = CaseWindow(context, case_id, Dialogs(), main)  # type: ignore[arg-type]
            window.reload()
            settle(None, 60)
            window.ui.tabs.setCurrentWidget(getattr(window, tab))
            return window
        return make

    def new_case() -> object:
        dialog = NewCaseDialog(context, main)  # type: ignore[arg-type]
        fit_dialog(dialog)
        return dialog

    def guide() -> object:
        window = HelpWindow("Chị Lan, công chức tư pháp xã: 0912 345 678", main)
        window.show_topic("ghi-vu-viec")
        return window

    def case_list() -> object:
        navigation = getattr(main, "navigation", None)  # a team's book: the cases tab
        if navigation is not None:
            navigation.setCurrentWidget(main.cases_area)
        return main

    return [("main-window", lambda: main), ("case-list", case_list), ("new-case", new_case),
            ("case-general", case_at("general")), ("case-hearings", case_at("hearings")),
            ("case-outcome", case_at("outcome")), ("help", guide)]


def main() -> int:
    args = parse_arguments()
    os.environ["QT_QPA_PLATFORM"] = "xcb" if args.xcb else "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    from desktop.gui import app as gui_app
    from desktop.gui.kit import window_fit
    from desktop.gui.kit.appearance import apply_appearance
    from desktop.gui.preferences import Preferences
    from desktop.gui.translation import apply_language

    application = gui_app.make_application()
    apply_language("vi")
    if not args.xcb:  # the offscreen screen is 800x800: open windows as on 1366x768
        from PySide6.QtCore import QSize

        room = QSize(*SCREEN) - window_fit.FRAME_ALLOWANCE
        window_fit.available_size = lambda _window: room  # type: ignore[assignment]
    folder = Path(tempfile.mkdtemp(prefix="hoagiai-prefs-"))
    with demo_book() as book:
        context = gui_app.book_context(book)  # type: ignore[arg-type]
        for size in SIZES:
            preferences = Preferences(QSettings(str(folder / f"{size}.ini"),
                                                QSettings.Format.IniFormat))
            preferences.text_size = size
            apply_appearance(application, size, high_contrast=False)
            for name, make in screens(context, preferences):
                shot = args.out / f"{name}-{size}.png"
                widget = make()
                shoot(widget, shot)
                if size == 100 and args.out == SHOTS:  # the guide's pictures
                    shutil.copy(shot, HELP_IMAGES / shot.name)
                widget.close()  # type: ignore[attr-defined]
        context.runner.wait_for_done()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
