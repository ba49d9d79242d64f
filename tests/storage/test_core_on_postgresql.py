"""The core storage tests again, on PostgreSQL: the service workflow, the journal's chain,
append-only rule and versions, numbering (tests/storage/conftest.py makes every ``book`` here a
PostgreSQL database). Tests that forge a SQLite file behind the program's back stay SQLite-only.
"""

from __future__ import annotations

from tests.core.test_journal import (  # noqa: F401
    test_a_closed_case_amendment_carries_its_reason_into_the_journal,
    test_a_delete_records_the_old_values,
    test_a_reader_sees_only_committed_work_and_is_not_blocked,
    test_a_refused_action_leaves_no_entry,
    test_a_rolled_back_transaction_leaves_no_entry,
    test_a_rolled_back_transaction_that_opened_a_case_leaves_nothing,
    test_a_stale_write_raises_concurrent_edit_and_saves_nothing,
    test_an_insert_is_journaled_with_every_value_set,
    test_an_update_records_only_the_changed_fields_old_and_new,
    test_events_and_changes_interleave_in_one_chain,
    test_every_tracked_change_of_a_whole_case_is_journaled,
    test_every_tracked_model_is_covered_by_the_journal,
    test_intake_that_fails_on_a_party_saves_no_case,
    test_record_event_appends_a_link,
    test_saving_unchanged_values_writes_no_entry,
    test_the_chain_links_every_entry_to_the_previous_one,
    test_the_journal_cannot_be_updated_or_deleted,
    test_the_orm_cannot_delete_an_entry_either,
    test_the_record_is_stamped_with_its_author_and_version,
    test_untracked_tables_are_not_journaled,
    test_update_case_refuses_a_stale_expected_version,
    test_versions_increment_with_each_saved_change,
)
from tests.core.test_numbering import (  # noqa: F401
    test_a_number_taken_meanwhile_is_retried_with_the_next_one,
    test_a_second_team_in_the_same_database_numbers_independently,
    test_cases_are_numbered_from_01_within_a_year,
    test_numbering_restarts_each_calendar_year,
    test_update_cannot_move_a_case_to_another_year,
)
from tests.core.test_smoke_flow import test_case_from_intake_to_successful_close  # noqa: F401
