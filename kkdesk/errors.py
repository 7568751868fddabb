"""Errors the core raises on purpose; each carries a message fit to show a user as it is.

The command line and the GUI print `str(error)` and nothing else, so messages are plain words
and never contain a person's name or a passphrase.
"""


class KkdeskError(Exception):
    """Base of every error the core raises deliberately."""


class NotADatabase(KkdeskError):
    """The file does not exist or is not a kkdesk database."""


class WrongPassphrase(KkdeskError):
    """The passphrase does not open this database (or the file is not a database)."""


class SchemaTooNew(KkdeskError):
    """The database was written by a newer kkdesk; opening it could damage it."""


class DatabaseLocked(KkdeskError):
    """The store is closed (locked) and cannot be used until it is unlocked again."""


class WritesBlocked(KkdeskError):
    """An integrity check failed; the store refuses writes until it is restored."""


class IntegrityFailure(KkdeskError):
    """`verify` found damage: a page, an attachment hash or the history chain."""


class InvalidInput(KkdeskError):
    """Data given to the store is not valid; nothing was written."""


class NotFound(KkdeskError):
    """A record asked for by id or uuid does not exist."""


class Cancelled(KkdeskError):
    """Long work was cancelled by the user; nothing was written."""


class StaleRecord(KkdeskError):
    """The record changed since it was loaded; saving would overwrite someone else's change."""


class StorageFailure(KkdeskError):
    """The disk refused a write or a read (full, failing, or removed); nothing was replaced."""
