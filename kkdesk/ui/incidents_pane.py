"""The incidents tab: search box, saved searches, filter panel, the lazy table and a detail pane."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QScrollArea, QSplitter,
    QTextBrowser, QVBoxLayout, QWidget,
)

from kkdesk.model.dates import PartialDate
from kkdesk.reports.deidentify import Deidentifier
from kkdesk.search import incident_id_array, incident_ids, SearchQuery
from kkdesk.ui.filters import FilterPanel
from kkdesk.ui.incident_table import column, IncidentTableModel, IncidentTableView, PAGE_SIZE
from kkdesk.ui.widgets import WrappingComboBox, fit_side_panel
from kkdesk.ui.worker import Changes

FIRST_PAGE = PAGE_SIZE


class IncidentsPane(QWidget):
    """Search and browse; the query runs on the worker, rows are fetched lazily by the model."""

    open_incident = Signal(int)
    results_changed = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("incidentsPane")
        self.order, self.descending = "date", True
        self._generation = 0
        self.last_query: SearchQuery | None = None
        self._complete = False
        self.detail_id: int | None = None    # the incident the detail pane shows
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search titles, narratives, names, places (Latin or Cyrillic)…  Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.saved = WrappingComboBox()
        self.saved.setObjectName("savedSearches")
        self.saved.setAccessibleName(self.tr("Saved searches"))
        self.saved.setMinimumContentsLength(16)
        self.saved.fit_on_one_line(self.tr("Saved searches…"))
        self.saved.activated.connect(self._load_saved)
        bar.addWidget(self.saved)
        self.save_search_button = QPushButton(self.tr("Save search…"))
        self.save_search_button.setObjectName("saveSearchButton")
        self.save_search_button.clicked.connect(self._save_search)
        bar.addWidget(self.save_search_button)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        bar.addWidget(self.count_label)
        outer.addLayout(bar)

        self.filters = FilterPanel()
        scroll = QScrollArea()
        scroll.setWidget(self.filters)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_side_panel(scroll)
        self.model = IncidentTableModel(None)
        self.model.sort_requested.connect(self._sort)
        self.table = IncidentTableView()
        self.table.setModel(self.model)
        self.table.hide_columns(ctx.settings.get("hidden_columns"))
        self.table.columns_chosen.connect(lambda keys: ctx.settings.set("hidden_columns", keys))
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        self.table.activated.connect(lambda idx: self._open_row(idx.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur.row()))
        self.detail = QTextBrowser()
        self.detail.setObjectName("incidentDetail")
        self.detail.setAccessibleName(self.tr("Incident details"))
        self.detail.setOpenExternalLinks(False)
        self.detail.setMinimumWidth(260)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("incidentsSplitter")
        split.addWidget(scroll)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        split.setSizes([240, 820, 220])
        outer.addWidget(split, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda *_: self._debounce.start())
        self.filters.changed.connect(self.refresh)

    # --- database lifecycle ---
    def set_database(self, cdb) -> None:
        self.model.set_worker(self.ctx.worker)
        self.model.set_display(self.ctx.lang, self.ctx.pseudonyms)
        self._fit_date_column()
        self.filters.set_database(cdb, self.ctx.lang)
        self._reload_saved()
        self.refresh()

    def _fit_date_column(self) -> None:
        """Dates are longer in some languages ("2023 ж. 28 қыркүйек"): fit the longest day form."""

        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(PartialDate(f"2023-{m:02d}-28").format(self.ctx.lang))
                     for m in range(1, 13))
        self.table.setColumnWidth(column("date"), widest + 24)

    def clear(self) -> None:
        self._generation += 1
        self.model.clear()
        self.filters.clear()
        self.search.clear()
        self.detail.clear()
        self.detail_id = None
        self.saved.clear()
        self.count_label.clear()

    # --- querying ---
    def current_query(self) -> SearchQuery:
        return self.filters.query(self.search.text())

    def refresh(self) -> None:
        """Run the current query on the worker; the newest answer wins."""
        if self.ctx.worker is None:
            return
        self._debounce.stop()
        q = self.current_query()
        self.last_query = q
        self._generation += 1
        gen, order, desc = self._generation, self.order, self.descending
        self.count_label.setText(self.tr("Searching…"))
        self._complete = False
        if q.text.strip() and order == "date":
            # A common word in a million incidents takes a second to sort in full; the core answers
            # the first page at once, the full list follows.
            self.ctx.worker.submit(lambda cdb: incident_ids(cdb, q, order=order, descending=desc, limit=FIRST_PAGE),
                                   on_done=lambda ids: self._show_first_page(gen, ids))
        self.ctx.worker.submit(lambda cdb: incident_id_array(cdb, q, order=order, descending=desc),
                               on_done=lambda ids: self._show_ids(gen, ids),
                               on_error=self._query_failed)

    def _show_first_page(self, gen: int, ids: list[int]) -> None:
        if gen != self._generation or self._complete:
            return
        self.model.set_ids(ids)
        if self.detail_id is not None and (row := self.model.row_of(self.detail_id)) >= 0:
            self.table.selectRow(row)
        if len(ids) == FIRST_PAGE:
            self.count_label.setText(self.tr("First %n shown; counting the rest…", "", len(ids)))

    def _show_ids(self, gen: int, ids: list[int]) -> None:
        if gen != self._generation:
            return
        self._complete = True
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("%n incident(s)", "", len(ids)))
        self._follow_the_list()
        if not ids and self.last_query is not None and self.last_query.is_empty():
            self.detail.setHtml(self.first_steps_html())       # a new, empty database
        elif self.detail_id is None:
            self.detail.clear()
        self.results_changed.emit(len(ids))

    def first_steps_html(self) -> str:
        """What to do first in an empty database."""
        return "".join((
            "<h3>", html.escape(self.tr("This database holds no incidents yet")), "</h3><ul><li>",
            html.escape(self.tr("Ctrl+N records an incident.")), "</li><li>",
            html.escape(self.tr("The Defenders tab keeps the people and organisations threatened.")), "</li><li>",
            html.escape(self.tr("File → Import… brings in a spreadsheet or a kkdesk export.")), "</li><li>",
            html.escape(self.tr("F1 lists every keyboard shortcut.")), "</li></ul>"))

    def _follow_the_list(self) -> None:
        """The detail pane shows only a record that is in the list: selected again, or cleared."""
        if self.detail_id is None:
            return
        row = self.model.row_of(self.detail_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail_id = None
            self.detail.clear()

    def _query_failed(self, message: str, _exc) -> None:
        self.count_label.setText(message)

    def _sort(self, key: str, descending: bool) -> None:
        self.order, self.descending = key, descending
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches_incidents():
            whole = changes.all_incidents or changes.persons or changes.organisations or changes.vocab
            self.model.invalidate(None if whole else changes.incidents)
            self.refresh()
        if changes.saved_searches:
            self._reload_saved()

    # --- detail ---
    def _open_row(self, row: int) -> None:
        iid = self.model.id_at(row)
        if iid is not None:
            self.open_incident.emit(iid)

    def selected_id(self) -> int | None:
        return self.model.id_at(self.table.currentIndex().row())

    def _show_detail(self, row: int) -> None:
        iid = self.model.id_at(row)
        if iid is None or self.ctx.worker is None:
            return     # a reset of the list; _follow_the_list decides what the pane keeps
        self.detail_id = iid
        lang, pseudo = self.ctx.lang, self.ctx.pseudonyms
        labels = {"sources": self.tr("Information sources"), "tags": self.tr("Tags"), **self.link_labels()}

        def show(text: str) -> None:
            if self.detail_id == iid:      # not a record the user has moved away from meanwhile
                self.detail.setHtml(text)
        self.ctx.worker.submit(lambda cdb: incident_html(cdb, iid, lang, pseudo, labels),
                               on_done=show, on_error=lambda m, e: self.detail.setPlainText(m))

    def link_labels(self) -> dict:
        """The words the detail pane needs for the review state, corroboration and linked incidents."""
        return {"review.draft": self.tr("Draft"), "review.submitted": self.tr("Submitted for review"),
                "review.returned": self.tr("Returned to its author"), "review.verified": self.tr("Verified"),
                "independent": self.tr("Independent sources: %1"), "related": self.tr("Related incidents"),
                "link.same_case": self.tr("same case as"), "link.continuation.out": self.tr("continues"),
                "link.continuation.in": self.tr("continued by"), "link.response.out": self.tr("responds to"),
                "link.response.in": self.tr("answered by")}

    # --- saved searches ---
    def _reload_saved(self) -> None:
        if self.ctx.worker is None:
            return

        def load(cdb):
            return cdb.query("SELECT id, name, query FROM saved_search ORDER BY name COLLATE NOCASE")

        def show(rows):
            self.saved.clear()
            self.saved.addItem(self.tr("Saved searches…"), None)
            for _id, name, query in rows:
                self.saved.addItem(name, query)
        self.ctx.worker.submit(load, on_done=show)

    def _load_saved(self, index: int) -> None:
        data = self.saved.itemData(index)
        if data:
            self.show_query(SearchQuery.from_json(data))

    def redisplay(self) -> None:
        """Names or pseudonym codes changed in the settings: rows and the detail are shown again."""
        self.model.set_display(self.ctx.lang, self.ctx.pseudonyms)
        if self.detail_id is not None and (row := self.model.row_of(self.detail_id)) >= 0:
            self._show_detail(row)

    def show_query(self, q: SearchQuery) -> None:
        """Put a search (text and filters) in the box and the panel, and run it."""
        self.search.blockSignals(True)
        self.search.setText(q.text)
        self.search.blockSignals(False)
        self.filters.apply(q)

    def _save_search(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name of this search:"))
        if ok and name.strip():
            self.save_search(name.strip())

    def save_search(self, name: str) -> None:
        text = self.current_query().to_json()

        def op(cdb):
            cdb.execute("INSERT INTO saved_search(name, query) VALUES (?, ?) "
                        "ON CONFLICT(name) DO UPDATE SET query = excluded.query", (name, text))
            return Changes(saved_searches=True)
        self.ctx.worker.submit(op, write=True)


def incident_html(cdb, iid: int, lang: str, pseudonyms: bool, labels: dict) -> str:
    """The detail pane's text for one incident (runs on the worker)."""
    inc = cdb.incidents.get(iid)
    if pseudonyms:   # shoulder-surfing: names in the free text become codes too (the record's own people only)
        deid = Deidentifier.for_database(cdb, "pseudonymised", lang).for_record(inc)
        inc.title, inc.narrative = deid.text(inc.title), deid.text(inc.narrative)
        inc.tags = [deid.tag(t) for t in inc.tags]
        for s in inc.sources:
            s.outlet, s.url = deid.text(s.outlet), deid.text(s.url)
    e = html.escape
    v = cdb.vocab
    pids = [t.person_id for t in inc.targets if t.person_id is not None]
    oids = [t.organisation_id for t in inc.targets if t.organisation_id is not None]
    pn, on = cdb.persons.names(pids), cdb.organisations.names(oids)
    parts = [f"<h3>{e(inc.title)}</h3>",
             f"<p><b>{e(inc.date.format(lang))}</b> · {e(v.label('city', inc.city, lang) or v.label('region', inc.region, lang))}"
             f" · {e(inc.ref)} · {e(labels.get('review.' + inc.review, inc.review))}"
             f" · {e(labels.get('independent', '%1').replace('%1', str(inc.corroboration)))}</p>"]
    if inc.narrative:
        parts.append(f"<p>{e(inc.narrative)}</p>")
    for t in inc.targets:
        if t.person_id is not None:
            latin, cyr, pseudo = pn.get(t.person_id, ("", "", ""))
            name = pseudo if pseudonyms else (cyr or latin)
        else:
            n, _alt, pseudo = on.get(t.organisation_id, ("", "", ""))
            name = pseudo if pseudonyms else n
        category = v.label('category', t.category, lang) if t.category else ""
        parts.append(f"<p><b>{e(name)}</b>" + (f" ({e(category)})" if category else "") + "</p><ul>")
        for th in t.threats:
            srcs = ", ".join(v.label("source_type", s, lang) for s in th.sources)
            parts.append(f"<li>{e(v.label('threat_type', th.threat_type, lang))}"
                         + (f" — {e(srcs)}" if srcs else "") + "</li>")
        parts.append("</ul>")
    if inc.sources:
        parts.append(f"<p><b>{e(labels['sources'])}</b></p><ul>")
        for s in inc.sources:
            parts.append(f"<li>{e(s.outlet)} {e(s.url)}</li>")
        parts.append("</ul>")
    if inc.tags:
        parts.append(f"<p>{e(labels['tags'])}: {e(', '.join(inc.tags))}</p>")
    links = cdb.links.incident_links(iid)
    if links:   # from either end; another incident's title only when names are shown
        others = {o.id: o for o in cdb.incidents.get_many([x.other_id for x in links])}
        parts.append(f"<p><b>{e(labels.get('related', 'Related incidents'))}</b></p><ul>")
        for x in links:
            o = others[x.other_id]
            key = "link.same_case" if x.kind == "same_case" else f"link.{x.kind}.{'out' if x.outgoing else 'in'}"
            parts.append(f"<li>{e(labels.get(key, x.kind))} {e(o.ref)}"
                         + ("" if pseudonyms else f" — {e(o.title)}") + "</li>")
        parts.append("</ul>")
    return "".join(parts)
