"""The calendar of hearings: week and month views, clashes, the agenda and the .ics export."""

from desktop.gui.calendar.calendar_page import CalendarPage

__all__ = ["CalendarPage"]
