#!/usr/bin/env python3
"""Install the built .deb on this machine and use it as a person would (CI runs this as root
after installer/build.py):

1. `apt-get install ./dist/hoagiai_<version>_amd64.deb` (its Depends come from Debian), then the
   installed program's `hoagiai --self-test`.
2. An upgrade keeps the data: with the installed program a book is made where a person's book
   lives (~/.local/share/hoagiai/hoagiai.sqlite); then a NEXT version of the package is
   installed over it. That package is this one with version <version>+next and one more
   migration (a new table), so the installed program finds an older book, copies it aside
   (hoagiai.before-<revision>-<time>.sqlite) and upgrades it; every case must still be there.
   Going back to the older package, the program refuses the newer book with a clear message
   and changes nothing.
3. The installed program started on a virtual screen (Xvfb): the first start's welcome, and the
   login of the book, saved as PNGs in dist/screenshots/ (look at them).

    python3 installer/check_installed.py            # the .deb of desktop.__version__ in dist/
Standard library only; needs root, apt-get, dpkg-deb, fakeroot and Xvfb.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
SCREENSHOTS = DIST / "screenshots"
INSTALLED = Path("/usr/lib/hoagiai")
DEMO_USER, DEMO_PASSWORD = "totruong", "hoagiai-demo"
PROBE_REVISION = "9999_upgrade_probe"
PROBE = '''"""The next version's migration (installer/check_installed.py): one new table."""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("upgrade_probe")
'''


def say(message: str) -> None:
    print(f"[installed] {message}", flush=True)


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("desktop/__init__.py has no __version__")
    return found.group(1)


def run(*command: str | Path, env: dict[str, str] | None = None, check: bool = True,
        quiet: bool = False) -> subprocess.CompletedProcess[str]:
    say(" ".join(str(part) for part in command))
    result = subprocess.run([str(part) for part in command], env=env, text=True,
                            capture_output=True)
    if result.stdout.strip() and not quiet:
        print(result.stdout.rstrip())
    if result.stderr.strip():
        print(result.stderr.rstrip(), file=sys.stderr)
    if check and result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(map(str, command))}")
    return result


def install(package: Path) -> None:
    run("apt-get", "install", "-y", "-q", "--allow-downgrades", "--no-install-recommends",
        str(package.resolve()),
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def person(home: Path) -> dict[str, str]:
    """The environment of a person using the installed program (own HOME, Vietnamese)."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "vi_VN.UTF-8",
            "HOAGIAI_USER": DEMO_USER, "HOAGIAI_PASSWORD": DEMO_PASSWORD,
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"), "TMPDIR": str(home / "tmp")}


def case_lines(home: Path) -> list[str]:
    listing = run("/usr/bin/hoagiai", "cases", "list", env=person(home), quiet=True).stdout
    return [line for line in listing.splitlines() if re.match(r"^\s*\d+/\d{4}\b", line)]


def head_revision() -> str:
    versions = INSTALLED / "_internal" / "desktop" / "core" / "db" / "migrations" / "versions"
    revisions = {re.search(r'^revision = ["\']([^"\']+)', path.read_text(), re.M)[1]
                 : re.search(r'^down_revision = ["\']([^"\']+)', path.read_text(), re.M)
                 for path in versions.glob("*.py") if path.name != "__init__.py"}
    pointed = {found[1] for found in revisions.values() if found}
    heads = [revision for revision in revisions if revision not in pointed]
    if len(heads) != 1:
        raise SystemExit(f"the installed migrations have {len(heads)} heads: {heads}")
    return heads[0]


def next_package(release: str) -> Path:
    """This package as version <release>+next, with one more migration."""
    tree = BUILD / "deb-next"
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(BUILD / "deb", tree, symlinks=True)
    versions = (tree / "usr" / "lib" / "hoagiai" / "_internal" / "desktop" / "core" / "db"
                / "migrations" / "versions")
    probe = versions / f"{PROBE_REVISION}.py"
    probe.write_text(PROBE.format(revision=PROBE_REVISION, down=head_revision()),
                     encoding="utf-8")
    probe.chmod(0o644)
    control = tree / "DEBIAN" / "control"
    control.write_text(control.read_text(encoding="utf-8").replace(
        f"Version: {release}\n", f"Version: {release}+next\n"), encoding="utf-8")
    target = DIST / f"hoagiai_{release}+next_amd64.deb"
    run("fakeroot", "dpkg-deb", "--build", "-Zgzip", "-z1", tree, target)
    return target


def check_upgrade(release: str, package: Path, home: Path) -> None:
    book = home / ".local" / "share" / "hoagiai" / "hoagiai.sqlite"
    run("/usr/bin/hoagiai", "demo", "--db", book, env=person(home))
    before = case_lines(home)
    if not before:
        raise SystemExit("the installed program listed no cases in the book it made")
    install(next_package(release))
    after = case_lines(home)  # the first opening by the newer program upgrades the book
    copies = sorted(book.parent.glob("hoagiai.before-*.sqlite"))
    if after != before:
        raise SystemExit(f"the upgrade lost cases: {len(before)} before, {len(after)} after")
    if not copies:
        raise SystemExit("the newer program upgraded the book without copying it aside first")
    say(f"upgrade kept all {len(after)} cases; copy taken first: {copies[-1].name}")
    install(package)  # back to the older program: the newer book must be refused, unchanged
    stamp = book.stat().st_mtime_ns, book.read_bytes()
    refused = run("/usr/bin/hoagiai", "cases", "list", env=person(home), check=False)
    if refused.returncode == 0 or "mới hơn" not in refused.stdout + refused.stderr:
        raise SystemExit("the older program did not refuse the newer book clearly")
    if (book.stat().st_mtime_ns, book.read_bytes()) != stamp:
        raise SystemExit("the older program changed the newer book")
    say("the older program refuses the newer book and leaves it as it was")
    shutil.copyfile(copies[-1], book)  # the copy taken before the upgrade opens again
    if case_lines(home) != before:
        raise SystemExit("the copy taken before the upgrade does not open with every case")
    say("the copy taken before the upgrade opens with every case")


@contextlib.contextmanager
def on_screen(home: Path) -> Iterator[str]:
    """The installed program started on a virtual 1366x768 screen; yields the display."""
    display = ":77"
    screen = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    environment = {**person(home), "DISPLAY": display}
    environment.pop("HOAGIAI_PASSWORD")
    try:
        time.sleep(1.5)
        program = subprocess.Popen(["/usr/bin/hoagiai"], env=environment,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            time.sleep(10)  # a frozen program's first start on a slow machine
            if program.poll() is not None:
                output = program.stdout.read() if program.stdout else ""
                raise SystemExit(f"the installed program ended at once:\n{output}")
            yield display
        finally:
            program.terminate()
            program.wait(timeout=20)
    finally:
        screen.terminate()
        screen.wait(timeout=10)


def qt_python() -> Path | str:
    """A Python with PySide6 for the screen grabber: the developer's venv, else the build's own
    (build.py always makes one, so a fresh clone that only built the installers has it)."""
    for python in (ROOT / ".venv" / "bin" / "python", ROOT / "build" / "venv" / "bin" / "python"):
        if python.exists():
            return python
    return sys.executable


def grab(display: str, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / name
    run(qt_python(), ROOT / "installer" / "grab_screen.py",
        target, env={**os.environ, "DISPLAY": display})
    say(f"screenshot: {target.relative_to(ROOT)}")
    return target


def log_in_on_screen(display: str) -> None:
    """Type the demo account into the login box as a person would (xdotool), then wait."""
    if shutil.which("xdotool") is None:
        say("xdotool is not installed: the main window is not shown")
        return
    environment = {**os.environ, "DISPLAY": display}
    for keys in (["type", "--delay", "30", DEMO_USER], ["key", "Tab"],
                 ["type", "--delay", "30", DEMO_PASSWORD], ["key", "Return"]):
        subprocess.run(["xdotool", *keys], env=environment, check=True)
    time.sleep(10)


def main() -> int:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        say("not root on a Debian system: the installed .deb is not checked here")
        return 0
    release = version()
    package = DIST / f"hoagiai_{release}_amd64.deb"
    if not package.is_file():
        raise SystemExit(f"{package} is missing: run installer/build.py first")
    started = time.monotonic()
    install(package)
    with tempfile.TemporaryDirectory(prefix="hoagiai-person-") as folder:
        home = Path(folder)
        (home / "tmp").mkdir()
        run("/usr/bin/hoagiai", "--self-test", env=person(home))
        with on_screen(home) as display:
            grab(display, "installed-first-start.png")
        check_upgrade(release, package, home)
        with on_screen(home) as display:
            grab(display, "installed-login.png")
            log_in_on_screen(display)
            grab(display, "installed-main-window.png")
    say(f"the installed program works; {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
