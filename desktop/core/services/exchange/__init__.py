"""The exchange with the ward office, as the faces use it."""
