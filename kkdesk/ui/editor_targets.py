"""The targets tab of the incident editor: persons and organisations hit, each with its threats
(type, sources, classification criteria, legal articles and outcome). Edits go straight into the
editor's incident; the editor turns them into undo steps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kkdesk.model.entities import CRITERIA, LegalCharge, Target, Threat
from kkdesk.ui.editor_parts import error_label
from kkdesk.ui.person_dialog import OrganisationDialog, PersonDialog
from kkdesk.ui.widgets import (
    VocabPicker, WrappingComboBox, checked_codes, fill_check_list, fill_vocab_combo, rows_follow_width, set_checked,
    set_combo_code, wrap_items,
)


class TargetsEditor(QWidget):
    """Targets and their threats; `refresh()` shows the editor's incident again (load, undo)."""

    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        self.ctx, self.cdb, self.lang = editor.ctx, editor.cdb, editor.lang
        self.setObjectName("targetsEditor")
        self.completions: list[str] = []
        self._categories: dict[int, list[str]] = {}
        self._exact: int | None = None    # the person whose name is exactly the one typed
        self._choosing: str | None = None  # the popup's Enter also reaches the field: act once
        self._typed = ""           # the name typed, before the completer replaced it by a line
        layout = QVBoxLayout(self)
        self.targets_error = error_label("targetsError")
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
        self.completer.popup().installEventFilter(self)    # Enter with no line chosen: see _add_typed_target
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
        wrap_items(self.target_list)
        lv.addWidget(self.target_list, 1)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        tform = QFormLayout()
        self.category = WrappingComboBox()
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
        wrap_items(self.threat_list)
        self.threat_list.currentRowChanged.connect(self._show_threat)
        rv.addWidget(self.threat_list)
        self.threat_box = QGroupBox(self.tr("Threat"))
        tb = QGridLayout(self.threat_box)
        f1 = QFormLayout()
        self.threat_type = VocabPicker()      # ~80 terms: type to filter, in any language
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
            combo = WrappingComboBox()
            combo.setObjectName(f"criterion_{dim}")
            combo.currentIndexChanged.connect(self._threat_field_changed)
            self.criteria[dim] = combo
            # a criterion without a label of its own here is named by the 'criterion' vocabulary
            f1.addRow(crit_labels.get(dim) or self.cdb.vocab.label("criterion", dim, self.lang) + ":", combo)
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
        f3 = QVBoxLayout()   # the articles below, across the box: their labels are long
        f3.addWidget(QLabel(self.tr("Legal articles and outcome:")))
        self.articles = QTableWidget(0, 3)
        self.articles.setObjectName("threatArticles")
        self.articles.setHorizontalHeaderLabels([self.tr("Article"), self.tr("Outcome"), self.tr("Detail")])
        self.articles.horizontalHeader().setStretchLastSection(True)
        self.articles.setMinimumHeight(130)
        self.articles.setColumnWidth(0, 300)
        self.articles.setColumnWidth(1, 200)
        rows_follow_width(self.articles)
        self.articles.itemChanged.connect(self._threat_field_changed)
        f3.addWidget(self.articles)
        art_buttons = QHBoxLayout()
        add_art = QPushButton(self.tr("Add article"))
        add_art.setObjectName("addArticleButton")
        add_art.clicked.connect(self._add_article)
        rem_art = QPushButton(self.tr("Remove article"))
        rem_art.setObjectName("removeArticleButton")
        rem_art.clicked.connect(self._remove_article)
        art_buttons.addWidget(add_art)
        art_buttons.addWidget(rem_art)
        f3.addLayout(art_buttons)
        tb.addLayout(f2, 0, 1)
        tb.addLayout(f3, 1, 0, 1, 2)
        tb.setColumnStretch(0, 3)
        tb.setColumnStretch(1, 2)
        # the keyboard goes from a threat's type straight to its sources, then the finer criteria
        QWidget.setTabOrder(self.threat_type, self.threat_sources)
        rv.addWidget(self.threat_box, 1)
        # long Russian and Kazakh values wrap and make the form taller: it scrolls rather than
        # making the window taller than a 768-pixel screen
        right_scroll = QScrollArea()
        right_scroll.setObjectName("threatScroll")
        right_scroll.setWidget(right)
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(right_scroll)
        split.setSizes([260, 800])


    def _target_label(self, t: Target) -> str:
        key = ("person", t.person_id) if t.person_id is not None else ("organisation", t.organisation_id)
        name, pseudo = self.editor.names.get(key, ("?", ""))
        shown = pseudo if self.ctx.pseudonyms and pseudo else name
        kind = self.tr("person") if key[0] == "person" else self.tr("organisation")
        return self.tr("%1 (%2) — %n threat(s)", "", len(t.threats)).replace("%1", shown).replace("%2", kind)

    def refresh(self, select: int = 0) -> None:
        self.target_list.blockSignals(True)
        self.target_list.clear()
        for t in self.editor.inc.targets:
            self.target_list.addItem(self._target_label(t))
        self.target_list.blockSignals(False)
        if self.editor.inc.targets:
            self.target_list.setCurrentRow(min(select, len(self.editor.inc.targets) - 1))
        self._show_target(self.target_list.currentRow())

    def current_target(self) -> Target | None:
        row = self.target_list.currentRow()
        return self.editor.inc.targets[row] if 0 <= row < len(self.editor.inc.targets) else None

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
        art = WrappingComboBox()
        fill_vocab_combo(art, self.cdb, "legal_article", self.lang, self.tr("(choose)"), keep=charge.article or None)
        art.currentIndexChanged.connect(self._threat_field_changed)
        out = WrappingComboBox()
        fill_vocab_combo(out, self.cdb, "outcome", self.lang, self.tr("(not known)"), keep=charge.outcome or None)
        out.currentIndexChanged.connect(self._threat_field_changed)
        self.articles.setCellWidget(row, 0, art)
        self.articles.setCellWidget(row, 1, out)
        self.articles.setItem(row, 2, QTableWidgetItem(charge.detail))
        for combo in (art, out):    # a long article wraps: its row grows
            combo.currentIndexChanged.connect(lambda *_: self.articles.fit_rows())
        self.articles.fit_rows()

    def _target_field_changed(self, *_args) -> None:
        t = self.current_target()
        if t is None or self.editor._applying:
            return
        t.category = self.category.currentData()
        self.editor._edited()

    def _threat_field_changed(self, *_args) -> None:
        th = self.current_threat()
        if th is None or self.editor._applying:
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
        self.editor._edited()

    def _update_target_item(self) -> None:
        t, item = self.current_target(), self.target_list.currentItem()
        if t is not None and item is not None:
            item.setText(self._target_label(t))

    def _add_article(self) -> None:
        """A new article row, its article picker focused."""
        if self.current_threat() is not None:
            self._append_article_row(LegalCharge(""))
            row = self.articles.rowCount() - 1
            self.articles.setCurrentCell(row, 0)
            self.articles.cellWidget(row, 0).setFocus()

    def _remove_article(self) -> None:
        row = self.articles.currentRow()
        if row >= 0:
            self.articles.removeRow(row)
            self._threat_field_changed()
            self.articles.setFocus()

    def add_threat(self, threat_type: str | None = None, sources: list[str] | None = None) -> None:
        t = self.current_target()
        if t is None:
            return
        t.threats.append(Threat(threat_type=threat_type or "", sources=list(sources or [])))
        row = self.target_list.currentRow()
        self.refresh(row)
        self.threat_list.setCurrentRow(len(t.threats) - 1)
        self.editor._edited()

    def _add_threat(self) -> None:
        self.add_threat()
        self.threat_type.setFocus()

    def _remove_threat(self) -> None:
        t, row = self.current_target(), self.threat_list.currentRow()
        if t is not None and 0 <= row < len(t.threats):
            del t.threats[row]
            self.refresh(self.target_list.currentRow())
            self.threat_list.setCurrentRow(min(row, len(t.threats) - 1))
            self.editor._edited()
            (self.threat_list if t.threats else self.add_threat_button).setFocus()   # where to go on from

    def add_target(self, kind: str, record_id: int, name: str, pseudonym: str = "",
                   categories: list[str] | None = None) -> None:
        """Add a person or organisation with one empty threat to fill in; the person's defender
        category becomes the target's (the first in the vocabulary's order when there are several).
        The focus goes to the new threat's type."""
        for n, t in enumerate(self.editor.inc.targets):
            if (kind == "person" and t.person_id == record_id) or (kind == "organisation" and t.organisation_id == record_id):
                self.target_list.setCurrentRow(n)
                self.threat_type.setFocus()
                return
        self.editor.names[(kind, record_id)] = (name, pseudonym)
        target = Target(person_id=record_id) if kind == "person" else Target(organisation_id=record_id)
        if categories:
            order = [t.code for t in self.cdb.vocab.terms("category", include_retired=True)]
            target.category = min(categories, key=lambda c: order.index(c) if c in order else len(order))
        target.threats.append(Threat(threat_type=""))
        self.editor.inc.targets.append(target)
        self.refresh(len(self.editor.inc.targets) - 1)
        self.target_input.clear()
        self.editor._edited()
        self.threat_type.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_target(self) -> None:
        row = self.target_list.currentRow()
        if 0 <= row < len(self.editor.inc.targets):
            del self.editor.inc.targets[row]
            self.refresh(max(row - 1, 0))
            self.editor._edited()
            (self.target_list if self.editor.inc.targets else self.target_input).setFocus()

    def _lookup_names(self, text: str) -> None:
        """Ask the worker for persons and organisations matching the typed name (any script)."""
        text = text.strip()
        if len(text) < 2 or self.ctx.worker is None:
            return

        def op(cdb):
            found = cdb.persons.find(text, limit=10)
            people = [pid for pid, _score in found]
            orgs = cdb.organisations.find(text, limit=5)
            pn, on = cdb.persons.names(people), cdb.organisations.names(orgs)
            categories = {pid: cdb.persons.get(pid).categories for pid in people if pid in pn}
            exact = next((pid for pid, score in found if score >= 1.0 and pid in pn), None)
            return exact, categories, ([("person", pid, *pn[pid]) for pid in people if pid in pn]
                           + [("organisation", oid, *on[oid]) for oid in orgs if oid in on])
        self.ctx.worker.submit(op, on_done=lambda r, t=text: self._show_completions(t, r[2], r[0], r[1]))

    def _show_completions(self, text: str, rows: list, exact: int | None = None,
                          categories: dict | None = None) -> None:
        """Registered names like the typed one, and "Create new person 'X'" (first unless a name
        matches exactly). Enter without choosing a line takes the person of exactly that name, or
        creates a new one: never a merely similar person."""
        if self.target_input.text().strip() != text:
            return
        self._typed, self._categories, self._exact = text, categories or {}, exact
        entries, self._completion_ids = [], {}
        create = self.tr("Create new person '%1'").replace("%1", text)
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
        entries.insert(len(entries) if exact is not None else 0, create)
        self._completion_ids[create] = ("new", None, text, "")
        self.completions = entries
        self._completion_model.setStringList(entries)
        if self.target_input.hasFocus():
            self.completer.complete()
            self.completer.popup().setCurrentIndex(QModelIndex())   # no line chosen until Down

    def _completion_chosen(self, label: str) -> None:
        hit = self._completion_ids.get(label)
        if not hit or self._choosing == label:
            return
        self._choosing = label
        kind, rid, display, pseudo = hit

        def act() -> None:
            self._choosing = None
            if kind == "new":
                self.target_input.setText(self._typed)     # the completer wrote its line there
                self._new_target("person")
            else:
                self.add_target(kind, rid, display, pseudo, self._categories.get(rid) if kind == "person" else None)
        QTimer.singleShot(0, act)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if (obj is self.completer.popup() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not obj.currentIndex().isValid()):
            obj.hide()
            self._add_typed_target()
            return True
        return super().eventFilter(obj, event)

    def _add_typed_target(self) -> None:
        text = self.target_input.text().strip()
        if text in self._completion_ids:
            self._completion_chosen(text)
        elif text and text == self._typed and self._exact is not None:
            exact = next(label for label, hit in self._completion_ids.items() if hit[1] == self._exact
                         and hit[0] == "person")
            self._completion_chosen(exact)
        elif text:
            self._new_target("person")

    def _new_target(self, kind: str) -> None:
        hint = self.target_input.text().strip()
        dlg = (PersonDialog(self.ctx, name_hint=hint, parent=self) if kind == "person"
               else OrganisationDialog(self.ctx, name_hint=hint, parent=self))
        name_of = (lambda: dlg.name_cyrillic.text() or dlg.name_latin.text()) if kind == "person" else (lambda: dlg.name.text())
        cats = (lambda: list(dlg.person.categories)) if kind == "person" else (lambda: None)
        dlg.saved.connect(lambda rid: self.add_target(kind, rid, name_of(), categories=cats()))
        dlg.finished.connect(self._dialog_closed)
        dlg.setModal(True)
        dlg.show()
        self.new_target_dialog = dlg

    def _dialog_closed(self, _result: int) -> None:
        """The editor has the keyboard again: on the new target's threat type, else on the name field."""
        self.window().activateWindow()
        (self.threat_type if self.current_threat() is not None else self.target_input).setFocus()

    def fill_choices(self) -> None:
        cdb, lang = self.cdb, self.lang
        fill_vocab_combo(self.category, cdb, "category", lang, self.tr("(not recorded)"))
        self.threat_type.fill(cdb, "threat_type", lang, self.tr("(choose a type)"), group="threat_group")
        fill_check_list(self.threat_sources, cdb, "source_type", lang, [])
        for dim, combo in self.criteria.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not assessed)"), None)
            for value in CRITERIA[dim]:
                code = f"{dim}.{value}"
                combo.addItem(cdb.vocab.label("criterion", code, lang) if cdb.vocab.exists("criterion", code)
                              else value.replace("_", " "), value)
            combo.blockSignals(False)
