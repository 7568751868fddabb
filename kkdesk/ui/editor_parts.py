"""Small pieces shared by the incident editor's tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit

ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR};"


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


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


class PlainTextField(QPlainTextEdit):
    """A multi-line text field where Tab and Shift+Tab move on, as in every other field, and
    Ctrl+Tab inserts a tab character."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        """Ctrl+Tab reaches keyPressEvent instead of switching the editor's tabs."""
        if (event.type() == event.Type.ShortcutOverride and event.key() == Qt.Key.Key_Tab
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return True
        return super().event(event)
