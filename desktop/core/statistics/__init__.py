"""The ward's statistics (DOMAIN.md §4): figures per period, per team and for the ward, each with
the cases behind it; submitted periods frozen, later changes reported as amendments. No Qt."""
