"""Every message the program can show has its Vietnamese text, with the same placeholders."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from desktop.core.i18n import _, set_language, translate_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogue_tool():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "installer" /
                                                  "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_in_the_code_is_translated_to_vietnamese(catalogue_tool):
    missing = catalogue_tool.untranslated("vi")
    assert missing == [], f"{len(missing)} message(s) lack Vietnamese: run installer/" \
                          f"translations.py and translate: {missing[:10]}"


def test_translations_keep_their_placeholders(catalogue_tool):
    assert catalogue_tool.placeholder_mismatches("vi") == []


def test_vietnamese_is_the_default_and_english_is_selectable():
    set_language("vi")
    assert _("Successful") == "Hòa giải thành"
    set_language("en")
    assert _("Successful") == "Successful"
    assert translate_in("vi", "In progress") == "Đang hòa giải"
