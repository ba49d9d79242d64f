"""The guide's pages and which one belongs to the screen a person is on (F1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.core.i18n import N_
from desktop.core.resources import resources_root

START = "bat-dau"
TOPICS: tuple[tuple[str, str], ...] = (
    (START, N_("Getting started")),
    ("ghi-vu-viec", N_("Recording a case")),
    ("buoi-hoa-giai", N_("A hearing")),
    ("thoa-thuan", N_("The agreement and ending the case")),
    ("in-van-ban", N_("Printing")),
    ("gui-xa", N_("Sending to the ward")),
    ("sao-luu-usb", N_("Backing up to a USB stick")),
    ("quen-mat-khau", N_("A forgotten password")),
)
# Screens (by class name) and the page about them; a window may also answer ``help_topic()``.
_BY_SCREEN = {
    "NewCaseDialog": "ghi-vu-viec", "PersonDialog": "ghi-vu-viec", "AssignDialog": "ghi-vu-viec",
    "HearingDialog": "buoi-hoa-giai", "TermDialog": "thoa-thuan", "CloseDialog": "thoa-thuan",
    "PdfPreviewDialog": "in-van-ban", "SendDialog": "gui-xa", "ExchangeSendDialog": "gui-xa",
    "BackupsDialog": "sao-luu-usb", "LoginDialog": "quen-mat-khau",
    "ForgotPasswordDialog": "quen-mat-khau",
}


def help_folder() -> Path:
    return resources_root() / "help"


def page_path(topic: str) -> Path:
    """The page of ``topic`` (in Vietnamese: the guide is written for the volunteers)."""
    path = help_folder() / "vi" / f"{topic}.html"
    return path if path.exists() else help_folder() / "vi" / f"{START}.html"


def topic_for(widget: QWidget | None) -> str:
    """The page about the screen ``widget`` is on: its window's own answer, or its kind."""
    window = widget.window() if widget is not None else None
    asked = getattr(window, "help_topic", None)
    if callable(asked):
        topic = asked()
        if isinstance(topic, str):
            return topic
    return _BY_SCREEN.get(type(window).__name__, START) if window is not None else START
