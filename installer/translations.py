"""Keep the translation catalogues in step with the code.

    .venv/bin/python installer/translations.py           # extract and merge into every .po
    .venv/bin/python installer/translations.py --check   # list messages still untranslated
    .venv/bin/python installer/translations.py --fill NEW.po  # extract, merge, then take the
                                                             # translations written in NEW.po

Messages are English ids marked with ``_()``/``N_()`` in Python and the strings of the Qt forms
(``QCoreApplication.translate(context, text)`` in desktop/gui/forms). Vietnamese is the default
language; ``en.po`` exists for completeness and may leave messages untranslated (the id is the
English text).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "translate": (2,)}
_PLACEHOLDER = re.compile(r"\{[a-z_]*[^}]*\}")


def extract() -> Catalog:
    template = Catalog(project="hoagiai", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        ROOT / "desktop", method_map=[("**.py", "python")], keywords=KEYWORDS,
    ):
        template.add(message, locations=[(f"desktop/{filename}", lineno)],
                     auto_comments=comments, context=context)
    return template


def load(language: str) -> Catalog:
    path = CATALOGUES / f"{language}.po"
    if not path.exists():
        return Catalog(locale=language, project="hoagiai")
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def save(catalog: Catalog, language: str) -> None:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    with (CATALOGUES / f"{language}.po").open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True,
                 include_previous=False, sort_by_file=True)


def untranslated(language: str) -> list[str]:
    """Message ids used in the code that the catalogue lacks, leaves empty or marks fuzzy."""
    catalog = load(language)
    missing = []
    for message in extract():
        if not message.id:
            continue
        entry = catalog.get(message.id, context=message.context)
        if entry is None or not entry.string or entry.fuzzy:
            missing.append(str(message.id))
    return missing


def placeholder_mismatches(language: str) -> list[str]:
    """Translations whose {placeholders} differ from their message id's."""
    return [str(m.id) for m in load(language)
            if m.id and m.string and isinstance(m.id, str)
            and sorted(_PLACEHOLDER.findall(m.id)) != sorted(_PLACEHOLDER.findall(m.string))]


def merge(language: str) -> None:
    catalog = load(language)
    catalog.update(extract(), no_fuzzy_matching=True)
    catalog.fuzzy = False  # the header entry
    save(catalog, language)


def fill(language: str, source: Path) -> int:
    """Extract and merge, then copy into the catalogue every translation ``source`` gives for a
    message the code uses. Lets several people translate in their own small files."""
    merge(language)
    catalog = load(language)
    with source.open("rb") as handle:
        given = read_po(handle, locale=language)
    taken = 0
    for message in given:
        entry = catalog.get(message.id, context=message.context) if message.id else None
        if entry is not None and message.string:
            entry.string = message.string
            entry.flags.discard("fuzzy")
            taken += 1
    save(catalog, language)
    return taken


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--language", default="vi")
    parser.add_argument("--fill", type=Path, metavar="NEW.po")
    args = parser.parse_args()
    if args.fill:
        print(f"{fill(args.language, args.fill)} translation(s) taken from {args.fill}",
              file=sys.stderr)
    if args.check:
        problems = untranslated(args.language) + placeholder_mismatches(args.language)
        for message in problems:
            print(f"untranslated or mismatched: {message!r}")
        return 1 if problems else 0
    merge(args.language)
    print(f"{args.language}.po: {len(untranslated(args.language))} message(s) to translate",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
