"""History anchored outside the laptop: each bundle carries the sender's signed history head and
the hash each earlier head has now; the coordinator keeps them, and its `verify` names a monitor
whose history was rewritten (the whole chain recomputed) or cut behind a head it sent before —
which the monitor's own verify cannot see."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kkdesk.exchange import add_peer, export_bundle, import_bundle, own_keys
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident
from kkdesk.records import CaseDatabase
from kkdesk.store.history import GENESIS, _sha256, entry_hash
from kkdesk.store.verify import verify

ROOT = Path(__file__).resolve().parents[2]
PASS = "anchor passphrase"


@pytest.fixture
def pair(tmp_path):
    mon = CaseDatabase.create(tmp_path / "mon.kkdb", PASS, actor="mon")
    coord = CaseDatabase.create(tmp_path / "coord.kkdb", PASS, actor="coord")
    add_peer(coord, "mon", own_keys(mon).text)
    add_peer(mon, "coord", own_keys(coord).text)
    yield mon, coord, tmp_path
    mon.close()
    coord.close()


def _send(mon, coord, folder, name, title):
    mon.incidents.save(Incident(title=title, date=PartialDate.parse("2022-02-02"), city="almaty"))
    export_bundle(mon, "coord", folder / f"{name}.kkdx")
    return import_bundle(coord, folder / f"{name}.kkdx")


def _rewrite_whole_chain(cdb, edit_seq: int) -> None:
    """What someone with the key can do: edit an entry, then recompute every hash after it."""
    cdb.conn.execute("UPDATE history SET changes = replace(changes, 'Second', 'Other') WHERE seq = ?", (edit_seq,))
    prev = GENESIS
    rows = cdb.query("SELECT seq, at, actor, action, entity, entity_uuid, changes, changes_hash FROM history ORDER BY seq")
    for seq, at, actor, action, entity, uid, changes, changes_hash in rows:
        changes_hash = _sha256(changes) if changes is not None else changes_hash
        digest = entry_hash(seq, at, actor, action, entity, uid, changes_hash, prev)
        cdb.conn.execute("UPDATE history SET changes_hash = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                         (changes_hash, prev, digest, seq))
        prev = digest


def test_a_rewritten_history_is_reported_at_the_coordinator(pair):
    mon, coord, folder = pair
    assert _send(mon, coord, folder, "b1", "First anchor case").history_warning is None
    assert _send(mon, coord, folder, "b2", "Second anchor case").history_warning is None
    assert verify(coord).peer_problems == []
    seq = mon.scalar("SELECT seq FROM history WHERE changes LIKE '%Second anchor%'")
    _rewrite_whole_chain(mon, seq)
    # The incident row too, so the record matches its forged history: the laptop alone sees nothing.
    mon.conn.execute("UPDATE incident SET title = 'Other anchor case' WHERE title = 'Second anchor case'")
    assert verify(mon).ok
    summary = _send(mon, coord, folder, "b3", "Third anchor case")
    assert summary.history_warning and "rewritten" in str(summary.history_warning)
    assert "WARNING" in summary.text()
    report = verify(coord)
    assert report.ok  # the coordinator's own database is fine, and stays writable
    assert len(report.peer_problems) == 1 and "Peer 'mon'" in str(report.peer_problems[0])
    coord_path = coord.path
    coord.close()
    env = dict(os.environ, KKDESK_PASSPHRASE=PASS, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "kkdesk", "verify", coord_path], capture_output=True, text=True,
                         env=env, cwd=str(ROOT), timeout=120)
    assert out.returncode == 1 and "PEER: Peer 'mon'" in out.stdout and "rewritten" in out.stdout


def test_a_cut_history_is_reported_at_the_coordinator(pair):
    mon, coord, folder = pair
    _send(mon, coord, folder, "b1", "First anchor case")
    _send(mon, coord, folder, "b2", "Second anchor case")
    cut = mon.scalar("SELECT seq FROM history WHERE changes LIKE '%Second anchor%'")
    mon.conn.execute("DELETE FROM history WHERE seq >= ?", (cut,))
    mon.conn.execute("DELETE FROM incident WHERE title = 'Second anchor case'")
    summary = _send(mon, coord, folder, "b3", "Third anchor case")
    assert summary.history_warning and "entry" in str(summary.history_warning)
    assert any("Peer 'mon'" in str(p) for p in verify(coord).peer_problems)


def test_a_monitor_that_drops_its_record_of_sent_heads_is_reported(pair):
    mon, coord, folder = pair
    _send(mon, coord, folder, "b1", "First anchor case")
    mon.conn.execute("UPDATE exchange_bundle SET history_seq = NULL")
    assert _send(mon, coord, folder, "b2", "Second anchor case").history_warning


def test_bundles_arriving_out_of_order_raise_no_alarm(pair):
    mon, coord, folder = pair
    for n in range(3):
        mon.incidents.save(Incident(title=f"Order case {n}", date=PartialDate.parse("2022-03-03"), city="almaty"))
        export_bundle(mon, "coord", folder / f"o{n}.kkdx")
    for n in (2, 0, 1):
        assert import_bundle(coord, folder / f"o{n}.kkdx").history_warning is None
    assert verify(coord).peer_problems == []
