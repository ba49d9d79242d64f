#!/usr/bin/env python3
"""Set up Sổ hòa giải from a fresh checkout, then start it or test it.

    python3 installer/bootstrap.py run   [hoagiai args]   # set up, start the app
    python3 installer/bootstrap.py test  [pytest args]    # set up, run the test suite
    python3 installer/bootstrap.py check                  # set up, run ruff and mypy

Standard library only: this runs with the system python3 before anything is installed. Each step
does nothing when its work is already done, so a prepared machine starts at once:
1. Python >= 3.11, or a clear message.
2. System packages (Debian/Ubuntu only): installed with apt-get when root or with passwordless
   sudo, otherwise the exact `sudo apt-get install ...` line is printed.
3. `.venv` in the repository root, created or reused.
4. `pip install -e .[gui]` (run) or `.[test]` (test, check), skipped while pyproject.toml is
   unchanged since the last successful install (its hash is kept in .venv/).
5. The program, pytest or the linters, whose exit code becomes ours.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

MIN_PYTHON = (3, 11)
ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
VENV_BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / "hoagiai-install.stamp"

# What Qt's xcb platform plugin loads at start-up (PySide6 wheels do not bundle them).
QT_PACKAGES = (
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
)
# Tests read PDFs with pdftotext/pdffonts/pdftoppm and may open a real window under xvfb-run,
# which needs xauth (only a "Recommends" of xvfb, and we install without recommends). They also
# start a throwaway PostgreSQL server (initdb, pg_ctl) and use its unaccent extension (contrib),
# and read the QR code printed on documents back with zbarimg (zbar-tools).
TEST_PACKAGES = (*QT_PACKAGES, "poppler-utils", "xvfb", "xauth", "postgresql",
                 "postgresql-contrib", "zbar-tools")

USAGE = """usage: python3 installer/bootstrap.py COMMAND [ARGS...]

commands:
  run   [ARGS]   set up, then start the app (.venv/bin/hoagiai ARGS)
  test  [ARGS]   set up, then run the tests (.venv/bin/python -m pytest ARGS)
  check          set up, then run ruff and mypy as configured in pyproject.toml
"""


def say(message: str) -> None:
    print(f"bootstrap: {message}", flush=True)


def die(message: str, code: int = 1) -> NoReturn:
    print(f"bootstrap: error: {message}", file=sys.stderr, flush=True)
    sys.exit(code)


# --- 1. Python -------------------------------------------------------------------------------


def check_python() -> None:
    if sys.version_info >= MIN_PYTHON:
        return
    found = ".".join(map(str, sys.version_info[:3]))
    die(
        f"Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer is needed; this is {found} "
        f"({sys.executable}).\n  On Debian/Ubuntu: sudo apt-get install python3.11 "
        "python3.11-venv, then run this script with python3.11 instead of python3."
    )


# --- 2. System packages ----------------------------------------------------------------------


def is_debian_like() -> bool:
    return bool(shutil.which("apt-get") and shutil.which("dpkg-query"))


def missing_packages(packages: tuple[str, ...]) -> list[str]:
    """The packages dpkg does not report as installed, asked in one dpkg-query call."""
    # One line per known package and architecture; the status's last word is "installed" when
    # it is (not "not-installed", "config-files", ...). Unknown names print nothing.
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Status}\n", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    installed = {
        line.split()[0] for line in result.stdout.splitlines() if line.endswith(" installed")
    }
    return [p for p in packages if p not in installed]


def apt_prefix() -> list[str] | None:
    """How to run apt-get as root here, or None when we cannot without a password."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return []
    if shutil.which("sudo"):
        probe = subprocess.run(
            ["sudo", "-n", "true"], capture_output=True, stdin=subprocess.DEVNULL, check=False
        )
        if probe.returncode == 0:
            return ["sudo", "-n"]
    return None


def apt_get(prefix: list[str], *args: str) -> bool:
    command = [
        *prefix,
        "env",
        "DEBIAN_FRONTEND=noninteractive",
        "apt-get",
        "-q",
        "-o",
        "DPkg::Lock::Timeout=300",
        *args,
    ]
    return subprocess.run(command, stdin=subprocess.DEVNULL, check=False).returncode == 0


def ensure_system_packages(packages: tuple[str, ...], *, essential: bool) -> bool:
    """Install what is missing; True when everything is there afterwards."""
    if not is_debian_like():
        say("not Debian/Ubuntu: skipping system packages; see README.md for what to install")
        return True
    missing = missing_packages(packages)
    if not missing:
        return True
    manual = "sudo apt-get update && sudo apt-get install -y " + " ".join(missing)
    prefix = apt_prefix()
    if prefix is None:
        return not_installed(missing, manual, essential, why="not root and sudo needs a password")
    say("installing system packages: " + " ".join(missing))
    ok = apt_get(prefix, "update") and apt_get(
        prefix, "install", "-y", "--no-install-recommends", *missing
    )
    if not ok:
        return not_installed(missing, manual, essential, why="apt-get failed")
    return True


def not_installed(missing: list[str], manual: str, essential: bool, *, why: str) -> bool:
    message = f"missing system packages ({why}): {' '.join(missing)}\n  run: {manual}"
    if essential:
        die(message)
    say("warning: " + message + "\n  continuing; what needs them may fail")
    return False


# --- 3. Virtual environment ------------------------------------------------------------------


def venv_python() -> Path:
    return VENV_BIN / ("python.exe" if os.name == "nt" else "python")


def venv_is_usable() -> bool:
    python = venv_python()
    if not python.exists():
        return False
    probe = f"import sys, pip; sys.exit(sys.version_info < {MIN_PYTHON!r})"
    result = subprocess.run([str(python), "-c", probe], capture_output=True, check=False)
    return result.returncode == 0


def ensure_venv_support() -> None:
    """Debian/Ubuntu ship `venv` without ensurepip unless python3.X-venv is installed."""
    if importlib.util.find_spec("ensurepip") is not None:
        return
    package = f"python3.{sys.version_info.minor}-venv"
    if is_debian_like() and sys.executable.startswith("/usr/bin/"):
        ensure_system_packages((package,), essential=True)
        return
    die(
        f"this Python ({sys.executable}) cannot create virtual environments (no ensurepip); "
        f"install its venv support (on Debian/Ubuntu: sudo apt-get install {package})"
    )


def ensure_venv() -> None:
    if venv_is_usable():
        return
    ensure_venv_support()
    say(f"creating {VENV.name} with Python {sys.version.split()[0]}")
    result = subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=False)
    if result.returncode != 0 or not venv_is_usable():
        die(f"could not create a working virtual environment in {VENV}; delete it and retry")


# --- 4. Python packages ----------------------------------------------------------------------


def pyproject_hash() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def install_is_current(extra: str) -> bool:
    """The `test` extra includes `gui`, so a test install also serves `run`."""
    try:
        installed_extra, digest = STAMP.read_text(encoding="utf-8").split()
    except (OSError, ValueError):
        return False
    return digest == pyproject_hash() and installed_extra in (extra, "test")


def ensure_installed(extra: str) -> None:
    if install_is_current(extra):
        return
    say(f"installing hoagiai[{extra}] into {VENV.name} (the first time takes a few minutes)")
    STAMP.unlink(missing_ok=True)
    command = [str(venv_python()), "-m", "pip", "install", "-q", "-e", f".[{extra}]"]
    result = subprocess.run(command, cwd=ROOT, stdin=subprocess.DEVNULL, check=False)
    if result.returncode != 0:
        die(
            f"pip install failed (exit {result.returncode}); see its messages above",
            result.returncode,
        )
    STAMP.write_text(f"{extra} {pyproject_hash()}\n", encoding="utf-8")


# --- 5. Commands -----------------------------------------------------------------------------


def child_environment() -> dict[str, str]:
    """As if the venv were activated, so tests and tools find hoagiai, pyside6-uic, ..."""
    env = dict(os.environ)
    env["VIRTUAL_ENV"] = str(VENV)
    env["PATH"] = str(VENV_BIN) + os.pathsep + env.get("PATH", "")
    env.pop("PYTHONHOME", None)
    return env


def hand_over(command: list[str]) -> None:
    """Replace this process with `command`, so its exit code is ours."""
    sys.stdout.flush()
    sys.stderr.flush()
    os.chdir(ROOT)
    if os.name == "nt":  # Windows has no real exec: wait and pass the code on.
        sys.exit(subprocess.call(command, env=child_environment()))
    os.execve(command[0], command, child_environment())


def setup(extra: str, system_packages: tuple[str, ...]) -> None:
    check_python()
    ensure_system_packages(system_packages, essential=False)
    ensure_venv()
    ensure_installed(extra)


def command_run(args: list[str]) -> None:
    setup("gui", QT_PACKAGES)
    say(" ".join(["starting hoagiai", *args]))
    hand_over([str(VENV_BIN / "hoagiai"), *args])


def command_test(args: list[str]) -> None:
    setup("test", TEST_PACKAGES)
    say(" ".join(["running pytest", *args]))
    hand_over([str(venv_python()), "-m", "pytest", *args])


def command_check(args: list[str]) -> None:
    if args:
        die("check takes no arguments; run .venv/bin/ruff or .venv/bin/mypy directly", 2)
    check_python()
    ensure_venv()
    ensure_installed("test")
    failed = 0
    for tool in (["ruff", "check", "."], ["mypy"]):
        say("running " + " ".join(tool))
        command = [str(VENV_BIN / tool[0]), *tool[1:]]
        failed |= subprocess.call(command, cwd=ROOT, env=child_environment()) != 0
    sys.exit(1 if failed else 0)


COMMANDS = {"run": command_run, "test": command_test, "check": command_check}


def main(argv: list[str]) -> None:
    if argv[:1] in (["-h"], ["--help"]):
        print(USAGE, end="")
        return
    if not argv or argv[0] not in COMMANDS:
        print(USAGE, end="", file=sys.stderr)
        sys.exit(2)
    COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
