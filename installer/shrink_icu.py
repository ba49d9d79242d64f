"""Shrink the ICU data that Qt's Linux wheels carry (libicudata.so.NN, 32 MB) to what the
program uses: the root, Vietnamese and English locale data, the collation and break rules,
time zones and the normalisation tables. Other languages' locale data, the legacy character
set converters (.cnv), the transliterators and the CJK/Thai/Khmer/Burmese/Lao dictionaries go.

Qt formats dates and numbers from its own CLDR tables, not ICU's; what it asks ICU for is
collation (QCollator), text boundaries, time-zone names and case mapping, and our own text
folding is Python. A locale that is not kept falls back to root, as ICU does for any locale it
lacks.

Tools: ICU's own `icupkg` (Debian's icu-devtools) edits the data package; gcc assembles it back
into a shared library with the same soname and symbol. Linux only; when a tool is missing the
bundle keeps the full library and the build says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

KEPT_LOCALES = ("root", "vi", "vi_VN", "en", "en_001", "en_US", "en_US_POSIX")
# Trees whose items are locale files (plus their pool.res and res_index.res).
LOCALE_TREES = ("", "coll", "brkitr", "curr", "lang", "region", "unit", "zone", "rbnf")
DROPPED_TREES = ("translit",)
INDEX_FILES = ("res_index.res", "pool.res")  # each tree's list of locales and shared keys
# Character-set converters the X11 clipboard's COMPOUND_TEXT may still need.
KEPT_CONVERTERS = ("icu-internal-compound",)
LOCALE_FILE = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]*)*\.res$")  # also de__PHONEBOOK.res
ASSEMBLY = """\
    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{data}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
"""


def tools_missing() -> list[str]:
    return [tool for tool in ("icupkg", "gcc", "readelf") if shutil.which(tool) is None]


def wanted(item: str) -> bool:
    """Whether a package item (e.g. "coll/vi.res", "ibm-437_P100-1995.cnv") is kept."""
    tree, _slash, name = item.rpartition("/")
    if tree in DROPPED_TREES:
        return False
    if name.endswith(".dict"):
        return False
    if not tree and name.endswith(".cnv"):
        return name.startswith(KEPT_CONVERTERS)
    if name in INDEX_FILES:
        return True
    if tree in LOCALE_TREES and LOCALE_FILE.match(name):
        return name.removesuffix(".res") in KEPT_LOCALES
    return True


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat symbol holding the data package."""
    symbols = subprocess.run(["readelf", "-Ws", str(library)], check=True, capture_output=True,
                             text=True).stdout
    found = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+"
                      r"(icudt\d+_dat)\s*$", symbols, re.MULTILINE)
    if not found:
        raise RuntimeError(f"no icudtNN_dat symbol in {library}")
    address, size, name = int(found[1], 16), int(found[2], 0), found[3]
    sections = subprocess.run(["readelf", "-SW", str(library)], check=True, capture_output=True,
                              text=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return name, address - section_address + section_offset, size
    raise RuntimeError(f"no .rodata section in {library}")


def shrink(library: Path) -> tuple[int, int]:
    """Rewrite `library` in place with the kept items; returns (bytes before, bytes after)."""
    before = library.stat().st_size
    symbol, offset, size = data_symbol(library)
    package_name = symbol.removesuffix("_dat") + "l"  # icudt73l: little-endian, as built
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        full = work / "full" / f"{package_name}.dat"
        full.parent.mkdir()
        with library.open("rb") as source:
            source.seek(offset)
            full.write_bytes(source.read(size))
        items = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True,
                               text=True).stdout.split()
        dropped = [item for item in items if not wanted(item)]
        (work / "dropped.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        small = work / f"{package_name}.dat"
        # --ignore-deps: brkitr/root.res names the dropped dictionaries; ICU loads one only
        # for text in its script and falls back to rule-based breaks when it is absent.
        subprocess.run(["icupkg", "--ignore-deps", "-r", str(work / "dropped.txt"), str(full),
                        str(small)], check=True, capture_output=True)
        source_file = work / "data.S"
        source_file.write_text(ASSEMBLY.format(symbol=symbol, data=small), encoding="utf-8")
        built = work / library.name
        subprocess.run(["gcc", "-shared", "-nostdlib", "-o", str(built), str(source_file),
                        f"-Wl,-soname,{library.name}", "-Wl,-z,noexecstack", "-s"],
                       check=True, capture_output=True)
        shutil.copyfile(built, library)
    return before, library.stat().st_size


def shrink_bundle(bundle: Path) -> str:
    """Shrink every libicudata in the bundle; a line for the build's log."""
    missing = tools_missing()
    libraries = sorted(bundle.rglob("libicudata.so.*"))
    if not libraries:
        return "no ICU data library in the bundle (nothing to shrink)"
    if missing:
        return f"ICU data kept whole: {', '.join(missing)} not installed (Debian: icu-devtools)"
    lines = []
    for library in libraries:
        if library.is_symlink():
            continue
        before, after = shrink(library)
        lines.append(f"{library.name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return "ICU data shrunk: " + "; ".join(lines)
