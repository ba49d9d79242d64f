"""A person's page: every case they were in, and merging a duplicate record into them."""

from desktop.gui.people.person_page import PersonPageWindow, open_person_page

__all__ = ["PersonPageWindow", "open_person_page"]
