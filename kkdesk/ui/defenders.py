"""The defenders registry: persons and organisations with counts, first and last threat, duration,
their incident timeline, possible duplicates and a merge that keeps history."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
    QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from kkdesk import stats
from kkdesk.model.dates import PartialDate
from kkdesk.model.fuzzy import name_conflicts
from kkdesk.reports.deidentify import Deidentifier
from kkdesk.search import incident_ids, SearchQuery
from kkdesk.ui import i18n
from kkdesk.ui.casework import CaseworkPane
from kkdesk.ui.merge_dialog import MergeDialog
from kkdesk.ui.person_dialog import OrganisationDialog, PersonDialog
from kkdesk.ui.worker import Changes
from kkdesk.ui.widgets import WrappingComboBox, fit_column_width, sample_dates


def load_registry(cdb, kind: str, text: str, lang: str, pseudonyms: bool) -> list[tuple]:
    """Rows of the registry (runs on the worker): id, name, categories, incidents, threats, first, last, years."""
    if kind == "person":
        ids = [pid for pid, _ in cdb.persons.find(text, limit=500)] if text.strip() else cdb.persons.ids()
        names = cdb.persons.names(ids)
        dur = {r["person_id"]: r for r in stats.duration_under_threat(cdb)}
        cats: dict[int, list[str]] = {}
        for pid, cat in cdb.conn.execute("SELECT person_id, category FROM person_category"):
            cats.setdefault(pid, []).append(cdb.vocab.label("category", cat, lang))
        genders = dict(cdb.conn.execute("SELECT id, gender FROM person"))
        span = _first_last(cdb, "person_id", lang)
        rows = []
        for pid in ids:
            if pid not in names:
                continue
            latin, cyr, pseudo = names[pid]
            d = dur.get(pid, {})
            name = pseudo if pseudonyms else (f"{cyr} / {latin}" if cyr and latin else cyr or latin)
            rows.append((pid, name, cdb.vocab.label("gender", genders.get(pid), lang), ", ".join(cats.get(pid, [])),
                         d.get("incidents", 0), d.get("threats", 0), *span.get(pid, ("", "")),
                         d.get("years", 0)))
        return rows
    ids = cdb.organisations.find(text, limit=500) if text.strip() else cdb.organisations.ids()
    names = cdb.organisations.names(ids)
    counts = {r[0]: r[1:] for r in cdb.conn.execute(
        "SELECT g.organisation_id, COUNT(DISTINCT g.incident_id), COUNT(t.id), MIN(i.date_start), MAX(i.date_start),"
        " MAX(i.year) - MIN(i.year) + 1 FROM target g JOIN incident i ON i.id = g.incident_id"
        " LEFT JOIN threat t ON t.target_id = g.id WHERE g.organisation_id IS NOT NULL GROUP BY g.organisation_id")}
    kinds = dict(cdb.conn.execute("SELECT id, kind FROM organisation"))
    span = _first_last(cdb, "organisation_id", lang)
    rows = []
    for oid in ids:
        if oid not in names:
            continue
        name, _alt, pseudo = names[oid]
        c = counts.get(oid, (0, 0, "", "", 0))
        rows.append((oid, pseudo if pseudonyms else name, "", cdb.vocab.label("org_kind", kinds.get(oid), lang),
                     c[0], c[1], *span.get(oid, ("", "")), c[4] or 0))
    return rows


def _first_last(cdb, column: str, lang: str) -> dict[int, tuple[str, str]]:
    """Each target's first and last incident date as recorded ("May 2021", never 2021-05-01)."""
    out: dict[int, list[str]] = {}
    for slot, agg in enumerate(("MIN", "MAX")):
        # SQLite gives the bare columns of the row that holds the MIN or MAX
        for rid, date_from, date_to, _edge in cdb.conn.execute(
                f"SELECT g.{column}, i.date_from, i.date_to, {agg}(i.date_start) FROM target g"
                f" JOIN incident i ON i.id = g.incident_id WHERE g.{column} IS NOT NULL GROUP BY g.{column}"):
            out.setdefault(rid, ["", ""])[slot] = PartialDate(date_from, date_to).format(lang)
    return {rid: (first, last) for rid, (first, last) in out.items()}


def timeline(cdb, kind: str, record_id: int, lang: str, pseudonyms: bool = False) -> list[tuple]:
    """(incident id, date, title, threat types) of every incident naming the target, oldest first."""
    deid = Deidentifier.for_database(cdb, "pseudonymised", lang) if pseudonyms else None
    q = SearchQuery(person_id=record_id) if kind == "person" else SearchQuery(organisation_id=record_id)
    ids = incident_ids(cdb, q, order="date", descending=False)
    column = "person_id" if kind == "person" else "organisation_id"
    rows = cdb.incidents.rows(ids, lang)
    types: dict[int, list[str]] = {}
    for iid, ttype in cdb.conn.execute(
            f"SELECT t.incident_id, t.threat_type FROM threat t JOIN target g ON g.id = t.target_id"
            f" WHERE g.{column} = ?", (record_id,)):
        types.setdefault(iid, []).append(cdb.vocab.label("threat_type", ttype, lang))

    def title(r) -> str:   # names in a title: codes only for that incident's own targets
        return deid.for_targets(r["persons"], r["organisations"]).text(r["title"]) if deid else r["title"]

    return [(iid, rows[iid]["date"].format(lang), title(rows[iid]), "; ".join(types.get(iid, [])))
            for iid in ids if iid in rows]


class RegistryModel(QAbstractTableModel):
    """Holds the registry rows of the current search."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple] = []
        self.kind = "person"

    def headers(self) -> list[str]:
        second = self.tr("Gender") if self.kind == "person" else ""
        third = self.tr("Categories") if self.kind == "person" else self.tr("Kind")
        return [self.tr("Name"), second, third, self.tr("Incidents"), self.tr("Threats"), self.tr("First threat"),
                self.tr("Last threat"), self.tr("Years under threat")]

    def set_rows(self, kind: str, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.kind, self.rows = kind, rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column() + 1]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class DefendersPane(QWidget):
    open_incident = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("defendersPane")
        self._stale = True
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = WrappingComboBox()
        self.kind.setObjectName("registryKind")
        self.kind.addItem(self.tr("Persons"), "person")
        self.kind.addItem(self.tr("Organisations"), "organisation")
        self.kind.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.kind)
        self.search = QLineEdit()
        self.search.setObjectName("registrySearch")
        self.search.setAccessibleName(self.tr("Search the registry"))
        self.search.setPlaceholderText(self.tr("Find by name in any script…"))
        self.search.returnPressed.connect(self.refresh)
        self._debounce = QTimer(self)          # the list follows the typing, as on the Incidents tab
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda *_: self._debounce.start())
        bar.addWidget(self.search, 1)
        for text, name, slot in ((self.tr("New person…"), "registryNewPerson", self._new_person),
                                 (self.tr("New organisation…"), "registryNewOrganisation", self._new_org),
                                 (self.tr("Edit…"), "registryEdit", self._edit),
                                 (self.tr("Possible duplicates…"), "duplicatesButton", self.show_duplicates)):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            bar.addWidget(b)
        outer.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = RegistryModel(self)
        self.table = QTableView()
        self.table.setObjectName("registryTable")
        self.table.setAccessibleName(self.tr("Registry"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # the names take the room left; the short columns keep the width their values need
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        for col, width in enumerate((300, 80, 260, 80, 70, 110, 110)):
            self.table.setColumnWidth(col, width)
        for col in (1, 3, 4, 7):     # gender, incidents, threats, years: their headers whole
            fit_column_width(self.table, col, [])
        for col in (5, 6):           # first and last threat: the widest date in the language
            fit_column_width(self.table, col, sample_dates(ctx.lang))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show_timeline(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self._edit())
        split.addWidget(self.table)
        lower = QWidget()
        lv = QVBoxLayout(lower)
        self.summary = QLabel()
        self.summary.setObjectName("registrySummary")
        lv.addWidget(self.summary)
        self.timeline = QTableWidget(0, 3)
        self.timeline.setObjectName("timelineTable")
        self.timeline.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Incident"), self.tr("Threat types")])
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.setColumnWidth(0, 160)
        self.timeline.setColumnWidth(1, 380)
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.cellDoubleClicked.connect(self._open_timeline_row)
        # what happened to the record (timeline) and what is being done for it (casework), side by side
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setObjectName("registryLowerTabs")
        self.lower_tabs.addTab(self.timeline, self.tr("Timeline"))
        self.casework = CaseworkPane(ctx)
        self.lower_tabs.addTab(self.casework, self.tr("Protection casework"))
        lv.addWidget(self.lower_tabs)
        split.addWidget(lower)
        split.setSizes([420, 300])
        outer.addWidget(split, 1)
        self._timeline_ids: list[int] = []
        self.shown_record: tuple[str, int] | None = None    # (kind, id) whose timeline is shown
        self._want: tuple[str, int] | None = None           # a record asked for (agenda) before the list came

    # --- lifecycle ---
    def set_database(self, cdb) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def activated(self) -> None:
        if self._stale:
            self.refresh()

    def redisplay(self) -> None:
        """Names or pseudonym codes changed in the settings: read again, keeping the search."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def clear(self) -> None:
        self.model.set_rows("person", [])
        self._clear_timeline()
        self.summary.clear()
        self.search.clear()

    def _clear_timeline(self) -> None:
        self.shown_record = None
        self._timeline_ids = []
        self.timeline.setRowCount(0)
        self.casework.set_subject()

    def on_changes(self, changes: Changes) -> None:
        self.casework.on_changes(changes)
        if changes.touches_incidents():
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        if self.ctx.worker is None:
            return
        self._debounce.stop()
        self._stale = False
        kind, text, lang, pseudo = self.kind.currentData(), self.search.text(), self.ctx.lang, self.ctx.pseudonyms
        self.ctx.worker.submit(lambda cdb: load_registry(cdb, kind, text, lang, pseudo),
                               on_done=lambda rows: self._show_rows(kind, rows))

    def _show_rows(self, kind: str, rows: list) -> None:
        self.model.set_rows(kind, rows)
        self.summary.setText(self.tr("%n record(s)", "", len(rows)))
        # the timeline and casework follow the list: their record (or the one asked for) is selected
        # again, or they clear
        want, self._want = self._want or self.shown_record, None
        row = next((n for n, r in enumerate(rows) if want == (kind, r[0])), -1)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._clear_timeline()

    def show_record(self, kind: str, record_id: int) -> None:
        """List the registry of that kind (search cleared), select the record and show its casework."""
        self._want = (kind, record_id)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        index = self.kind.findData(kind)
        if self.kind.currentIndex() != index:
            self.kind.setCurrentIndex(index)   # refreshes
        else:
            self.refresh()
        self.lower_tabs.setCurrentWidget(self.casework)

    def selected(self) -> tuple[str, int] | None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            return self.model.kind, self.model.rows[row][0]
        return None

    def _show_timeline(self, row: int) -> None:
        sel = self.selected()
        if sel is None:
            return
        kind, rid = sel
        self.casework.set_subject(**{f"{kind}_id": rid})
        r = self.model.rows[row]
        lang = self.ctx.lang
        self.summary.setText(self.tr("Incidents: %1 · Threats: %2 · First: %3 · Last: %4 · Years under threat: %5")
                             .replace("%1", str(r[4])).replace("%2", str(r[5])).replace("%3", str(r[6]))
                             .replace("%4", str(r[7])).replace("%5", str(r[8])))
        pseudo = self.ctx.pseudonyms
        self.shown_record = (kind, rid)
        self.ctx.worker.submit(lambda cdb: timeline(cdb, kind, rid, lang, pseudo),
                               on_done=lambda rows: self._fill_timeline((kind, rid), rows))

    def _fill_timeline(self, record: tuple[str, int], rows: list) -> None:
        if record != self.shown_record:
            return                          # the user moved on, or the record left the list
        self.timeline.setRowCount(len(rows))
        self._timeline_ids = [r[0] for r in rows]
        for n, (_iid, date, title, types) in enumerate(rows):
            for c, value in enumerate((date, title, types)):
                self.timeline.setItem(n, c, QTableWidgetItem(value))

    def _open_timeline_row(self, row: int, _col: int) -> None:
        if 0 <= row < len(self._timeline_ids):
            self.open_incident.emit(self._timeline_ids[row])

    # --- editing ---
    def _new_person(self) -> None:
        self._dialog = PersonDialog(self.ctx, parent=self)
        self._dialog.show()

    def _new_org(self) -> None:
        self._dialog = OrganisationDialog(self.ctx, parent=self)
        self._dialog.show()

    def _edit(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        kind, rid = sel

        def show(record):
            dlg = PersonDialog(self.ctx, record, parent=self) if kind == "person" else OrganisationDialog(
                self.ctx, record, parent=self)
            dlg.show()
            self._dialog = dlg
        load = (lambda cdb: cdb.persons.get(rid)) if kind == "person" else (lambda cdb: cdb.organisations.get(rid))
        self.ctx.worker.submit(load, on_done=show)

    # --- duplicates ---
    def show_duplicates(self) -> None:
        pseudo = self.ctx.pseudonyms

        def op(cdb):
            pairs = cdb.persons.possible_duplicates()
            names = cdb.persons.names(sorted({x for a, b, _ in pairs for x in (a, b)}))
            aliases = cdb.persons.aliases_of(sorted({x for a, b, _ in pairs for x in (a, b)}))
            every = {pid: [latin, cyr, *aliases.get(pid, [])] for pid, (latin, cyr, _ps) in names.items()}
            conflicts = {(a, b): name_conflicts(every.get(a, []), every.get(b, [])) for a, b, _ in pairs}
            return pairs, names, conflicts
        self.ctx.worker.submit(op, on_done=lambda r: self._duplicates_dialog(*r, pseudo))

    def _duplicates_dialog(self, pairs, names, conflicts, pseudo: bool) -> None:
        dlg = DuplicatesDialog(self.ctx, pairs, names, pseudo, self, conflicts)
        dlg.show()
        self.duplicates_dialog = dlg


class DuplicatesDialog(QDialog):
    """Pairs of persons that may be one, likeliest first, with a warning where the names say two
    people; "Compare and merge…" opens the side-by-side MergeDialog; "Not the same person" is
    remembered (the pair is not proposed again); the last merge can be undone."""

    def __init__(self, ctx, pairs, names, pseudonyms: bool, parent=None, conflicts: dict | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pairs = pairs
        conflicts = conflicts or {}
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Records that may be one person, the likeliest first. Compare a pair side by side "
                               "before merging it; a pair that is two people can be marked so and is not "
                               "proposed again."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(pairs), 4)
        self.table.setObjectName("duplicatesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Record 1"), self.tr("Record 2"), self.tr("Similarity"),
                                              self.tr("Warning")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        warn = {"patronymic": self.tr("different patronymics"), "name": self.tr("another first name or surname")}

        def name(pid):
            latin, cyr, ps = names.get(pid, ("", "", ""))
            return ps if pseudonyms else (f"{cyr} / {latin}" if cyr and latin else cyr or latin)
        for n, (a, b, score) in enumerate(pairs):
            self.table.setItem(n, 0, QTableWidgetItem(name(a)))
            self.table.setItem(n, 1, QTableWidgetItem(name(b)))
            self.table.setItem(n, 2, QTableWidgetItem(i18n.number(score, 2)))
            self.table.setItem(n, 3, QTableWidgetItem(", ".join(warn[c] for c in conflicts.get((a, b), []))))
        self.table.resizeColumnsToContents()
        fit_column_width(self.table, 2, [])     # its header is drawn bold over a selected row
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.merge_selected())
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setObjectName("duplicatesMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = buttons.addButton(self.tr("Compare and merge…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        self.not_same_button = buttons.addButton(self.tr("Not the same person"), QDialogButtonBox.ButtonRole.ActionRole)
        self.not_same_button.setObjectName("notSameButton")
        self.not_same_button.clicked.connect(self.not_same_selected)
        self.undo_button = buttons.addButton(self.tr("Undo last merge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.setObjectName("undoMergeButton")
        self.undo_button.clicked.connect(self.undo_last_merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # wide enough for the pairs and the warnings, up to what a 1280-pixel screen gives a dialog
        columns = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        self.resize(min(1180, max(760, columns + 60)), 460)
        if pairs:
            self.table.selectRow(0)

    def merge_selected(self) -> None:
        """Open the two records side by side (read on the worker)."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        a, b, _ = self.pairs[row]

        def op(cdb):
            pa, pb = cdb.persons.get(a), cdb.persons.get(b)
            names = [[p.name_latin, p.name_cyrillic, *p.aliases] for p in (pa, pb)]
            return pa, pb, name_conflicts(*names)
        self.ctx.worker.submit(op, on_done=lambda r: self._compare(row, *r), on_error=lambda m, e: self.message.setText(m))

    def _compare(self, row: int, a, b, conflicts) -> None:
        dlg = MergeDialog(self.ctx, a, b, conflicts, self)
        dlg.merged.connect(lambda: self._merged(row))
        dlg.not_same.connect(lambda: self._decided(row))
        dlg.setModal(True)
        dlg.show()
        self.merge_dialog = dlg

    def not_same_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        a, b, _ = self.pairs[row]

        def op(cdb):
            cdb.links.mark_not_same_person(a, b)
            return Changes(persons=True)
        self.ctx.worker.submit(op, write=True, on_done=lambda _c: self._decided(row),
                               on_error=lambda m, e: self.message.setText(m))

    def undo_last_merge(self) -> None:
        def op(cdb):
            cdb.persons.undo_last_merge()
            return Changes(persons=True, all_incidents=True)
        self.ctx.worker.submit(op, write=True, on_done=lambda _c: self.message.setText(
            self.tr("The last merge is undone: both records are back, with their incidents.")),
            on_error=lambda m, e: self.message.setText(m))

    def _remove(self, row: int) -> None:
        if 0 <= row < len(self.pairs):
            self.table.removeRow(row)
            del self.pairs[row]
        self.table.setFocus()

    def _decided(self, row: int) -> None:
        self._remove(row)
        self.message.setText(self.tr("Marked as two different people; the pair is not proposed again."))

    def _merged(self, row: int) -> None:
        self._remove(row)
        self.message.setText(self.tr("Merged. \"Undo last merge\" brings both records back."))
