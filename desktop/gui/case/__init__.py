"""The case window: one case's details, participants, mediators, hearings and outcome."""
