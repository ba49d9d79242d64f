"""Vietnamese typing with Fcitx in the bundled Qt (#15): Fcitx is reached through its IBus
frontend when this Qt has no Fcitx plugin; IBus and other choices are left alone."""

from pathlib import Path

import pytest

from desktop.gui.input_method import choose_input_method


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    folder = tmp_path / "platforminputcontexts"
    folder.mkdir()
    (folder / "libibusplatforminputcontextplugin.so").write_bytes(b"")
    (folder / "libcomposeplatforminputcontextplugin.so").write_bytes(b"")
    return tmp_path


@pytest.mark.parametrize("asked", ["fcitx", "fcitx5", "FCITX"])
def test_fcitx_goes_through_ibus_when_no_fcitx_plugin(plugins, asked):
    environment = {"QT_IM_MODULE": asked}
    assert choose_input_method(environment, plugins) == "ibus"
    assert environment["QT_IM_MODULE"] == "ibus"


def test_a_qt_with_the_fcitx_plugin_keeps_fcitx(plugins):
    (plugins / "platforminputcontexts" / "libfcitx5platforminputcontextplugin.so").write_bytes(b"")
    environment = {"QT_IM_MODULE": "fcitx"}
    assert choose_input_method(environment, plugins) == "fcitx"
    assert environment["QT_IM_MODULE"] == "fcitx"


@pytest.mark.parametrize("asked", ["ibus", "compose", ""])
def test_other_choices_are_left_alone(plugins, asked):
    environment = {"QT_IM_MODULE": asked} if asked else {}
    choose_input_method(environment, plugins)
    assert environment.get("QT_IM_MODULE", "") == asked


def test_the_bundled_qt_has_the_ibus_plugin():
    """What the rule relies on: the Qt we ship carries IBus's plugin (installer/build.py checks
    the bundle keeps it)."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    names = [path.name for path in (plugins / "platforminputcontexts").iterdir()]
    assert any("ibus" in name for name in names)
