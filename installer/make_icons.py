#!/usr/bin/env python3
"""Render resources/icons/hoagiai.svg into the PNG sizes desktops want and a Windows .ico.

    .venv/bin/python installer/make_icons.py

The outputs are committed (the build needs no SVG renderer); run this again after editing the
SVG. Qt's SVG renderer draws the PNGs, Pillow (a ReportLab dependency) packs the .ico.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "hoagiai.svg")).render(painter)
    painter.end()
    path = ICONS / f"hoagiai-{size}.png"
    image.save(str(path))
    return path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv)  # noqa: F841 (QImage painting needs one)
    paths = [render(size) for size in SIZES]
    largest = Image.open(paths[SIZES.index(256)])
    largest.save(ICONS / "hoagiai.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    print("\n".join(str(p) for p in [*paths, ICONS / "hoagiai.ico"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
