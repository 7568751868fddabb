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


# Windows: ERROR_SHARING_VIOLATION (32) and ERROR_LOCK_VIOLATION (33) mean another program (Excel,
# a PDF viewer) holds the file open; ERROR_ACCESS_DENIED (5) is what replacing such a file gives.
_WIN_IN_USE = (32, 33)
_WIN_ACCESS_DENIED = 5


def reason_for_os_error(exc: OSError) -> str:
    """A short plain reason for a failed file write or read, without paths or names: what to do."""
    import errno

    winerror = getattr(exc, "winerror", None)
    code = getattr(exc, "errno", None)
    if winerror in _WIN_IN_USE:
        return ("the file is open in another program (such as Excel or a PDF viewer), which locks it; "
                "close it there and try again, or save under another name")
    if code in (errno.ENOSPC, errno.EFBIG) or "full" in str(exc).lower():
        return "the disk is full"
    if code == errno.EROFS:
        return "the disk is read-only (a write-protected USB stick or card?); choose another place"
    if isinstance(exc, PermissionError) or winerror == _WIN_ACCESS_DENIED:
        return ("writing there is not allowed: the file may be open in another program such as Excel "
                "(close it there), or it or its folder is read-only; close it or choose another place")
    if code == errno.EIO or "i/o" in str(exc).lower():
        return "the disk reported an input/output error; it may be full, failing or removed"
    return "the disk refused the write"
