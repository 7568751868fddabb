"""Small shared widgets: vocabulary combos and type-to-filter pickers, check lists, a file path row, and
the one way a form points at the field an error is about (`point_at`, `FormErrors`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QRect, QSize, QStringListModel, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QStyle, QStyleOptionComboBox, QStylePainter, QTableWidget, QWidget,
)

from kkdesk.model.dates import PartialDate
from kkdesk.model.fuzzy import Choices
from kkdesk.ui.editor_parts import ERROR_COLOUR, ERROR_STYLE

_WRAP = Qt.TextFlag.TextWordWrap


class WrappingComboBox(QComboBox):
    """A combo box whose chosen value wraps onto more lines instead of being cut ("Реальная (осуществл…").

    Vocabulary labels run to 150 letters in Russian and Kazakh; no column is wide enough for all of
    them, so the box takes the height its value needs at the width the layout gives it."""

    def __init__(self, parent=None, min_chars: int = 12):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min_chars)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)    # takes the height its row gives it
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.currentIndexChanged.connect(lambda *_: self.updateGeometry())
        self._laid_out_text = ""

    def _text_rect(self, width: int | None = None) -> QRect:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        if width is not None:
            opt.rect = QRect(0, 0, width, super().sizeHint().height())
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).adjusted(1, 0, -1, 0)

    def text_height(self, text: str, width: int) -> int:
        """The height text takes wrapped at width pixels."""
        return QFontMetrics(self.font()).boundingRect(QRect(0, 0, max(1, width), 100000), _WRAP, text).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        one_line = super().sizeHint().height()
        if self.isEditable() or not self.currentText():
            return one_line
        extra = self.text_height(self.currentText(), self._text_rect(width).width()) - QFontMetrics(self.font()).height()
        return one_line + max(0, extra)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()     # at the width it has once placed (a table cell), else its own
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def fit_on_one_line(self, text: str) -> None:
        """Never narrower than text needs on one line (a placeholder such as "Saved searches…")."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        chrome = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, QSize(0, 0), self).width()
        self.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance(text) + chrome + 4)

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.isEditable():
            super().paintEvent(event)
            return
        if self.currentText() != self._laid_out_text:   # set with signals blocked: ask for the height again
            self._laid_out_text = self.currentText()
            self.updateGeometry()
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        text, opt.currentText = opt.currentText, ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)   # the icon, if any
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self._text_rect(), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | _WRAP, text)


def read_only_table(name: str, headers: list[str], widths: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only list of records, one selected row at a time, wrapping its text; `widths` for the
    first columns, the last one stretches."""
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setWordWrap(True)
    for col, width in enumerate(widths):
        t.setColumnWidth(col, width)
    return t


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
    combo.updateGeometry()      # a wrapping box's height follows its value


def set_combo_code(combo: QComboBox, code) -> None:
    idx = combo.findData(code)
    combo.setCurrentIndex(idx if idx >= 0 else 0)
    combo.updateGeometry()


def fill_check_list(widget: QListWidget, cdb, vocab: str, lang: str, checked: list[str]) -> None:
    """A list of checkable vocabulary terms (sources of a threat, reasons, aims)."""
    widget.blockSignals(True)
    widget.clear()
    wrap_items(widget)
    for t in cdb.vocab.terms(vocab):
        item = QListWidgetItem(t.label(lang))
        item.setData(Qt.ItemDataRole.UserRole, t.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if t.code in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def fit_side_panel(scroll, least: int = 250) -> None:
    """A side panel that scrolls only up and down is at least as wide as its content needs, so no
    field or long checkbox text is cut at its right edge in any language."""
    need = (scroll.widget().minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth())
    scroll.setMinimumWidth(max(least, need))


def balanced_lines(text: str, metrics, width: int) -> str:
    """text on two lines broken at the space nearest its middle when one line is wider than width
    (a checkbox cannot wrap; a long one would otherwise widen a whole side panel)."""
    if metrics.horizontalAdvance(text) <= width or " " not in text:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(metrics.horizontalAdvance(text[:i]) - metrics.horizontalAdvance(text[i + 1:])))
    return text[:cut] + "\n" + text[cut + 1:]


def fit_placeholder(edit: QLineEdit) -> None:
    """Never narrower than the example it shows when empty ("e.g. 2019 or 2019-06")."""
    fm = edit.fontMetrics()
    edit.setMinimumWidth(fm.horizontalAdvance(edit.placeholderText()) + 2 * fm.averageCharWidth() + 8)


def rows_follow_width(table: QTableWidget) -> None:
    """Rows take the height their wrapped text and wrapping combo boxes need, again whenever a column's
    width changes (the window resized) or a cell's value changes."""
    def fit() -> None:
        QTimer.singleShot(0, table.resizeRowsToContents)
    table.setWordWrap(True)
    table.horizontalHeader().sectionResized.connect(lambda *_: fit())
    table.model().dataChanged.connect(lambda *_: fit())
    table.fit_rows = fit
    fit()


def wrap_items(widget: QListWidget) -> None:
    """Long items wrap onto more lines at the list's width instead of running out of sight."""
    widget.setWordWrap(True)
    widget.setUniformItemSizes(False)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


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


def sample_dates(lang: str) -> list[str]:
    """The widest dates a column of days and month ranges shows in lang: the 28th of every month and
    every two neighbouring months ("2023 ж. сәуір–маусым")."""
    days = [PartialDate(f"2000-{m:02d}-28").format(lang) for m in range(1, 13)]
    ranges = [PartialDate(f"2000-{m:02d}", f"2000-{m + 2:02d}").format(lang) for m in range(1, 11)]
    return days + ranges


def fit_column_width(view: QAbstractItemView, col: int, samples: list[str]) -> None:
    """Widen column col (never narrow it) until its header and each of samples (cell texts) fit whole."""
    model = view.model()
    header = view.horizontalHeader()
    style = view.style()
    head = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
    bold = header.font()
    bold.setBold(True)                  # a header is drawn bold over a selected row
    head_fm = QFontMetrics(bold)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    need_head = head_fm.horizontalAdvance(head) + 2 * margin + (mark + margin if header.isSortIndicatorShown() else 0)
    fm = QFontMetrics(view.font())
    cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    need_cells = max([fm.horizontalAdvance(t) for t in samples] + [0]) + cell_margin
    view.setColumnWidth(col, max(view.columnWidth(col), need_head + 4, need_cells + 4))


class VocabPicker(WrappingComboBox):
    """A type-to-filter picker for a long vocabulary: typing lists the terms whose label in any of
    the three languages, or an alias, matches (kkdesk.model.fuzzy, Choices.filter); each term shows
    its group ("Death threat — Psychological and informational"); Enter or Tab takes the first one
    listed. Codes are the items' data, as in a plain vocabulary combo (set_combo_code, currentData)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._choices = Choices(())
        self._rows: dict[object, int] = {}
        self._model = QStringListModel(self)
        self._listed: list[int] = []
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.activated[QModelIndex].connect(self._picked)
        self.setCompleter(self._completer)
        self.lineEdit().textEdited.connect(self._filter)
        self.lineEdit().returnPressed.connect(self.settle)
        self._completer.popup().installEventFilter(self)   # after the completer's own: runs first
        self.currentIndexChanged.connect(self._show_choice)

    def fill(self, cdb, vocab: str, lang: str, empty_label: str | None, parent: str | None = None,
             keep: str | None = None, group: str | None = None) -> None:
        """Fill as fill_vocab_combo does; `group` names the vocabulary of the terms' parents, shown
        after each label and searched with it."""
        fill_vocab_combo(self, cdb, vocab, lang, empty_label, parent=parent, keep=keep)
        terms = {t.code: t for t in cdb.vocab.terms(vocab, include_retired=True)} if cdb is not None else {}
        groups = {t.code: t for t in cdb.vocab.terms(group, include_retired=True)} if cdb is not None and group else {}
        entries = []
        self.blockSignals(True)
        for row in range(self.count()):
            code = self.itemData(row)
            term = terms.get(code)
            if term is None:
                continue
            g = groups.get(term.parent)
            shown = f"{term.label(lang)} — {g.label(lang)}" if g else term.label(lang)
            self.setItemText(row, shown)
            names = [term.label_en, term.label_ru, term.label_kk, *term.aliases]
            if g:    # "death psych" finds Death threat — Psychological
                names += [f"{term.label(la)} {g.label(la)}" for la in ("en", "ru", "kk")]
            entries.append((row, shown, names))
        self.blockSignals(False)
        self._choices = Choices(entries)
        self.lineEdit().setPlaceholderText(empty_label or "")
        self._show_choice()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        """As QComboBox's, showing nothing (the placeholder) for 'none', also with signals blocked."""
        super().setCurrentIndex(index)
        self._show_choice()

    def shown(self) -> str:
        """What the field shows for the chosen term: nothing (the placeholder) for 'none'."""
        return "" if self.currentData() is None else self.itemText(self.currentIndex())

    def _show_choice(self, *_args) -> None:
        if self.lineEdit().text() != self.shown():
            self.lineEdit().setText(self.shown())

    def _filter(self, text: str) -> None:
        found = self._choices.filter(text)
        self._listed = [m.key for m in found]
        self._model.setStringList([m.label for m in found])
        if found:     # nothing highlighted (Qt would pick a line starting with the text): Enter takes the first
            popup = self._completer.popup()
            widest = max(popup.fontMetrics().horizontalAdvance(m.label) for m in found)
            popup.setMinimumWidth(min(max(self.width(), widest + 40), 720))   # whole "type — group" lines
            self._completer.complete()
            self._completer.popup().setCurrentIndex(QModelIndex())

    def _picked(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._listed):
            self.setCurrentIndex(self._listed[row])

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        QTimer.singleShot(0, self.lineEdit().selectAll)   # typing replaces the shown term, however focus came

    def focusOutEvent(self, event) -> None:  # noqa: N802
        """Leaving the field with typed text takes the first term listed; text matching nothing
        gives the field back its chosen term."""
        if not (self._completer.popup().isVisible() and event.reason() == Qt.FocusReason.PopupFocusReason):
            self.settle()
        super().focusOutEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Enter in the list with no line highlighted takes the first one listed."""
        if (obj is self._completer.popup() and event.type() == QEvent.Type.KeyPress
              and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
              and not obj.currentIndex().isValid()):
            self.settle()             # Enter with no line highlighted: the first one listed
            if event.key() != Qt.Key.Key_Tab:
                obj.hide()
                return True
        return super().eventFilter(obj, event)

    def settle(self) -> None:
        """Take the first term listed for the typed text (Enter, leaving the field)."""
        text = self.lineEdit().text()
        if text == self.shown():
            return
        if text.strip() and self._listed:
            self.setCurrentIndex(self._listed[0])
        self.lineEdit().setText(self.shown())


# ----- errors at their field ------------------------------------------------------------------------

_MARK = f"border: 2px solid {ERROR_COLOUR};"


def point_at(widget: QWidget, message: str = "") -> None:
    """Focus the field an error is about and mark it (a red frame; the message as its accessible
    description, so a screen reader says why). `unmark` takes the mark off."""
    if not widget.property("kkdeskInvalid"):
        widget.setProperty("kkdeskStyle", widget.styleSheet())
    widget.setProperty("kkdeskInvalid", True)
    name = widget.objectName()
    widget.setStyleSheet(widget.property("kkdeskStyle") + (f"#{name} {{ {_MARK} }}" if name else _MARK))
    widget.setAccessibleDescription(message)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def unmark(widget: QWidget) -> None:
    if widget.property("kkdeskInvalid"):
        widget.setStyleSheet(widget.property("kkdeskStyle") or "")
        widget.setProperty("kkdeskInvalid", False)
        widget.setAccessibleDescription("")


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property("kkdeskInvalid"))


class FormErrors:
    """The error line of a form dialog (person, organisation, casework): a core error's message goes
    right under the field its code names (`exc.field`, "name_latin", "ended_on"), which is focused
    and marked as the incident editor does; an error about no field of the form stays at the foot."""

    def __init__(self, form: QFormLayout, label: QLabel, fields: dict[str, QWidget]):
        self.form, self.label, self.fields = form, label, fields
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setWordWrap(True)
        self.form.addRow(self.label)
        self._foot = self.form.rowCount() - 1

    def field_widget(self, field: str | None) -> QWidget | None:
        """The widget for an error's field code; "targets.2.x" style codes are looked up by their head."""
        field = field or ""
        return self.fields.get(field) or self.fields.get(field.split(".")[0])

    def show(self, message: str, field: str | None = None) -> None:
        self.clear()
        widget = self.field_widget(field)
        self._move_label(widget)
        self.label.setText(message)
        self.label.setVisible(True)
        if widget is not None:
            point_at(widget, message)

    def clear(self) -> None:
        self.label.clear()
        for widget in self.fields.values():
            unmark(widget)
        self._move_label(None)

    def _row_of(self, widget: QWidget) -> int:
        """The form row holding widget (or the row of the container it sits in)."""
        while widget is not None:
            row = self.form.getWidgetPosition(widget)[0]
            if row >= 0:
                return row
            widget = widget.parentWidget()
        return -1

    def _move_label(self, widget: QWidget | None) -> None:
        """The label's row: right under widget's row, or back at the foot of the form."""
        here = self.form.getWidgetPosition(self.label)[0]
        self.form.takeRow(here)
        below = self._row_of(widget) if widget is not None else -1
        self.form.insertRow(below + 1 if below >= 0 else self._foot, self.label)
