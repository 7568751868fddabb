"""The one place that binds sqlite-utils to sqlcipher3.

sqlite-utils catches the stdlib sqlite3 exception classes; aliasing pysqlite3 to sqlcipher3 before
it is imported makes it use (and catch) SQLCipher's classes instead (see ENGINEERING.md).
Import sqlite_utils only through this module.
"""

from __future__ import annotations

import sys

import sqlcipher3
from sqlcipher3 import dbapi2

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", dbapi2)

import sqlite_utils  # noqa: E402  (must follow the alias)

DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
OperationalError = dbapi2.OperationalError
Connection = dbapi2.Connection
connect = dbapi2.connect

__all__ = ["sqlite_utils", "dbapi2", "connect", "Connection", "DatabaseError", "IntegrityError", "OperationalError"]
