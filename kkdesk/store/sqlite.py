"""The one place that names the SQLite driver: sqlcipher3 (SQLCipher 4), its connect and exception classes.

Everything else imports these from here, so the driver could change in one file. (sqlite-utils is
not used: see "Why no sqlite-utils" in docs/ARCHITECTURE.md.)
"""

from __future__ import annotations

from sqlcipher3 import dbapi2

DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
OperationalError = dbapi2.OperationalError
Connection = dbapi2.Connection
connect = dbapi2.connect

__all__ = ["dbapi2", "connect", "Connection", "DatabaseError", "IntegrityError", "OperationalError"]
