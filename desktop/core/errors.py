"""Errors the core raises for people to read.

Each carries an English message id (translated when shown) and its parameters, so the GUI and the
CLI show the same clear sentence in the user's language, and tests can check which rule fired.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.i18n import _


class HoagiaiError(Exception):
    """Base class: ``str(error)`` is the translated, user-facing message."""

    def __init__(self, message_id: str, /, **params: Any) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.params = params

    @property
    def message(self) -> str:
        return _(self.message_id).format(**self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(HoagiaiError):
    """A value a user typed is not acceptable; ``field`` names the input to fix."""

    def __init__(self, message_id: str, /, field: str | None = None, **params: Any) -> None:
        super().__init__(message_id, **params)
        self.field = field


class WorkflowError(HoagiaiError):
    """The action is not allowed in the case's current state."""


class NotFoundError(HoagiaiError):
    """A record the user referred to does not exist (any more)."""


class ConcurrentEditError(HoagiaiError):
    """Someone else saved the same record first: reload and apply the change again."""


class RuleViolations(WorkflowError):
    """Several rules failed at once; the message lists every one so the user fixes all."""

    def __init__(self, errors: Sequence[HoagiaiError]) -> None:
        super().__init__("{details}", details="")
        self.errors = list(errors)

    @property
    def message(self) -> str:
        return "\n".join(f"• {error.message}" for error in self.errors)


def raise_if_any(errors: Sequence[HoagiaiError]) -> None:
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise RuleViolations(errors)
