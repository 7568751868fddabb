"""IncidentEditor: every field of an incident, targets with their threats, sources, responses,
tags and attachments. Undo works over form snapshots (QUndoStack); validation messages from the
core (InvalidInput) appear next to the field they concern; saving runs on the worker."""

from __future__ import annotations

import copy
import hashlib
import os

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from kkdesk.errors import InvalidInput
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import (
    CONFIDENTIALITY, CRITERIA, RELIABILITY, STATUSES, Incident, InfoSource, LegalCharge, Response, Target,
    Threat, to_dict,
)
from kkdesk.ui.person_dialog import OrganisationDialog, PersonDialog
from kkdesk.ui.widgets import checked_codes, fill_check_list, fill_vocab_combo, set_checked, set_combo_code
from kkdesk.ui.worker import Changes

ERROR_STYLE = "color: #b00020;"


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class _Snapshot(QUndoCommand):
    """One step of form edits: undo restores the state before, redo the state after."""

    def __init__(self, editor: "IncidentEditor", before: Incident, after: Incident):
        super().__init__(editor.tr("Edit"))
        self.editor, self.before, self.after = editor, before, after
        self._first = True

    def undo(self) -> None:
        self.editor._apply_state(self.before)

    def redo(self) -> None:
        if self._first:  # the form already shows it
            self._first = False
            return
        self.editor._apply_state(self.after)


class DropList(QListWidget):
    """The attachments list: files dropped here are added to the incident."""

    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()


class IncidentEditor(QWidget):
    """A separate window editing one incident (new when incident_id is None)."""

    closed = Signal()
    saved = Signal(int)

    def __init__(self, ctx, incident_id: int | None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.cdb = ctx.cdb
        self.lang = ctx.lang
        self.incident_id = incident_id
        self.setObjectName("incidentEditor")
        self.setWindowTitle("kkdesk")
        self.resize(1060, 760)
        self.inc = Incident(title="", date=PartialDate("2000"))
        self.names: dict[tuple[str, int], str] = {}
        self.pending_files: list[tuple[str, bytes, str]] = []   # (name, data, sha256) before the first save
        self.undo_stack = QUndoStack(self)
        self._saved_state: dict | None = None
        self._snapshot: Incident | None = None
        self._applying = False
        self._discarded = False
        self.loaded = False
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(400)
        self._edit_timer.timeout.connect(self.flush_edits)
        self._build()
        self._load()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.general_error = _error_label("editorError")
        outer.addWidget(self.general_error)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_incident_tab(), self.tr("Incident"))
        self.tabs.addTab(self._build_targets_tab(), self.tr("Targets and threats"))
        self.tabs.addTab(self._build_sources_tab(), self.tr("Sources and responses"))
        self.tabs.addTab(self._build_attachments_tab(), self.tr("Attachments"))
        buttons = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("editorStatus")
        buttons.addWidget(self.status_label, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setObjectName("redoButton")
        self.redo_button.clicked.connect(self.redo)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close)
        for b in (self.undo_button, self.redo_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Z", self.undo), ("Ctrl+Shift+Z", self.redo),
                           ("Ctrl+Y", self.redo), ("Ctrl+W", self.close)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(self._edited)
        return edit

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.currentIndexChanged.connect(self._edited)
        return combo

    def _build_incident_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        form = QFormLayout()
        grid.addLayout(form, 0, 0)
        self.title = self._line("titleEdit", self.tr("Title"))
        form.addRow(self.tr("Title:"), self.title)
        self.title_error = _error_label("titleError")
        form.addRow("", self.title_error)
        self.date = self._line("dateEdit", self.tr("Date"))
        self.date.setPlaceholderText(self.tr("2019-06-09, June 2019, 2019, May–June 2021, 9 июня 2019"))
        self.date.textChanged.connect(self._date_changed)
        form.addRow(self.tr("Date:"), self.date)
        self.date_parsed = QLabel()
        self.date_parsed.setObjectName("dateParsed")
        form.addRow("", self.date_parsed)
        self.date_error = _error_label("dateError")
        form.addRow("", self.date_error)
        self.region = self._combo("regionCombo", self.tr("Region"))
        self.region.currentIndexChanged.connect(self._region_changed)
        form.addRow(self.tr("Region:"), self.region)
        self.city = self._combo("cityCombo", self.tr("City"))
        form.addRow(self.tr("City:"), self.city)
        self.place_error = _error_label("placeError")
        form.addRow("", self.place_error)
        self.place_detail = self._line("placeDetailEdit", self.tr("Place detail"))
        form.addRow(self.tr("Place detail:"), self.place_detail)
        self.status = self._combo("statusCombo", self.tr("Status"))
        form.addRow(self.tr("Status:"), self.status)
        self.confidentiality = self._combo("confidentialityCombo", self.tr("Confidentiality"))
        form.addRow(self.tr("Confidentiality:"), self.confidentiality)
        self.tags = self._line("tagsEdit", self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("comma separated"))
        form.addRow(self.tr("Tags:"), self.tags)
        self.narrative = QPlainTextEdit()
        self.narrative.setObjectName("narrativeEdit")
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.narrative.textChanged.connect(self._edited)
        form.addRow(self.tr("Narrative:"), self.narrative)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Reasons / contributing factors:")))
        self.reasons = QListWidget()
        self.reasons.setObjectName("reasonsList")
        self.reasons.itemChanged.connect(self._edited)
        side.addWidget(self.reasons)
        side.addWidget(QLabel(self.tr("Aims:")))
        self.aims = QListWidget()
        self.aims.setObjectName("aimsList")
        self.aims.itemChanged.connect(self._edited)
        side.addWidget(self.aims)
        grid.addLayout(side, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return page

    def _build_targets_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.targets_error = _error_label("targetsError")
        layout.addWidget(self.targets_error)
        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        add_row = QHBoxLayout()
        self.target_input = QLineEdit()
        self.target_input.setObjectName("targetInput")
        self.target_input.setAccessibleName(self.tr("Add a target by name"))
        self.target_input.setPlaceholderText(self.tr("Type a name (Latin or Cyrillic)…"))
        self._completion_model = QStringListModel(self)
        self._completion_ids: dict[str, tuple[str, int]] = {}
        self.completer = QCompleter(self._completion_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated.connect(self._completion_chosen)
        self.target_input.setCompleter(self.completer)
        self.target_input.textEdited.connect(self._lookup_names)
        self.target_input.returnPressed.connect(self._add_typed_target)
        add_row.addWidget(self.target_input, 1)
        lv.addLayout(add_row)
        buttons = QHBoxLayout()
        self.new_person_button = QPushButton(self.tr("New person…"))
        self.new_person_button.setObjectName("newPersonButton")
        self.new_person_button.clicked.connect(lambda: self._new_target("person"))
        self.new_org_button = QPushButton(self.tr("New organisation…"))
        self.new_org_button.setObjectName("newOrganisationButton")
        self.new_org_button.clicked.connect(lambda: self._new_target("organisation"))
        self.remove_target_button = QPushButton(self.tr("Remove"))
        self.remove_target_button.setObjectName("removeTargetButton")
        self.remove_target_button.clicked.connect(self._remove_target)
        for b in (self.new_person_button, self.new_org_button, self.remove_target_button):
            buttons.addWidget(b)
        lv.addLayout(buttons)
        self.target_list = QListWidget()
        self.target_list.setObjectName("targetList")
        self.target_list.setAccessibleName(self.tr("Targets"))
        self.target_list.currentRowChanged.connect(self._show_target)
        lv.addWidget(self.target_list, 1)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        tform = QFormLayout()
        self.category = QComboBox()
        self.category.setObjectName("targetCategory")
        self.category.setAccessibleName(self.tr("Defender category"))
        self.category.currentIndexChanged.connect(self._target_field_changed)
        tform.addRow(self.tr("Category (as of the incident):"), self.category)
        rv.addLayout(tform)
        threat_bar = QHBoxLayout()
        threat_bar.addWidget(QLabel(self.tr("Threats:")), 1)
        self.add_threat_button = QPushButton(self.tr("Add threat"))
        self.add_threat_button.setObjectName("addThreatButton")
        self.add_threat_button.clicked.connect(self._add_threat)
        self.remove_threat_button = QPushButton(self.tr("Remove threat"))
        self.remove_threat_button.setObjectName("removeThreatButton")
        self.remove_threat_button.clicked.connect(self._remove_threat)
        threat_bar.addWidget(self.add_threat_button)
        threat_bar.addWidget(self.remove_threat_button)
        rv.addLayout(threat_bar)
        self.threat_list = QListWidget()
        self.threat_list.setObjectName("threatList")
        self.threat_list.setMaximumHeight(80)
        self.threat_list.currentRowChanged.connect(self._show_threat)
        rv.addWidget(self.threat_list)
        self.threat_box = QGroupBox(self.tr("Threat"))
        tb = QGridLayout(self.threat_box)
        f1 = QFormLayout()
        self.threat_type = QComboBox()
        self.threat_type.setObjectName("threatType")
        self.threat_type.setAccessibleName(self.tr("Threat type"))
        self.threat_type.currentIndexChanged.connect(self._threat_field_changed)
        f1.addRow(self.tr("Type:"), self.threat_type)
        self.criteria: dict[str, QComboBox] = {}
        crit_labels = {"reality": self.tr("Potential / actual:"), "scope": self.tr("General / special:"),
                       "directness": self.tr("Direct / indirect:"), "recurrence": self.tr("Recurrent / one-off:"),
                       "duration": self.tr("Short-term / ongoing:"), "scale": self.tr("Singular / mass:"),
                       "effect": self.tr("Degree of effect:")}
        for dim in CRITERIA:
            combo = QComboBox()
            combo.setObjectName(f"criterion_{dim}")
            combo.currentIndexChanged.connect(self._threat_field_changed)
            self.criteria[dim] = combo
            f1.addRow(crit_labels[dim], combo)
        self.threat_outcome = QLineEdit()
        self.threat_outcome.setObjectName("threatOutcome")
        self.threat_outcome.textEdited.connect(self._threat_field_changed)
        f1.addRow(self.tr("Outcome:"), self.threat_outcome)
        self.threat_notes = QLineEdit()
        self.threat_notes.setObjectName("threatNotes")
        self.threat_notes.textEdited.connect(self._threat_field_changed)
        f1.addRow(self.tr("Notes:"), self.threat_notes)
        tb.addLayout(f1, 0, 0)
        f2 = QVBoxLayout()
        f2.addWidget(QLabel(self.tr("Sources of the threat:")))
        self.threat_sources = QListWidget()
        self.threat_sources.setObjectName("threatSources")
        self.threat_sources.itemChanged.connect(self._threat_field_changed)
        f2.addWidget(self.threat_sources)
        f2.addWidget(QLabel(self.tr("Legal articles and outcome:")))
        self.articles = QTableWidget(0, 3)
        self.articles.setObjectName("threatArticles")
        self.articles.setHorizontalHeaderLabels([self.tr("Article"), self.tr("Outcome"), self.tr("Detail")])
        self.articles.horizontalHeader().setStretchLastSection(True)
        self.articles.itemChanged.connect(self._threat_field_changed)
        f2.addWidget(self.articles)
        art_buttons = QHBoxLayout()
        add_art = QPushButton(self.tr("Add article"))
        add_art.setObjectName("addArticleButton")
        add_art.clicked.connect(self._add_article)
        rem_art = QPushButton(self.tr("Remove article"))
        rem_art.setObjectName("removeArticleButton")
        rem_art.clicked.connect(self._remove_article)
        art_buttons.addWidget(add_art)
        art_buttons.addWidget(rem_art)
        f2.addLayout(art_buttons)
        tb.addLayout(f2, 0, 1)
        tb.setColumnStretch(0, 3)
        tb.setColumnStretch(1, 2)
        rv.addWidget(self.threat_box, 1)
        split.addWidget(right)
        split.setSizes([260, 800])
        return page

    def _build_sources_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.sources_error = _error_label("sourcesError")
        layout.addWidget(self.sources_error)
        layout.addWidget(QLabel(self.tr("Information sources (dates as YYYY-MM-DD):")))
        self.info_table = QTableWidget(0, 6)
        self.info_table.setObjectName("infoSourcesTable")
        self.info_table.setHorizontalHeaderLabels([self.tr("Outlet"), self.tr("URL"), self.tr("Published"),
                                                   self.tr("Accessed"), self.tr("Reliability"), self.tr("Notes")])
        self.info_table.horizontalHeader().setStretchLastSection(True)
        self.info_table.setColumnWidth(1, 320)
        self.info_table.itemChanged.connect(self._edited)
        layout.addWidget(self.info_table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add source"))
        add.setObjectName("addSourceButton")
        add.clicked.connect(lambda: self._add_info_row(InfoSource()))
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
        self.resp_table.itemChanged.connect(self._edited)
        layout.addWidget(self.resp_table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add response"))
        add.setObjectName("addResponseButton")
        add.clicked.connect(lambda: self._add_resp_row(Response(response_type="")))
        rem = QPushButton(self.tr("Remove response"))
        rem.setObjectName("removeResponseButton")
        rem.clicked.connect(lambda: self._remove_row(self.resp_table))
        row.addWidget(add)
        row.addWidget(rem)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_attachments_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Drop files here to attach them (stored encrypted, with their SHA-256):")))
        self.attachments = DropList()
        self.attachments.setObjectName("attachmentList")
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.files_dropped.connect(self.add_files)
        layout.addWidget(self.attachments, 1)
        add = QPushButton(self.tr("Add file…"))
        add.setObjectName("addFileButton")
        add.clicked.connect(self._choose_files)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # ------------------------------------------------------------------ loading
    def _fill_choices(self) -> None:
        cdb, lang = self.cdb, self.lang
        fill_vocab_combo(self.region, cdb, "region", lang, self.tr("(not known)"))
        fill_vocab_combo(self.city, cdb, "city", lang, self.tr("(not known)"))
        fill_vocab_combo(self.status, cdb, "status", lang, None)
        if self.status.count() == 0:
            for s in STATUSES:
                self.status.addItem(s, s)
        fill_vocab_combo(self.confidentiality, cdb, "confidentiality", lang, None)
        if self.confidentiality.count() == 0:
            for c in CONFIDENTIALITY:
                self.confidentiality.addItem(c, c)
        fill_check_list(self.reasons, cdb, "reason", lang, [])
        fill_check_list(self.aims, cdb, "aim", lang, [])
        fill_vocab_combo(self.category, cdb, "category", lang, self.tr("(not recorded)"))
        fill_vocab_combo(self.threat_type, cdb, "threat_type", lang, self.tr("(choose a type)"))
        fill_check_list(self.threat_sources, cdb, "source_type", lang, [])
        for dim, combo in self.criteria.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not assessed)"), None)
            for value in CRITERIA[dim]:
                combo.addItem(cdb.vocab.label("criterion", f"{dim}.{value}", lang)
                              if cdb.vocab.exists("criterion", f"{dim}.{value}") else value.replace("_", " "), value)
            combo.blockSignals(False)

    def _load(self) -> None:
        """Vocabularies are read here on the GUI thread (cached in the store, milliseconds); the
        incident itself comes from the worker."""
        self._fill_choices()
        if self.incident_id is None:
            self._loaded(None)
            return

        def op(cdb):
            inc = cdb.incidents.get(self.incident_id)
            return inc, self._target_names(cdb, inc)
        self.ctx.worker.submit(op, on_done=lambda r: self._loaded(*r) if r else None,
                               on_error=lambda m, e: self._show_general(m))

    @staticmethod
    def _target_names(cdb, inc: Incident) -> dict:
        pids = [t.person_id for t in inc.targets if t.person_id is not None]
        oids = [t.organisation_id for t in inc.targets if t.organisation_id is not None]
        names = {}
        for pid, (latin, cyr, pseudo) in cdb.persons.names(pids).items():
            names[("person", pid)] = (cyr or latin, pseudo)
        for oid, (name, _alt, pseudo) in cdb.organisations.names(oids).items():
            names[("organisation", oid)] = (name, pseudo)
        return names

    def _loaded(self, inc: Incident | None, names: dict | None = None) -> None:
        if self._discarded:
            return
        if inc is None:
            inc = Incident(title="", date=PartialDate("2000"))
            inc._date_text = ""
        self.names.update(names or {})
        self._apply_state(inc)
        self._snapshot = self.collect()
        self._saved_state = self._comparable(self._snapshot)
        self.loaded = True
        self.undo_stack.clear()
        self.title.setFocus()

    # ------------------------------------------------------------------ state <-> widgets
    def _apply_state(self, inc: Incident) -> None:
        """Show inc in every widget (loading, undo, redo)."""
        self._applying = True
        try:
            self.inc = copy.deepcopy(inc)
            self.title.setText(inc.title)
            self.date.setText(getattr(inc, "_date_text", inc.date.iso()))
            set_combo_code(self.region, inc.region)
            self._region_changed()
            set_combo_code(self.city, inc.city)
            self.place_detail.setText(inc.place_detail)
            set_combo_code(self.status, inc.status)
            set_combo_code(self.confidentiality, inc.confidentiality)
            self.tags.setText(", ".join(inc.tags))
            if self.narrative.toPlainText() != inc.narrative:
                self.narrative.setPlainText(inc.narrative)
            set_checked(self.reasons, inc.reasons)
            set_checked(self.aims, inc.aims)
            self._fill_info(inc.sources)
            self._fill_responses(inc.responses)
            self._fill_attachments()
            row = max(self.target_list.currentRow(), 0)
            self._refresh_target_list(row)
        finally:
            self._applying = False
        self._date_changed(self.date.text())

    def collect(self) -> Incident:
        """The incident as the form shows it (no validation beyond reading the date)."""
        inc = copy.deepcopy(self.inc)
        inc.title = self.title.text()
        try:
            inc.date = PartialDate.parse(self.date.text()) if self.date.text().strip() else inc.date
        except InvalidInput:
            pass
        inc.region = self.region.currentData()
        inc.city = self.city.currentData()
        inc.place_detail = self.place_detail.text()
        inc.status = self.status.currentData() or "draft"
        inc.confidentiality = self.confidentiality.currentData() or "restricted"
        inc.tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        inc.narrative = self.narrative.toPlainText()
        inc.reasons = checked_codes(self.reasons)
        inc.aims = checked_codes(self.aims)
        inc._date_text = self.date.text()  # what was typed, even when it cannot be read yet
        inc.sources = self._read_info()
        inc.responses = self._read_responses()
        return inc

    @staticmethod
    def _comparable(inc: Incident) -> dict:
        d = to_dict(inc)
        d.pop("attachments", None)
        d["_date_text"] = getattr(inc, "_date_text", inc.date.iso()).strip()
        return d

    def has_unsaved_changes(self) -> bool:
        if not self.loaded:
            return False
        if self.pending_files:
            return True
        current = self._comparable(self.collect())
        return current != self._saved_state

    def _date_text_invalid(self) -> bool:
        text = self.date.text().strip()
        if not text:
            return False
        try:
            PartialDate.parse(text)
            return False
        except InvalidInput:
            return True

    # ------------------------------------------------------------------ edits and undo
    def _edited(self, *_args) -> None:
        if self._applying or not self.loaded:
            return
        self._edit_timer.start()

    def flush_edits(self) -> None:
        """Turn the edits since the last step into one undo step."""
        self._edit_timer.stop()
        if not self.loaded or self._applying:
            return
        current = self.collect()
        if self._snapshot is not None and self._comparable(current) == self._comparable(self._snapshot):
            return
        self.undo_stack.push(_Snapshot(self, self._snapshot, current))
        self._snapshot = current

    def undo(self) -> None:
        self.flush_edits()
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
            self._snapshot = self.collect()

    def redo(self) -> None:
        self.flush_edits()
        if self.undo_stack.canRedo():
            self.undo_stack.redo()
            self._snapshot = self.collect()

    # ------------------------------------------------------------------ date and place
    def _date_changed(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.date_parsed.setText(self.tr("Write the date as it was reported."))
            self.date_error.setVisible(False)
            return
        try:
            d = PartialDate.parse(text)
        except InvalidInput as exc:
            self.date_parsed.setText("")
            self._set_error(self.date_error, str(exc))
            return
        self.date_error.setVisible(False)
        precision = {"day": self.tr("exact day"), "month": self.tr("month only"), "year": self.tr("year only"),
                     "range": self.tr("range")}[d.precision]
        self.date_parsed.setText(self.tr("Read as: %1 (precision: %2)").replace("%1", d.format(self.lang))
                                 .replace("%2", precision))

    def _region_changed(self, *_args) -> None:
        region = self.region.currentData()
        keep = self.city.currentData()
        fill_vocab_combo(self.city, self.cdb, "city", self.lang, self.tr("(not known)"), parent=region,
                         keep=keep)
        if region is None:
            fill_vocab_combo(self.city, self.cdb, "city", self.lang, self.tr("(not known)"), keep=keep)

    # ------------------------------------------------------------------ targets
    def _target_label(self, t: Target) -> str:
        key = ("person", t.person_id) if t.person_id is not None else ("organisation", t.organisation_id)
        name, pseudo = self.names.get(key, ("?", ""))
        shown = pseudo if self.ctx.pseudonyms and pseudo else name
        kind = self.tr("person") if key[0] == "person" else self.tr("organisation")
        return self.tr("%1 (%2) — %n threat(s)", "", len(t.threats)).replace("%1", shown).replace("%2", kind)

    def _refresh_target_list(self, select: int = 0) -> None:
        self.target_list.blockSignals(True)
        self.target_list.clear()
        for t in self.inc.targets:
            self.target_list.addItem(self._target_label(t))
        self.target_list.blockSignals(False)
        if self.inc.targets:
            self.target_list.setCurrentRow(min(select, len(self.inc.targets) - 1))
        self._show_target(self.target_list.currentRow())

    def current_target(self) -> Target | None:
        row = self.target_list.currentRow()
        return self.inc.targets[row] if 0 <= row < len(self.inc.targets) else None

    def current_threat(self) -> Threat | None:
        t = self.current_target()
        row = self.threat_list.currentRow()
        return t.threats[row] if t is not None and 0 <= row < len(t.threats) else None

    def _show_target(self, _row: int) -> None:
        t = self.current_target()
        self.category.blockSignals(True)
        set_combo_code(self.category, t.category if t else None)
        self.category.blockSignals(False)
        for w in (self.category, self.add_threat_button, self.remove_target_button):
            w.setEnabled(t is not None)
        self.threat_list.blockSignals(True)
        self.threat_list.clear()
        if t is not None:
            for th in t.threats:
                self.threat_list.addItem(self.cdb.vocab.label("threat_type", th.threat_type, self.lang)
                                         or self.tr("(choose a type)"))
        self.threat_list.blockSignals(False)
        if t is not None and t.threats:
            self.threat_list.setCurrentRow(0)
        self._show_threat(self.threat_list.currentRow())

    def _show_threat(self, _row: int) -> None:
        th = self.current_threat()
        self.threat_box.setEnabled(th is not None)
        self.remove_threat_button.setEnabled(th is not None)
        widgets = [self.threat_type, self.threat_outcome, self.threat_notes, self.threat_sources, self.articles,
                   *self.criteria.values()]
        for w in widgets:
            w.blockSignals(True)
        th = th or Threat(threat_type="")
        set_combo_code(self.threat_type, th.threat_type or None)
        for dim, combo in self.criteria.items():
            set_combo_code(combo, getattr(th, dim))
        self.threat_outcome.setText(th.outcome)
        self.threat_notes.setText(th.notes)
        set_checked(self.threat_sources, th.sources)
        self.articles.setRowCount(0)
        for charge in th.articles:
            self._append_article_row(charge)
        for w in widgets:
            w.blockSignals(False)

    def _append_article_row(self, charge: LegalCharge) -> None:
        row = self.articles.rowCount()
        self.articles.insertRow(row)
        art = QComboBox()
        fill_vocab_combo(art, self.cdb, "legal_article", self.lang, self.tr("(choose)"), keep=charge.article or None)
        art.currentIndexChanged.connect(self._threat_field_changed)
        out = QComboBox()
        fill_vocab_combo(out, self.cdb, "outcome", self.lang, self.tr("(not known)"), keep=charge.outcome or None)
        out.currentIndexChanged.connect(self._threat_field_changed)
        self.articles.setCellWidget(row, 0, art)
        self.articles.setCellWidget(row, 1, out)
        self.articles.setItem(row, 2, QTableWidgetItem(charge.detail))

    def _target_field_changed(self, *_args) -> None:
        t = self.current_target()
        if t is None or self._applying:
            return
        t.category = self.category.currentData()
        self._edited()

    def _threat_field_changed(self, *_args) -> None:
        th = self.current_threat()
        if th is None or self._applying:
            return
        th.threat_type = self.threat_type.currentData() or ""
        for dim, combo in self.criteria.items():
            setattr(th, dim, combo.currentData())
        th.outcome = self.threat_outcome.text()
        th.notes = self.threat_notes.text()
        th.sources = checked_codes(self.threat_sources)
        charges = []
        for row in range(self.articles.rowCount()):
            art, out = self.articles.cellWidget(row, 0), self.articles.cellWidget(row, 1)
            detail = self.articles.item(row, 2)
            charges.append(LegalCharge(art.currentData() or "", out.currentData() or "",
                                       detail.text() if detail else ""))
        th.articles = charges
        item = self.threat_list.currentItem()
        if item is not None:
            item.setText(self.cdb.vocab.label("threat_type", th.threat_type, self.lang) or self.tr("(choose a type)"))
        self._update_target_item()
        self._edited()

    def _update_target_item(self) -> None:
        t, item = self.current_target(), self.target_list.currentItem()
        if t is not None and item is not None:
            item.setText(self._target_label(t))

    def _add_article(self) -> None:
        if self.current_threat() is not None:
            self._append_article_row(LegalCharge(""))

    def _remove_article(self) -> None:
        row = self.articles.currentRow()
        if row >= 0:
            self.articles.removeRow(row)
            self._threat_field_changed()

    def add_threat(self, threat_type: str | None = None, sources: list[str] | None = None) -> None:
        t = self.current_target()
        if t is None:
            return
        t.threats.append(Threat(threat_type=threat_type or "", sources=list(sources or [])))
        row = self.target_list.currentRow()
        self._refresh_target_list(row)
        self.threat_list.setCurrentRow(len(t.threats) - 1)
        self._edited()

    def _add_threat(self) -> None:
        self.add_threat()
        self.threat_type.setFocus()

    def _remove_threat(self) -> None:
        t, row = self.current_target(), self.threat_list.currentRow()
        if t is not None and 0 <= row < len(t.threats):
            del t.threats[row]
            self._refresh_target_list(self.target_list.currentRow())
            self._edited()

    def add_target(self, kind: str, record_id: int, name: str, pseudonym: str = "") -> None:
        """Add a person or organisation (with one empty threat to fill in)."""
        for n, t in enumerate(self.inc.targets):
            if (kind == "person" and t.person_id == record_id) or (kind == "organisation" and t.organisation_id == record_id):
                self.target_list.setCurrentRow(n)
                return
        self.names[(kind, record_id)] = (name, pseudonym)
        target = Target(person_id=record_id) if kind == "person" else Target(organisation_id=record_id)
        target.threats.append(Threat(threat_type=""))
        self.inc.targets.append(target)
        self._refresh_target_list(len(self.inc.targets) - 1)
        self.target_input.clear()
        self._edited()

    def _remove_target(self) -> None:
        row = self.target_list.currentRow()
        if 0 <= row < len(self.inc.targets):
            del self.inc.targets[row]
            self._refresh_target_list(max(row - 1, 0))
            self._edited()

    def _lookup_names(self, text: str) -> None:
        """Ask the worker for persons and organisations matching the typed name (any script)."""
        text = text.strip()
        if len(text) < 2 or self.ctx.worker is None:
            return

        def op(cdb):
            people = [pid for pid, _score in cdb.persons.find(text, limit=10)]
            orgs = cdb.organisations.find(text, limit=5)
            pn, on = cdb.persons.names(people), cdb.organisations.names(orgs)
            return ([("person", pid, *pn[pid]) for pid in people if pid in pn]
                    + [("organisation", oid, *on[oid]) for oid in orgs if oid in on])
        self.ctx.worker.submit(op, on_done=lambda rows, t=text: self._show_completions(t, rows))

    def _show_completions(self, text: str, rows: list) -> None:
        if self.target_input.text().strip() != text:
            return
        entries, self._completion_ids = [], {}
        for kind, rid, a, b, pseudo in rows:
            if kind == "person":
                name = f"{b} / {a}" if a and b else (b or a)
                label = f"{pseudo} ({self.tr('person')})" if self.ctx.pseudonyms else f"{name} ({self.tr('person')})"
                display = b or a
            else:
                label = f"{pseudo} ({self.tr('organisation')})" if self.ctx.pseudonyms else f"{a} ({self.tr('organisation')})"
                display = a
            entries.append(label)
            self._completion_ids[label] = (kind, rid, display, pseudo)
        self.completions = entries
        self._completion_model.setStringList(entries)
        if entries and self.target_input.hasFocus():
            self.completer.complete()

    def _completion_chosen(self, label: str) -> None:
        hit = self._completion_ids.get(label)
        if hit:
            kind, rid, display, pseudo = hit
            QTimer.singleShot(0, lambda: self.add_target(kind, rid, display, pseudo))

    def _add_typed_target(self) -> None:
        text = self.target_input.text().strip()
        if text in self._completion_ids:
            self._completion_chosen(text)
        elif text:
            self._new_target("person")

    def _new_target(self, kind: str) -> None:
        hint = self.target_input.text().strip()
        dlg = (PersonDialog(self.ctx, name_hint=hint, parent=self) if kind == "person"
               else OrganisationDialog(self.ctx, name_hint=hint, parent=self))
        name_of = (lambda: dlg.name_cyrillic.text() or dlg.name_latin.text()) if kind == "person" else (lambda: dlg.name.text())
        dlg.saved.connect(lambda rid: self.add_target(kind, rid, name_of()))
        dlg.setModal(True)
        dlg.show()
        self.new_target_dialog = dlg

    # ------------------------------------------------------------------ sources and responses
    def _fill_info(self, sources: list[InfoSource]) -> None:
        self.info_table.blockSignals(True)
        self.info_table.setRowCount(0)
        for s in sources:
            self._add_info_row(s, emit=False)
        self.info_table.blockSignals(False)

    def _add_info_row(self, s: InfoSource, emit: bool = True) -> None:
        t = self.info_table
        row = t.rowCount()
        t.insertRow(row)
        for col, value in enumerate((s.outlet, s.url, s.published_on or "", s.accessed_on or "")):
            t.setItem(row, col, QTableWidgetItem(value))
        rel = QComboBox()
        fill_vocab_combo(rel, self.cdb, "reliability", self.lang, None, keep=s.reliability)
        if rel.count() == 0:
            for r in RELIABILITY:
                rel.addItem(r, r)
            set_combo_code(rel, s.reliability)
        rel.currentIndexChanged.connect(self._edited)
        t.setCellWidget(row, 4, rel)
        t.setItem(row, 5, QTableWidgetItem(s.notes))
        if emit:
            self._edited()

    def _read_info(self) -> list[InfoSource]:
        out, t = [], self.info_table
        old = self.inc.sources
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

    def _fill_responses(self, responses: list[Response]) -> None:
        self.resp_table.blockSignals(True)
        self.resp_table.setRowCount(0)
        for r in responses:
            self._add_resp_row(r, emit=False)
        self.resp_table.blockSignals(False)

    def _add_resp_row(self, r: Response, emit: bool = True) -> None:
        t = self.resp_table
        row = t.rowCount()
        t.insertRow(row)
        kind = QComboBox()
        fill_vocab_combo(kind, self.cdb, "response_type", self.lang, self.tr("(choose)"), keep=r.response_type or None)
        kind.currentIndexChanged.connect(self._edited)
        t.setCellWidget(row, 0, kind)
        for col, value in enumerate((r.date or "", r.result, r.reference, r.notes), 1):
            t.setItem(row, col, QTableWidgetItem(value))
        if emit:
            self._edited()

    def _read_responses(self) -> list[Response]:
        out, t = [], self.resp_table
        old = self.inc.responses
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
            self._edited()

    # ------------------------------------------------------------------ attachments
    def _fill_attachments(self) -> None:
        self.attachments.clear()
        for a in self.inc.attachments:
            self._attachment_item(a.filename, a.size, a.sha256, stored=True)
        for name, data, sha in self.pending_files:
            self._attachment_item(name, len(data), sha, stored=False)

    def _attachment_item(self, name: str, size: int, sha: str, stored: bool) -> None:
        state = "" if stored else " " + self.tr("(added on save)")
        item = QListWidgetItem(f"{name} — {size:,} B — SHA-256 {sha}{state}")
        item.setToolTip(sha)
        self.attachments.addItem(item)

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Read dropped files now; they are stored encrypted with the incident on the next save."""
        for path in paths:
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                self._show_general(self.tr("Cannot read the file: %1").replace("%1", exc.strerror or ""))
                continue
            name = os.path.basename(path)
            sha = hashlib.sha256(data).hexdigest()
            self.pending_files.append((name, data, sha))
            self._attachment_item(name, len(data), sha, stored=False)
        self._edited()

    # ------------------------------------------------------------------ saving
    def _clear_errors(self) -> None:
        for label in (self.general_error, self.title_error, self.place_error, self.targets_error, self.sources_error):
            label.setVisible(False)

    def _set_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    def _show_general(self, text: str) -> None:
        self._set_error(self.general_error, text)

    def show_validation(self, message: str) -> None:
        """Put the core's message next to the field it is about."""
        m = message.lower()
        if m.startswith("the title"):
            self._set_error(self.title_error, message)
            self.tabs.setCurrentIndex(0)
            self.title.setFocus()
        elif "date" in m and not m.startswith(("information source", "response")):
            self._set_error(self.date_error, message)
            self.tabs.setCurrentIndex(0)
            self.date.setFocus()
        elif "city" in m or "region" in m:
            self._set_error(self.place_error, message)
            self.tabs.setCurrentIndex(0)
        elif m.startswith("target") or "threat" in m or "category" in m or "legal article" in m:
            self._set_error(self.targets_error, message)
            self.tabs.setCurrentIndex(1)
        elif m.startswith(("information source", "response")):
            self._set_error(self.sources_error, message)
            self.tabs.setCurrentIndex(2)
        else:
            self._show_general(message)

    def save(self) -> None:
        self.flush_edits()
        self._clear_errors()
        text = self.date.text().strip()
        if not text:
            self.show_validation(self.tr("The incident needs a date (a day, a month, a year or a range)."))
            return
        try:
            date = PartialDate.parse(text)
        except InvalidInput as exc:
            self.show_validation(str(exc))
            return
        inc = self.collect()
        inc.date = date
        for t in inc.targets:
            t.threats = [th for th in t.threats if th.threat_type or th.sources]
            for th in t.threats:
                th.articles = [c for c in th.articles if c.article]
        inc.sources = [s for s in inc.sources if s.outlet or s.url]
        files = list(self.pending_files)
        self.status_label.setText(self.tr("Saving…"))
        self.save_button.setEnabled(False)

        def op(cdb):
            stored = cdb.incidents.save(inc)
            for name, data, _sha in files:
                cdb.incidents.add_attachment(stored.id, name, data)
            return cdb.incidents.get(stored.id), self._target_names(cdb, stored)
        self.ctx.worker.submit(op, write=True, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, result) -> None:
        inc, names = result
        if self._discarded:
            return
        self.save_button.setEnabled(True)
        self.pending_files.clear()
        self.incident_id = inc.id
        self.names.update(names)
        self._apply_state(inc)
        self._snapshot = self.collect()
        self._saved_state = self._comparable(self._snapshot)
        self.status_label.setText(self.tr("Saved as %1.").replace("%1", inc.ref))
        self.ctx.worker.changed.emit(Changes(incidents={inc.id}))
        self.saved.emit(inc.id)

    def _save_failed(self, message: str, _exc) -> None:
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Not saved."))
        self.show_validation(message)

    # ------------------------------------------------------------------ closing
    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel' (tests replace this method to answer)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("This incident has changes that are not saved."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def discard(self) -> None:
        """Close without asking (locking): nothing of the form stays."""
        self._discarded = True
        self.pending_files.clear()
        self.loaded = False
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._discarded:
            self.flush_edits()
            if self.has_unsaved_changes():
                answer = self.ask_unsaved()
                if answer == "cancel":
                    event.ignore()
                    return
                if answer == "save":
                    self.save()
                    event.ignore()   # closes after a successful save
                    self.saved.connect(lambda _id: self.close())
                    return
        event.accept()
        self.closed.emit()
        self.deleteLater()
