"""The journal's raw names in words: which kind of record, which operation, which field.

The journal stores table, operation and column names; a case's history, the audit screen, the
exchange reports and the personal-data export all show them through these labels.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.i18n import N_, _

VIEW = "view"  # the journal operation of a look at a sensitive case

ENTITY_LABELS: dict[str, str] = {
    "cases": N_("Case"),
    "case_participants": N_("Participant"),
    "mediator_assignments": N_("Mediator assignment"),
    "conflict_declarations": N_("Conflict-of-interest declaration"),
    "conflict_decisions": N_("Decision on a conflict-of-interest warning"),
    "person_merges": N_("Merge of two records of one person"),
    "hearings": N_("Hearing"),
    "hearing_attendees": N_("Hearing attendee"),
    "outcomes": N_("Outcome"),
    "agreements": N_("Agreement"),
    "agreement_terms": N_("Agreement term"),
    "case_citations": N_("Convention citation"),
    "teams": N_("Team"),
    "mediators": N_("Mediator"),
    "persons": N_("Person"),
    "conventions": N_("Village convention"),
    "convention_versions": N_("Convention version"),
    "convention_articles": N_("Convention article"),
    "convention_clauses": N_("Convention clause"),
    "case_attachments": N_("Attachment"),
    "issued_documents": N_("Issued document"),
    "remuneration_claims": N_("Remuneration request"),
    "remuneration_claim_cases": N_("Case of a remuneration request"),
    "account": N_("Account"),
    "accounts": N_("Account"),
    "journal_head": N_("Journal"),
}

OPERATION_LABELS: dict[str, str] = {
    "insert": N_("Created"),
    "update": N_("Changed"),
    "delete": N_("Removed"),
    "print": N_("Printed or saved a document"),
    VIEW: N_("Viewed (sensitive case)"),
    "export": N_("Exported"),
    "login": N_("Logged in"),
    "login_failed": N_("Failed login"),
    "password_recovered": N_("Password reset with the recovery sheet"),
    "login_refused": N_("Login refused: key or role not signed by a team leader"),
    "failed_logins_hidden": N_("Failed logins the key file no longer showed"),
    "password_slot_strengthened": N_("Password protection strengthened"),
    "kdf_strengthened": N_("Password protection strengthened"),
    "key_granted": N_("Signing key given"),
    "print_copy": N_("Printed or saved the copy as issued"),
    "verify": N_("Checked a verification code"),
    "open_attachment": N_("Opened an attachment"),
    "case_transferred": N_("Transferred the case"),
    "package_imported": N_("Imported an exchange package"),
    "package_exported": N_("Exported an exchange package"),
    "merge": N_("Merged with another record of the same person"),
    "unmerge": N_("Merge undone"),
}

FIELD_LABELS: dict[str, str] = {
    "planned": N_("Planned, not yet held"),
    "duration_minutes": N_("Length (minutes)"),
    "followed_up_on": N_("Follow-up recorded on"),
    "stop_requested_by": N_("Who asked to stop"),
    "on_the_spot": N_("Mediated on the spot"),
    "received_on": N_("Date received"),
    "arose_on": N_("Date it arose"),
    "title": N_("Title"),
    "grounds": N_("Grounds for mediating"),
    "referrer": N_("Proposed by"),
    "eligibility": N_("Eligibility"),
    "eligibility_note": N_("Eligibility note"),
    "category_code": N_("Kind of matter"),
    "summary": N_("Main content of the matter"),
    "sensitive": N_("Sensitive"),
    "status": N_("Status"),
    "closed_on": N_("Date closed"),
    "person_id": N_("Person"),
    "role": N_("Role"),
    "ordinal": N_("Order"),
    "represents_id": N_("Represents"),
    "position": N_("Demands or position"),
    "requested_mediation": N_("Asked for mediation"),
    "mediator_id": N_("Mediator"),
    "method": N_("How assigned"),
    "assigned_on": N_("Date assigned"),
    "no_conflict_confirmed": N_("No conflict of interest confirmed"),
    "ended_on": N_("Date ended"),
    "end_reason": N_("Why it ended"),
    "declared_on": N_("Date declared"),
    "reason": N_("Reason"),
    "held_at": N_("Time"),
    "place": N_("Place"),
    "is_public": N_("Public hearing"),
    "course": N_("Course of the hearing"),
    "result": N_("Result"),
    "participant_id": N_("Participant"),
    "kind": N_("How it ended"),
    "decided_on": N_("Date decided"),
    "referred_to": N_("Referred to"),
    "guidance": N_("Guidance given"),
    "note": N_("Note"),
    "reached_on": N_("Date agreement was reached"),
    "obliged_participant_id": N_("Who must do it"),
    "content": N_("Content"),
    "deadline": N_("Time limit"),
    "follow_up_status": N_("Follow-up"),
    "follow_up_note": N_("Follow-up note"),
    "article_id": N_("Article"),
    "clause_number": N_("Clause"),
    "document": N_("Document"),
    "target": N_("Sent to"),
    "full_name": N_("Full name"),
    "sex": N_("Sex"),
    "birth_date": N_("Date of birth"),
    "birth_year": N_("Year of birth"),
    "citizen_id": N_("ID number"),
    "address": N_("Address"),
    "phone": N_("Phone"),
    "code": N_("Verification code"),
    "output": N_("Saved to"),
    "username": N_("User name"),
    "failures": N_("Failed attempts"),
    "file_name": N_("File name"),
    "media_type": N_("File type"),
    "size": N_("Size in bytes"),
    "added_at": N_("Added at"),
    "added_by": N_("Added by"),
    "display_name": N_("Display name"),
    "active": N_("Active"),
    "created_at": N_("Created at"),
    "findings": N_("Warnings found"),
    "assigned": N_("Assigned despite the warning"),
    "kept_id": N_("Record kept"),
    "merged_id": N_("Record merged into it"),
    "participant_ids": N_("Case roles moved"),
    "merged_on": N_("Date merged"),
    "undone_on": N_("Date undone"),
}
_ENTITY_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("agreements", "note"): N_("How it will be carried out"),
    ("case_citations", "note"): N_("How it applies to the case"),
}
# Never shown: keys, links to the parent record, numbering, and an event's bookkeeping.
HIDDEN_FIELDS = frozenset({"id", "team_id", "case_id", "hearing_id", "agreement_id", "year",
                           "seq", "case_version", "version", "changed_by", "changed_at",
                           "content_hash", "sha256", "issued_id", "username_key"})


def entity_label(entity: str) -> str:
    return _(ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity


def operation_label(op: str) -> str:
    return _(OPERATION_LABELS[op]) if op in OPERATION_LABELS else op


def field_label(entity: str, name: str) -> str:
    text = _ENTITY_FIELD_LABELS.get((entity, name)) or FIELD_LABELS.get(name)
    return _(text) if text else name


def labels_of(entities: Iterable[str]) -> list[tuple[str, str]]:
    """(raw name, translated label) pairs, sorted by label."""
    return sorted(((e, entity_label(e)) for e in entities), key=lambda pair: pair[1])
