"""Vocabulary editor for the coordinator: add, rename, translate and retire terms, and the list of
shipped Russian and Kazakh labels still to be checked by a native speaker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kkdesk.ui.worker import Changes
from kkdesk.ui.widgets import WrappingComboBox


class VocabularyPane(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("vocabularyPane")
        self.terms: list = []
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Vocabulary:")))
        self.vocab = WrappingComboBox()
        self.vocab.setObjectName("vocabChoice")
        self.vocab.setAccessibleName(self.tr("Vocabulary"))
        self.vocab.setMinimumContentsLength(18)
        self.vocab.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.vocab)
        self.show_retired = QCheckBox(self.tr("Show retired terms"))
        self.show_retired.setObjectName("showRetired")
        self.show_retired.setChecked(True)
        self.show_retired.toggled.connect(self.reload)
        bar.addWidget(self.show_retired)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("vocabTable")
        self.table.setAccessibleName(self.tr("Terms"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("English"), self.tr("Russian"),
                                              self.tr("Kazakh"), self.tr("Parent"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for col, width in enumerate((220, 260, 260, 260, 140)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        outer.addWidget(self.table, 1)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("termCode")
        self.code.setPlaceholderText(self.tr("lower-case Latin letters, digits, '.' and '_'"))
        form.addRow(self.tr("Code:"), self.code)
        self.label_en = QLineEdit()
        self.label_en.setObjectName("termEnglish")
        form.addRow(self.tr("English:"), self.label_en)
        self.label_ru = QLineEdit()
        self.label_ru.setObjectName("termRussian")
        form.addRow(self.tr("Russian:"), self.label_ru)
        self.label_kk = QLineEdit()
        self.label_kk.setObjectName("termKazakh")
        form.addRow(self.tr("Kazakh:"), self.label_kk)
        self.parent_code = QLineEdit()
        self.parent_code.setObjectName("termParent")
        form.addRow(self.tr("Parent code:"), self.parent_code)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add as new term"))
        self.add_button.setObjectName("addTermButton")
        self.add_button.clicked.connect(self.add_term)
        self.save_button = QPushButton(self.tr("Save labels"))
        self.save_button.setObjectName("saveTermButton")
        self.save_button.clicked.connect(self.save_term)
        self.retire_button = QPushButton(self.tr("Retire / restore"))
        self.retire_button.setObjectName("retireTermButton")
        self.retire_button.clicked.connect(self.toggle_retired)
        for b in (self.add_button, self.save_button, self.retire_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("vocabMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        outer.addWidget(self._review_box())

    def _review_box(self) -> QGroupBox:
        """Shipped labels marked uncertain: double-click one to edit it above, or keep it as checked."""
        box = QGroupBox(self.tr("Labels to check by a native speaker"))
        box.setObjectName("reviewBox")
        lay = QVBoxLayout(box)
        self.review_count = QLabel()
        self.review_count.setObjectName("reviewCount")
        self.review_count.setWordWrap(True)
        lay.addWidget(self.review_count)
        self.review_table = QTableWidget(0, 4)
        self.review_table.setObjectName("reviewTable")
        self.review_table.setAccessibleName(self.tr("Labels to check"))
        self.review_table.setHorizontalHeaderLabels([self.tr("Vocabulary"), self.tr("Code"), self.tr("Language"),
                                                     self.tr("Label")])
        self.review_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_table.verticalHeader().setVisible(False)
        head = self.review_table.horizontalHeader()
        for col in range(3):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        self.review_table.setMaximumHeight(160)
        self.review_table.cellDoubleClicked.connect(lambda row, _col: self.edit_review_item(row))
        lay.addWidget(self.review_table)
        row = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("Checked: keep this label"))
        self.confirm_button.setObjectName("confirmLabelButton")
        self.confirm_button.clicked.connect(self.confirm_review_item)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.review_items: list[tuple[str, str, str, str]] = []
        return box

    def vocab_titles(self) -> dict[str, str]:
        return {
            "threat_type": self.tr("Threat types"), "threat_group": self.tr("Threat groups"),
            "source_type": self.tr("Sources of threats"), "category": self.tr("Defender categories"),
            "region": self.tr("Regions"), "city": self.tr("Cities"), "legal_article": self.tr("Legal articles"),
            "outcome": self.tr("Outcomes"), "response_type": self.tr("Response types"),
            "reason": self.tr("Reasons"), "aim": self.tr("Aims"), "org_kind": self.tr("Kinds of organisation"),
            "criterion": self.tr("Classification criteria"), "gender": self.tr("Genders"),
            "status": self.tr("Statuses"), "confidentiality": self.tr("Confidentiality levels"),
            "reliability": self.tr("Reliability"), "risk_level": self.tr("Risk levels"),
            "action_type": self.tr("Kinds of protection action"), "action_status": self.tr("Action statuses"),
            "action_outcome": self.tr("Action outcomes"), "followup_kind": self.tr("Kinds of follow-up"),
            "risk_factor": self.tr("Risk factors"),
        }

    def set_database(self, cdb) -> None:
        titles = self.vocab_titles()
        self.ctx.worker.submit(lambda c: c.vocab.names(), on_done=lambda names: self._fill_names(names, titles))
        self.reload_review()

    def reload_review(self) -> None:
        if self.ctx.worker is None:
            return
        self.ctx.worker.submit(lambda cdb: [(i.term.vocab, i.term.code, i.lang, i.term.label(i.lang))
                                            for i in cdb.vocab.labels_to_review()], on_done=self._show_review)

    def _show_review(self, items: list[tuple[str, str, str, str]]) -> None:
        titles = self.vocab_titles()
        languages = {"ru": self.tr("Russian"), "kk": self.tr("Kazakh"), "en": self.tr("English")}
        self.review_items = items
        self.review_table.setRowCount(len(items))
        for n, (vocab, code, lang, label) in enumerate(items):
            for c, value in enumerate((titles.get(vocab, vocab), code, languages.get(lang, lang), label)):
                self.review_table.setItem(n, c, QTableWidgetItem(value))
        self.review_count.setText(self.tr("%n shipped label(s) are uncertain translations. Double-click one to "
                                          "correct it above, or keep it once a native speaker has checked it.",
                                          "", len(items)) if items else self.tr("No labels wait to be checked."))
        self.confirm_button.setEnabled(bool(items))

    def edit_review_item(self, row: int) -> None:
        """Show the term of a listed label in the editor above, ready to correct."""
        if 0 <= row < len(self.review_items):
            vocab, code = self.review_items[row][:2]
            self.code.setText(code)          # the list selects this code once the terms arrive
            idx = self.vocab.findData(vocab)
            if idx == self.vocab.currentIndex():
                self.reload()
            else:
                self.vocab.setCurrentIndex(idx)

    def confirm_review_item(self) -> None:
        row = self.review_table.currentRow()
        if 0 <= row < len(self.review_items):
            vocab, code, lang, _label = self.review_items[row]
            self._run(lambda cdb: cdb.vocab.confirm_label(vocab, code, lang), self.tr("Label kept as checked."))

    def _fill_names(self, names: list[str], titles: dict) -> None:
        self.vocab.blockSignals(True)
        self.vocab.clear()
        for name in sorted(names, key=lambda n: titles.get(n, n)):
            self.vocab.addItem(titles.get(name, name), name)
        self.vocab.blockSignals(False)
        idx = self.vocab.findData("threat_type")
        self.vocab.setCurrentIndex(max(idx, 0))
        self.reload()

    def clear(self) -> None:
        self.terms = []
        self.vocab.clear()
        self.table.setRowCount(0)
        for w in (self.code, self.label_en, self.label_ru, self.label_kk, self.parent_code):
            w.clear()
        self.message.clear()
        self.review_items = []
        self.review_table.setRowCount(0)
        self.review_count.clear()

    def on_changes(self, changes: Changes) -> None:
        if changes.vocab:
            self.reload()
            self.reload_review()

    def reload(self, *_args) -> None:
        vocab = self.vocab.currentData()
        if not vocab or self.ctx.worker is None:
            return
        retired = self.show_retired.isChecked()
        self.ctx.worker.submit(lambda cdb: cdb.vocab.terms(vocab, include_retired=retired),
                               on_done=self._show_terms)

    def _show_terms(self, terms: list) -> None:
        current = self.code.text()
        self.terms = terms
        self.table.setRowCount(len(terms))
        for n, t in enumerate(terms):
            values = (t.code, t.label_en, t.label_ru, t.label_kk, t.parent or "",
                      self.tr("retired") if t.retired else self.tr("in use"))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if t.retired:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(n, c, item)
        for n, t in enumerate(terms):
            if t.code == current:
                self.table.selectRow(n)

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.terms):
            t = self.terms[row]
            self.code.setText(t.code)
            self.label_en.setText(t.label_en)
            self.label_ru.setText(t.label_ru)
            self.label_kk.setText(t.label_kk)
            self.parent_code.setText(t.parent or "")

    def _run(self, op, done_text: str) -> None:
        def wrapped(cdb):
            op(cdb)
            return Changes(vocab=True)
        self.ctx.worker.submit(wrapped, write=True, on_done=lambda _c: self.message.setText(done_text),
                               on_error=lambda m, e: self.message.setText(m))

    def add_term(self) -> None:
        vocab = self.vocab.currentData()
        code, en, ru, kk = self.code.text().strip(), self.label_en.text(), self.label_ru.text(), self.label_kk.text()
        parent = self.parent_code.text().strip() or None
        self._run(lambda cdb: cdb.vocab.add_term(vocab, code, en, ru, kk, parent=parent), self.tr("Term added."))

    def save_term(self) -> None:
        vocab, code = self.vocab.currentData(), self.code.text().strip()
        changes = {"label_en": self.label_en.text().strip(), "label_ru": self.label_ru.text().strip(),
                   "label_kk": self.label_kk.text().strip(), "parent": self.parent_code.text().strip() or None}
        self._run(lambda cdb: cdb.vocab.update_term(vocab, code, **changes), self.tr("Labels saved."))

    def toggle_retired(self) -> None:
        vocab, code = self.vocab.currentData(), self.code.text().strip()

        def op(cdb):
            term = cdb.vocab.term(vocab, code)
            cdb.vocab.set_retired(vocab, code, not term.retired)
        self._run(op, self.tr("Done: retired terms stay on old records but are no longer offered."))
