"""``hoagiai verify CODE``: which document a printed verification code stands for.

An official holding a paper types the code from its foot; the program says which document of
which case it is, when and by whom it was issued, whether the case changed since, and with
``-o`` writes the PDF exactly as it was issued, to compare with the paper.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import Commands, db_argument, transaction
from desktop.core.errors import ValidationError
from desktop.core.files import atomic_write
from desktop.core.i18n import N_, _


def register(commands: Commands) -> None:
    verify = commands.add_parser(
        "verify", help=_("check the verification code printed on a document"))
    verify.add_argument("code", help=_("the code printed at the foot of the page, "
                                       "e.g. 7K2M-Q9XA-4RT"))
    db_argument(verify)
    verify.add_argument("-o", "--output", type=Path, default=None,
                        help=_("write the document as it was issued to this PDF file"))
    verify.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from desktop.core.services.documents import verification

    with transaction(args) as session:
        found = verification.check(session, args.code, str(args.output or ""))
    width = max(len(name) for name, _value in verification.verification_lines(found))
    for name, value in verification.verification_lines(found):
        print(f"{name + ':':<{width + 1}} {value}")
    if args.output is not None and found.pdf:
        try:
            atomic_write(args.output, found.pdf)
        except OSError as error:
            raise ValidationError(N_(
                "The copy could not be saved ({reason}). Choose another folder, for example "
                "Documents, and try again."), reason=error.strerror or str(error)) from error
        print(_("The document as issued was saved to {path}.").format(path=args.output))
    elif args.output is not None:
        print(_(verification.NO_COPY_KEPT))  # nothing written: say why
    return 0
