"""The one incident reader (records/bulk.py): many ids at once build exactly what one id at a time
builds, and the declared columns are the database's."""

from __future__ import annotations

from kkdesk.model.entities import CRITERIA
from kkdesk.records import tables
from kkdesk.records.bulk import load_incidents


def test_many_at_once_equals_one_at_a_time(store):
    cdb, _ = store
    ids = [r[0] for r in cdb.conn.execute("SELECT id FROM incident ORDER BY id DESC")]
    assert len(ids) >= 3
    assert load_incidents(cdb, ids) == [cdb.incidents.get(i) for i in ids]
    assert cdb.incidents.get_many(ids) == load_incidents(cdb, ids)
    assert load_incidents(cdb, [ids[0], 99999]) == [cdb.incidents.get(ids[0])]
    assert load_incidents(cdb, []) == []


def test_declared_columns_are_the_schemas(store):
    # A column declared in records/tables.py but missing from the schema (a criterion added to the
    # model without its migration) would fail every save; this says so first.
    cdb, _ = store
    declared = {"incident": tables.INCIDENT_COLUMNS, "target": tables.TARGET_COLUMNS,
                "threat": tables.THREAT_COLUMNS, "info_source": tables.INFO_SOURCE_COLUMNS,
                "response": tables.RESPONSE_COLUMNS, "attachment": tables.ATTACHMENT_COLUMNS}
    for table, columns in declared.items():
        actual = {r[1] for r in cdb.conn.execute(f"PRAGMA table_info({table})")}
        assert set(columns) <= actual, (table, set(columns) - actual)
    assert set(CRITERIA) <= set(tables.THREAT_COLUMNS)
