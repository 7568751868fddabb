"""The panic key and the single running instance.

Panic (F12 or Ctrl+Shift+L, caught application-wide so it works in every window, dialogs and the
unlock window included) hides every window at once and locks; nothing of kkdesk stays on screen or
in the task switcher. The way back is to start kkdesk again: a second start finds the running one
through a local socket (QLocalServer, readable by this user only), asks it to show the unlock
window and exits. There is no global hot key: with no window left, no key reaches the program.
"""

from __future__ import annotations

import getpass
import hashlib
import os

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtNetwork import QLocalServer, QLocalSocket

PANIC_KEYS = ("F12", "Ctrl+Shift+L")
_PANIC_SEQUENCES = {QKeySequence(k)[0].toCombined() for k in PANIC_KEYS}
_WAIT_MS = 1000


class PanicKey(QObject):
    """An application-wide event filter: the panic keys emit `pressed` and go no further."""

    pressed = Signal()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            combined = event.keyCombination().toCombined()
            if combined in _PANIC_SEQUENCES:
                if event.type() == QEvent.Type.KeyPress:
                    self.pressed.emit()
                event.accept()
                return True
        return False


def server_name() -> str:
    """The local socket's name: per user, and revealing nothing but the program's name.
    KKDESK_INSTANCE_NAME gives separate instances their own (tests, a second profile)."""
    return os.environ.get("KKDESK_INSTANCE_NAME") or (
        "kkdesk-" + hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:16])


def ask_running_instance(db_path: str | None = None, name: str | None = None) -> bool:
    """If kkdesk already runs for this user, ask it to show its unlock window (offering db_path)
    and return True; False when none answers (this start becomes the running instance)."""
    sock = QLocalSocket()
    sock.connectToServer(name or server_name())
    if not sock.waitForConnected(_WAIT_MS):
        return False
    sock.write(((db_path or "") + "\n").encode("utf-8"))
    sock.flush()
    answered = sock.waitForReadyRead(_WAIT_MS)
    sock.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later starts of kkdesk; each one emits `summoned` with the path it was given."""

    summoned = Signal(str)

    def __init__(self, name: str | None = None, parent=None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed instance is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            return
        path = bytes(sock.readLine().data()).decode("utf-8", "replace").strip()
        sock.write(b"ok\n")
        sock.flush()
        sock.disconnectFromServer()
        self.summoned.emit(path)

