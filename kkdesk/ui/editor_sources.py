"""The information sources and responses tab of the incident editor (two editable tables)."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kkdesk.model.entities import RELIABILITY, InfoSource, Response
from kkdesk.ui.editor_parts import error_label
from kkdesk.ui.widgets import WrappingComboBox, fill_vocab_combo, fit_column_width, set_combo_code


class SourcesEditor(QWidget):
    """Where the information came from, and what was done about the incident."""

    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        self.cdb, self.lang = editor.cdb, editor.lang
        self.setObjectName("sourcesEditor")
        layout = QVBoxLayout(self)
        self.sources_error = error_label("sourcesError")
        layout.addWidget(self.sources_error)
        layout.addWidget(QLabel(self.tr("Information sources (dates as YYYY-MM-DD):")))
        self.info_table = QTableWidget(0, 6)
        self.info_table.setObjectName("infoSourcesTable")
        self.info_table.setHorizontalHeaderLabels([self.tr("Outlet"), self.tr("URL"), self.tr("Published"),
                                                   self.tr("Accessed"), self.tr("Reliability"), self.tr("Notes")])
        self.info_table.horizontalHeader().setStretchLastSection(True)
        self.info_table.setColumnWidth(1, 320)
        for col in range(5):         # headers whole; published, accessed typed as YYYY-MM-DD
            fit_column_width(self.info_table, col, ["2000-12-28"] if col in (2, 3) else [])
        self.info_table.itemChanged.connect(self.editor._edited)
        layout.addWidget(self.info_table, 1)
        row = QHBoxLayout()
        add = self.add_source_button = QPushButton(self.tr("Add source"))
        add.setObjectName("addSourceButton")
        add.clicked.connect(lambda: self._start_row(self.info_table, self.add_info_row(InfoSource()), 0))
        rem = QPushButton(self.tr("Remove source"))
        rem.setObjectName("removeSourceButton")
        rem.clicked.connect(lambda: self._remove_row(self.info_table))
        row.addWidget(add)
        row.addWidget(rem)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Responses (complaints, appeals, UN communications, statements):")))
        self.resp_table = QTableWidget(0, 5)
        self.resp_table.setObjectName("responsesTable")
        self.resp_table.setHorizontalHeaderLabels([self.tr("Type"), self.tr("Date"), self.tr("Result"),
                                                   self.tr("Reference"), self.tr("Notes")])
        self.resp_table.horizontalHeader().setStretchLastSection(True)
        self.resp_table.setColumnWidth(0, 260)
        for col in range(4):
            fit_column_width(self.resp_table, col, ["2000-12-28"] if col == 1 else [])
        self.resp_table.itemChanged.connect(self.editor._edited)
        layout.addWidget(self.resp_table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add response"))
        add.setObjectName("addResponseButton")
        add.clicked.connect(lambda: self._start_row(self.resp_table, self.add_resp_row(Response(response_type="")), 0))
        rem = QPushButton(self.tr("Remove response"))
        rem.setObjectName("removeResponseButton")
        rem.clicked.connect(lambda: self._remove_row(self.resp_table))
        row.addWidget(add)
        row.addWidget(rem)
        row.addStretch(1)
        layout.addLayout(row)


    def fill_info(self, sources: list[InfoSource]) -> None:
        self.info_table.blockSignals(True)
        self.info_table.setRowCount(0)
        for s in sources:
            self.add_info_row(s, emit=False)
        self.info_table.blockSignals(False)

    def first_field(self):
        """Where the keyboard starts on this tab: the sources table, or Add source while it is empty."""
        if self.info_table.rowCount() == 0:
            return self.add_source_button
        if self.info_table.currentRow() < 0:
            self.info_table.setCurrentCell(0, 0)
        return self.info_table

    @staticmethod
    def _start_row(table: QTableWidget, row: int, col: int) -> None:
        """After Add…, the new row's first field has the focus (a text cell opens for typing)."""
        table.setFocus()
        table.setCurrentCell(row, col)
        widget = table.cellWidget(row, col)
        if widget is not None:
            widget.setFocus()
        else:
            table.editItem(table.item(row, col))

    def add_info_row(self, s: InfoSource, emit: bool = True) -> int:
        t = self.info_table
        row = t.rowCount()
        t.insertRow(row)
        for col, value in enumerate((s.outlet, s.url, s.published_on or "", s.accessed_on or "")):
            t.setItem(row, col, QTableWidgetItem(value))
        rel = WrappingComboBox()
        fill_vocab_combo(rel, self.cdb, "reliability", self.lang, None, keep=s.reliability)
        if rel.count() == 0:
            for r in RELIABILITY:
                rel.addItem(r, r)
            set_combo_code(rel, s.reliability)
        rel.currentIndexChanged.connect(self.editor._edited)
        t.setCellWidget(row, 4, rel)
        t.setItem(row, 5, QTableWidgetItem(s.notes))
        if emit:
            self.editor._edited()
        return row

    def read_info(self) -> list[InfoSource]:
        out, t = [], self.info_table
        old = self.editor.inc.sources
        for row in range(t.rowCount()):
            cell = [t.item(row, c).text().strip() if t.item(row, c) else "" for c in range(4)]
            rel = t.cellWidget(row, 4)
            s = copy.copy(old[row]) if row < len(old) else InfoSource()
            s.outlet, s.url = cell[0], cell[1]
            s.published_on, s.accessed_on = cell[2] or None, cell[3] or None
            s.reliability = rel.currentData() if rel is not None else "unknown"
            s.notes = t.item(row, 5).text() if t.item(row, 5) else ""
            out.append(s)
        return out

    def fill_responses(self, responses: list[Response]) -> None:
        self.resp_table.blockSignals(True)
        self.resp_table.setRowCount(0)
        for r in responses:
            self.add_resp_row(r, emit=False)
        self.resp_table.blockSignals(False)

    def add_resp_row(self, r: Response, emit: bool = True) -> int:
        t = self.resp_table
        row = t.rowCount()
        t.insertRow(row)
        kind = WrappingComboBox()
        fill_vocab_combo(kind, self.cdb, "response_type", self.lang, self.tr("(choose)"), keep=r.response_type or None)
        kind.currentIndexChanged.connect(self.editor._edited)
        t.setCellWidget(row, 0, kind)
        for col, value in enumerate((r.date or "", r.result, r.reference, r.notes), 1):
            t.setItem(row, col, QTableWidgetItem(value))
        if emit:
            self.editor._edited()
        return row

    def read_responses(self) -> list[Response]:
        out, t = [], self.resp_table
        old = self.editor.inc.responses
        for row in range(t.rowCount()):
            kind = t.cellWidget(row, 0)
            cell = [t.item(row, c).text().strip() if t.item(row, c) else "" for c in range(1, 5)]
            r = copy.copy(old[row]) if row < len(old) else Response(response_type="")
            r.response_type = (kind.currentData() if kind is not None else "") or ""
            r.date, r.result, r.reference, r.notes = cell[0] or None, cell[1], cell[2], cell[3]
            out.append(r)
        return out

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self.editor._edited()
