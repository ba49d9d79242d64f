"""The start page, "Hôm nay": the day's work and its reminders."""

from desktop.gui.today.today_page import TodayPage

__all__ = ["TodayPage"]
