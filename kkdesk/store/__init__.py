"""The encrypted store: open, create, lock, migrate, history, backup and verification.

Callers open `kkdesk.records.CaseDatabase`, this Database with the record stores attached.
"""

from kkdesk.store.database import SCHEMA_VERSION, Database

__all__ = ["Database", "SCHEMA_VERSION"]
