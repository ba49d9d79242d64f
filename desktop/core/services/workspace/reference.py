"""Reference data shipped as files (categories of matters), kept in step with the database."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.db.models import MatterCategory
from desktop.core.domain.enums import MatterGroup
from desktop.core.i18n import current_language
from desktop.core.resources import resource_path


@dataclass(frozen=True)
class CategoryView:
    code: str
    group: MatterGroup
    name: str
    retired: bool


def _shipped_categories() -> list[dict[str, str | bool]]:
    with resource_path("reference", "categories.toml").open("rb") as handle:
        return list(tomllib.load(handle)["category"])


def sync_categories(session: Session) -> None:
    """Add new shipped categories and refresh their names; never delete or reuse a code."""
    existing = {c.code: c for c in session.scalars(select(MatterCategory))}
    for order, item in enumerate(_shipped_categories()):
        values = {
            "group": MatterGroup(str(item["group"])), "name_vi": item["vi"],
            "name_en": item["en"], "sort_order": order, "retired": bool(item.get("retired")),
        }
        category = existing.get(str(item["code"]))
        if category is None:
            session.add(MatterCategory(code=item["code"], **values))
            continue
        for key, value in values.items():
            if getattr(category, key) != value:
                setattr(category, key, value)


def category_name(category: MatterCategory) -> str:
    return category.name_vi if current_language() == "vi" else category.name_en


def list_categories(session: Session, include_retired: bool = False) -> list[CategoryView]:
    query = select(MatterCategory).order_by(MatterCategory.sort_order)
    if not include_retired:
        query = query.where(MatterCategory.retired.is_(False))
    return [
        CategoryView(c.code, c.group, category_name(c), c.retired) for c in session.scalars(query)
    ]
