"""The import wizard: choose a file (CSV, XLSX or kkdesk's JSON export) → preview → mapping of
columns and values → validation report (nothing written) → import with progress and Cancel
(one transaction: all or nothing) → what was added and skipped.

The work is the core's (kkdesk.importer); the wizard only shows it. Database work runs on the
worker; each page gates Next until its answer has arrived.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage,
)

from kkdesk.errors import Cancelled, KkdeskError
from kkdesk.importer import (
    apply, apply_json, FIELDS, is_json_export, Mapping, read_json_export, read_table, suggest_mapping,
    validate, validate_json,
)
from kkdesk.importer.mapping import is_decided, VocabFinder
from kkdesk.importer.reader import ENCODINGS
from kkdesk.messages import msg, render
from kkdesk.ui import i18n
from kkdesk.ui.jobs import run_job
from kkdesk.ui.widgets import WrappingComboBox, path_row, rows_follow_width
from kkdesk.ui.worker import Changes, user_message

PAGE_FILE, PAGE_PREVIEW, PAGE_MAPPING, PAGE_CHECK, PAGE_APPLY = range(5)
PREVIEW_ROWS = 20
ADD_TERM = "__add_term__"
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _item(text) -> QTableWidgetItem:
    return QTableWidgetItem("" if text is None else str(text))


class ImportWizard(QWizard):
    """Holds what the pages decide: the table or JSON export, the mapping, the plan, the result."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.table = None          # RawTable of a CSV/XLSX
        self.json_data = None      # a kkdesk JSON export
        self.source = ""
        self.path = ""             # the file read (read again with other choices on the preview)
        self.base_mapping = None   # a mapping file the user loaded
        self.mapping = None
        self.plan = None
        self.result = None
        self.setPage(PAGE_FILE, FilePage(self))
        self.setPage(PAGE_PREVIEW, PreviewPage(self))
        self.setPage(PAGE_MAPPING, MappingPage(self))
        self.setPage(PAGE_CHECK, CheckPage(self))
        self.setPage(PAGE_APPLY, ApplyPage(self))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for which, name in ((QWizard.WizardButton.NextButton, "wizardNext"),
                            (QWizard.WizardButton.BackButton, "wizardBack"),
                            (QWizard.WizardButton.CommitButton, "wizardCommit"),
                            (QWizard.WizardButton.FinishButton, "wizardFinish"),
                            (QWizard.WizardButton.CancelButton, "wizardCancel")):
            self.button(which).setObjectName(name)
        self.resize(900, 640)

    def is_json(self) -> bool:
        return self.json_data is not None


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A spreadsheet (CSV or XLSX) of incidents, or a kkdesk JSON export."))
        form = QFormLayout(self)
        row, self.path, _ = path_row("importPath", "importBrowse", self._browse)
        form.addRow(self.tr("File:"), row)
        row, self.mapping_path, _ = path_row("importMappingPath", "importBrowseMapping", self._browse_mapping)
        self.mapping_path.setPlaceholderText(self.tr("Optional: a mapping saved from an earlier import"))
        form.addRow(self.tr("Mapping:"), row)
        self.message = QLabel()
        self.message.setObjectName("importFileMessage")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.reading = False
        self.read_for = None     # (file, mapping) last read: Next goes on only after a successful read
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import file"), "",
                                              self.tr("Spreadsheets and exports (*.csv *.xlsx *.json);;All files (*)"))
        if path:
            self.path.setText(path)

    def _browse_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Mapping file"), "", "JSON (*.json)")
        if path:
            self.mapping_path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip()) and not self.reading

    def validatePage(self) -> bool:  # noqa: N802
        """Read the file on the worker (a large workbook takes seconds); Next goes on when it has been
        read. A bad file stays on this page with a plain message."""
        key = (self.path.text().strip(), self.mapping_path.text().strip())
        if self.read_for == key:
            return True
        self._read(*key)
        return False

    def _read(self, path: str, mapping_path: str) -> None:
        def op(_cdb):
            if is_json_export(path):
                data, table = read_json_export(path), None
            else:
                data, table = None, read_table(path)
            return data, table, Mapping.load(mapping_path) if mapping_path else None

        def done(answer):
            w = self.wiz
            w.json_data, w.table, w.base_mapping = answer
            w.path = path
            w.page(PAGE_PREVIEW).header_row.setValue(0)   # a new file: its header found anew
            w.source = w.table.source if w.table is not None else path.replace("\\", "/").rsplit("/", 1)[-1]
            w.mapping = w.plan = w.result = None
            self.read_for = (path, mapping_path)
            self._reading(False)
            self.message.clear()
            w.next()

        def failed(message, _exc):
            self._reading(False)
            self.message.setText(message)

        self._reading(True)
        self.message.setText(self.tr("Reading the file…"))
        self.wiz.ctx.worker.submit(op, on_done=done, on_error=failed)

    def _reading(self, busy: bool) -> None:
        self.reading = busy
        self.completeChanged.emit()

    def nextId(self) -> int:  # noqa: N802
        return PAGE_CHECK if self.wiz.is_json() else PAGE_PREVIEW


class PreviewPage(QWizardPage):
    """The first rows as read, and how to read them: the worksheet, a CSV's text encoding (the guess
    shown, as the command line's --encoding overrides it) and the header row (--header-row)."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        layout = QVBoxLayout(self)
        form = self.form = QFormLayout()
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.header_row = QSpinBox()
        self.header_row.setObjectName("importHeaderRow")
        self.header_row.setRange(0, 1000)
        self.header_row.setMinimumWidth(280)
        self.reread = QPushButton(self.tr("Read again"))
        self.reread.setObjectName("importReadAgain")
        self.reread.clicked.connect(self.read_again)
        header = QHBoxLayout()
        header.addWidget(self.header_row)
        header.addWidget(self.reread)
        header.addStretch(1)
        form.addRow(self.tr("Worksheet:"), self.sheet)
        form.addRow(self.tr("Text encoding:"), self.encoding)
        form.addRow(self.tr("Header row:"), header)
        layout.addLayout(form)
        self.info = QLabel()
        self.info.setObjectName("importPreviewInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.grid = QTableWidget()
        self.grid.setObjectName("importPreview")
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.grid)
        self.reading = False
        self.guessed = ""          # the encoding found without a choice (shown beside "automatic")
        self.read_path = ""
        self.found_sheet = None    # the sheet the reader picked by itself
        self.sheet.activated.connect(lambda _i: self.read_again(new_sheet=True))
        self.encoding.activated.connect(lambda _i: self.read_again())

    def isComplete(self) -> bool:  # noqa: N802
        return not self.reading

    def initializePage(self) -> None:  # noqa: N802
        t = self.wiz.table
        if t.encoding and not t.encoding.endswith("as chosen"):
            self.guessed = t.encoding
        if self.wiz.path != self.read_path:     # a file just chosen: what the reader found by itself
            self.read_path, self.found_sheet = self.wiz.path, t.sheet
        self._fill_choices(t)
        self._show(t)

    def _fill_choices(self, t) -> None:
        """The reader's choices as it made them: the sheet read, the encoding guessed, the header row found."""
        self.sheet.clear()
        for name in t.sheets:
            self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(t.sheet)))
        self.sheet.setEnabled(len(t.sheets) > 1)
        self.form.setRowVisible(self.sheet, bool(t.sheets))            # a CSV has no worksheets
        chosen = bool(t.encoding) and t.encoding.endswith("as chosen")
        current = self.encoding.currentData() if chosen and self.encoding.count() else None
        self.encoding.clear()
        found = self.guessed.removesuffix(", guessed") if self.guessed else "—"
        self.encoding.addItem(self.tr("automatic (found: %1)").replace("%1", found), None)
        names = {"cp1251": self.tr("Windows-1251 (Cyrillic)"), "mac_cyrillic": self.tr("Mac Cyrillic"),
                 "cp866": self.tr("DOS Cyrillic (CP866)")}          # the others are names in every language
        for code, name in ENCODINGS.items():
            self.encoding.addItem(names.get(code, name), code)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(current)))
        self.encoding.setEnabled(t.encoding is not None)
        self.form.setRowVisible(self.encoding, t.encoding is not None)  # a workbook has no text encoding
        if not self.header_row.value():
            self.header_row.setSpecialValueText(self.tr("found by itself: row %1").replace("%1", str(t.header_row)))

    def read_again(self, new_sheet: bool = False) -> None:
        """Read the file again with the choices made (another sheet starts with its header found anew)."""
        if new_sheet:
            self.header_row.setValue(0)
        path = self.wiz.path
        sheet = self.sheet.currentData() if self.sheet.isEnabled() else None
        if sheet == self.found_sheet:
            sheet = None       # the reader's own pick: its report still lists the other sheets
        encoding = self.encoding.currentData()
        header_row = self.header_row.value() or None

        def done(table):
            self.wiz.table = table
            self.wiz.mapping = self.wiz.plan = None     # new columns: the mapping is suggested again
            self._busy(False)
            self._fill_choices(table)
            self._show(table)

        def failed(message, _exc):
            self._busy(False)
            self._fill_choices(self.wiz.table)
            self.info.setText(message)

        self._busy(True)
        self.info.setText(self.tr("Reading the file…"))
        self.wiz.ctx.worker.submit(lambda _cdb: read_table(path, sheet=sheet, encoding=encoding,
                                                           header_row=header_row),
                                   on_done=done, on_error=failed)

    def _busy(self, busy: bool) -> None:
        self.reading = busy
        for w in (self.sheet, self.encoding, self.header_row, self.reread):
            w.setEnabled(not busy)
        self.completeChanged.emit()

    def _show(self, t) -> None:
        rows = t.rows[:PREVIEW_ROWS]
        self.grid.clear()
        self.grid.setColumnCount(len(t.headers))
        self.grid.setRowCount(len(rows))
        self.grid.setHorizontalHeaderLabels(t.headers)
        self.grid.setVerticalHeaderLabels([str(n) for n in t.row_numbers[:PREVIEW_ROWS]])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.grid.setItem(r, c, _item(value))
        self.grid.resizeColumnsToContents()
        info = self.tr("%1: %2 data row(s), %3 column(s). The first rows are shown with their row numbers "
                       "in the file.").replace("%1", t.source).replace("%2", str(len(t.rows))).replace(
                           "%3", str(len(t.headers)))
        if t.notes:
            info += "\n" + "\n".join(render(n, i18n.current()) for n in t.notes)
        self.info.setText(info)


class MappingPage(QWizardPage):
    """Columns to fields, and each unknown value to an existing term or a new one."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.loaded = False
        self.terms: dict[str, list[tuple[str, str]]] = {}
        self.closest: dict[tuple[str, str], list[str]] = {}
        self.value_rows: list[tuple[str, str]] = []
        self.setTitle(self.tr("Mapping"))
        self.setSubTitle(self.tr("Say what each column means, and which term each value of a list column is. "
                                 "Suggestions are filled in; values not found are marked as not decided."))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Columns:")))
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("importColumns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field"),
                                                self.tr("Examples")])
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rows_follow_width(self.columns)
        self.columns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(self.tr("Values of list columns:")))
        self.values = QTableWidget(0, 3)
        self.values.setObjectName("importValues")
        self.values.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value in the file"), self.tr("Term")])
        self.values.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.values.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.values, 3)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("importMappingStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.load_button = QPushButton(self.tr("Load mapping…"))
        self.load_button.setObjectName("importLoadMapping")
        self.load_button.clicked.connect(self._load_mapping)
        self.save_button = QPushButton(self.tr("Save mapping…"))
        self.save_button.setObjectName("importSaveMapping")
        self.save_button.clicked.connect(self._save_mapping)
        row.addWidget(self.load_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def isComplete(self) -> bool:  # noqa: N802
        return self.loaded

    def field_label(self, name: str) -> str:
        """A field's name in the interface language (the core's English label otherwise)."""

        labels = {
            "incident_key": self.tr("incident number (rows with the same number are one incident)"),
            "date": self.tr("date"), "title": self.tr("title"), "narrative": self.tr("narrative"),
            "place_detail": self.tr("place detail"), "region": self.tr("region"), "city": self.tr("city"),
            "person": self.tr("person (defender) name"), "organisation": self.tr("organisation"),
            "target": self.tr("person or organisation (decided row by row)"),
            "target_kind": self.tr("kind of target (person or organisation)"),
            "org_kind": self.tr("kind of organisation"),
            "gender": self.tr("gender"), "category": self.tr("defender category"),
            "threat_type": self.tr("threat type"), "source_type": self.tr("source of the threat"),
            "legal_article": self.tr("legal article"), "outcome": self.tr("outcome of the threat"),
            "threat_notes": self.tr("notes"), "reason": self.tr("reason"), "aim": self.tr("aim"),
            "tags": self.tr("tags"), "status": self.tr("status"), "confidentiality": self.tr("confidentiality"),
            "source_outlet": self.tr("information source (outlet)"),
            "source_url": self.tr("information source link"),
        }
        return labels.get(name) or FIELDS[name].label

    def initializePage(self) -> None:  # noqa: N802
        self.suggest(self.wiz.mapping or self.wiz.base_mapping)

    def suggest(self, base) -> None:
        """Ask the core for a mapping (keeping base's entries) and the terms the combos offer."""

        table, lang = self.wiz.table, self.wiz.ctx.lang
        vocabs = sorted({spec.vocab for spec in FIELDS.values() if spec.vocab})

        def op(cdb):
            mapping = suggest_mapping(cdb, table, base)
            terms = {v: [(t.code, t.label(lang)) for t in cdb.vocab.terms(v)] for v in vocabs}
            finder = VocabFinder(cdb)  # the closest terms of each undecided value, as the command line shows
            closest = {(f, v): [m.key for m in finder.closest(FIELDS[f].vocab, v)]
                       for f, values in mapping.values.items() for v, target in values.items()
                       if not is_decided(target)}
            return mapping, terms, closest

        self.loaded = False
        self.completeChanged.emit()
        self.status.setText(self.tr("Looking for matching fields and terms…"))
        self.wiz.ctx.worker.submit(op, on_done=self._show, on_error=lambda m, _e: self.status.setText(m))

    def _show(self, answer) -> None:
        self.wiz.mapping, self.terms, self.closest = answer
        self._fill_columns()
        self._fill_values()
        self.loaded = True
        self.completeChanged.emit()

    def _fill_columns(self) -> None:
        t, m = self.wiz.table, self.wiz.mapping
        self.columns.setRowCount(len(t.headers))
        for r, header in enumerate(t.headers):
            self.columns.setItem(r, 0, _item(header))
            combo = WrappingComboBox()
            combo.setObjectName(f"importColumnField{r}")
            combo.addItem(self.tr("— ignore this column —"), None)
            for name in FIELDS:
                combo.addItem(self.field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(m.columns.get(header))))
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self.set_column(h, c.currentData()))
            combo.currentIndexChanged.connect(lambda _i: self.columns.fit_rows())
            self.columns.setCellWidget(r, 1, combo)
            examples = list(dict.fromkeys(str(v) for v in t.column(header) if v not in (None, "")))[:3]
            self.columns.setItem(r, 2, _item(" | ".join(e.replace("\n", " ") for e in examples)))
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(1, 320)
        self.columns.fit_rows()

    def _fill_values(self) -> None:
        m = self.wiz.mapping
        mapped = {f for f in m.columns.values() if f is not None}
        rows = [(f, v, target if is_decided(target) else None) for f, table in m.values.items() if f in mapped
                for v, target in table.items()]
        rows.sort(key=lambda r: (r[2] is not None, r[0], r[1]))      # the undecided first
        self.value_rows = [(f, v) for f, v, _ in rows]
        self.values.setRowCount(len(rows))
        for r, (name, value, target) in enumerate(rows):
            spec = FIELDS[name]
            self.values.setItem(r, 0, _item(self.field_label(name)))
            self.values.setItem(r, 1, _item(value))
            combo = QComboBox()
            combo.setObjectName(f"importValueTerm{r}")
            combo.addItem(self.tr("— not decided —"), None)
            combo.addItem(self.tr("+ add as a new term"), ADD_TERM)
            labels = dict(self.terms.get(spec.vocab, []))
            if target is None:  # the closest terms first, as the command line suggests them
                for code in self.closest.get((name, value), []):
                    combo.addItem(self.tr("Closest: %1").replace("%1", labels.get(code, code)), code)
            for code, label in labels.items():
                combo.addItem(label, code)
            current = ADD_TERM if isinstance(target, dict) else target
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.currentIndexChanged.connect(lambda _i, f=name, v=value, c=combo: self.set_value(f, v, c.currentData()))
            self.values.setCellWidget(r, 2, combo)
        self.values.resizeColumnToContents(0)
        self.values.resizeColumnToContents(1)
        undecided = sum(1 for *_, t in rows if t is None)
        self.status.setText(self.tr("%n value(s) not decided yet: the validation will list them.", "", undecided)
                            if undecided else self.tr("Every value has a term."))

    def set_column(self, header: str, field_name) -> None:
        """A column now means another field: ask again for the values of list fields."""
        self.wiz.mapping.columns[header] = field_name
        self.suggest(self.wiz.mapping)

    def set_value(self, field_name: str, value: str, target) -> None:
        if target == ADD_TERM:
            spec = {"en": value}
            if _CYRILLIC.search(value):
                spec["ru"] = value
            target = {"add_term": spec}
        self.wiz.mapping.values.setdefault(field_name, {})[value] = target

    def value_combo(self, field_name: str, value: str) -> QComboBox | None:
        """The term chooser of one value (tests and keyboard users find rows by value)."""
        try:
            row = self.value_rows.index((field_name, value))
        except ValueError:
            return None
        return self.values.cellWidget(row, 2)

    def _load_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load mapping"), "", "JSON (*.json)")
        if not path:
            return
        try:
            self.suggest(Mapping.load(path))
        except KkdeskError as exc:
            self.status.setText(user_message(exc))

    def _save_mapping(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), "import-mapping.json", "JSON (*.json)")
        if path:
            self.save_mapping(path)

    def save_mapping(self, path: str) -> None:
        """Save the mapping; each value not decided yet is saved with its closest terms to choose
        from, as `kkdesk import --save-mapping` writes it."""
        m = self.wiz.mapping
        choices = {}
        for (name, value), codes in self.closest.items():
            if not is_decided(m.values.get(name, {}).get(value)):
                labels = dict(self.terms.get(FIELDS[name].vocab, []))
                choices[(name, value)] = {code: labels.get(code, code) for code in codes}
        try:
            m.with_choices(choices).save(path)
        except (KkdeskError, OSError) as exc:
            self.status.setText(user_message(exc))
            return
        self.status.setText(self.tr("Mapping saved. It holds headers and list values, no names."))


class CheckPage(QWizardPage):
    """The validation report: what the import would do, and every problem by row and column."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.job = None
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been written yet. Fix the problems listed (in the file or in the "
                                 "mapping) before importing."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("importReport")
        self.summary.setReadOnly(True)
        layout.addWidget(self.summary, 1)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("importProblems")
        self.problems.verticalHeader().setVisible(False)
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rows_follow_width(self.problems)    # a problem is a sentence: its row grows to show it whole
        layout.addWidget(self.problems, 3)
        self.keep_duplicates = QCheckBox(self.tr("Also import incidents that look like ones already recorded"))
        self.keep_duplicates.setObjectName("importKeepDuplicates")
        layout.addWidget(self.keep_duplicates)

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.plan is not None and self.wiz.plan.ok

    def initializePage(self) -> None:  # noqa: N802
        w = self.wiz
        w.plan = None
        self.summary.setPlainText(self.tr("Checking every row…"))
        self.problems.setRowCount(0)
        self.keep_duplicates.setVisible(not w.is_json())
        if w.is_json():

            data, source = w.json_data, w.source
            fn = lambda progress, cdb: validate_json(cdb, data, source)  # noqa: E731
        else:

            table, mapping = w.table, w.mapping
            fn = lambda progress, cdb: validate(cdb, table, mapping, progress)  # noqa: E731
        self.job = run_job(w.ctx, self.tr("Checking the file"), fn, parent=self.wiz, write=False,
                           on_done=self._show, on_error=self._failed)
        self.completeChanged.emit()

    def _failed(self, message: str, exc) -> None:
        self.summary.setPlainText(self.tr("The check was cancelled; go back or check again.")
                                  if isinstance(exc, Cancelled) else message)

    def _show(self, plan) -> None:
        self.wiz.plan = plan
        # the problems themselves are in the table below, by row and column
        lang = i18n.current()
        self.summary.setPlainText("\n".join(line for line in plan.report(lang).splitlines()
                                            if not line.startswith("  - ")))
        if self.wiz.is_json():
            rows = [(None, None, p, "error") for p in plan.problems]
        else:
            rows = [(p.row, p.column, p.detail, p.severity) for p in plan.problems]
        self.problems.setRowCount(len(rows))
        for r, (row, column, message, severity) in enumerate(rows):
            self.problems.setItem(r, 0, _item(row))
            self.problems.setItem(r, 1, _item(column))
            text = render(message, lang)
            text = text[:1].upper() + text[1:]   # a row's problem is a phrase; here it stands on its own
            self.problems.setItem(r, 2, _item(text if severity == "error" else
                                              render(msg("import.warning", text=text), lang)))
        self.problems.resizeRowsToContents()
        self.completeChanged.emit()


class ApplyPage(QWizardPage):
    """Runs the import as one cancellable job and says what it did."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.job = None
        self.finished = False
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("importResult")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.numbers = QFormLayout()
        layout.addLayout(self.numbers)
        layout.addStretch(1)

    def isComplete(self) -> bool:  # noqa: N802
        return self.finished

    def initializePage(self) -> None:  # noqa: N802
        w = self.wiz
        self.finished = False
        self.message.setText(self.tr("Importing…"))
        plan = w.plan
        if w.is_json():

            def fn(progress, cdb):
                return imported(apply_json(cdb, plan, progress))
        else:

            keep = w.page(PAGE_CHECK).keep_duplicates.isChecked()

            def fn(progress, cdb):
                return imported(apply(cdb, plan, progress, keep_duplicates=keep))
        self.job = run_job(w.ctx, self.tr("Importing"), fn, parent=self.wiz, write=True,
                           on_done=self._done, on_error=self._failed)

    def _failed(self, message: str, exc) -> None:
        self.message.setText(self.tr("The import was cancelled: nothing was written.")
                             if isinstance(exc, Cancelled) else
                             self.tr("Nothing was written: %1").replace("%1", message))
        self.finished = True
        self.completeChanged.emit()

    def _done(self, changes: Changes) -> None:
        result = changes.value
        self.wiz.result = result
        if self.wiz.is_json():
            rows = [(self.tr("Records added"), sum(result.created.values())),
                    (self.tr("Records updated"), sum(result.updated.values())),
                    (self.tr("Records unchanged"), sum(result.unchanged.values())),
                    (self.tr("Kept ours (newer here)"), sum(result.kept_local.values())),
                    (self.tr("Attachments"), result.attachments)]
        else:
            rows = [(self.tr("Incidents added"), result.incidents),
                    (self.tr("Threats added"), result.threats),
                    (self.tr("New persons"), result.persons_created),
                    (self.tr("Persons found in the registry"), result.persons_matched),
                    (self.tr("New organisations"), result.organisations_created),
                    (self.tr("New terms"), result.terms_added),
                    (self.tr("Skipped: imported before"), result.skipped_already_imported),
                    (self.tr("Skipped: likely duplicates of recorded incidents"), result.skipped_duplicates)]
        for label, number in rows:
            value = QLabel(str(number))
            value.setObjectName("importCount")
            self.numbers.addRow(label + ":", value)
        self.message.setText(self.tr("The import is complete."))
        self.finished = True
        self.completeChanged.emit()


def imported(result) -> Changes:
    """What an import changed: records of every kind, incidents not listed one by one (an update
    from a JSON export touches incidents already shown)."""
    return Changes(all_incidents=True, persons=True, organisations=True, vocab=True, value=result)
