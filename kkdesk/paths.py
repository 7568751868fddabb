"""Where kkdesk keeps per-user files: settings (with the recent-databases list) and the demo database.

Never the program folder (read-only under `C:\\Program Files`, inside an .app on macOS). The
platform's places come from platformdirs: `%LOCALAPPDATA%\\kkdesk` on Windows,
`~/Library/Application Support/kkdesk` on macOS, `$XDG_DATA_HOME/kkdesk` and `$XDG_CONFIG_HOME/kkdesk`
on Linux. `KKDESK_HOME` puts everything in one folder instead (tests, or portable use from a USB
stick); so does a folder named `kkdesk-home` beside a frozen program (the portable bundle).
Nothing here names a person: only file paths chosen by the user are stored.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "kkdesk"
ENV_HOME = "KKDESK_HOME"
PORTABLE_DIR = "kkdesk-home"


def home_override() -> Path | None:
    """The one folder for everything, when KKDESK_HOME or a portable kkdesk-home folder says so."""
    env = os.environ.get(ENV_HOME, "").strip()
    if env:
        return Path(env).expanduser().absolute()
    if getattr(sys, "frozen", False):
        beside = Path(sys.executable).resolve().parent / PORTABLE_DIR
        if beside.is_dir():
            return beside
    return None


def data_dir(create: bool = True) -> Path:
    """Per-user data (the demo database); local to this machine, not roaming."""
    folder = home_override() or platformdirs.user_data_path(APP, appauthor=False, roaming=False)
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_dir(create: bool = True) -> Path:
    """Per-user settings."""
    folder = home_override() or platformdirs.user_config_path(APP, appauthor=False, roaming=False)
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings_file() -> Path:
    """The INI file of the desktop application's settings and recent-databases list."""
    return config_dir() / "kkdesk.ini"


def demo_database() -> Path:
    """The demo database (fictional data, public passphrase), created on first use."""
    return data_dir() / "demo.kkdb"
