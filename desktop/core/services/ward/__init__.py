"""The ward office's reads behind its statistics screens."""
