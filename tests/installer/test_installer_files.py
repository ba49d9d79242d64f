"""Static checks of the installer files (fast: no build). installer/build.py does the real one."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from desktop import __version__
from desktop.core import resources

ROOT = Path(__file__).resolve().parents[2]
NSIS = ROOT / "installer" / "windows" / "hoagiai.nsi"
SPEC = ROOT / "installer" / "hoagiai.spec"
DESKTOP = ROOT / "resources" / "linux" / "org.hoagiai.SoHoaGiai.desktop"
METAINFO = ROOT / "resources" / "linux" / "org.hoagiai.SoHoaGiai.metainfo.xml"


def test_nsis_installs_per_user_in_vietnamese_and_keeps_data_by_default() -> None:
    script = NSIS.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\hoagiai"' in script
    assert '!insertmacro MUI_LANGUAGE "Vietnamese"' in script
    assert 'CreateShortcut "$SMPROGRAMS\\Sổ hòa giải.lnk"' in script
    assert 'CreateShortcut "$DESKTOP\\Sổ hòa giải.lnk"' in script
    assert "HKLM" not in script  # nothing that needs an administrator
    # The data folder goes only when the box was ticked.
    removal = script.index('RMDir /r "$LOCALAPPDATA\\hoagiai"')
    assert "${If} $RemoveData == ${BST_CHECKED}" in script[script.rindex("${If}", 0, removal):]
    assert f'"$INSTDIR\\{resources.PORTABLE_MARKER}"' in script


def test_spec_keeps_input_methods_and_bundles_the_resources() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "platforminputcontexts" not in re.search(
        r"DROPPED_PATHS = \((.*?)\)", spec, re.DOTALL).group(1)  # type: ignore[union-attr]
    for folder in ("documents", "fonts", "reference", "samples", "translations"):
        assert f'"{folder}"' in spec
        assert (ROOT / "resources" / folder).is_dir()
    assert '"desktop/core/db/migrations"' in spec
    assert "strip=not WINDOWS" in spec


def test_desktop_entry_names_the_program_and_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == "Sổ hòa giải"
    assert section["Exec"] == "hoagiai"
    assert (ROOT / "resources" / "icons" / "hoagiai-256.png").is_file()
    assert (ROOT / "resources" / "icons" / "hoagiai.ico").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(DESKTOP)], check=True)


def test_metainfo_has_screenshots_that_exist_in_docs() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == DESKTOP.stem
    images = [image.text or "" for image in component.iter("image")]
    assert images
    for url in images:
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file()


def test_portable_marker_moves_the_data_beside_the_program(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    executable = tmp_path / "hoagiai"
    executable.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert resources.data_folder() != tmp_path / "data"
    (tmp_path / resources.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert resources.data_folder() == tmp_path / "data"


def test_build_reads_the_one_version_source() -> None:
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import build
    finally:
        sys.path.pop(0)
    assert build.version() == __version__


def test_self_test_from_source_passes_every_check() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "--self-test"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()[1:5]] == ["ok"] * 4
    assert "All checks passed." in done.stdout


def test_windows_has_a_console_twin_for_the_self_test_and_the_uninstaller_removes_it() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="hoagiai-console"' in spec and "console=True" in spec
    assert 'Delete "$INSTDIR\\hoagiai-console.exe"' in NSIS.read_text(encoding="utf-8")
