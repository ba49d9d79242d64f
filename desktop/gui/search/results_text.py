"""A search result in rich text: the case on one line, each matching field under it with the
matched words marked. User text is escaped before any markup is added."""

from __future__ import annotations

from html import escape

from desktop.core.domain.labels import status_label
from desktop.core.i18n import _
from desktop.core.services.search.query import CaseHit, FieldMatch

MARK = '<span style="background-color:#ffe58f; font-weight:600;">{}</span>'


def marked_html(match: FieldMatch) -> str:
    pieces, at = [], 0
    for start, end in match.spans:
        pieces += [escape(match.text[at:start]), MARK.format(escape(match.text[start:end]))]
        at = end
    pieces.append(escape(match.text[at:]))
    return "".join(pieces)


def hit_html(hit: CaseHit) -> str:
    head = (f"<b>{escape(hit.number)}</b> &nbsp;·&nbsp; {hit.received_on:%d/%m/%Y} &nbsp;·&nbsp;"
            f" <b>{escape(hit.title)}</b> &nbsp;<i>({escape(status_label(hit.status))})</i>")
    if hit.sensitive:  # shown only to those who may see it: say so, so they take care
        marker = escape(_("sensitive case"))
        head += f" &nbsp;<span style='color:#a33;'>{marker}</span>"
    lines = [f"&nbsp;&nbsp;&nbsp;<i>{escape(m.label)}:</i> "
             f"{marked_html(m)}" for m in hit.matches[:4]]
    if len(hit.matches) > 4:
        lines.append(f"&nbsp;&nbsp;&nbsp;<i>+{len(hit.matches) - 4}</i>")
    return "<br>".join([head, *lines])


def hit_text(hit: CaseHit) -> str:
    """The same in plain words, for screen readers."""
    fields = "; ".join(f"{m.label}: {m.text}" for m in hit.matches)
    return f"{hit.number}, {hit.title}, {status_label(hit.status)}. {fields}"
