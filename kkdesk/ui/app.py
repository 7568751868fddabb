"""The application: unlock → main window → lock → unlock, with one worker thread per open database."""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kkdesk import paths
from kkdesk.errors import Cancelled, KkdeskError, NotADatabase, WrongPassphrase
from kkdesk.resources import resource
from kkdesk.records import CaseDatabase
from kkdesk.ui import clipboard, i18n
from kkdesk.ui.locking import IdleLock
from kkdesk.ui.panic import InstanceServer, PanicKey, ask_running_instance
from kkdesk.ui.selftest import run_self_test
from kkdesk.ui.settings import Settings
from kkdesk.ui.unlock import UnlockWindow
from kkdesk.ui.worker import Changes, DatabaseWorker, QtProgress, run_in_thread, user_message

DEMO_PASSPHRASE = "demo-passphrase"  # public on purpose: every name in the demo is fictional
DEMO_INCIDENTS = 2000
ACTOR = "monitor"


class Application(QObject):
    """Owns the open database, its worker, the windows and the idle lock."""

    def __init__(self, settings: Settings | None = None, clock: Callable[[], float] = time.monotonic,
                 demo_path: Path | None = None, demo_incidents: int = DEMO_INCIDENTS):
        super().__init__()
        self.settings = settings or Settings()
        # Per-user data, never the program folder (kkdesk.paths; KKDESK_HOME overrides).
        self.demo_path = Path(demo_path) if demo_path else paths.demo_database()
        self.demo_incidents = demo_incidents
        self.cdb: CaseDatabase | None = None
        self.worker: DatabaseWorker | None = None
        self.main_window = None
        self.lang = self.settings.get("language")
        self.pseudonyms = self.settings.get("show_pseudonyms")
        i18n.set_language(self.lang)
        self.idle = IdleLock(self.settings.get("idle_minutes"), clock=clock, parent=self)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)
        self.panic_key = PanicKey(self)
        self.panic_key.pressed.connect(self.panic)
        QApplication.instance().installEventFilter(self.panic_key)
        clip = QGuiApplication.clipboard()
        clip.dataChanged.connect(self._clipboard_changed)
        self._thread = None
        self.unlock_window = self._new_unlock_window()

    # --- windows ---
    def _new_unlock_window(self) -> UnlockWindow:
        win = UnlockWindow(self.settings.get("recent_paths"))
        win.open_requested.connect(self.open_database)
        win.create_requested.connect(self.create_database)
        win.demo_requested.connect(self.open_demo)
        win.forget_requested.connect(self.settings.forget_recent)
        return win

    def start(self, db_path: str | None = None, demo: bool = False) -> None:
        if db_path:
            self.unlock_window.path_edit.setText(str(db_path))
        self.unlock_window.show()
        if self.unlock_window.path_edit.text():
            self.unlock_window.passphrase_edit.setFocus()   # the database is chosen: type at once
        if demo:
            self.open_demo()

    # --- unlocking ---
    def _message_for(self, exc) -> str:
        if isinstance(exc, WrongPassphrase):
            return self.tr("That passphrase does not open this database. Check the keyboard layout "
                           "and Caps Lock, then try again.")
        if isinstance(exc, NotADatabase):
            return self.tr("This file cannot be opened as a kkdesk database.")
        return user_message(exc) if isinstance(exc, KkdeskError) else self.tr("The database could not be opened.")

    def open_database(self, path: str, passphrase: str) -> None:
        self.unlock_window.set_busy(True, self.tr("Opening… (deriving the key takes a moment)"))
        # Reports come only while a database made by an earlier version is converted.
        progress = QtProgress()
        progress.changed.connect(self._converting)
        self._thread = run_in_thread(
            lambda: CaseDatabase.open(path, passphrase, actor=ACTOR, progress=progress),
            self._unlocked, self._open_failed, self)

    def _converting(self, fraction: float, _text: str) -> None:
        self.unlock_window.set_progress(
            fraction, self.tr("Converting the database for this version of kkdesk (only once)…"))

    def create_database(self, path: str, passphrase: str) -> None:
        self.unlock_window.set_busy(True, self.tr("Creating the encrypted database…"))
        self._thread = run_in_thread(lambda: CaseDatabase.create(path, passphrase, actor=ACTOR),
                                     self._unlocked, self._open_failed, self)

    def _open_failed(self, _message: str, exc) -> None:
        self.unlock_window.wrong_passphrase(self._message_for(exc))

    def open_demo(self) -> None:
        path = self.demo_path
        if path.exists():
            self.open_database(str(path), DEMO_PASSPHRASE)
            return
        self.unlock_window.set_busy(True, self.tr("Creating the demo database (fictional data)…"))
        path.parent.mkdir(parents=True, exist_ok=True)
        self._thread = run_in_thread(lambda: CaseDatabase.create(str(path), DEMO_PASSPHRASE, actor=ACTOR),
                                     self._generate_demo, self._open_failed, self)

    def _generate_demo(self, cdb: CaseDatabase) -> None:
        from kkdesk.demo import generate   # deferred: see _show_main

        self._start_worker(cdb)
        progress = QtProgress()
        progress.changed.connect(self.unlock_window.set_progress)
        self.unlock_window.set_cancellable(progress.cancel)
        n = self.demo_incidents
        # One transaction: Cancel rolls everything back, and the half-made demo file is removed.
        def fill(p, c):
            generate(c, incidents=n, seed=1, progress=p)
            return Changes(all_incidents=True, persons=True, organisations=True)
        self.worker.submit_long(fill, progress,
                                on_done=lambda _r: self._unlocked(cdb), on_error=self._demo_failed, write=True)

    def _demo_failed(self, message: str, exc) -> None:
        self._close_database()
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.demo_path) + suffix).unlink(missing_ok=True)
        self.unlock_window.set_busy(False)
        self.unlock_window.show_message(self.tr("Creating the demo database was cancelled.")
                                        if isinstance(exc, Cancelled) else message)

    def _start_worker(self, cdb: CaseDatabase) -> None:
        self.cdb = cdb
        self.worker = DatabaseWorker(cdb)
        self.worker.start()

    def _unlocked(self, cdb: CaseDatabase) -> None:
        if self.worker is None or self.cdb is not cdb:
            self._start_worker(cdb)
        self.settings.add_recent(cdb.path)
        self.unlock_window.clear_secrets()
        self.unlock_window.set_busy(False)
        self.unlock_window.hide()
        self._show_main()
        self.idle.set_minutes(self.settings.get("idle_minutes"))
        self.idle.start()

    def _show_main(self) -> None:
        # Deferred on purpose, not for a cycle: the main window's modules (charts, reports, import,
        # exchange) take about a second to import, and the unlock window must appear before that.
        from kkdesk.ui.main_window import MainWindow

        if self.main_window is None:
            self.main_window = MainWindow(self)
            geometry = self.settings.state("main_geometry")
            if geometry is not None:
                self.main_window.restoreGeometry(geometry)
        self.main_window.set_database(self.cdb)
        self.main_window.show()
        self.main_window.raise_()

    # --- locking ---
    def lock(self, show: bool = True) -> None:
        """Close the database, clear every view and our clipboard text, show the unlock window
        (show=False: keep it hidden, as after the panic key)."""
        self.idle.stop()
        path = self.cdb.path if self.cdb is not None else ""
        if self.main_window is not None:
            self.main_window.hide()
            self.main_window.clear()
            self.main_window.deleteLater()
            self.main_window = None
        self._close_database()
        clipboard.clear_if_ours()
        self.unlock_window.hide()
        self.unlock_window.deleteLater()
        self.unlock_window = self._new_unlock_window()
        if not show:
            return
        if path:
            self.unlock_window.path_edit.setText(path)
        self.unlock_window.show_message(self.tr("Locked. Enter the passphrase to continue."))
        self.unlock_window.show()
        self.unlock_window.passphrase_edit.setFocus()

    def panic(self) -> None:
        """Every window disappears at once (open dialogs are cancelled), then the database locks.
        Nothing comes back by itself: starting kkdesk again calls summon()."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            widget.hide()
        self.lock(show=False)

    def summon(self, db_path: str = "") -> None:
        """Another start of kkdesk asked for us: the unlock window (or the open main window) comes
        to the front; a database path given to that start is offered for unlocking."""
        if self.is_locked():
            win = self.unlock_window
            if db_path:
                win.path_edit.setText(db_path)
            win.show()
            win.raise_()
            win.activateWindow()
            win.passphrase_edit.setFocus()
        elif self.main_window is not None:
            self.main_window.show()
            self.main_window.raise_()
            self.main_window.activateWindow()

    def _close_database(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
        if self.cdb is not None:
            self.cdb.close()
            self.cdb = None

    def is_locked(self) -> bool:
        return self.cdb is None

    # --- settings ---
    def apply_settings(self, values: dict) -> None:
        self.settings.set("idle_minutes", int(values["idle_minutes"]))
        self.idle.set_minutes(values["idle_minutes"])
        self.settings.set("show_pseudonyms", bool(values["show_pseudonyms"]))
        lang_changed = values["language"] != self.lang
        self.pseudonyms = bool(values["show_pseudonyms"])
        if lang_changed:
            self.settings.set("language", values["language"])
            self.lang = values["language"]
            i18n.set_language(self.lang)
        if self.main_window is None:
            return
        if not lang_changed:
            self.main_window.redisplay()     # names or codes: the same view, search and selection
            return
        # Rebuilding the main window is the simplest way to show every string in the new language;
        # the tab and the search (text and filters) carry over.
        old = self.main_window
        view = old.view_state()
        old.clear()
        old.hide()
        old.deleteLater()
        self.main_window = None
        self._show_main()
        self.main_window.restore_view_state(view)

    def _clipboard_changed(self) -> None:
        if QApplication.activeWindow() is not None:
            clipboard.remember_widget_copy(QGuiApplication.clipboard().text())

    def quit(self) -> None:
        self.idle.stop()
        if self.main_window is not None:
            self.main_window.hide()
            self.main_window.clear()
        self._close_database()
        clipboard.clear_if_ours()
        QApplication.instance().quit()


def _excepthook(exc_type, exc, tb) -> None:
    """An unexpected error in a Qt slot: a plain message, no traceback (its text could quote a record).
    KKDESK_DEBUG=1 prints the traceback for developers."""

    if os.environ.get("KKDESK_DEBUG") == "1":
        traceback.print_exception(exc_type, exc, tb)
    else:
        print(f"kkdesk: unexpected {exc_type.__name__}", file=sys.stderr)
    if QApplication.instance() is not None:
        QMessageBox.warning(None, "kkdesk", user_message(exc))


def run(db_path: str | None = None, demo: bool = False, self_test: str | None = None) -> int:
    """Start the desktop application (the `kkdesk` / `kkdesk gui` command); with self_test, run the
    installation check of kkdesk.ui.selftest instead, writing its PDF to that path."""
    sys.excepthook = _excepthook
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kkdesk")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(_icon())
    if self_test:
        return run_self_test(Application(), self_test)
    if ask_running_instance(str(Path(db_path).resolve()) if db_path else None):
        return 0      # kkdesk already runs (perhaps hidden by the panic key): it shows itself
    controller = Application()
    listen_for_later_starts(controller)
    controller.start(db_path, demo)
    _quit_when_unlock_closed(controller)
    return app.exec()


def _icon():
    """The application icon from the package data (kkdesk/resources/icons)."""
    pixmap = QPixmap()
    pixmap.loadFromData(resource("icons", "kkdesk.png").read_bytes())
    return QIcon(pixmap)


def listen_for_later_starts(controller: Application) -> InstanceServer:
    """A later `kkdesk` start reaches this one and brings back its unlock window (after a panic)."""
    server = InstanceServer(parent=controller)
    server.listen()
    server.summoned.connect(controller.summon)
    return server


def _quit_when_unlock_closed(controller: Application) -> None:
    """Closing the unlock window while locked ends the program."""

    class _Watcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if (event.type() == QEvent.Type.Close and obj is controller.unlock_window
                    and controller.is_locked() and obj.isVisible()):
                controller.quit()
            return False

    watcher = _Watcher(controller)
    QApplication.instance().installEventFilter(watcher)
    controller._watcher = watcher
