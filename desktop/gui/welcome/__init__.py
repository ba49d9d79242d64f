"""The first start: a new book for the team, the demo book to practise, or a book brought from
a USB stick or a backup."""

from desktop.gui.welcome.welcome_dialog import WelcomeDialog

__all__ = ["WelcomeDialog"]
