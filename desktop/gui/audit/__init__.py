"""The audit screen (Tools › Journal…): the whole book's change journal, filtered, and a check
of its hash chain."""

from desktop.gui.audit.journal_window import JournalWindow, open_journal_window

__all__ = ["JournalWindow", "open_journal_window"]
