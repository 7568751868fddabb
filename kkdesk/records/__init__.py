"""Stores that load and save whole records (incidents, persons, organisations, tags), each taking
the database, and CaseDatabase: the database with those stores attached, what callers open."""

from kkdesk.records.case import CaseDatabase

__all__ = ["CaseDatabase"]
