"""The incident table over 1,000,000 incidents: the model holds ids only and fetches a few pages.

The million rows are written with one raw executemany into the real schema (incident rows only, in
one transaction): the demo path would take far too long for the suite.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kkdesk.search import SearchQuery, incident_ids
from kkdesk.store import CaseDatabase
from kkdesk.ui.incident_table import PAGE_SIZE, IncidentTableModel, IncidentTableView
from kkdesk.ui.worker import DatabaseWorker

N = 1_000_000
CITIES = ["almaty", "astana", "shymkent", "aktobe"]


# Runs in a child process: SQLCipher's cipher_memory_security is process-wide and, once any
# CaseDatabase turned it on, makes bulk writes several times slower (measured 0.6 s vs 2.7 s for
# 50k rows). The child keys a raw sqlcipher3 connection with the same Argon2id key.
_BULK = r"""
import sys
from kkdesk.search.rowkey import search_rowid
from kkdesk.store import crypto
from kkdesk.store.sqlite import connect
path, passphrase, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
salt = crypto.read_salt(path)
conn = connect(path, isolation_level=None)
conn.execute('PRAGMA key = "' + crypto.key_pragma_value(crypto.derive_key(passphrase, salt), salt) + '"')
conn.execute("PRAGMA journal_mode = WAL")
cities = ["almaty", "astana", "shymkent", "aktobe"]
def iso_of(i):
    return f"{2011 + i % 13:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
def rows():
    for i in range(1, n + 1):
        year, month, iso = 2011 + i % 13, 1 + i % 12, iso_of(i)
        yield (i, f"uuid-{i:07d}", f"KK-{year}-{i:08X}", f"Incident number {i}", iso, iso, iso, year, month,
               cities[i % 4], cities[i % 4], "draft", "restricted", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z")
indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incident'"
                       " AND sql IS NOT NULL").fetchall()
conn.execute("BEGIN")
for name, _sql in indexes:   # rebuilt after the load: sorted index builds beat random inserts
    conn.execute(f"DROP INDEX {name}")
conn.executemany(
    "INSERT INTO incident(id, uuid, ref, title, date_from, date_start, date_end, year, month, city, region,"
    " status, confidentiality, recorded_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows())
for _name, sql in indexes:
    conn.execute(sql)
# search text for every 333rd incident only (3,003 rows): enough to test the two-step text search
conn.executemany("INSERT INTO incident_fts(rowid, body) VALUES (?, ?)",
                 ((search_rowid(iso_of(i), i), f"incident number {i} river") for i in range(333, n + 1, 333)))
conn.execute("COMMIT")
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
conn.close()
"""
PASS = "million rows passphrase"


@pytest.fixture(scope="module")
def million(tmp_path_factory):
    path = tmp_path_factory.mktemp("million") / "million.kkdb"
    CaseDatabase.create(path, PASS).close()
    subprocess.run([sys.executable, "-c", _BULK, str(path), PASS, str(N)], check=True, timeout=600,
                   cwd=Path(__file__).resolve().parents[2])
    cdb = CaseDatabase.open(path, PASS)
    yield cdb
    cdb.close()


def test_first_and_last_page_of_a_million(qtbot, million):
    started = time.perf_counter()
    ids = incident_ids(million, SearchQuery(), order="date", descending=True)
    query_s = time.perf_counter() - started
    assert len(ids) == N

    model = IncidentTableModel(million)
    view = IncidentTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    model.set_ids(ids)
    qtbot.waitExposed(view)
    assert model.rowCount() == N

    # the first page as the view shows it
    qtbot.waitUntil(lambda: model.fetch_count >= 1)
    first = model.data(model.index(0, 0))
    newest = million.incidents.rows([ids[0]])[ids[0]]
    assert first == newest["date"].format("en")
    assert model.data(model.index(0, 2)) == newest["title"]

    # jump to the end, as Ctrl+End does
    view.setFocus()
    started = time.perf_counter()
    view.scrollToBottom()
    view.setCurrentIndex(model.index(N - 1, 0))
    qtbot.wait(50)
    last_title = model.data(model.index(N - 1, 2))
    page_s = time.perf_counter() - started
    oldest = million.incidents.rows([ids[-1]])[ids[-1]]
    assert last_title == oldest["title"]
    assert model.data(model.index(N - 1, 0)) == oldest["date"].format("en")
    # only a few pages of 200 were fetched, never the million rows
    assert 2 <= model.fetch_count <= 6, model.fetch_count
    assert len(model._pages) <= model.fetch_count
    print(f"\n1M ids query {query_s:.2f} s; jump to last page incl. fetch {page_s * 1000:.0f} ms; "
          f"pages fetched {model.fetch_count} of {N // PAGE_SIZE}; last page fetch {model.last_fetch_ms:.1f} ms")


def test_sorting_runs_in_sql_and_resets_pages(qtbot, million):
    model = IncidentTableModel(million)
    requested = []
    model.sort_requested.connect(lambda key, desc: requested.append((key, desc)))
    model.sort(2, Qt.SortOrder.AscendingOrder)   # title
    model.sort(4, Qt.SortOrder.AscendingOrder)   # targets: not sortable in SQL, ignored
    assert requested == [("title", False)]
    ids = incident_ids(million, SearchQuery(cities=["shymkent"]), order="ref", descending=False, limit=1000)
    model.set_ids(ids)
    assert model.fetch_count == 0
    assert model.data(model.index(999, 3)) == "Shymkent"
    assert model.fetch_count == 1


def test_text_search_shows_the_first_page_before_the_full_list(qtbot, million):
    """The pane asks the core for the first page of a text search, then for the whole list."""
    from kkdesk.ui.incidents_pane import FIRST_PAGE, IncidentsPane

    class Ctx:   # the pane needs only these from the application
        lang, pseudonyms = "en", False

    ctx = Ctx()
    ctx.worker = DatabaseWorker(million)
    ctx.worker.start()
    calls = []
    submit = ctx.worker.submit
    ctx.worker.submit = lambda op, **kw: (calls.append(op), submit(op, **kw))
    pane = IncidentsPane(ctx)
    qtbot.addWidget(pane)
    pane.model.cdb = million
    shown = []
    pane.model.modelReset.connect(lambda: shown.append(pane.model.rowCount()))
    pane.search.setText("river")           # in the search text of 3,003 incidents
    pane.refresh()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20000)
    ctx.worker.stop()
    assert shown == [FIRST_PAGE, N // 333]
    assert len(calls) == 2
    assert pane.model.ids()[:FIRST_PAGE] == incident_ids(million, SearchQuery(text="river"), limit=FIRST_PAGE)
    assert pane.count_label.text() == f"{N // 333} incident(s)"
