"""The Windows installer: installer/windows/hoagiai.nsi compiled with makensis (build.py).

On Windows it packs the real bundle into dist/hoagiai-<version>-setup.exe. On Linux it compiles
the same script with Debian's makensis (apt-get install nsis) against a bundle-shaped folder
(hoagiai.exe, _internal/ with the icon), which checks the script without a Windows build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "windows" / "hoagiai.nsi"
WINDOWS_NSIS = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "NSIS"


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def makensis() -> str:
    found = shutil.which("makensis") or shutil.which(str(WINDOWS_NSIS / "makensis.exe"))
    if found is None:
        raise SystemExit("makensis not found: install NSIS 3 (Debian: apt-get install nsis)")
    return found


def compile_installer(bundle: Path, dist: Path, version: str) -> Path:
    target = dist / f"hoagiai-{version}-setup.exe"
    flag = "/" if os.name == "nt" else "-"
    subprocess.run([makensis(), f"{flag}V2", f"{flag}DVERSION={version}",
                    f"{flag}DBUNDLE={bundle.resolve()}", f"{flag}DOUTFILE={target.resolve()}",
                    str(SCRIPT)], check=True)
    say(f"wrote {target.name}")
    return target


def bundle_shaped_folder(build: Path) -> Path:
    """What PyInstaller makes on Windows, with stand-in files: enough for makensis."""
    folder = build / "nsis-check" / "hoagiai"
    shutil.rmtree(folder.parent, ignore_errors=True)
    icons = folder / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "hoagiai.ico", icons / "hoagiai.ico")
    for program in ("hoagiai.exe", "hoagiai-console.exe"):
        (folder / program).write_bytes(b"MZ stand-in for the Windows build\n")
    (folder / "_internal" / "base_library.zip").write_bytes(b"stand-in\n")
    return folder


def check_script(build: Path, dist: Path, version: str) -> Path:
    """Compile the script here against a bundle-shaped folder (the output is not shipped)."""
    return compile_installer(bundle_shaped_folder(build), build / "nsis-check", version)
