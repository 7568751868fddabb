"""Errors the core raises on purpose; each carries a `Message` (code, field, parameters) fit to show a user.

The GUI and the command line render `error.message` in the user's language (`error.render(lang)`);
`str(error)` is the English text. Messages never contain a person's name or a passphrase.
"""

from kkdesk.messages import CATALOGUE, Message, msg, render

UNTRANSLATED = "error.untranslated"


class KkdeskError(Exception):
    """Base of every error the core raises deliberately.

    Raised as `InvalidInput("code", field="title", what=...)`: the code names the catalogue text
    (kkdesk.messages.texts), the keywords are its parameters; or with a ready Message.
    """

    def __init__(self, message: Message | str = "error.generic", /, *, field: str | None = None, **params):
        if not isinstance(message, Message):
            # A plain sentence instead of a code is an English text not yet in the catalogue;
            # tests/test_messages.py fails on every raise site that passes one.
            message = (msg(message, field=field, **params) if message in CATALOGUE
                       else Message(UNTRANSLATED, {"text": message}, field))
        elif field is not None:
            message = Message(message.code, message.params, field)
        self.message = message
        super().__init__(render(message, "en"))

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def field(self) -> str | None:
        return self.message.field

    def render(self, lang: str = "en") -> str:
        """The message in lang (en, ru or kk)."""
        return render(self.message, lang)

    def __reduce__(self):
        return (_rebuild, (type(self), self.message))


def _rebuild(cls, message: Message) -> "KkdeskError":
    return cls(message)


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


def reason_for_os_error(exc: OSError) -> Message:
    """A short plain reason for a failed file write or read, without paths or names: what to do.

    A phrase (lower case, no full stop) to quote inside another message; `os_error_message` is the
    sentence on its own."""
    import errno

    winerror = getattr(exc, "winerror", None)
    code = getattr(exc, "errno", None)
    if winerror in _WIN_IN_USE:
        return msg("os.in_use")
    if code in (errno.ENOSPC, errno.EFBIG) or "full" in str(exc).lower():
        return msg("os.disk_full")
    if code == errno.EROFS:
        return msg("os.read_only")
    if isinstance(exc, PermissionError) or winerror == _WIN_ACCESS_DENIED:
        return msg("os.not_allowed")
    if code == errno.EIO or "i/o" in str(exc).lower():
        return msg("os.io_error")
    return msg("os.refused")


def os_error_message(exc: OSError) -> Message:
    """A failed file operation as a sentence of its own ("File error: the disk is full.")."""
    return msg("os.file_error", reason=reason_for_os_error(exc))
