"""Writing an export over a file another program holds (Excel on Windows locks open files): a plain
message that says to close it, the old file untouched, no temp file left, no path in the message."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kkdesk.errors import reason_for_os_error
from kkdesk.reports import write_atomically

def _win_error(winerror: int) -> OSError:
    """The exception Windows raises (Python sets winerror there; here the attribute is set the same)."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = winerror
    return exc


@pytest.mark.parametrize("winerror", [32, 33])
def test_sharing_and_lock_violations_say_close_it_in_the_other_program(winerror):
    reason = str(reason_for_os_error(_win_error(winerror)))
    assert "open in another program" in reason and "close it" in reason and "Excel" in reason


def test_access_denied_on_replace_and_posix_permission_say_close_or_choose_another_place():
    for exc in (_win_error(5), PermissionError(errno.EACCES, "Permission denied")):
        reason = str(reason_for_os_error(exc))
        assert "close it" in reason and "read-only" in reason
    assert str(reason_for_os_error(OSError(errno.ENOSPC, "No space left on device"))) == "the disk is full"
    assert "read-only" in str(reason_for_os_error(OSError(errno.EROFS, "Read-only file system")))


def test_a_cli_export_over_a_file_that_cannot_be_replaced_gives_the_plain_message(tmp_path):
    """End to end on POSIX: the old report cannot be replaced, as Windows refuses to replace a file
    Excel holds open. As root (who ignores permissions) the file is made immutable (chattr +i),
    otherwise its folder is made read-only."""
    if os.name != "posix":
        pytest.skip("POSIX file attributes simulate the locked file; Windows runs the unit tests above")
    db, out = tmp_path / "demo.kkdb", tmp_path / "out"
    env = dict(os.environ, KKDESK_PASSPHRASE="locked-file test", PYTHONPATH=str(Path(__file__).parents[1]))
    subprocess.run([sys.executable, "-m", "kkdesk", "demo", db, "--incidents", "5"], env=env, check=True,
                   capture_output=True, timeout=180)
    out.mkdir()
    old = out / "Отчёт.pdf"
    old.write_bytes(b"old report, open in a viewer")
    as_root = os.geteuid() == 0
    if as_root:
        subprocess.run(["chattr", "+i", old], check=True)
    else:
        os.chmod(out, 0o555)
    try:
        res = subprocess.run([sys.executable, "-m", "kkdesk", "report", db, "--kind", "overview", "--from",
                              "2019-06", "--to", "2019-06", "--out", old], env=env, capture_output=True, text=True,
                             timeout=180)
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", old], check=True)
        os.chmod(out, 0o755)
    assert res.returncode == 2, res.stderr
    assert res.stderr.startswith("kkdesk: The file could not be written: writing there is not allowed")
    assert "close it" in res.stderr and "Traceback" not in res.stderr and "Отчёт" not in res.stderr
    assert old.read_bytes() == b"old report, open in a viewer"
    assert os.listdir(out) == ["Отчёт.pdf"], "a temp file was left behind"


def test_write_atomically_turns_os_errors_into_the_plain_storage_failure(tmp_path):
    missing_parent_is_input = tmp_path / "nowhere" / "x.pdf"
    with pytest.raises(Exception) as info:
        write_atomically(missing_parent_is_input, b"pdf")
    assert "folder" in str(info.value)
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "x.pdf").mkdir()  # a folder where the file should go: replaced never, said plainly
    with pytest.raises(Exception) as info:
        write_atomically(blocked / "x.pdf", b"pdf")
    assert "folder" in str(info.value) and not isinstance(info.value, OSError)
