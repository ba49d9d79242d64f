"""Strings of Qt's own dialogs and buttons, listed so they reach the program's catalogue.

Qt ships no Vietnamese translation (PLATFORM-NOTES), and its standard buttons, wizards and file
dialogs ask ``QCoreApplication.translate`` for these texts; ``GettextTranslator`` answers them
from our catalogue. Nothing imports this module: it only marks the texts for extraction.
"""

from desktop.core.i18n import N_

QT_STANDARD_TEXTS = (
    N_("OK"), N_("&OK"), N_("Cancel"), N_("&Cancel"), N_("Close"), N_("&Close"),
    N_("Save"), N_("&Save"), N_("Open"), N_("&Open"), N_("Apply"), N_("Reset"),
    N_("Help"), N_("&Help"), N_("Discard"), N_("Don't Save"), N_("Close without Saving"),
    N_("Restore Defaults"), N_("Abort"), N_("Retry"), N_("Ignore"), N_("&Yes"), N_("&No"),
    N_("Yes to &All"), N_("N&o to All"), N_("Save All"), N_("Show Details..."),
    N_("Hide Details..."), N_("< &Back"), N_("&Next >"), N_("&Finish"), N_("&Commit"),
    N_("Look in:"), N_("File &name:"), N_("Files of type:"), N_("Print"), N_("&Print"),
    N_("Copy"), N_("&Copy"), N_("Paste"), N_("&Paste"), N_("Cu&t"), N_("&Undo"), N_("&Redo"),
    N_("Select All"), N_("Delete"),
)
