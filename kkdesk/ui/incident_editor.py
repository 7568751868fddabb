"""IncidentEditor: every field of an incident, targets with their threats, sources, responses,
tags and attachments. Undo works over form snapshots (QUndoStack); validation messages from the
core (InvalidInput) appear next to the field they concern; saving runs on the worker."""

from __future__ import annotations

import copy
import hashlib
import os

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QFileDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from kkdesk.errors import InvalidInput, reason_for_os_error
from kkdesk.messages import msg, render
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import CONFIDENTIALITY, STATUSES, Incident, to_dict
from kkdesk.ui import i18n
from kkdesk.ui.casework import CaseworkPane
from kkdesk.ui.editor_parts import DropList, PlainTextField, error_label
from kkdesk.ui.editor_sources import SourcesEditor
from kkdesk.ui.editor_targets import TargetsEditor
from kkdesk.ui.links import IncidentLinksPane
from kkdesk.ui.widgets import (
    VocabPicker, WrappingComboBox, checked_codes, fill_check_list, fill_vocab_combo, point_at, set_checked, set_combo_code,
    unmark,
)
from kkdesk.ui.worker import Changes, user_message

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
        self._next_after_save = False
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(400)
        self._edit_timer.timeout.connect(self.flush_edits)
        self._build()
        self._load()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.pseudonym_notice = QLabel(self.tr(
            "Pseudonym codes are on, but this editor shows the real names and text of the incident. "
            "Close it (Ctrl+W) if someone can see the screen."))
        self.pseudonym_notice.setObjectName("pseudonymNotice")
        self.pseudonym_notice.setWordWrap(True)
        self.pseudonym_notice.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 4px;")
        self.pseudonym_notice.setVisible(bool(getattr(self.ctx, "pseudonyms", False)))
        outer.addWidget(self.pseudonym_notice)
        self.general_error = error_label("editorError")
        outer.addWidget(self.general_error)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_incident_tab(), self.tr("Incident"))
        self.targets = TargetsEditor(self)
        self.targets_error = self.targets.targets_error
        self.tabs.addTab(self.targets, self.tr("Targets and threats"))
        self.sources = SourcesEditor(self)
        self.sources_error, self.info_table = self.sources.sources_error, self.sources.info_table
        self.tabs.addTab(self.sources, self.tr("Sources and responses"))
        self.tabs.addTab(self._build_attachments_tab(), self.tr("Attachments"))
        self.casework = CaseworkPane(self.ctx)   # actions and follow-ups once the incident is saved
        self.tabs.addTab(self.casework, self.tr("Protection"))
        self.links = IncidentLinksPane(self.ctx)   # linked incidents, from either end, once saved
        self.tabs.addTab(self.links, self.tr("Links"))
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
        self.save_button.setToolTip(self.tr("Ctrl+S; Ctrl+Enter saves and starts the next incident"))
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close)
        for b in (self.undo_button, self.redo_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Z", self.undo), ("Ctrl+Shift+Z", self.redo),
                           ("Ctrl+Y", self.redo), ("Ctrl+W", self.close), ("Ctrl+Return", self.save_and_next),
                           ("Ctrl+Enter", self.save_and_next), ("Ctrl+T", self.add_threat_here),
                           *((f"Alt+{n + 1}", lambda n=n: self.go_to_tab(n)) for n in range(self.tabs.count()))):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(self._edited)
        return edit

    def _combo(self, name: str, accessible: str, combo: QComboBox | None = None) -> QComboBox:
        combo = combo if combo is not None else WrappingComboBox()
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
        self.title_error = error_label("titleError")
        form.addRow("", self.title_error)
        self.date = self._line("dateEdit", self.tr("Date"))
        self.date.setPlaceholderText(self.tr("2019-06-09, June 2019, 2019, May–June 2021, 9 июня 2019"))
        self.date.textChanged.connect(self._date_changed)
        form.addRow(self.tr("Date:"), self.date)
        self.date_parsed = QLabel()
        self.date_parsed.setObjectName("dateParsed")
        form.addRow("", self.date_parsed)
        self.date_error = error_label("dateError")
        form.addRow("", self.date_error)
        self.region = self._combo("regionCombo", self.tr("Region"), VocabPicker())
        self.region.currentIndexChanged.connect(self._region_changed)
        form.addRow(self.tr("Region:"), self.region)
        self.city = self._combo("cityCombo", self.tr("City"), VocabPicker())
        self.city.currentIndexChanged.connect(self._city_changed)
        form.addRow(self.tr("City:"), self.city)
        self.place_error = error_label("placeError")
        form.addRow("", self.place_error)
        self.place_detail = self._line("placeDetailEdit", self.tr("Place detail"))
        form.addRow(self.tr("Place detail:"), self.place_detail)
        self.status = self._combo("statusCombo", self.tr("Status"))
        # shown, not chosen: a record is verified in the Review window by someone other than its editor
        self.status.setEnabled(False)
        self.status.setToolTip(self.tr("A record counts as verified once someone other than its last editor "
                                       "verifies it (View → Review)."))
        form.addRow(self.tr("Status:"), self.status)
        self.confidentiality = self._combo("confidentialityCombo", self.tr("Confidentiality"))
        form.addRow(self.tr("Confidentiality:"), self.confidentiality)
        self.tags = self._line("tagsEdit", self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("comma separated"))
        form.addRow(self.tr("Tags:"), self.tags)
        self.narrative = PlainTextField()   # Tab moves on, Ctrl+Tab types a tab
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
        self.region.fill(cdb, "region", lang, self.tr("(not known)"))
        self.city.fill(cdb, "city", lang, self.tr("(not known)"), group="region")
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
        self.targets.fill_choices()

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
        self.casework.set_subject(incident_id=self.incident_id)
        self.links.set_incident(self.incident_id)
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
            self.sources.fill_info(inc.sources)
            self.sources.fill_responses(inc.responses)
            self._fill_attachments()
            self.targets.refresh(max(self.targets.target_list.currentRow(), 0))
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
        inc.sources = self.sources.read_info()
        inc.responses = self.sources.read_responses()
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
            self._set_error(self.date_error, user_message(exc))
            return
        self.date_error.setVisible(False)
        unmark(self.date)
        precision = {"day": self.tr("exact day"), "month": self.tr("month only"), "year": self.tr("year only"),
                     "range": self.tr("range")}[d.precision]
        self.date_parsed.setText(self.tr("Read as: %1 (precision: %2)").replace("%1", d.format(self.lang))
                                 .replace("%2", precision))

    def _region_changed(self, *_args) -> None:
        region = self.region.currentData()
        keep = self.city.currentData()
        self.city.fill(self.cdb, "city", self.lang, self.tr("(not known)"), parent=region, keep=keep, group="region")

    def _city_changed(self, *_args) -> None:
        """A city chosen while the region is not known brings its region."""
        city = self.city.currentData()
        if self._applying or city is None or self.region.currentData() is not None:
            return
        if self.cdb.vocab.exists("city", city):
            parent = self.cdb.vocab.term("city", city).parent
            if parent and self.region.findData(parent) >= 0:
                set_combo_code(self.region, parent)

    # ------------------------------------------------------------------ attachments
    def _fill_attachments(self) -> None:
        self.attachments.clear()
        for a in self.inc.attachments:
            self._attachment_item(a.filename, a.size, a.sha256, stored=True)
        for name, data, sha in self.pending_files:
            self._attachment_item(name, len(data), sha, stored=False)

    def _attachment_item(self, name: str, size: int, sha: str, stored: bool) -> None:
        state = "" if stored else " " + self.tr("(added on save)")
        item = QListWidgetItem(f"{name} — {i18n.number(size)} B — SHA-256 {sha}{state}")
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
                self._show_general(self.tr("Cannot read the file: %1").replace(
                    "%1", render(reason_for_os_error(exc), i18n.current())))
                continue
            name = os.path.basename(path)
            sha = hashlib.sha256(data).hexdigest()
            self.pending_files.append((name, data, sha))
            self._attachment_item(name, len(data), sha, stored=False)
        self._edited()

    # ------------------------------------------------------------------ keyboard
    def go_to_tab(self, index: int) -> None:
        """Alt+1…: show a tab and put the focus on its first field."""
        if not 0 <= index < self.tabs.count():
            return
        self.tabs.setCurrentIndex(index)
        first = {0: self.title, 1: self.targets.target_input, 3: self.attachments}.get(index)
        if index == 2:
            first = self.sources.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_threat_here(self) -> None:
        """Ctrl+T: a new threat for the current target, its type picker focused."""
        if self.targets.current_target() is None:
            self.go_to_tab(1)
            return
        self.tabs.setCurrentIndex(1)
        self.targets._add_threat()

    def _commit_open_cell(self) -> None:
        """A table cell still being typed in counts: its text is committed before reading the form."""
        focus = QApplication.focusWidget()
        view = focus.parent() if focus is not None else None
        while view is not None and not isinstance(view, QAbstractItemView):
            view = view.parent()
        if view is not None and focus is not view and view.window() is self:
            view.setFocus()

    def save_and_next(self) -> None:
        """Ctrl+Enter: save, then start the next incident in this window."""
        self.save(then_next=True)

    # ------------------------------------------------------------------ saving
    def _clear_errors(self) -> None:
        for label in (self.general_error, self.title_error, self.place_error, self.targets_error, self.sources_error):
            label.setVisible(False)
        for field in (self.title, self.date):
            unmark(field)

    def _set_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    def _show_general(self, text: str) -> None:
        self._set_error(self.general_error, text)

    # Where an error shows, by the first part of its field code (kkdesk.messages: "targets.2.threats.1…").
    FIELD_PLACES = {"title": "title", "date": "date", "region": "place", "city": "place", "place_detail": "place",
                    "targets": "targets", "sources": "sources", "responses": "sources"}

    def show_validation(self, message: str, field: str | None) -> None:
        """Put the core's message next to the field it is about: placed by the error's field code,
        never by its wording (the text is already in the interface language)."""
        place = self.FIELD_PLACES.get((field or "").split(".")[0])
        if place == "title":
            self._set_error(self.title_error, message)
            self.tabs.setCurrentIndex(0)
            point_at(self.title, message)
        elif place == "date":
            self._set_error(self.date_error, message)
            self.tabs.setCurrentIndex(0)
            point_at(self.date, message)
        elif place == "place":
            self._set_error(self.place_error, message)
            self.tabs.setCurrentIndex(0)
        elif place == "targets":
            self._set_error(self.targets_error, message)
            self.tabs.setCurrentIndex(1)
        elif place == "sources":
            self._set_error(self.sources_error, message)
            self.tabs.setCurrentIndex(2)
        else:
            self._show_general(message)

    def save(self, then_next: bool = False) -> None:
        """Save on the worker; then_next starts an empty form once the save has succeeded."""
        self._next_after_save = False
        self._commit_open_cell()
        self.flush_edits()
        self._clear_errors()
        text = self.date.text().strip()
        if not text:
            self.show_validation(render(msg("incident.needs_date"), i18n.current()), "date")
            return
        try:
            date = PartialDate.parse(text)
        except InvalidInput as exc:
            self.show_validation(user_message(exc), exc.field or "date")
            return
        inc = self.collect()
        inc.date = date
        for t in inc.targets:
            t.threats = [th for th in t.threats if th.threat_type or th.sources]
            for th in t.threats:
                th.articles = [c for c in th.articles if c.article]
        inc.sources = [s for s in inc.sources if s.outlet or s.url]
        files = list(self.pending_files)
        self._next_after_save = then_next
        self.status_label.setText(self.tr("Saving…"))
        self.save_button.setEnabled(False)

        def op(cdb):
            stored = cdb.incidents.save(inc)
            for name, data, _sha in files:
                cdb.incidents.add_attachment(stored.id, name, data)
            return Changes(incidents={stored.id},
                           value=(cdb.incidents.get(stored.id), self._target_names(cdb, stored)))
        self.ctx.worker.submit(op, write=True, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, changes: Changes) -> None:
        inc, names = changes.value
        if self._discarded:
            return
        self.save_button.setEnabled(True)
        self.pending_files.clear()
        self.incident_id = inc.id
        self.casework.set_subject(incident_id=inc.id)
        self.links.set_incident(inc.id)
        self.names.update(names)
        self._apply_state(inc)
        self._snapshot = self.collect()
        self._saved_state = self._comparable(self._snapshot)
        self.status_label.setText(self.tr("Saved as %1.").replace("%1", inc.ref))
        self.saved.emit(inc.id)
        if self._next_after_save:
            self._next_after_save = False
            self.start_next()

    def start_next(self) -> None:
        """An empty form for the next incident in this window; the status line keeps the last ref."""
        self.incident_id = None
        self.pending_files.clear()
        self.tabs.setCurrentIndex(0)
        self._loaded(None)

    def _save_failed(self, message: str, exc) -> None:
        self._next_after_save = False
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Not saved."))
        self.show_validation(message, getattr(exc, "field", None))

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
