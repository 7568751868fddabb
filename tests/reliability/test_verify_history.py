"""`verify` holds the records to their history: an attachment replaced together with its hash, an
attachment row deleted, a live record's history blanked, or a record edited behind the history's
back are each reported (all passed verification before)."""

from __future__ import annotations

import hashlib

import pytest

from kkdesk.records import CaseDatabase
from kkdesk.store.verify import verify
from tests import factories

PASS = "verify history passphrase"


@pytest.fixture
def cdb(tmp_path):
    db = CaseDatabase.create(tmp_path / "v.kkdb", PASS)
    ids = factories.build(db)
    db.att = db.incidents.add_attachment(ids["incidents"][0], "scan.pdf", b"%PDF-1.4 evidence")
    db.ids = ids
    assert verify(db).ok
    yield db
    db.close()


def _problems(cdb) -> str:
    report = verify(cdb)
    assert not report.ok and cdb.writes_blocked
    return " ".join(map(str, report.problems))


def test_attachment_replaced_with_its_hash(cdb):
    forged = b"%PDF-1.4 forged"
    cdb.conn.execute("UPDATE attachment SET data = ?, sha256 = ? WHERE id = ?",
                     (forged, hashlib.sha256(forged).hexdigest(), cdb.att.id))
    assert "not the one the history recorded" in _problems(cdb)


def test_attachment_row_deleted(cdb):
    cdb.conn.execute("DELETE FROM attachment WHERE id = ?", (cdb.att.id,))
    assert "1 attachment the history records is missing from its incident" in _problems(cdb)


def test_history_of_a_live_record_blanked(cdb):
    cdb.conn.execute("UPDATE history SET changes = NULL WHERE entity = 'person'")
    assert "history of" in _problems(cdb) and "blanked" in _problems(cdb)


@pytest.mark.parametrize("table, column", [("incident", "narrative"), ("person", "contact"),
                                           ("organisation", "notes"), ("incident", "title")])
def test_record_edited_behind_the_history(cdb, table, column):
    cdb.conn.execute(f"UPDATE {table} SET {column} = 'forged' WHERE id = (SELECT min(id) FROM {table})")
    assert f"{table} record(s) differ from what their history records" in _problems(cdb)


def test_ordinary_edits_merges_and_deletions_verify_clean(cdb):
    inc = cdb.incidents.get(cdb.ids["incidents"][1])
    inc.narrative = "Edited through the store."
    cdb.incidents.save(inc)
    persons = [r[0] for r in cdb.query("SELECT id FROM person ORDER BY id")]
    cdb.persons.merge(persons[0], persons[1])
    cdb.incidents.remove_attachment(cdb.att.id)
    cdb.incidents.delete(cdb.ids["incidents"][2])
    assert verify(cdb).problems == []
