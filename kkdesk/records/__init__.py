"""Stores that load and save whole records (incidents, persons, organisations, tags)."""
