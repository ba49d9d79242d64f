"""The compiled catalogue kept beside the .po (#17: Babel parsed the .po at every start,
~0.3 s): taken only while it was compiled from that very .po, compiled again after an edit,
and a read-only folder (an installed program) still translates."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.core import i18n

PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Case"
msgstr "{word}"
'''


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    translations = tmp_path / "translations"
    translations.mkdir()
    (translations / "vi.po").write_text(PO.format(word="Vụ việc"), encoding="utf-8")
    monkeypatch.setattr(i18n, "resources_root", lambda: tmp_path)  # (the real one is cached)
    i18n._load.cache_clear()
    yield translations
    i18n._load.cache_clear()  # the real catalogue again for the next test


def test_the_first_start_keeps_the_compiled_catalogue_and_the_next_uses_it(folder, monkeypatch):
    assert i18n._load("vi").gettext("Case") == "Vụ việc"
    assert (folder / "vi.mo").exists() and (folder / "vi.mo.source").exists()
    i18n._load.cache_clear()
    monkeypatch.setattr(i18n, "_compile", lambda source, language: pytest.fail("compiled"))
    assert i18n._load("vi").gettext("Case") == "Vụ việc"  # read from vi.mo, no Babel


def test_an_edited_po_is_compiled_again_whatever_the_file_times(folder):
    i18n._load("vi")
    kept = (folder / "vi.mo").stat()
    (folder / "vi.po").write_text(PO.format(word="Vụ việc hòa giải"), encoding="utf-8")
    os.utime(folder / "vi.po", (kept.st_atime - 3600, kept.st_mtime - 3600))  # older than .mo
    i18n._load.cache_clear()
    assert i18n._load("vi").gettext("Case") == "Vụ việc hòa giải"


def test_a_compiled_catalogue_without_its_digest_is_not_trusted(folder):
    i18n._load("vi")
    (folder / "vi.mo.source").unlink()
    (folder / "vi.po").write_text(PO.format(word="Hồ sơ"), encoding="utf-8")
    i18n._load.cache_clear()
    assert i18n._load("vi").gettext("Case") == "Hồ sơ"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_a_read_only_folder_still_translates(folder):
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert i18n._load("vi").gettext("Case") == "Vụ việc"
        assert not (folder / "vi.mo").exists()
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_failed_write_leaves_no_pair_that_looks_good(folder, monkeypatch):
    real_replace = os.replace

    def replace(source, target):
        if str(target).endswith(".source"):
            raise OSError("disk full")
        real_replace(source, target)
    monkeypatch.setattr(i18n.os, "replace", replace)
    assert i18n._load("vi").gettext("Case") == "Vụ việc"
    assert not (folder / "vi.mo.source").exists()  # so the .mo alone is never used


def test_the_build_compiles_every_shipped_catalogue(folder):
    made = i18n.compile_catalogues(folder)
    assert made == [folder / "vi.mo"]
    assert i18n._compiled(folder / "vi.po", i18n._digest((folder / "vi.po").read_bytes()))


def test_the_shipped_catalogue_compiled_says_what_babel_says():
    """The real vi.po, through the kept .mo, translates as a fresh compile does."""
    i18n._load.cache_clear()
    kept = i18n._load("vi")
    po_path = i18n.resources_root() / "translations" / "vi.po"
    fresh = i18n.gettext.GNUTranslations(
        i18n.io.BytesIO(i18n._compile(po_path.read_bytes(), "vi")))
    assert kept._catalog == fresh._catalog  # type: ignore[attr-defined]
