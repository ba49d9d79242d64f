"""``hoagiai search TEXT``: the one search, from the command line.

The same service as the main window's search box: every word of TEXT, diacritics ignored, in
one field of a case; each case once, with the fields that matched and the matched words marked
[like this]. Any text is searched as written.
"""

from __future__ import annotations

import argparse

from desktop.cli.common import Commands, db_argument, reading
from desktop.core.i18n import _


def register(commands: Commands) -> None:
    search = commands.add_parser(
        "search", help=_("find cases by any word a team wrote (names, addresses, notes...)"))
    search.add_argument("text", help=_("the words to find, with or without diacritics"))
    db_argument(search)
    search.add_argument("--limit", type=int, default=20,
                        help=_("how many cases to show (default 20)"))
    search.set_defaults(handler=run_search)


def marked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], "[", text[start:end], "]"]
        at = end
    return "".join([*pieces, text[at:]])


def run_search(args: argparse.Namespace) -> int:
    from desktop.core.domain.labels import status_label
    from desktop.core.services.search.query import search

    with reading(args) as session:
        page = search(session, args.text, limit=max(1, args.limit))
    if not page.hits:
        print(_("No case matches \"{text}\".").format(text=args.text))
        return 0
    for hit in page.hits:
        print(f"{hit.number}  {hit.received_on:%d/%m/%Y}  {hit.title}  "
              f"({status_label(hit.status)})")
        for match in hit.matches:
            print(f"    {match.label}: {marked(match.text, match.spans)}")
    if page.next_cursor is not None:
        print(_("More cases match: show more with --limit {more}.").format(
            more=args.limit * 2))
    return 0
