"""Why a package was refused: one translated sentence that says what to do."""

from __future__ import annotations

from desktop.core.errors import HoagiaiError
from desktop.core.i18n import N_


class PackageRefused(HoagiaiError):
    """A package (or enrolment file) that must not be used; nothing was changed."""


NOT_A_PACKAGE = N_(
    "This file is not a Sổ hòa giải exchange package, or it is incomplete (cut short when it "
    "was copied). Nothing was changed: ask the sender to write the package again.")
DAMAGED = N_(
    "This package was changed or damaged after it was written (its contents do not match its "
    "seal). Nothing was changed: ask the sender to write the package again.")
NOT_FOR_US = N_(
    "This package was written for another recipient, not for this book. Nothing was changed: "
    "check that you opened the right book and that the sender used your latest settings.")
TOO_LARGE = N_(
    "This package is larger than a package may be ({limit}). Nothing was changed: ask the "
    "sender to check it.")
# ``detail`` (which part was wrong) stays out of the sentence: it is for tests and logs.
BAD_CONTENTS = N_(
    "This package's contents are not in the expected form. Nothing was changed: ask the sender "
    "to write the package again with the same version of the program.")
NEWER_FORMAT = N_(
    "This package was written by a newer version of Sổ hòa giải (format {version}). Nothing was "
    "changed: install the newest version of the program.")
BAD_SIGNATURE = N_(
    "This package is not signed by the key this book knows for its sender. Nothing was changed: "
    "the sender may have a new key, which must first be announced by their previous key or by "
    "the ward office.")
UNKNOWN_SENDER = N_(
    "This package comes from {sender}, who is not enrolled in this book. Nothing was changed: "
    "enrol the team first (hoagiai ward enrol), then import the package again.")
NO_KEYS = N_(
    "This book has no exchange key yet. Create one first (hoagiai keys create), or restore it "
    "from its recovery sheet (hoagiai keys restore).")
ALREADY_IMPORTED = N_(
    "Package number {sequence} of {sender} was already imported on {date}. Nothing was changed.")
REPLAY_DIFFERENT = N_(
    "A different package with number {sequence} of {sender} was already imported on {date}. "
    "This one was refused and nothing was changed: ask the sender which package is genuine.")
FOR_THE_WARD = N_(
    "This package is a team's package for the ward office: import it into the ward office book, "
    "not into a team's case book. Nothing was changed.")
FOR_A_TEAM = N_(
    "This package comes from the ward office for a team: import it into that team's case book, "
    "not into the ward office book. Nothing was changed.")
