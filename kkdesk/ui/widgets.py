"""Small shared widgets: vocabulary pickers, check lists, and a file path row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton


def path_row(edit_name: str, browse_name: str, on_browse) -> tuple[QHBoxLayout, QLineEdit, QPushButton]:
    """A file path field with a Browse… button beside it; on_browse opens the right file dialog."""
    edit = QLineEdit()
    edit.setObjectName(edit_name)
    browse = QPushButton(QCoreApplication.translate("PathRow", "Browse…"))
    browse.setObjectName(browse_name)
    browse.clicked.connect(on_browse)
    row = QHBoxLayout()
    row.addWidget(edit)
    row.addWidget(browse)
    return row, edit, browse


def fill_vocab_combo(combo: QComboBox, cdb, vocab: str, lang: str, empty_label: str | None,
                     parent: str | None = None, keep: str | None = None) -> None:
    """Fill combo with a vocabulary's terms (labels in lang, codes as data); keep the current code."""
    current = keep if keep is not None else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty_label is not None:
        combo.addItem(empty_label, None)
    terms = cdb.vocab.terms(vocab) if cdb is not None else []
    if parent is not None:
        terms = [t for t in terms if t.parent == parent]
    for t in terms:
        combo.addItem(t.label(lang), t.code)
    if current is not None and combo.findData(current) < 0 and cdb is not None and cdb.vocab.exists(vocab, current):
        combo.addItem(cdb.vocab.label(vocab, current, lang), current)  # a retired term still labels old records
    idx = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(idx, 0))
    combo.blockSignals(False)


def set_combo_code(combo: QComboBox, code) -> None:
    idx = combo.findData(code)
    combo.setCurrentIndex(idx if idx >= 0 else 0)


def fill_check_list(widget: QListWidget, cdb, vocab: str, lang: str, checked: list[str]) -> None:
    """A list of checkable vocabulary terms (sources of a threat, reasons, aims)."""
    widget.blockSignals(True)
    widget.clear()
    for t in cdb.vocab.terms(vocab):
        item = QListWidgetItem(t.label(lang))
        item.setData(Qt.ItemDataRole.UserRole, t.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if t.code in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def checked_codes(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(widget: QListWidget, codes: list[str]) -> None:
    widget.blockSignals(True)
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                           else Qt.CheckState.Unchecked)
    widget.blockSignals(False)
