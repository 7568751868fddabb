"""The filter panel: date range, region, city, category, threat type, source, gender, status, tag,
corroboration (at least two independent information sources)."""

from __future__ import annotations

from PySide6.QtCore import Signal, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from kkdesk.errors import InvalidInput
from kkdesk.model.dates import PartialDate
from kkdesk.search import SearchQuery
from kkdesk.ui.widgets import WrappingComboBox, balanced_lines, fill_vocab_combo, fit_placeholder, set_combo_code
from kkdesk.ui.worker import user_message

# filter key -> (vocabulary, SearchQuery list field)
VOCAB_FILTERS = [("region", "region", "regions"), ("city", "city", "cities"), ("category", "category", "categories"),
                 ("threat_type", "threat_type", "threat_types"), ("source", "source_type", "sources"),
                 ("gender", "gender", "genders"), ("status", "status", "statuses")]


class FilterPanel(QWidget):
    """Emits `changed` (debounced) whenever a filter changes; `query(text)` builds the SearchQuery."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.cdb = None
        self.lang = "en"
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed)
        form = QFormLayout(self)
        self.date_from = QLineEdit()
        self.date_from.setObjectName("filterDateFrom")
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_from.setPlaceholderText(self.tr("e.g. 2019 or 2019-06"))
        self.date_to = QLineEdit()
        self.date_to.setObjectName("filterDateTo")
        self.date_to.setAccessibleName(self.tr("To date"))
        self.date_to.setPlaceholderText(self.tr("e.g. 2021-12-31"))
        for edit in (self.date_from, self.date_to):   # the example stays whole; the label goes above if need be
            fit_placeholder(edit)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("From:"), self.date_from)
        form.addRow(self.tr("To:"), self.date_to)
        self.date_error = QLabel()
        self.date_error.setObjectName("filterDateError")
        self.date_error.setWordWrap(True)
        self.date_error.setStyleSheet("color: #b00020;")
        self.date_error.setVisible(False)
        form.addRow(self.date_error)
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(lambda *_: self._debounce.start())
        self.combos: dict[str, QComboBox] = {}
        labels = {"region": self.tr("Region:"), "city": self.tr("City:"), "category": self.tr("Category:"),
                  "threat_type": self.tr("Threat type:"), "source": self.tr("Source:"),
                  "gender": self.tr("Gender:"), "status": self.tr("Status:")}
        for key, _vocab, _field in VOCAB_FILTERS:
            combo = WrappingComboBox()
            combo.setObjectName(f"filter_{key}")
            combo.setAccessibleName(labels[key].rstrip(":"))
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda *_: self._debounce.start())
            self.combos[key] = combo
            form.addRow(labels[key], combo)
        self.combos["region"].currentIndexChanged.connect(self._region_changed)
        self.tag = QLineEdit()
        self.tag.setObjectName("filterTag")
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.textChanged.connect(lambda *_: self._debounce.start())
        form.addRow(self.tr("Tag:"), self.tag)
        corroborated = self.tr("Corroborated by at least two independent sources")
        self.corroborated = QCheckBox(balanced_lines(corroborated, self.fontMetrics(), 220))
        self.corroborated.setAccessibleName(corroborated)
        self.corroborated.setObjectName("filterCorroborated")
        self.corroborated.toggled.connect(lambda *_: self._debounce.start())
        form.addRow(self.corroborated)
        reset = QPushButton(self.tr("Clear filters"))
        reset.setObjectName("clearFilters")
        reset.clicked.connect(self.reset)
        form.addRow(reset)

    def set_database(self, cdb, lang: str) -> None:
        self.cdb, self.lang = cdb, lang
        for key, vocab, _ in VOCAB_FILTERS:
            if key == "city":
                continue
            fill_vocab_combo(self.combos[key], cdb, vocab, lang, self.tr("(any)"))
        self._region_changed()

    def _region_changed(self) -> None:
        if self.cdb is None:
            return
        fill_vocab_combo(self.combos["city"], self.cdb, "city", self.lang, self.tr("(any)"),
                         parent=self.combos["region"].currentData())

    def clear(self) -> None:
        """Forget the database (locking)."""
        self.cdb = None
        for combo in self.combos.values():
            combo.clear()
        self.tag.clear()
        self.corroborated.setChecked(False)
        self.date_from.clear()
        self.date_to.clear()

    def reset(self) -> None:
        self.apply(SearchQuery())

    def _day(self, edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        if not text:
            return None
        return PartialDate.parse(text).iso().split("/")[0]

    def query(self, text: str = "") -> SearchQuery:
        """The SearchQuery the panel shows; a date that cannot be read is shown and ignored."""
        q = SearchQuery(text=text)
        problems = []
        for edit, attr in ((self.date_from, "date_from"), (self.date_to, "date_to")):
            text_value = edit.text().strip()
            if not text_value:
                continue
            try:
                d = PartialDate.parse(text_value)
                setattr(q, attr, (d.start if attr == "date_from" else d.end).isoformat())
            except InvalidInput as exc:
                problems.append(user_message(exc))
        self.date_error.setText(" ".join(problems))
        self.date_error.setVisible(bool(problems))
        for key, _vocab, field in VOCAB_FILTERS:
            code = self.combos[key].currentData()
            if code:
                setattr(q, field, [code])
        if self.tag.text().strip():
            q.tags = [self.tag.text().strip()]
        if self.corroborated.isChecked():
            q.min_sources = 2
        return q

    def apply(self, q: SearchQuery) -> None:
        """Show a saved query's filters."""
        self.date_from.setText(q.date_from or "")
        self.date_to.setText(q.date_to or "")
        for key, _vocab, field in VOCAB_FILTERS:
            values = getattr(q, field)
            set_combo_code(self.combos[key], values[0] if values else None)
            if key == "region":
                self._region_changed()
        self.tag.setText(q.tags[0] if q.tags else "")
        self.corroborated.setChecked(q.min_sources >= 2)
        self._debounce.start()
