"""IncidentTableModel: holds only the ordered ids of the current query and fetches visible rows in
pages of PAGE_SIZE (IncidentStore.rows), kept in a small LRU cache — the way to show 1M rows.

Sorting and filtering happen in SQL (kkdesk.search.incident_ids); there is no proxy model.
Page fetches run on the GUI thread: measured at a few milliseconds for 200 rows (see the tests'
timing print and the report). They wait at most 50 ms for the database lock; if the worker holds it
longer (a long write), the rows show "…" and are fetched again shortly after — never a freeze.
"""

from __future__ import annotations

import time
from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from kkdesk.errors import DatabaseLocked

PAGE_SIZE = 200
CACHE_PAGES = 40
LOADING = "…"

# column key, sort key in kkdesk.search.SORT_KEYS (None: not sortable)
COLUMNS = [("date", "date"), ("ref", "ref"), ("title", "title"), ("place", "place"), ("targets", None),
           ("threat_types", None), ("sources", None), ("status", "status")]


def column_title(key: str) -> str:
    return {
        "date": QCoreApplication.translate("IncidentTableModel", "Date"),
        "ref": QCoreApplication.translate("IncidentTableModel", "Reference"),
        "title": QCoreApplication.translate("IncidentTableModel", "Title"),
        "place": QCoreApplication.translate("IncidentTableModel", "Place"),
        "targets": QCoreApplication.translate("IncidentTableModel", "Targets"),
        "threat_types": QCoreApplication.translate("IncidentTableModel", "Threat types"),
        "sources": QCoreApplication.translate("IncidentTableModel", "Sources"),
        "status": QCoreApplication.translate("IncidentTableModel", "Status"),
    }[key]


class IncidentTableModel(QAbstractTableModel):
    """Rows = ordered incident ids; cells filled page by page on demand."""

    sort_requested = Signal(str, bool)   # order key, descending

    def __init__(self, cdb, lang: str = "en", pseudonyms: bool = False, parent=None):
        super().__init__(parent)
        self.cdb = cdb
        self.lang = lang
        self.pseudonyms = pseudonyms
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, tuple]] = OrderedDict()
        self.fetch_count = 0          # pages fetched since the last reset (tests assert on it)
        self.total_fetches = 0
        self.last_fetch_ms = 0.0
        self._deid = None   # names inside titles replaced by codes when pseudonyms are shown
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(150)
        self._retry.timeout.connect(self._refresh_all)

    # --- content ---
    def set_ids(self, ids) -> None:
        """Show these incident ids, in this order (a list, or the compact array of the full list)."""
        self.beginResetModel()
        self._ids = ids if isinstance(ids, array) else array("q", ids)
        self._pages.clear()
        self.fetch_count = 0
        self.endResetModel()

    def ids(self) -> list[int]:
        """A copy of the shown ids as a list (the model keeps them as a compact array)."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, incident_id: int) -> int:
        try:
            return self._ids.index(incident_id)
        except ValueError:
            return -1

    def invalidate(self, incident_ids: set | None = None) -> None:
        """Drop cached pages (all, or those holding the given ids) so they are fetched again."""
        if incident_ids is None:
            self._pages.clear()
            self._deid = None
        else:
            for page in [p for p, rows in self._pages.items() if incident_ids & rows.keys()]:
                del self._pages[page]
        self._refresh_all()

    def set_display(self, lang: str, pseudonyms: bool) -> None:
        self.lang, self.pseudonyms = lang, pseudonyms
        self._pages.clear()
        self._deid = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._refresh_all()

    def clear(self) -> None:
        """Forget everything (locking): no row text stays in memory."""
        self.cdb = None
        self.set_ids([])

    def _refresh_all(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # --- fetching ---
    def _page(self, page: int) -> dict[int, tuple] | None:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        if self.cdb is None or not self.cdb.is_open:
            return None
        lock = self.cdb._lock  # the store's own RLock: never read mid-transaction of the worker
        if not lock.acquire(timeout=0.05):
            self._retry.start()
            return None
        started = time.perf_counter()
        try:
            rows = self._fetch(list(self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]))
        except DatabaseLocked:
            return None
        finally:
            lock.release()
        self.last_fetch_ms = (time.perf_counter() - started) * 1000
        self.fetch_count += 1
        self.total_fetches += 1
        self._pages[page] = rows
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _fetch(self, ids: list[int]) -> dict[int, tuple]:
        cdb, lang = self.cdb, self.lang
        raw = cdb.incidents.rows(ids, lang)
        pids = sorted({p for r in raw.values() for p in r["persons"]})
        oids = sorted({o for r in raw.values() for o in r["organisations"]})
        pnames = cdb.persons.names(pids) if pids else {}
        onames = cdb.organisations.names(oids) if oids else {}
        title = self._title_filter(cdb)
        out = {}
        for iid, r in raw.items():
            names = []
            for pid in r["persons"]:
                latin, cyr, pseudo = pnames.get(pid, ("", "", ""))
                names.append(pseudo if self.pseudonyms else (cyr or latin))
            for oid in r["organisations"]:
                name, _alt, pseudo = onames.get(oid, ("", "", ""))
                names.append(pseudo if self.pseudonyms else name)
            out[iid] = (
                r["date"].format(lang),
                r["ref"],
                title(r["title"]),
                r["place"],
                "; ".join(n for n in names if n),
                "; ".join(cdb.vocab.label("threat_type", c, lang) for c in r["threat_types"]),
                "; ".join(cdb.vocab.label("source_type", c, lang) for c in r["sources"]),
                cdb.vocab.label("status", r["status"], lang),
            )
        return out

    def _title_filter(self, cdb):
        """Titles as they are, or with every registered name replaced by its pseudonym code."""
        if not self.pseudonyms:
            return lambda text: text
        if self._deid is None:
            from kkdesk.reports.deidentify import Deidentifier
            self._deid = Deidentifier.for_database(cdb, "pseudonymised")
        return self._deid.text

    # --- Qt model API ---
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = index.row()
        page = self._page(row // PAGE_SIZE)
        if page is None:
            return LOADING
        values = page.get(self._ids[row])
        if values is None:
            return ""
        return values[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(COLUMNS[section][0])
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)


class IncidentTableView(QTableView):
    """The case table: uniform row heights so Qt never measures every row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("incidentTable")
        self.setAccessibleName(self.tr("Incidents"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSortingEnabled(True)
        self.setTabKeyNavigation(False)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for col, width in enumerate((140, 135, 240, 100, 190, 220, 160, 80)):
            self.setColumnWidth(col, width)
