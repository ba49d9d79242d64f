"""The one search: the box in the main window's toolbar (Ctrl+F) and its results window."""

from desktop.gui.search.results_window import SearchResultsWindow
from desktop.gui.search.search_box import SearchBox

__all__ = ["SearchBox", "SearchResultsWindow"]
