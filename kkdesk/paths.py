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

from kkdesk.messages import Message, msg

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


# File systems a database must not live on, by the type Linux reports in /proc/self/mountinfo.
# fusefat (FAT through FUSE) has no shared memory maps, so SQLite's write-ahead log fails with an I/O
# error; network file systems break SQLite's locking. FAT32 and exFAT through the kernel (or on
# Windows and macOS) work. The reasons are what the user reads.
# File systems a database must not live on -> the message code saying why (kkdesk.messages).
_UNSUITABLE = {
    "fuse.fusefat": "store.fusefat",
    **{fs: "store.network_drive" for fs in ("nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "ncpfs")},
}
_WINDOWS_NETWORK = "store.network_drive"


def _unescape_mountinfo(field: str) -> str:
    return field.encode().decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")


def filesystem_type(folder: str | os.PathLike, mountinfo: str | None = None) -> str | None:
    """The Linux file-system type of the mount holding folder (from /proc/self/mountinfo), else None."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.realpath(folder)
    best, best_type = "", None
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5 or not right:
            continue
        point = _unescape_mountinfo(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, right.split()[0]
    return best_type


def _windows_network_drive(folder: str) -> bool:
    import ctypes

    buf = ctypes.create_unicode_buffer(260)
    if not ctypes.windll.kernel32.GetVolumePathNameW(os.path.abspath(folder), buf, len(buf)):
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(buf.value) == 4  # DRIVE_REMOTE


def storage_problem(folder: str | os.PathLike, mountinfo: str | None = None) -> Message | None:
    """Why a database cannot be kept in folder (a Message), or None when it can."""
    if os.name == "nt":
        code = _WINDOWS_NETWORK if _windows_network_drive(os.fspath(folder)) else None
    else:
        code = _UNSUITABLE.get(filesystem_type(folder, mountinfo) or "")
    return msg(code) if code else None
