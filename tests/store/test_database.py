"""The encrypted file: creation, unlocking, wrong passphrases, schema versions, passphrase change,
backups and verification — all on real SQLCipher files."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from kkdesk.errors import (
    IntegrityFailure,
    InvalidInput,
    NotADatabase,
    SchemaTooNew,
    WritesBlocked,
    WrongPassphrase,
)
from kkdesk.records import CaseDatabase
from kkdesk.store import SCHEMA_VERSION
from kkdesk.store.backup import backup, restore, rotating_backup
from kkdesk.store.verify import verify
from tests import factories
from tests.pages import encodings


def _digest(path) -> dict[str, str | None]:
    out = {}
    for suffix in ("", "-wal"):
        p = f"{path}{suffix}"
        out[suffix] = hashlib.sha256(open(p, "rb").read()).hexdigest() if os.path.exists(p) else None
    return out


def test_create_sets_the_safety_pragmas(new_db):
    c = new_db.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert c.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert str(c.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"
    assert new_db.schema_version() == SCHEMA_VERSION
    assert new_db.meta("kdf").startswith("argon2id")


def test_file_is_not_plain_sqlite_and_needs_no_sidecar(tmp_path, passphrase):
    path = tmp_path / "a.kkdb"
    CaseDatabase.create(path, passphrase).close()
    assert sorted(os.listdir(tmp_path)) == ["a.kkdb"]  # nothing beside it once closed
    with open(path, "rb") as fh:
        assert not fh.read(16).startswith(b"SQLite format 3")
    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()
    with CaseDatabase.open(path, passphrase) as cdb:
        assert cdb.vocab.terms("threat_type")


def test_create_refuses_to_overwrite(tmp_path, passphrase):
    path = tmp_path / "a.kkdb"
    path.write_bytes(b"precious")
    with pytest.raises(InvalidInput, match="already exists"):
        CaseDatabase.create(path, passphrase)
    assert path.read_bytes() == b"precious"
    with pytest.raises(InvalidInput):
        CaseDatabase.create(tmp_path / "b.kkdb", "")


_CRASHING_WRITER = """
import os, sys
from kkdesk.records import CaseDatabase
from tests import factories
cdb = CaseDatabase.create(sys.argv[1], sys.argv[2])
factories.build(cdb)
cdb.conn.execute("PRAGMA wal_autocheckpoint = 0")
cdb.persons.save(factories.Person(name_latin="Late Entry", gender="male"))
os._exit(0)  # die without closing: the WAL stays, as after a power cut
"""


def test_wrong_passphrase_after_a_crash_leaves_every_byte_alone(tmp_path, passphrase):
    import subprocess
    import sys

    path = tmp_path / "a.kkdb"
    subprocess.run([sys.executable, "-c", _CRASHING_WRITER, str(path), passphrase], check=True,
                   cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert os.path.getsize(f"{path}-wal") > 0
    before = _digest(path)
    with pytest.raises(WrongPassphrase) as err:
        CaseDatabase.open(path, "not the passphrase")
    assert "passphrase" in str(err.value)
    assert _digest(path) == before
    with CaseDatabase.open(path, passphrase) as again:
        assert again.persons.count() == 4  # the WAL's last write survived


def test_missing_and_foreign_files_are_reported_plainly(tmp_path, passphrase):
    with pytest.raises(NotADatabase):
        CaseDatabase.open(tmp_path / "nothing.kkdb", passphrase)
    short = tmp_path / "short.kkdb"
    short.write_bytes(b"abc")
    with pytest.raises(NotADatabase):
        CaseDatabase.open(short, passphrase)
    text = tmp_path / "notes.txt"
    text.write_bytes(b"just some text, long enough to have a salt-sized start" * 100)
    with pytest.raises(WrongPassphrase):
        CaseDatabase.open(text, passphrase)


def test_a_newer_schema_is_refused_and_not_changed(tmp_path, passphrase):
    path = tmp_path / "a.kkdb"
    with CaseDatabase.create(path, passphrase) as cdb:
        cdb.set_meta("schema_version", str(SCHEMA_VERSION + 5))
    before = _digest(path)
    with pytest.raises(SchemaTooNew, match="newer kkdesk"):
        CaseDatabase.open(path, passphrase)
    assert _digest(path) == before


def test_passphrase_change(tmp_path, passphrase):
    path = tmp_path / "a.kkdb"
    with CaseDatabase.create(path, passphrase) as cdb:
        factories.build(cdb)
        with pytest.raises(WrongPassphrase):
            cdb.change_passphrase("wrong", "new one")
        cdb.change_passphrase(passphrase, "новый пароль Қазақ")
    with pytest.raises(WrongPassphrase):
        CaseDatabase.open(path, passphrase)
    with CaseDatabase.open(path, "новый пароль Қазақ") as cdb:
        assert cdb.incidents.count() == 4
        assert verify(cdb).ok


def test_transaction_is_all_or_nothing(new_db):
    before = new_db.persons.count()
    with pytest.raises(RuntimeError):
        with new_db.transaction():
            new_db.persons.save(factories.Person(name_latin="Temporary Person"))
            raise RuntimeError("boom")
    assert new_db.persons.count() == before


def test_backup_restore_and_rotation(tmp_path, passphrase):
    path = tmp_path / "a.kkdb"
    with CaseDatabase.create(path, passphrase) as cdb:
        ids = factories.build(cdb)
        copy = backup(cdb, tmp_path / "copy.kkbak")
        folder = tmp_path / "backups"
        for _ in range(4):
            rotating_backup(cdb, folder, keep=2)
        assert len(list(folder.iterdir())) == 2
        cdb.incidents.delete(ids["incidents"][0])
        assert cdb.incidents.count() == 3
    leftovers = [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]
    assert leftovers == []
    with CaseDatabase.open(copy, passphrase) as b:
        assert b.incidents.count() == 4
    restore(copy, path, passphrase)
    with CaseDatabase.open(path, passphrase) as cdb:
        assert cdb.incidents.count() == 4
        assert verify(cdb).ok
    with pytest.raises(WrongPassphrase):
        restore(copy, path, "wrong")


def test_no_known_name_in_any_byte_on_disk(tmp_path, passphrase):
    path = tmp_path / "a.kkdb"
    cdb = CaseDatabase.create(path, passphrase)
    factories.build(cdb)
    backup(cdb, tmp_path / "b.kkbak")
    names = [*factories.ZHOVTIS, *factories.ASEL, *factories.MARIA, factories.ORG_NAME, "Жовтис", "Қуанышқызы"]
    # with the database open (WAL and SHM present) and after closing
    for stage in ("open", "closed"):
        blobs = {p: open(tmp_path / p, "rb").read() for p in os.listdir(tmp_path)}
        assert "a.kkdb" in blobs and "b.kkbak" in blobs
        for fname, blob in blobs.items():
            for name in names:
                for enc in encodings(name):
                    assert enc not in blob, f"a name leaked into {fname} ({stage})"
        cdb.close()


def test_verify_catches_edited_history_and_changed_attachment(tmp_path, passphrase):
    path = tmp_path / "a.kkdb"
    with CaseDatabase.create(path, passphrase) as cdb:
        ids = factories.build(cdb)
        att = cdb.incidents.add_attachment(ids["incidents"][0], "scan.pdf", b"%PDF-1.4 evidence bytes")
        assert verify(cdb).ok
        # an attacker with the key flips one byte of the evidence
        data = bytearray(cdb.incidents.attachment_data(att.id))
        data[5] ^= 0x01
        cdb.conn.execute("UPDATE attachment SET data = ? WHERE id = ?", (bytes(data), att.id))
        report = verify(cdb)
        assert not report.ok and any("SHA-256" in str(p) for p in report.problems)
        assert cdb.writes_blocked
        with pytest.raises(WritesBlocked):
            cdb.persons.save(factories.Person(name_latin="Blocked Write"))
    with CaseDatabase.open(path, passphrase) as cdb:
        cdb.conn.execute("UPDATE attachment SET data = ? WHERE id = ?", (b"%PDF-1.4 evidence bytes", att.id))
        assert verify(cdb).ok
        # now edit an earlier history entry's recorded change
        cdb.conn.execute("UPDATE history SET changes = replace(changes, 'Вызов', 'Визит') WHERE seq = "
                         "(SELECT min(seq) FROM history WHERE entity = 'incident')")
        report = verify(cdb)
        assert any("History entry" in str(p) and "edited" in str(p) for p in report.problems)


def test_verify_reports_flipped_page_bytes_without_crashing(tmp_path, passphrase):
    path = tmp_path / "a.kkdb"
    with CaseDatabase.create(path, passphrase) as cdb:
        factories.build(cdb)
    size = os.path.getsize(path)
    with open(path, "r+b") as fh:  # flip bytes in a page in the middle of the file
        fh.seek((size // 4096 // 2) * 4096 + 100)
        chunk = bytearray(fh.read(8))
        fh.seek(-8, 1)
        fh.write(bytes(b ^ 0xFF for b in chunk))
    with CaseDatabase.open(path, passphrase) as cdb:
        report = verify(cdb)
        assert not report.ok
        assert cdb.writes_blocked
        with pytest.raises(IntegrityFailure):
            backup(cdb, tmp_path / "bad.kkbak")
    assert not (tmp_path / "bad.kkbak").exists()


def test_destroy_makes_database_and_backups_unrecoverable(tmp_path, passphrase):
    from kkdesk.store.destroy import destroy

    path = tmp_path / "a.kkdb"
    with CaseDatabase.create(path, passphrase) as cdb:
        factories.build(cdb)
        rotating_backup(cdb, tmp_path / "bk")
        stolen = tmp_path / "stolen-copy.kkdb"
        cdb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stolen.write_bytes(path.read_bytes())
    removed = destroy(path, tmp_path / "bk")
    assert "a.kkdb" in removed and len(removed) == 2
    assert not path.exists() and list((tmp_path / "bk").iterdir()) == []
    with pytest.raises(InvalidInput):
        destroy(path)
    # Whatever the disk may keep of the rest of a file is useless without its first page (the salt):
    # even the right passphrase cannot open a copy whose header was overwritten the same way.
    data = bytearray(stolen.read_bytes())
    data[:4096] = os.urandom(4096)
    stolen.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        CaseDatabase.open(stolen, passphrase)


def test_larger_cache_is_handed_back(new_db):
    with new_db.larger_cache(100) as cdb:
        assert cdb.scalar("PRAGMA cache_size") == -100 * 1024
    assert new_db.scalar("PRAGMA cache_size") == -64 * 1024
