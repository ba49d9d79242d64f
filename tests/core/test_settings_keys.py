"""Every setting key is spelled once, in desktop/core/policy/settings.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.core.policy import settings

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
HOME = PACKAGE / "core" / "policy" / "settings.py"
# The settings dialog names its widgets by BookSettings field; some fields share a setting's
# name ("court_name"), but they are form field ids, not keys read from app_settings.
FORM_FIELD_MAPS = {PACKAGE / "gui" / "settings" / "settings_dialog.py"}


def _field_ids(tree: ast.AST) -> set[int]:
    """ids of the string nodes given as ``field=`` (an error's form field, not a setting)."""
    return {id(k.value) for node in ast.walk(tree) if isinstance(node, ast.Call)
            for k in node.keywords if k.arg == "field"}


def stray_spellings(root: Path, keys: set[str]) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == HOME or path in FORM_FIELD_MAPS or "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = _field_ids(tree)
        found += [f"{path.relative_to(root.parent)}:{node.lineno}: {node.value!r}"
                  for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and node.value in keys
                  and id(node) not in allowed]
    return found


def test_no_setting_key_is_spelled_outside_the_settings_module() -> None:
    keys = {s.key for s in settings.ALL}
    assert stray_spellings(PACKAGE, keys) == []


def test_the_scan_finds_a_stray_spelling(tmp_path: Path) -> None:
    (tmp_path / "stray.py").write_text('RATE = "remuneration_rate_vnd"\n', encoding="utf-8")
    assert stray_spellings(tmp_path, {settings.REMUNERATION_RATE.key}) == [
        f"{tmp_path.name}/stray.py:1: 'remuneration_rate_vnd'"]


def test_each_key_is_defined_once() -> None:
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(("text", "expected"), [("25", 25), (" 7 ", 7), ("0", None),
                                                ("201", None), ("x", None), ("", None)])
def test_a_whole_number_setting_parses_within_its_range(text: str, expected: int | None) -> None:
    assert settings.ATTACHMENT_MAX_MB.parse(text) == expected
