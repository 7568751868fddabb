"""The exports' bulk reader builds exactly what IncidentStore.get builds."""

from __future__ import annotations

from kkdesk.reports.bulk import load_incidents


def test_bulk_equals_get_for_every_incident(store):
    cdb, _ = store
    ids = [r[0] for r in cdb.conn.execute("SELECT id FROM incident ORDER BY id DESC")]
    assert len(ids) >= 3
    assert load_incidents(cdb, ids) == [cdb.incidents.get(i) for i in ids]
    assert load_incidents(cdb, [ids[0], 99999]) == [cdb.incidents.get(ids[0])]
    assert load_incidents(cdb, []) == []
