"""Compile the Qt Designer forms in ``ui/`` into ``desktop/gui/forms/ui_<name>.py``.

    python3 installer/build_forms.py          # (re)generate every form
    python3 installer/build_forms.py --check  # exit 1 if a generated form is missing or stale

Generated modules are committed (a frozen build has no ``pyside6-uic``); never edit them by hand.
Run with the project's virtualenv (``.venv/bin/python installer/build_forms.py``).

pyside6-uic writes untyped code, so each module is post-processed to pass ``mypy --strict``:
``setupUi``/``retranslateUi`` get the form's top-level class and ``-> None``, and every
attribute ``setupUi`` creates is declared on the class with the class that builds it (so a
screen's ``self.ui.saveButton`` is a ``QPushButton`` to mypy, not ``Any``). The result depends
only on the ``.ui`` file and the uic version; ``--check`` and the rebuild compare the code byte for
byte but ignore the header line naming uic's version, so a developer whose PySide6 differs by a
patch release recompiles only the forms whose ``.ui`` changed (not every form's header).
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "ui"
TARGET = ROOT / "desktop" / "gui" / "forms"


def _uic() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


def compile_form(source: Path) -> str:
    """The typed Python module for one form: pyside6-uic's code, annotated."""
    result = subprocess.run([_uic(), "--from-imports", str(source)], check=True,
                            capture_output=True, text=True)
    return typed(result.stdout, top_level_class(source))


def top_level_class(source: Path) -> str:
    """The Qt class of the form's outermost widget (``QDialog``, ``QWidget``...)."""
    widget = ElementTree.parse(source).getroot().find("widget")
    if widget is None:
        raise ValueError(f"{source.name} has no top-level widget")
    return widget.attrib["class"]


_METHOD = re.compile(r"^(    def (?:setupUi|retranslateUi)\(self, (\w+))\):$", re.MULTILINE)
_CLASS = re.compile(r"^(class Ui_\w+\(object\):\n)", re.MULTILINE)


def typed(code: str, widget_class: str) -> str:
    """Annotate uic's ``code``: the two methods' signatures and one declaration per attribute."""
    code = _METHOD.sub(lambda m: f"{m.group(1)}: {widget_class}) -> None:", code)
    declarations = "".join(f"    {name}: {cls}\n" for name, cls in attribute_classes(code))
    return _CLASS.sub(lambda m: m.group(1) + declarations + "\n", code, count=1)


def attribute_classes(code: str) -> list[tuple[str, str]]:
    """``(name, class)`` for each ``self.name = Class(...)`` in the code, first assignment wins."""
    found: dict[str, str] = {}
    for node in ast.walk(ast.parse(code)):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target, value = node.targets[0], node.value
        if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                and target.value.id == "self" and isinstance(value, ast.Call)
                and isinstance(value.func, ast.Name)):
            found.setdefault(target.attr, value.func.id)
    return sorted(found.items(), key=lambda item: _line_of(code, item[0]))


def _line_of(code: str, attribute: str) -> int:
    return code.index(f"self.{attribute} = ")


def target_for(source: Path) -> Path:
    return TARGET / f"ui_{source.stem}.py"


_UIC_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$",
                               re.MULTILINE)


def without_uic_version(code: str) -> str:
    return _UIC_VERSION_LINE.sub("## Created by: Qt User Interface Compiler", code)


def stale_forms() -> list[Path]:
    return [source for source in sorted(SOURCES.glob("*.ui"))
            if not target_for(source).exists()
            or without_uic_version(target_for(source).read_text(encoding="utf-8"))
            != without_uic_version(compile_form(source))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = stale_forms()
    if args.check:
        for source in stale:
            print(f"stale or missing: {target_for(source).relative_to(ROOT)} (from {source.name})")
        return 1 if stale else 0
    for source in stale:
        target_for(source).write_text(compile_form(source), encoding="utf-8")
        print(f"compiled {source.name} -> {target_for(source).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
