"""Declared settings (Picard-style): each option once, with its type and default.

Only harmless values live in QSettings: language, idle minutes, display options, recent database
PATHS, and window geometry. Nothing that names a person or a case ever goes here; those belong in
the encrypted database's `setting` table. User settings ("user/") and saved window state
("state/") are kept apart so resetting one never touches the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: object


USER_OPTIONS = {o.key: o for o in (
    Option("language", str, "en"),
    Option("idle_minutes", int, 5),
    Option("show_pseudonyms", bool, False),
    Option("recent_paths", list, []),
    Option("report_language", str, ""),     # the reports dialog's last choices ("" = not chosen yet)
    Option("report_profile", str, ""),
    Option("hidden_columns", list, []),     # keys of the incident table's columns a person hid
)}


class Settings:
    """Typed access to QSettings in an INI file: `path`, else the per-user one (kkdesk.paths), never
    the registry or the program folder, so KKDESK_HOME moves it with everything else."""

    def __init__(self, path: str | None = None):
        from kkdesk import paths

        self._qs = QSettings(str(path or paths.settings_file()), QSettings.Format.IniFormat)

    def get(self, key: str):
        opt = USER_OPTIONS[key]
        value = self._qs.value(f"user/{key}", opt.default)
        if opt.type is bool:
            return value in (True, "true", "1", 1)
        if opt.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return opt.default
        if opt.type is list:
            if value is None or value == "":
                return []
            return [str(v) for v in (value if isinstance(value, list) else [value])]
        return str(value)

    def set(self, key: str, value) -> None:
        opt = USER_OPTIONS[key]
        if not isinstance(value, opt.type):
            raise TypeError(f"setting {key} takes {opt.type.__name__}")
        self._qs.setValue(f"user/{key}", value)
        self._qs.sync()

    def add_recent(self, path: str) -> None:
        """Remember a database path (a path only; the user chooses what the path reveals)."""
        paths = [p for p in self.get("recent_paths") if p != path]
        self.set("recent_paths", [path, *paths][:MAX_RECENT])

    def forget_recent(self, path: str) -> None:
        self.set("recent_paths", [p for p in self.get("recent_paths") if p != path])

    # --- window state, kept apart from user settings ---
    def save_state(self, name: str, data: QByteArray) -> None:
        self._qs.setValue(f"state/{name}", data)
        self._qs.sync()

    def state(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"state/{name}")
        return value if isinstance(value, QByteArray) else None

    def file_name(self) -> str:
        return self._qs.fileName()
