"""Conflicts from exchange: records changed here and at a peer since the last exchange. Each is
listed; for the selected one every differing field shows both values and a choice (keep mine or
take theirs). Nothing is overwritten until Resolve; the merge then goes to the peer next time."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kkdesk.exchange import list_conflicts, resolve_conflict
from kkdesk.messages import render
from kkdesk.ui import i18n
from kkdesk.ui.worker import Changes

VALUE_LIMIT = 400


def show_value(value) -> str:
    """A field's value in plain text: strings as they are, lists and objects as compact JSON."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= VALUE_LIMIT else text[:VALUE_LIMIT] + "…"


class ConflictsDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list = []
        self.current = None
        self.notice = ""            # the outcome of the last resolution, shown before the list's state
        self.last_resolved = None
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Exchange conflicts"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These records were changed both here and by a peer since the last exchange. "
                               "Nothing was overwritten: for each field, keep your value or take theirs."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter()
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.currentRowChanged.connect(self._select)
        split.addWidget(self.list)
        right = QWidget()
        rlayout = QVBoxLayout(right)
        rlayout.setContentsMargins(0, 0, 0, 0)
        self.fields = QTableWidget(0, 4)
        self.fields.setObjectName("conflictFields")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine (this database)"),
                                               self.tr("Theirs (the peer)"), self.tr("Keep")])
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fields.setWordWrap(True)
        self.fields.verticalHeader().setVisible(False)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        rlayout.addWidget(self.fields)
        row = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("All mine"))
        self.all_mine.setObjectName("conflictAllMine")
        self.all_mine.clicked.connect(lambda: self.choose_all("mine"))
        self.all_theirs = QPushButton(self.tr("All theirs"))
        self.all_theirs.setObjectName("conflictAllTheirs")
        self.all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.setObjectName("conflictResolve")
        self.resolve_button.clicked.connect(self.resolve)
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        row.addStretch(1)
        row.addWidget(self.resolve_button)
        rlayout.addLayout(row)
        split.addWidget(right)
        split.setSizes([330, 650])
        layout.addWidget(split, 1)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.reload()

    def reload(self) -> None:
        self.ctx.worker.submit(list_conflicts, on_done=self._show_list,
                               on_error=lambda m, _e: self.message.setText(m))

    def _show_list(self, conflicts) -> None:
        entities = {"incident": self.tr("Incident"), "person": self.tr("Person"),
                    "organisation": self.tr("Organisation"), "term": self.tr("Term")}
        self.conflicts = conflicts
        self.list.clear()
        for c in conflicts:
            text = self.tr("%1 %2 (with '%3')").replace("%1", entities.get(c.entity, c.entity)) \
                .replace("%2", c.label).replace("%3", render(c.peer, i18n.current()))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        if conflicts:
            self.list.setCurrentRow(0)
        else:
            self.current = None
            self.fields.setRowCount(0)
            self._say(self.tr("No open conflicts."))
        self.resolve_button.setEnabled(bool(conflicts))

    def _select(self, row: int) -> None:
        self.current = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        self.fields.setRowCount(0)
        if self.current is None:
            return
        diffs = self.current.differences()
        self.fields.setRowCount(len(diffs))
        for r, (name, (mine, theirs)) in enumerate(diffs.items()):
            label = QTableWidgetItem(self.field_labels().get(name, name))
            label.setData(Qt.ItemDataRole.UserRole, name)
            self.fields.setItem(r, 0, label)
            self.fields.setItem(r, 1, QTableWidgetItem(show_value(mine)))
            self.fields.setItem(r, 2, QTableWidgetItem(show_value(theirs)))
            combo = QComboBox()
            combo.setObjectName(f"conflictChoice{r}")
            combo.addItem(self.tr("mine"), "mine")
            combo.addItem(self.tr("theirs"), "theirs")
            self.fields.setCellWidget(r, 3, combo)
        self.fields.resizeRowsToContents()
        self._say(self.tr("%n field(s) differ.", "", len(diffs)))

    def _say(self, text: str) -> None:
        self.message.setText(" ".join(t for t in (self.notice, text) if t))

    def field_labels(self) -> dict[str, str]:
        """Plain names of the fields records share (the rest show their stored name)."""
        return {"title": self.tr("Title"), "narrative": self.tr("Narrative"), "date": self.tr("Date"),
                "status": self.tr("Status"), "confidentiality": self.tr("Confidentiality"),
                "city": self.tr("City"), "region": self.tr("Region"), "place_detail": self.tr("Place"),
                "targets": self.tr("Targets and threats"), "sources": self.tr("Information sources"),
                "responses": self.tr("Responses"), "tags": self.tr("Tags"), "notes": self.tr("Notes"),
                "name_latin": self.tr("Name (Latin)"), "name_cyrillic": self.tr("Name (Cyrillic)"),
                "aliases": self.tr("Other names"), "gender": self.tr("Gender"),
                "categories": self.tr("Categories"), "risk_level": self.tr("Risk level"), "name": self.tr("Name")}

    def field_name(self, row: int) -> str:
        return self.fields.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def choice_combo(self, field_name: str) -> QComboBox | None:
        for r in range(self.fields.rowCount()):
            if self.field_name(r) == field_name:
                return self.fields.cellWidget(r, 3)
        return None

    def choose_all(self, which: str) -> None:
        for r in range(self.fields.rowCount()):
            combo = self.fields.cellWidget(r, 3)
            combo.setCurrentIndex(combo.findData(which))

    def choices(self) -> dict[str, str]:
        return {self.field_name(r): self.fields.cellWidget(r, 3).currentData()
                for r in range(self.fields.rowCount())}

    def resolve(self) -> None:
        """Write the merged record (one transaction), then list what is left."""

        if self.current is None:
            return
        cid, entity, uuid, choices = self.current.id, self.current.entity, self.current.uuid, self.choices()

        def op(cdb):
            resolve_conflict(cdb, cid, choices)
            return Changes(incidents={cdb.incidents.id_for_uuid(uuid)} if entity == "incident" else set(),
                           persons=entity == "person", organisations=entity == "organisation",
                           vocab=entity == "term")

        def done(_changes):
            self.notice = self.tr("Resolved. The merged record goes to the peer with the next bundle.")
            self.last_resolved = cid
            self.reload()

        self.resolve_button.setEnabled(False)
        self.ctx.worker.submit(op, on_done=done, on_error=self._failed, write=True)

    def _failed(self, message: str, _exc) -> None:
        self.notice = ""
        self.message.setText(message)
        self.resolve_button.setEnabled(True)
