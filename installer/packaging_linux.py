"""The Linux packages of the bundle: a .tar.gz to unpack anywhere and a .deb (installer/build.py).

The .deb puts the bundle in /usr/lib/hoagiai with /usr/bin/hoagiai pointing at it, the desktop
entry, the icon in every hicolor size and the AppStream metainfo. Standard library only; the
.deb is assembled with dpkg-deb under fakeroot (files owned by root).
"""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.hoagiai.SoHoaGiai"
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What the bundle takes from the system: the base libraries of a desktop that the spec leaves
# out (SYSTEM_LIBRARIES in installer/hoagiai.spec). `check_depends` fails the build when the
# bundle links a system library whose package is not named here. "a | at64": Ubuntu 24.04
# renamed some libraries' packages for 64-bit time.
DEPENDS = ("libc6 (>= 2.31)", "libstdc++6 (>= 12)", "libgcc-s1", "libx11-6", "libx11-xcb1",
           "libxext6", "libxcb1", "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4",
           "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0",
           "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1",
           "libxcb-util1", "libxcb-xfixes0", "libxcb-xinerama0", "libxcb-xkb1", "libxkbcommon0",
           "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1", "libfreetype6",
           "libpng16-16 | libpng16-16t64", "libglib2.0-0 | libglib2.0-0t64", "libdbus-1-3",
           "libcups2 | libcups2t64", "libssl3 | libssl3t64", "zlib1g", "libexpat1", "libbz2-1.0",
           "liblzma5", "libzstd1", "libbrotli1", "libgssapi-krb5-2", "libwayland-client0",
           "libwayland-cursor0", "libwayland-egl1", "sensible-utils")
# Packages of libraries the build machine may lack (Qt's Wayland client links them; a Wayland
# desktop always has them).
KNOWN_PACKAGES = {"libwayland-client.so.0": "libwayland-client0",
                  "libwayland-cursor.so.0": "libwayland-cursor0",
                  "libwayland-egl.so.1": "libwayland-egl1"}
# Libraries of the C library itself and of the graphics driver: always the system's.
ALWAYS_SYSTEM = re.compile(r"^(ld-linux|libc|libm|libdl|libpthread|librt|libutil|libresolv|"
                           r"libGL|libEGL|libOpenGL|libGLX|libGLdispatch)[.-]")
MAINTAINER = "Sổ hòa giải developers <hoagiai@users.noreply.github.com>"


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def tarball(bundle: Path, dist: Path, version: str) -> Path:
    """hoagiai-<version>-linux-x86_64.tar.gz: unpack, run hoagiai-<version>/hoagiai."""
    target = dist / f"hoagiai-{version}-linux-x86_64.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=f"hoagiai-{version}")
    say(f"wrote {target.name}")
    return target


def deb(bundle: Path, dist: Path, build: Path, version: str) -> Path:
    tree = build / "deb"
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(bundle, tree / "usr" / "lib" / "hoagiai", symlinks=True)
    _normalise_modes(tree / "usr" / "lib" / "hoagiai")
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "hoagiai").symlink_to("../lib/hoagiai/hoagiai")
    share = tree / "usr" / "share"
    _install(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", time.strftime("%Y-%m-%d"))
    _write(share / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo)
    for size in ICON_SIZES:
        _install(ICONS / f"hoagiai-{size}.png",
                 share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    _install(ICONS / "hoagiai.svg", share / "icons" / "hicolor" / "scalable" / "apps"
             / f"{APP_ID}.svg")
    _documentation(share / "doc" / "hoagiai", version)
    _install(ROOT / "installer" / "linux" / "lintian-overrides.txt",
             share / "lintian" / "overrides" / "hoagiai")
    _control(tree, bundle, version)
    target = dist / f"hoagiai_{version}_amd64.deb"
    subprocess.run(["fakeroot", "dpkg-deb", "--build", "-Zgzip", "-z6", str(tree), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    say(f"wrote {target.name}")
    return target


def _normalise_modes(folder: Path) -> None:
    """0755 for folders and the program, 0644 for the rest, libraries too (lintian's rule)."""
    for path in folder.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() or path == folder / "hoagiai":
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def _write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    target.chmod(0o644)


def _documentation(doc: Path, version: str) -> None:
    _write(doc / "copyright", (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: hoagiai\n\n"
        "Files: *\nCopyright: Sổ hòa giải developers\nLicense: GPL-3.0-or-later\n"
        " On Debian systems the full text of the GNU General Public License version 3 is in\n"
        " /usr/share/common-licenses/GPL-3.\n\n"
        "Files: usr/lib/hoagiai/_internal/resources/fonts/*\nCopyright: Red Hat, Inc.\n"
        "License: OFL-1.1\n See usr/lib/hoagiai/_internal/resources/fonts/"
        "LICENSE-LiberationSerif.txt.\n\n"
        "Files: usr/lib/hoagiai/_internal/*\nCopyright: the authors of Python, Qt, PySide6, "
        "SQLAlchemy, ReportLab and the other bundled libraries\nLicense: various\n"
        " Their licences are in the folders of the bundled libraries.\n"))
    changelog = (f"hoagiai ({version}) unstable; urgency=medium\n\n"
                 "  * Release built by installer/build.py.\n\n"
                 f" -- {MAINTAINER}  {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}"
                 "\n")
    target = doc / "changelog.gz"
    target.write_bytes(gzip.compress(changelog.encode("utf-8"), mtime=0))
    target.chmod(0o644)


def _control(tree: Path, bundle: Path, version: str) -> None:
    # Links count nothing (PyInstaller links libraries' top-level names to their copies).
    installed_kb = sum(f.lstat().st_size for f in tree.rglob("*")
                       if f.is_file() and not f.is_symlink()) // 1024
    _write(tree / "DEBIAN" / "control", (
        f"Package: hoagiai\nVersion: {version}\nArchitecture: amd64\n"
        f"Maintainer: {MAINTAINER}\nInstalled-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEPENDS)}\nSection: misc\nPriority: optional\n"
        "Homepage: https://github.com/hoagiai/hoagiai\n"
        "Description: case book for Vietnam's grassroots mediation teams\n"
        " Sổ hòa giải keeps the cases, people, hearings, minutes and written agreements of a\n"
        " grassroots mediation team, prints its documents with Vietnamese fonts and exchanges\n"
        " sealed packages with the ward. The book is encrypted; each mediator has an account.\n"))
    (tree / "DEBIAN").chmod(0o755)


def _linked_libraries(bundle: Path) -> set[str]:
    """Every shared library a program or library in the bundle names (ELF NEEDED entries)."""
    needed: set[str] = set()
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]",
                                 dynamic.stdout))
    return needed


def _package_of(soname: str) -> str | None:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found = re.search(rf"^\s*{re.escape(soname)} \(libc6,x86-64[^)]*\) => (\S+)$", listing,
                      re.MULTILINE)
    if not found:
        return None
    owner = subprocess.run(["dpkg", "-S", str(Path(found[1]).resolve())], capture_output=True,
                           text=True)
    if owner.returncode != 0:  # /lib -> /usr/lib: dpkg knows one of the two spellings
        owner = subprocess.run(["dpkg", "-S", found[1]], capture_output=True, text=True)
    return owner.stdout.split(":", 1)[0].strip() or None if owner.returncode == 0 else None


def check_depends(bundle: Path) -> None:
    """Fail when the bundle links a library that neither it nor a package in DEPENDS provides
    (what dpkg-shlibdeps does for a package built the Debian way)."""
    if shutil.which("dpkg") is None or shutil.which("readelf") is None:
        say("dpkg or readelf missing: the .deb's Depends are not checked")
        return
    inside = {path.name for path in bundle.rglob("*.so*")}
    declared = {name.split()[0] for alternatives in DEPENDS
                for name in alternatives.split(" | ")}
    missing: dict[str, str] = {}
    for soname in sorted(_linked_libraries(bundle) - inside):
        if ALWAYS_SYSTEM.match(soname):
            continue
        package = _package_of(soname) or KNOWN_PACKAGES.get(soname)
        if package is None:
            missing[soname] = "not installed on the build machine"
        elif package not in declared:
            missing[soname] = package
    if missing:
        raise SystemExit("the bundle links system libraries the .deb does not depend on: "
                         + ", ".join(f"{name} ({package})" for name, package in missing.items()))
    say("every system library the bundle links is in the .deb's Depends")


def validate(deb_file: Path, build: Path) -> None:
    """desktop-file-validate, appstreamcli and lintian on what the .deb holds (each skipped,
    said, when not installed: `apt-get install desktop-file-utils appstream lintian`)."""
    share = build / "deb" / "usr" / "share"
    _check("desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop"))
    _check("appstreamcli", "validate", "--no-net", "--explain",
           str(share / "metainfo" / f"{APP_ID}.metainfo.xml"))
    _check("lintian", "--fail-on", "error", str(deb_file))


def _check(tool: str, *args: str) -> None:
    if shutil.which(tool) is None:
        say(f"{tool} is not installed: check skipped")
        return
    say(f"{tool} {' '.join(Path(a).name if '/' in a else a for a in args)}")
    subprocess.run([tool, *args], check=True)
    say(f"{tool}: passed")
