"""A database made by every earlier schema version opens and converts; a newer one is refused.

The fixtures (tests/reliability/fixtures/schema-N.kkdb) were made by the migrations up to N only;
make_fixtures.py rebuilds them.
"""

from __future__ import annotations

import shutil

import pytest

from kkdesk import stats
from kkdesk.errors import SchemaTooNew
from kkdesk.search import SearchQuery, incident_ids
from kkdesk.records import CaseDatabase
from kkdesk.store.database import SCHEMA_VERSION
from kkdesk.store.verify import verify
from tests.factories import EXPECTED
from tests.reliability.fixtures.make_fixtures import HERE, PASSPHRASE, RELEASED


def test_there_is_a_fixture_for_every_released_version_before_this_one():
    assert set(RELEASED) == set(range(1, SCHEMA_VERSION)), "add a fixture for the last released schema"
    for v in RELEASED:
        assert (HERE / f"schema-{v}.kkdb").exists()


@pytest.mark.parametrize("version", RELEASED)
def test_an_older_database_opens_and_converts(tmp_path, version):
    path = tmp_path / f"old-{version}.kkdb"
    shutil.copyfile(HERE / f"schema-{version}.kkdb", path)
    with CaseDatabase.open(path, PASSPHRASE) as cdb:
        assert cdb.schema_version() == SCHEMA_VERSION
        assert verify(cdb).ok                       # structure and history chain intact
        for unit in ("threats", "incidents", "persons", "organisations"):
            assert stats.count_by(cdb, [], unit).total == EXPECTED[unit]
        # the statistics cells were filled from the old rows and answer like plain SQL
        for by in (["year"], ["year", "city"], ["source"], ["threat_type"], ["year", "month"]):
            fast = stats.count_by(cdb, by)
            assert (fast.rows, fast.total) == (lambda t: (t.rows, t.total))(
                stats._count_by_sql(cdb, by, "threats", None))
        # the search index was made anew in display order (schema 4) and finds every incident
        for iid, ref in cdb.query("SELECT id, ref FROM incident"):
            assert incident_ids(cdb, SearchQuery(text=ref)) == [iid]
        both = incident_ids(cdb, SearchQuery(text="Жовтис"))
        assert len(both) == 2 and incident_ids(cdb, SearchQuery(text="Zhovtis"), limit=1) == both[:1]
        # and it keeps working: a new incident counts at once
        inc = cdb.incidents.get(cdb.scalar("SELECT min(id) FROM incident"))
        inc.id, inc.uuid, inc.ref = None, "", ""
        for t in inc.targets:
            t.id, t.uuid = None, ""
            for th in t.threats:
                th.id, th.uuid = None, ""
        inc.sources, inc.responses, inc.attachments = [], [], []
        cdb.incidents.save(inc)
        assert stats.count_by(cdb, []).total == EXPECTED["threats"] + inc.threat_count()
    with CaseDatabase.open(path, PASSPHRASE) as cdb:  # converting twice changes nothing
        assert cdb.schema_version() == SCHEMA_VERSION


def test_a_newer_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.kkdb"
    shutil.copyfile(HERE / f"schema-{RELEASED[-1]}.kkdb", path)
    with CaseDatabase.open(path, PASSPHRASE) as cdb:
        cdb.set_meta("schema_version", str(SCHEMA_VERSION + 1))
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew) as err:
        CaseDatabase.open(path, PASSPHRASE)
    assert "newer kkdesk" in str(err.value)
    assert path.read_bytes() == before


_KILLED_MID_CONVERSION = r"""
import os, signal, sys
from kkdesk.progress import Progress
from kkdesk.records import CaseDatabase

class DieHere(Progress):
    def set_progress(self, fraction, text=""):   # inside the conversion's transaction, index dropped
        os.kill(os.getpid(), signal.SIGKILL)

CaseDatabase.open(sys.argv[1], sys.argv[2], progress=DieHere())
"""


def _raw_schema_version(path) -> int:
    """Read meta.schema_version with the key but without CaseDatabase (which would convert)."""
    from kkdesk.store import crypto
    from kkdesk.store.sqlite import connect

    salt = crypto.read_salt(str(path))
    conn = connect(str(path), isolation_level=None)
    try:
        conn.execute(f'PRAGMA key = "{crypto.key_pragma_value(crypto.derive_key(PASSPHRASE, salt), salt)}"')
        return int(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        conn.close()


def test_a_conversion_killed_midway_leaves_the_old_database_which_converts_next_time(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "old.kkdb"
    shutil.copyfile(HERE / "schema-3.kkdb", path)   # the conversion to 4 reports progress: a place to die
    done = subprocess.run([sys.executable, "-c", _KILLED_MID_CONVERSION, str(path), PASSPHRASE],
                          cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert done.returncode == -9          # killed inside the search-index rebuild of schema 4
    assert _raw_schema_version(path) == 3
    with CaseDatabase.open(path, PASSPHRASE) as cdb:
        assert cdb.schema_version() == SCHEMA_VERSION and verify(cdb).ok
        for iid, ref in cdb.query("SELECT id, ref FROM incident"):
            assert incident_ids(cdb, SearchQuery(text=ref)) == [iid]
