"""kkdesk.util.files: every file kkdesk writes lands whole or not at all, and no temp file stays."""

from __future__ import annotations

import os
import stat

import pytest

from kkdesk.errors import InvalidInput
from kkdesk.importer.mapping import Mapping
from kkdesk.util.files import remove_quietly, replace_durably, temp_path_beside, write_atomically, write_many_atomically


def test_write_atomically_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "out.pdf"
    write_atomically(target, b"one")
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["out.pdf"]
    with pytest.raises(InvalidInput):
        write_atomically(tmp_path / "missing" / "x.pdf", b"x")
    with pytest.raises(InvalidInput):
        write_atomically(tmp_path, b"x")  # a folder is not a file name
    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # fails mid-write: the old file stays, no temp remains
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["out.pdf"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_written_files_are_private_to_their_owner(tmp_path):
    target = tmp_path / "export.json"
    write_atomically(target, b"{}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_write_many_leaves_nothing_when_one_fails(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"old")
    with pytest.raises(InvalidInput):
        write_many_atomically([(tmp_path / "a.csv", b"new"), (tmp_path / "missing" / "b.csv", b"x")])
    assert (tmp_path / "a.csv").read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.csv"]


def test_a_relative_path_writes_into_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_atomically("plain.txt", b"x")
    assert (tmp_path / "plain.txt").read_bytes() == b"x"
    assert os.listdir(tmp_path) == ["plain.txt"]


def test_temp_names_are_unique_hidden_and_beside_the_target(tmp_path):
    names = {temp_path_beside(tmp_path / "db.kkdesk") for _ in range(50)}
    assert len(names) == 50
    for name in names:
        assert os.path.dirname(name) == str(tmp_path)
        assert os.path.basename(name).startswith(".db.kkdesk.")


def test_replace_durably_moves_the_temp_over_the_target(tmp_path):
    target, tmp = tmp_path / "db", tmp_path / ".db.part"
    target.write_bytes(b"old")
    tmp.write_bytes(b"new")
    replace_durably(tmp, target)
    assert target.read_bytes() == b"new" and not tmp.exists()


def test_remove_quietly_takes_the_sqlite_companions_and_ignores_missing_ones(tmp_path):
    base = tmp_path / "x.db"
    for suffix in ("", "-wal"):
        (tmp_path / f"x.db{suffix}").write_bytes(b"")
    remove_quietly(base, ("", "-wal", "-shm", "-journal"))
    assert os.listdir(tmp_path) == []


def test_a_saved_import_mapping_uses_no_fixed_temp_name(tmp_path):
    # A fixed "<name>.tmp" would be overwritten by a second save running at the same time and left
    # behind by a failed one; the mapping goes through the same atomic writer as everything else.
    (tmp_path / "map.json.tmp").write_text("someone else's file")
    Mapping(columns={"Дата": "date"}).save(tmp_path / "map.json")
    assert (tmp_path / "map.json.tmp").read_text() == "someone else's file"
    assert sorted(os.listdir(tmp_path)) == ["map.json", "map.json.tmp"]
    assert Mapping.load(tmp_path / "map.json").columns == {"Дата": "date"}
