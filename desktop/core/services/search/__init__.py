"""The one search over everything a team writes (``query.search``), with the words it matched
marked in each field (``highlight``)."""
