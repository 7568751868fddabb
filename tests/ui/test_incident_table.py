"""The incident table over 1,000,000 incidents: the model holds ids only and fetches a few pages.

The million rows are written with one raw executemany into the real schema (incident rows only, in
one transaction): the demo path would take far too long for the suite.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident
from kkdesk.search import SearchQuery, incident_ids
from kkdesk.records import CaseDatabase
from kkdesk.ui.incident_table import LOADING, PAGE_SIZE, IncidentTableModel, IncidentTableView, column
from kkdesk.ui.incidents_pane import FIRST_PAGE, IncidentsPane
from kkdesk.ui.settings import Settings
from kkdesk.ui.worker import Changes, DatabaseWorker
from tests.ui.conftest import PASSPHRASE, shown_cell

N = 1_000_000
CITIES = ["almaty", "astana", "shymkent", "aktobe"]


# Runs in a child process: SQLCipher's cipher_memory_security is process-wide and, once any
# CaseDatabase turned it on, makes bulk writes several times slower (measured 0.6 s vs 2.7 s for
# 50k rows). The child keys a raw sqlcipher3 connection with the same Argon2id key.
_BULK = r"""
import sys
from kkdesk.records.rowkey import search_rowid
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

    worker = DatabaseWorker(million)
    worker.start()
    model = IncidentTableModel(worker)
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
    first = shown_cell(qtbot, model, 0, "date")
    newest = million.incidents.rows([ids[0]])[ids[0]]
    assert first == newest["date"].format("en")
    assert model.cell(0, "title") == newest["title"]

    # jump to the end, as Ctrl+End does
    view.setFocus()
    started = time.perf_counter()
    view.scrollToBottom()
    view.setCurrentIndex(model.index(N - 1, column("date")))
    last_title = shown_cell(qtbot, model, N - 1, "title")
    page_s = time.perf_counter() - started
    oldest = million.incidents.rows([ids[-1]])[ids[-1]]
    assert last_title == oldest["title"]
    assert model.cell(N - 1, "date") == oldest["date"].format("en")
    # only a few pages of 200 were fetched, never the million rows
    assert 2 <= model.fetch_count <= 6, model.fetch_count
    assert len(model._pages) <= model.fetch_count
    worker.stop()
    print(f"\n1M ids query {query_s:.2f} s; jump to last page incl. fetch {page_s * 1000:.0f} ms; "
          f"pages fetched {model.fetch_count} of {N // PAGE_SIZE}; last page fetch {model.last_fetch_ms:.1f} ms")


def test_sorting_runs_in_sql_and_resets_pages(qtbot, million):
    worker = DatabaseWorker(million)
    worker.start()
    model = IncidentTableModel(worker)
    requested = []
    model.sort_requested.connect(lambda key, desc: requested.append((key, desc)))
    model.sort(column("title"), Qt.SortOrder.AscendingOrder)
    model.sort(column("targets"), Qt.SortOrder.AscendingOrder)   # not sortable in SQL, ignored
    assert requested == [("title", False)]
    ids = incident_ids(million, SearchQuery(cities=["shymkent"]), order="ref", descending=False, limit=1000)
    model.set_ids(ids)
    assert model.fetch_count == 0
    assert shown_cell(qtbot, model, 999, "place") == "Shymkent"
    assert model.fetch_count == 1
    worker.stop()


def test_text_search_shows_the_first_page_before_the_full_list(qtbot, million, tmp_path):
    """The pane asks the core for the first page of a text search, then for the whole list."""
    class Ctx:   # the pane needs only these from the application
        lang, pseudonyms = "en", False
        settings = Settings(str(tmp_path / "settings.ini"))

    ctx = Ctx()
    ctx.worker = DatabaseWorker(million)
    ctx.worker.start()
    calls = []
    submit = ctx.worker.submit
    ctx.worker.submit = lambda op, **kw: (calls.append(op), submit(op, **kw))
    pane = IncidentsPane(ctx)
    qtbot.addWidget(pane)
    pane.model.set_worker(ctx.worker)
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


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "small.kkdb"
    with CaseDatabase.create(path, PASSPHRASE) as cdb:
        for n in range(3):
            cdb.incidents.save(Incident(title=f"Fictional incident {n}", date=PartialDate(f"2022-0{n + 1}")))
    cdb = CaseDatabase.open(path, PASSPHRASE)
    worker = DatabaseWorker(cdb)
    worker.start()
    yield cdb, worker
    worker.stop()
    cdb.close()


def test_rows_are_read_on_the_worker_with_a_placeholder_meanwhile(qtbot, small):
    """The GUI thread never reads the database: while the worker is busy a row shows the
    placeholder at once, and its text arrives when the worker gets to it."""
    cdb, worker = small
    release = threading.Event()
    read_on = []
    worker.submit(lambda c: release.wait(10))              # long work holds the worker
    model = IncidentTableModel(worker)
    model.set_ids(incident_ids(cdb, SearchQuery(), order="date", descending=False))
    real_rows = cdb.incidents.rows
    cdb.incidents.rows = lambda *a: (read_on.append(threading.get_ident()), real_rows(*a))[1]
    started = time.perf_counter()
    assert model.cell(0, "title") == LOADING
    assert time.perf_counter() - started < 1                # did not wait for the worker
    release.set()
    assert shown_cell(qtbot, model, 0, "title") == "Fictional incident 0"
    assert model.cell(2, "date") == "March 2022"
    assert len(read_on) == 1                                # one page of rows, read once ...
    assert read_on[0] != threading.main_thread().ident      # ... on the worker, not the GUI thread


def test_a_change_refreshes_rows_without_blanking_them(qtbot, small):
    cdb, worker = small
    model = IncidentTableModel(worker)
    model.set_ids(incident_ids(cdb, SearchQuery(), order="date", descending=False))
    assert shown_cell(qtbot, model, 1, "title") == "Fictional incident 1"
    first_id = model.id_at(1)

    def rename(c):
        inc = c.incidents.get(first_id)
        inc.title = "Renamed incident"
        c.incidents.save(inc)
        return Changes(incidents={first_id})
    announced = []
    worker.changed.connect(announced.append)
    worker.changed.connect(lambda changes: model.invalidate(changes.incidents))
    worker.submit(rename, write=True)
    qtbot.waitUntil(lambda: bool(announced), timeout=5000)
    assert model.cell(1, "title") in ("Fictional incident 1", "Renamed incident")   # never the placeholder
    assert shown_cell(qtbot, model, 1, "title") == "Renamed incident"


def test_a_write_that_returns_no_changes_is_rolled_back(qtbot, small):
    """The runner announces every write; a write that cannot say what it changed is refused."""
    cdb, worker = small
    errors = []

    def sloppy(c):
        c.incidents.save(Incident(title="Never kept", date=PartialDate("2023")))
        return "done"
    worker.submit(sloppy, write=True, on_error=lambda m, e: errors.append(e))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], TypeError)
    assert cdb.incidents.count() == 3
