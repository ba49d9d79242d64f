"""The wording of a document, kept as data in ``resources/documents/<name>.toml``.

Legal wording changes with the law (the Law on Grassroots Mediation is being amended), so it is
edited in the data file, never in code. Keys are dotted paths (``"grounds.party_request"``);
values may hold ``{placeholders}`` that :meth:`Wording.text` fills in.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from typing import Any

from desktop.core.resources import resource_path


class Wording:
    """Read-only access to one document's wording file."""

    def __init__(self, name: str, data: Mapping[str, Any]) -> None:
        self.name = name
        self._data = data

    def text(self, key: str, **values: object) -> str:
        """The string at ``key`` with its placeholders filled from ``values``."""
        template = self._lookup(key)
        if not isinstance(template, str):
            raise TypeError(f"{self.name}.toml: {key} is not a string")
        return template.format_map(values)

    def texts(self, key: str) -> tuple[str, ...]:
        """The list of strings at ``key``."""
        items = self._lookup(key)
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise TypeError(f"{self.name}.toml: {key} is not a list of strings")
        return tuple(items)

    def rows(self, key: str) -> tuple[Mapping[str, Any], ...]:
        """The array of tables at ``key`` (``[[key]]`` in the file)."""
        items = self._lookup(key)
        if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
            raise TypeError(f"{self.name}.toml: {key} is not an array of tables")
        return tuple(items)

    def _lookup(self, key: str) -> object:
        node: object = self._data
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise KeyError(f"{self.name}.toml has no {key!r}")
            node = node[part]
        return node


@cache
def load_wording(name: str) -> Wording:
    """The wording of document ``name``, read once from ``resources/documents/<name>.toml``."""
    with resource_path("documents", f"{name}.toml").open("rb") as handle:
        return Wording(name, tomllib.load(handle))
