"""Village conventions (hương ước, quy ước): reading the file a community has and splitting it
into chapters, articles, clauses and points (DOMAIN.md §5). No database and no Qt here."""
