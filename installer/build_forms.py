"""Compile the Qt Designer forms in ``ui/`` into ``desktop/gui/forms/ui_<name>.py``.

    python3 installer/build_forms.py          # (re)generate every form
    python3 installer/build_forms.py --check  # exit 1 if a generated form is missing or stale

Generated modules are committed (a frozen build has no ``pyside6-uic``); never edit them by hand.
Run with the project's virtualenv (``.venv/bin/python installer/build_forms.py``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "ui"
TARGET = ROOT / "desktop" / "gui" / "forms"


def _uic() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


def compile_form(source: Path) -> str:
    """The Python code pyside6-uic generates for one form."""
    result = subprocess.run([_uic(), "--from-imports", str(source)], check=True,
                            capture_output=True, text=True)
    return result.stdout


def target_for(source: Path) -> Path:
    return TARGET / f"ui_{source.stem}.py"


def stale_forms() -> list[Path]:
    return [source for source in sorted(SOURCES.glob("*.ui"))
            if not target_for(source).exists()
            or target_for(source).read_text(encoding="utf-8") != compile_form(source)]


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
