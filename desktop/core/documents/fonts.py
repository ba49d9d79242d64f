"""The document font: Liberation Serif from ``resources/fonts``, registered once with ReportLab.

ReportLab's built-in fonts silently drop Vietnamese letters, and every canvas starts by naming
``rl_config.canvas_basefontname`` (Helvetica by default, never embedded). So the four faces are
registered as one family and made the canvas base font before any document is built.
Table cells still default to Helvetica (bound when ReportLab is imported): build tables with
``layout.table``, which sets their font.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.resources import resource_path

FAMILY = "LiberationSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family once (safe to call from any thread, any number of times).

    Returns the family name, to use as ``fontName`` in styles.
    """
    global _registered
    with _lock:
        if not _registered:
            _register_faces()
            _registered = True
    return FAMILY


def _register_faces() -> None:
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    # Why: a canvas names its base font in every page preamble; Helvetica would be referenced
    # (un-embedded) in every PDF otherwise.
    rl_config.canvas_basefontname = REGULAR
    # Why: ReportLab writes each compressed page again as ASCII85 text by default (for 7-bit
    # mail); a PDF here is a file. Binary streams are a fifth smaller and the pure-Python
    # encoder was a quarter of a long logbook's time (#17). Readers decode both alike.
    rl_config.useA85 = 0
