"""Databases on USB-stick file systems: exFAT works end to end; FAT through fusefat (no shared memory
maps, so SQLite's write-ahead log cannot work) and network drives are refused with a plain reason.

The real file systems are made in image files and mounted with FUSE (mkfs.exfat + exfat-fuse on a
loop device, mkfs.vfat + fusefat): the kernel's vfat and exfat drivers are not available in this
container ("unknown filesystem type"), so FAT32 through the kernel, as Windows and most Linux
desktops mount sticks, is not tried here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kkdesk.paths import filesystem_type, storage_problem

ROOT = Path(__file__).resolve().parents[1]
PASS = "usb stick passphrase"

MOUNTINFO = """\
22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 22 0:35 / /media/Айгуль/STICK rw,nosuid - fuse.fusefat /dev/sdb1 rw
41 22 0:36 / /media/user/EXFAT\\040STICK rw,nosuid - fuseblk /dev/sdc1 rw
42 22 0:37 / /mnt/office rw - cifs //server/share rw
43 22 0:38 / /media/user/FAT rw - vfat /dev/sdd1 rw
"""


def test_mount_table_gives_the_file_system_of_a_folder():
    assert filesystem_type("/media/Айгуль/STICK/cases", MOUNTINFO) == "fuse.fusefat"
    assert filesystem_type("/media/user/EXFAT STICK", MOUNTINFO) == "fuseblk"
    assert filesystem_type("/media/user/FATTER", MOUNTINFO) == "ext4"   # a prefix of a name is not a parent
    assert "fusefat" in str(storage_problem("/media/Айгуль/STICK/cases", MOUNTINFO))
    assert "network drive" in str(storage_problem("/mnt/office/x", MOUNTINFO))
    assert storage_problem("/media/user/FAT", MOUNTINFO) is None        # FAT32 through the kernel works
    assert storage_problem("/media/user/EXFAT STICK", MOUNTINFO) is None


def _kk(*args, cwd=None):
    env = dict(os.environ, KKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "kkdesk", *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=300, cwd=cwd)


def _mount(kind: str, tmp_path: Path) -> tuple[Path, str | None]:
    """A fresh file system of `kind` in an image file, mounted with FUSE: (mount point, loop device).
    exfat-fuse wants a block device, so its image goes through a loop device (root only)."""
    tools = {"exfat": ("mkfs.exfat", "mount.exfat-fuse", "losetup"), "fat32": ("mkfs.vfat", "fusefat")}[kind]
    if sys.platform != "linux" or not os.path.exists("/dev/fuse") or not all(shutil.which(t) for t in tools):
        pytest.skip(f"cannot mount {kind} here (needs Linux, /dev/fuse and {', '.join(tools)}; scripts/setup.sh "
                    "installs the tools)")
    image, mnt = tmp_path / f"{kind}.img", tmp_path / f"{kind}-mnt"
    mnt.mkdir()
    with open(image, "wb") as fh:
        fh.truncate(64 * 2**20)
    subprocess.run([tools[0], *(["-F", "32"] if kind == "fat32" else []), image], check=True, capture_output=True)
    loop = None
    if kind == "exfat":
        res = subprocess.run(["losetup", "-f", "--show", image], capture_output=True, text=True)
        if res.returncode != 0:
            pytest.skip(f"no loop device for the exFAT image here: {res.stderr.strip()[:200]}")
        loop = res.stdout.strip()
        mount = [tools[1], loop, mnt]
    else:
        mount = [tools[1], "-o", "rw+", image, mnt]
    res = subprocess.run(mount, capture_output=True, text=True)
    if res.returncode != 0:
        if loop:
            subprocess.run(["losetup", "-d", loop], capture_output=True)
        pytest.skip(f"FUSE mount refused here: {res.stderr.strip()[:200]}")
    return mnt, loop


def _unmount(mnt: Path, loop: str | None) -> None:
    for _ in range(20):
        if subprocess.run(["fusermount", "-u", mnt], capture_output=True).returncode == 0:
            break
        time.sleep(0.2)
    if loop:
        subprocess.run(["losetup", "-d", loop], capture_output=True)


def test_a_database_on_an_exfat_stick_works(tmp_path):
    mnt, loop = _mount("exfat", tmp_path)
    try:
        assert filesystem_type(mnt) == "fuseblk"
        db = mnt / "Дела.kkdb"
        assert _kk("demo", db, "--incidents", "20").returncode == 0
        stats = _kk("stats", db, "--by", "year", "--json")
        assert stats.returncode == 0 and '"unit": "threats"' in stats.stdout
        verify = _kk("verify", db)
        assert verify.returncode == 0, verify.stderr
        assert sorted(os.listdir(mnt)) == ["Дела.kkdb"]
    finally:
        _unmount(mnt, loop)


def test_a_database_on_fusefat_is_refused_plainly(tmp_path):
    mnt, loop = _mount("fat32", tmp_path)
    try:
        assert filesystem_type(mnt) == "fuse.fusefat"
        res = _kk("init", mnt / "case.kkdb")
        assert res.returncode == 2
        assert res.stderr.startswith("kkdesk: A kkdesk database cannot be kept here: this USB stick or disk is "
                                     "mounted with fusefat")
        assert "Traceback" not in res.stderr and os.listdir(mnt) == []
    finally:
        _unmount(mnt, loop)
