#!/usr/bin/env python3
"""Build Sổ hòa giải for people without Python: a one-folder bundle, then its installers.

    python3 installer/build.py                 # Linux: bundle, self-test, .deb, .tar.gz, NSIS check
    python3 installer/build.py --reuse-venv    # keep build/venv from the last run (faster)
    python3 installer/build.py --no-packages   # the bundle and its self-test only

Standard library only (it runs with the system python3). Steps:
1. A clean, dedicated venv in build/venv (never the developer's .venv: PyInstaller's hooks bundle
   every database driver and Qt module they can see), with the project and PyInstaller.
2. PyInstaller on installer/hoagiai.spec: a ONE-FOLDER bundle in dist/hoagiai/, holding the
   forms, fonts, translations, document layouts, reference data, samples and the Alembic
   migrations (found at run time below sys._MEIPASS by desktop.core.resources), without the Qt
   modules, plugins and translations the program does not use, stripped. The version is
   desktop.__version__ (the one version source).
3. The bundle's own `hoagiai --self-test` (a throwaway encrypted book through the migrations, an
   agreement PDF read back, the main window offscreen) must exit 0.
4. Linux: dist/hoagiai_<version>_amd64.deb and dist/hoagiai-<version>-linux-x86_64.tar.gz,
   checked with desktop-file-validate, appstreamcli and lintian when they are installed; the
   NSIS script compiled by Debian's makensis against the bundle's layout, as a check of it.
Sizes and times are printed at the end.

The real Windows build (PyInstaller does not cross-compile), on a Windows 10/11 PC:
1. Install Python 3.11 or newer from python.org (tick "Add python.exe to PATH"), Git, and NSIS 3
   (https://nsis.sourceforge.io; its makensis.exe on PATH, or in "C:\\Program Files (x86)\\NSIS").
2. `git clone` the project and open a Command Prompt in it.
3. `py -3 installer\\build.py` : makes build\\venv, the bundle in dist\\hoagiai\\ (hoagiai.exe),
   runs `dist\\hoagiai\\hoagiai-console.exe --self-test` (the console twin of hoagiai.exe,
   for the command line in a Command Prompt) and compiles installer\\windows\\hoagiai.nsi into
   dist\\hoagiai-<version>-setup.exe (per user, no administrator rights; its last page offers the
   portable copy for a USB stick).
4. Try the setup on a PC with a standard (non-administrator) account: Start menu and desktop
   shortcut "Sổ hòa giải"; uninstall keeps the book unless its box is ticked.
Sign hoagiai.exe and the setup with the team's code-signing certificate (signtool) if it has one:
unsigned programs meet SmartScreen's warning the first few times.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "venv"
WINDOWS = sys.platform == "win32"
VENV_BIN = VENV / ("Scripts" if WINDOWS else "bin")
BUNDLE = DIST / "hoagiai"
PYINSTALLER = "pyinstaller>=6.10,<7"
SIZE_LIMIT_MB = 150  # the Linux bundle's target


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(*command: str | Path, **options: object) -> None:
    say(" ".join(str(part) for part in command))
    subprocess.run([str(part) for part in command], check=True, **options)


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("desktop/__init__.py has no __version__")
    return found.group(1)


def folder_size(path: Path) -> int:
    """Bytes on disk. Symbolic links count nothing: PyInstaller links the top-level names of
    shared libraries (libQt6Core.so.6 ...) to their copies inside the packages, and the .tar.gz
    and the .deb keep them as links (following them counted Qt, ICU and numpy twice)."""
    return sum(file.lstat().st_size for file in path.rglob("*")
               if file.is_file() and not file.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def make_venv(reuse: bool) -> None:
    python = VENV_BIN / ("python.exe" if WINDOWS else "python")
    if reuse and python.exists():
        say(f"reusing {VENV}")
    else:
        shutil.rmtree(VENV, ignore_errors=True)
        run(sys.executable, "-m", "venv", VENV)
    # A real (non-editable) install: the bundle must not reach back into the checkout.
    run(python, "-m", "pip", "install", "--quiet", f"{ROOT}[gui]", PYINSTALLER)


def build_bundle() -> None:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    # The compiled catalogues beside the .po files, which the spec bundles with them: the
    # installed program starts without parsing the .po (Babel, ~0.3 s a start; #17).
    run(VENV_BIN / "python", "-c", "import sys; from pathlib import Path; "
        "from desktop.core.i18n import compile_catalogues; "
        "print(*compile_catalogues(Path(sys.argv[1])))",
        ROOT / "resources" / "translations", cwd=BUILD)
    run(VENV_BIN / "pyinstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", BUILD / "pyinstaller",
        ROOT / "installer" / "hoagiai.spec",
        cwd=BUILD)
    if not WINDOWS:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import shrink_icu

        say(shrink_icu.shrink_bundle(BUNDLE))
    inputs = list((BUNDLE / "_internal").rglob("platforminputcontexts/*"))
    if not WINDOWS and not inputs:
        raise SystemExit("the bundle lost Qt's platforminputcontexts plugins (Vietnamese typing)")
    say("input-method plugins kept: " + ", ".join(sorted(p.name for p in inputs)))


def self_test(executable: Path) -> None:
    run(executable, "--self-test", cwd=BUILD)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuse-venv", action="store_true",
                        help="keep build/venv from an earlier run instead of a clean one")
    parser.add_argument("--no-packages", action="store_true",
                        help="only the bundle and its self-test")
    args = parser.parse_args(argv)
    BUILD.mkdir(exist_ok=True)
    DIST.mkdir(exist_ok=True)
    times: dict[str, float] = {}
    started = time.monotonic()
    make_venv(args.reuse_venv)
    times["venv"] = time.monotonic() - started
    step = time.monotonic()
    build_bundle()
    times["bundle"] = time.monotonic() - step
    step = time.monotonic()
    self_test(BUNDLE / ("hoagiai-console.exe" if WINDOWS else "hoagiai"))
    times["self-test"] = time.monotonic() - step
    outputs = [BUNDLE]
    if not args.no_packages:
        step = time.monotonic()
        outputs += packages(version())
        times["packages"] = time.monotonic() - step
    report(outputs, times, time.monotonic() - started)
    return 0


def packages(release: str) -> list[Path]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import packaging_windows

    if WINDOWS:
        return [packaging_windows.compile_installer(BUNDLE, DIST, release)]
    import packaging_linux

    packaging_linux.check_depends(BUNDLE)
    made = [packaging_linux.tarball(BUNDLE, DIST, release),
            packaging_linux.deb(BUNDLE, DIST, BUILD, release)]
    packaging_linux.validate(made[1], BUILD)
    made.append(packaging_windows.check_script(BUILD, DIST, release))
    return made


def report(outputs: list[Path], times: dict[str, float], total: float) -> None:
    say("sizes:")
    for path in outputs:
        size = folder_size(path) if path.is_dir() else path.stat().st_size
        say(f"  {megabytes(size):>10}  {path.relative_to(ROOT)}")
    if BUNDLE.is_dir():
        parts = BUNDLE / "_internal"
        pieces = sorted(((folder_size(part) if part.is_dir() and not part.is_symlink()
                          else part.lstat().st_size, part) for part in parts.iterdir()),
                        reverse=True)
        say("largest parts of the bundle:")
        for size, part in pieces[:8]:
            say(f"  {megabytes(size):>10}  {part.relative_to(BUNDLE)}")
    if not WINDOWS and folder_size(BUNDLE) > SIZE_LIMIT_MB * 1_000_000:
        say(f"WARNING: the bundle is over its {SIZE_LIMIT_MB} MB target")
    say("times: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in times.items())
        + f"; total {total:.0f} s")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
