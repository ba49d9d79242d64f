"""The calendar of hearings: the clash rule, the hearings of a week or month, the .ics export."""
