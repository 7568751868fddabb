"""IncidentTableModel: holds only the ordered ids of the current query and fetches visible rows in
pages of PAGE_SIZE (IncidentStore.rows), kept in a small LRU cache — the way to show 1M rows.

Sorting and filtering happen in SQL (kkdesk.search.incident_ids); there is no proxy model.
Pages are READ ON THE WORKER like every other database operation (as Anki's browser fills rows):
a row not yet fetched shows a placeholder ("…") and the page is queued once; when it arrives the
rows repaint. After a change the old text stays on screen until the fresh page replaces it, so a
save never blanks the table. While long work holds the worker, newly scrolled rows wait for it.
"""

from __future__ import annotations

import time
from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from kkdesk.reports.deidentify import Deidentifier

PAGE_SIZE = 200
CACHE_PAGES = 40
LOADING = "…"

# column key, sort key in kkdesk.search.SORT_KEYS (None: not sortable)
COLUMNS = [("date", "date"), ("ref", "ref"), ("title", "title"), ("place", "place"), ("targets", None),
           ("threat_types", None), ("sources", None), ("status", "status")]
COLUMN_KEYS = [key for key, _sort in COLUMNS]


def column(key: str) -> int:
    """The position of a named column ("title" -> 2): code and tests name columns, never count them."""
    return COLUMN_KEYS.index(key)


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


def page_rows(cdb, ids: list[int], lang: str, pseudonyms: bool, deid: Deidentifier | None) -> dict[int, tuple]:
    """The table's cells for these incidents (runs on the worker): one tuple per id, in COLUMNS order.
    With pseudonyms, names are codes and names inside titles are replaced by `deid` bound to each
    incident's own targets (as the documents do): only they may show as codes, anyone else as [name]."""
    raw = cdb.incidents.rows(ids, lang)
    pids = sorted({p for r in raw.values() for p in r["persons"]})
    oids = sorted({o for r in raw.values() for o in r["organisations"]})
    pnames = cdb.persons.names(pids) if pids else {}
    onames = cdb.organisations.names(oids) if oids else {}
    masked = pseudonyms and deid is not None
    label = cdb.vocab.label
    out = {}
    for iid, r in raw.items():
        names = []
        for pid in r["persons"]:
            latin, cyr, pseudo = pnames.get(pid, ("", "", ""))
            names.append(pseudo if pseudonyms else (cyr or latin))
        for oid in r["organisations"]:
            name, _alt, pseudo = onames.get(oid, ("", "", ""))
            names.append(pseudo if pseudonyms else name)
        cells = {
            "date": r["date"].format(lang),
            "ref": r["ref"],
            "title": deid.for_targets(r["persons"], r["organisations"]).text(r["title"]) if masked else r["title"],
            "place": r["place"],
            "targets": "; ".join(n for n in names if n),
            "threat_types": "; ".join(label("threat_type", c, lang) for c in r["threat_types"]),
            "sources": "; ".join(label("source_type", c, lang) for c in r["sources"]),
            "status": label("status", r["status"], lang),
        }
        out[iid] = tuple(cells[key] for key in COLUMN_KEYS)
    return out


class IncidentTableModel(QAbstractTableModel):
    """Rows = ordered incident ids; cells filled page by page on demand, read on the worker."""

    sort_requested = Signal(str, bool)   # order key, descending

    def __init__(self, worker=None, lang: str = "en", pseudonyms: bool = False, parent=None):
        super().__init__(parent)
        self.worker = worker          # a kkdesk.ui.worker.DatabaseWorker; None while locked
        self.lang = lang
        self.pseudonyms = pseudonyms
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, tuple]] = OrderedDict()
        self._asked: set[int] = set()     # pages queued on the worker, not yet arrived
        self._stale: set[int] = set()     # pages shown but changed since: fetched again once
        self._generation = 0              # answers for older ids or display settings are dropped
        self.fetch_count = 0          # pages fetched since the last reset (tests assert on it)
        self.total_fetches = 0
        self.last_fetch_ms = 0.0
        self._deid = None   # names inside titles replaced by codes when pseudonyms are shown

    # --- content ---
    def set_worker(self, worker) -> None:
        """Read through this worker from now on (None: locked, nothing is read)."""
        self.worker = worker
        self._forget()

    def set_ids(self, ids) -> None:
        """Show these incident ids, in this order (a list, or the compact array of the full list)."""
        self.beginResetModel()
        self._ids = ids if isinstance(ids, array) else array("q", ids)
        self._forget()
        self.fetch_count = 0
        self.endResetModel()

    def _forget(self) -> None:
        self._generation += 1
        self._pages.clear()
        self._asked.clear()
        self._stale.clear()

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

    def is_loaded(self, row: int) -> bool:
        """True when the row's current cells have arrived (neither the placeholder nor stale text)."""
        page = row // PAGE_SIZE
        return page in self._pages and page not in self._stale

    def cell(self, row: int, key: str):
        """The display text of a named column, as the view shows it (the placeholder until fetched)."""
        return self.data(self.index(row, column(key)))

    def invalidate(self, incident_ids: set | None = None) -> None:
        """Fetch again the pages (all, or those holding the given ids); they keep showing until then."""
        if incident_ids is None:
            self._stale.update(self._pages)
            self._deid = None
        else:
            self._stale.update(p for p, rows in self._pages.items() if incident_ids & rows.keys())
        self._asked -= self._stale
        self._refresh_all()

    def set_display(self, lang: str, pseudonyms: bool) -> None:
        self.lang, self.pseudonyms = lang, pseudonyms
        self._forget()
        self._deid = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._refresh_all()

    def clear(self) -> None:
        """Forget everything (locking): no row text stays in memory."""
        self.worker = None
        self._deid = None
        self.set_ids([])

    def _refresh_all(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # --- fetching ---
    def _page(self, page: int) -> dict[int, tuple] | None:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            if page in self._stale and page not in self._asked:
                self._ask(page)
            return rows
        if page not in self._asked:
            self._ask(page)
        return None

    def _ask(self, page: int) -> None:
        """Queue one page on the worker; its answer lands in _arrived on the GUI thread."""
        if self.worker is None:
            return
        self._asked.add(page)
        gen, lang, pseudo, deid = self._generation, self.lang, self.pseudonyms, self._deid
        ids = list(self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE])

        def read(cdb):
            if gen != self._generation:
                return None                 # scrolled or searched away before the worker got here
            started = time.perf_counter()
            d = deid if (deid is not None or not pseudo) else Deidentifier.for_database(cdb, "pseudonymised", lang)
            return page_rows(cdb, ids, lang, pseudo, d), d, (time.perf_counter() - started) * 1000

        self.worker.submit(read, on_done=lambda answer: self._arrived(gen, page, answer),
                           on_error=lambda _m, _e: self._asked.discard(page))

    def _arrived(self, gen: int, page: int, answer) -> None:
        if gen != self._generation or answer is None:
            return
        rows, self._deid, self.last_fetch_ms = answer
        self._asked.discard(page)
        self._stale.discard(page)
        self.fetch_count += 1
        self.total_fetches += 1
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(len(self._ids), first + PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

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
    """The case table: uniform row heights so Qt never measures every row; a right click on the
    header chooses the columns shown (`columns_chosen` carries the hidden keys, to be remembered)."""

    columns_chosen = Signal(list)

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
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.column_menu().exec(header.mapToGlobal(pos)))

    def column_menu(self) -> QMenu:
        """One checkable entry per column; the date and the title always stay."""
        menu = QMenu(self)
        menu.setObjectName("columnChooser")
        for key in COLUMN_KEYS:
            act = menu.addAction(column_title(key))
            act.setObjectName(f"column_{key}")
            act.setCheckable(True)
            act.setChecked(not self.isColumnHidden(column(key)))
            act.setEnabled(key not in ("date", "title"))
            act.toggled.connect(lambda on, k=key: self._choose(k, on))
        return menu

    def hidden_keys(self) -> list[str]:
        return [key for key in COLUMN_KEYS if self.isColumnHidden(column(key))]

    def hide_columns(self, keys: list[str]) -> None:
        for key in COLUMN_KEYS:
            self.setColumnHidden(column(key), key in keys and key not in ("date", "title"))

    def _choose(self, key: str, shown: bool) -> None:
        self.setColumnHidden(column(key), not shown)
        self.columns_chosen.emit(self.hidden_keys())

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        widths = {"date": 140, "ref": 135, "title": 240, "place": 100, "targets": 190, "threat_types": 220,
                  "sources": 160, "status": 80}
        for key, width in widths.items():
            self.setColumnWidth(column(key), width)
