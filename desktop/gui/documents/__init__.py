"""Previewing, printing and saving the documents the core renders as PDF."""
