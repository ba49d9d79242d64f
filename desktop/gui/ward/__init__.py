"""Ward mode: the dashboard and the statistics report of a ward office book (the charts are
loaded only when a ward book is open: ``mode`` is all a team's book touches)."""

from desktop.gui.ward.mode import book_title, install_ward_area, is_ward_book, opens_as_ward

__all__ = ["book_title", "install_ward_area", "is_ward_book", "opens_as_ward"]
