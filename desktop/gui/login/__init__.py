"""Logging in: the login dialog, the first account of a new (or newly encrypted) book with its
recovery key, and the idle lock of the window."""

from desktop.gui.login.idle_lock import IdleLock
from desktop.gui.login.login_dialog import LoginDialog
from desktop.gui.login.new_book_dialog import NewBookDialog
from desktop.gui.login.recovery_dialog import RecoveryDialog

__all__ = ["IdleLock", "LoginDialog", "NewBookDialog", "RecoveryDialog"]
