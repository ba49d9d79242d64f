"""The words for what an import did: one text for the CLI's output and the GUI's message."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.exchange.team_import import TeamImportReport
from desktop.core.exchange.ward_import import TeamReport
from desktop.core.i18n import N_, _
from desktop.core.services.history.labels import field_label

CHAIN_CONTRADICTED = N_(
    "This team's change journal contradicts what it sent before (at entry {numbers}): its "
    "journal was altered or cut since. The package was applied as usual; ask the team to run "
    "hoagiai audit verify.")


def describe_report(report: TeamReport | TeamImportReport, dry_run: bool,
                    describe: Callable[[str, str], str] = lambda e, i: f"{e} {i}") -> str:
    """What importing ``report``'s package did (or, ``dry_run``, would do), in words; the
    records it names are described by ``describe(entity, id)``."""
    if not isinstance(report, TeamReport):
        return _describe_team_import(report)
    lines = [(_("DRY RUN (nothing changed): ") if dry_run else "") + _(
        "{team}, package {number}: {new} new, {updated} updated, {unchanged} unchanged, "
        "{conflicting} conflicting, {rejected} rejected, {deleted} deleted.").format(
        team=report.team_name, number=report.sequence, **report.counts())]
    if report.gaps:
        lines.append(_("  Missing packages from this team: {numbers} (import them when they "
                       "arrive; newer data already applied is kept).").format(
            numbers=", ".join(map(str, report.gaps))))
    lines += ["  " + _("Rejected: {record}: {reason}").format(record=describe(e, i), reason=r)
              for e, i, r in report.rejections[:50]]
    lines += ["  " + _("Conflict (to review): {record}, field {field}").format(
        record=describe(e, i), field=field_label(e, f)) for e, i, f in report.conflicts[:50]]
    if report.key_changed:
        lines.append(_("  The team's new key was accepted (announced by its previous key)."))
    if report.chain_contradicted:
        lines.append("  " + _(CHAIN_CONTRADICTED).format(
            numbers=", ".join(map(str, report.chain_contradicted))))
    lines += ["  " + finding for finding in report.authorship]  # not signed by its author
    return "\n".join(lines)


def _describe_team_import(report: TeamImportReport) -> str:
    if report.kind == "acknowledgment":
        text = _("Acknowledgment {number} from {ward}: {cases} case(s) marked as received.")
    elif report.kind == "reference":
        text = _("Reference data {number} from {ward}: {added} categories added, {updated} "
                 "updated, {recognitions} mediator recognition(s).")
    else:
        text = _("Settings of {ward} imported: this book now sends its packages to that ward "
                 "office.")
    lines = [text.format(number=report.sequence, ward=report.ward_name,
                         cases=report.acknowledged_cases, added=report.categories_added,
                         updated=report.categories_updated, recognitions=report.recognitions)]
    return "\n".join(lines + ["  " + note for note in report.notes])
