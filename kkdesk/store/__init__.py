"""The encrypted store: open, create, lock, migrate, history, backup and verification."""

from kkdesk.store.database import SCHEMA_VERSION, CaseDatabase, now_iso

__all__ = ["CaseDatabase", "SCHEMA_VERSION", "now_iso"]
