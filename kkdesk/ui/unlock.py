"""The welcome / unlock window: open a recent database, create a new one, or open the demo."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar,
    QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from kkdesk.passphrase import generate, strength
from kkdesk.ui.widgets import path_row

class UnlockWindow(QWidget):
    """Asks for a database and a passphrase; the application acts on its signals."""

    open_requested = Signal(str, str)
    forget_requested = Signal(str)
    create_requested = Signal(str, str)
    demo_requested = Signal()

    def __init__(self, recent: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self.setWindowTitle("kkdesk")
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        self.heading = heading = QLabel(self.tr("Open an encrypted kkdesk database"))
        heading.setObjectName("unlockHeading")
        font = heading.font()
        font.setPointSize(font.pointSize() + 3)
        heading.setFont(font)
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("unlockTabs")
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._open_tab(recent), self.tr("Open"))
        self.tabs.addTab(self._create_tab(), self.tr("Create new"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.demo_button = QPushButton(self.tr("Open the demo database (fictional data)"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.clicked.connect(self.demo_requested)
        layout.addWidget(self.demo_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("unlockProgress")
        self.progress.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("unlockCancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self._cancel_callback = None
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        reserve_lines(self.message, 3)
        layout.addWidget(self.message)
        for w in (self.progress, self.cancel_button):   # showing progress moves nothing either
            policy = w.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            w.setSizePolicy(policy)

    def _tab_changed(self, index: int) -> None:
        """The heading says what the shown tab does."""
        self.heading.setText(self.tr("Create a new encrypted kkdesk database") if index == 1
                             else self.tr("Open an encrypted kkdesk database"))

    # --- open ---
    def _open_tab(self, recent: list[str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setAccessibleName(self.tr("Recent databases"))
        self.recent_list.addItems(recent)
        self.recent_list.currentTextChanged.connect(lambda p: self.path_edit.setText(p))
        form.addRow(self.tr("Recent databases:"), self.recent_list)
        self.forget_button = QPushButton(self.tr("Forget this path"))
        self.forget_button.setObjectName("forgetRecent")
        self.forget_button.setToolTip(self.tr("Remove the selected path from this list; the file stays."))
        self.forget_button.clicked.connect(self._forget)
        form.addRow("", self.forget_button)
        row, self.path_edit, _ = path_row("openPath", "openBrowse", self._browse_open)
        self.path_edit.setAccessibleName(self.tr("Database file"))
        form.addRow(self.tr("Database file:"), row)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("openPassphrase")
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.returnPressed.connect(self._open)
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.show_open_passphrase = QCheckBox(self.tr("Show the passphrase"))
        self.show_open_passphrase.setObjectName("showOpenPassphrase")
        self.show_open_passphrase.toggled.connect(lambda on: _reveal(on, self.passphrase_edit))
        form.addRow("", self.show_open_passphrase)
        self.open_button = QPushButton(self.tr("Unlock"))
        self.open_button.setObjectName("unlockButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        form.addRow("", self.open_button)
        if recent:
            self.recent_list.setCurrentRow(0)
        return page

    def _forget(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None:
            path = item.text()
            self.recent_list.takeItem(self.recent_list.row(item))
            if self.path_edit.text() == path:
                self.path_edit.clear()
            self.forget_requested.emit(path)

    def _browse_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), "",
                                              self.tr("kkdesk databases (*.kkdb);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def _open(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.show_message(self.tr("Choose a database file first."))
            return
        self.open_requested.emit(path, self.passphrase_edit.text())

    # --- create ---
    def _create_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        row, self.new_path_edit, _ = path_row("createPath", "createBrowse", self._browse_new)
        self.new_path_edit.setAccessibleName(self.tr("New database file"))
        form.addRow(self.tr("New database file:"), row)
        self.new_pass1 = QLineEdit()
        self.new_pass1.setObjectName("createPassphrase")
        self.new_pass1.setAccessibleName(self.tr("Passphrase"))
        self.new_pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass1.textChanged.connect(self._update_strength)
        form.addRow(self.tr("Passphrase:"), self.new_pass1)
        self.new_pass2 = QLineEdit()
        self.new_pass2.setObjectName("createPassphraseRepeat")
        self.new_pass2.setAccessibleName(self.tr("Repeat the passphrase"))
        self.new_pass2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Repeat it:"), self.new_pass2)
        options = QHBoxLayout()
        self.show_new_passphrase = QCheckBox(self.tr("Show"))
        self.show_new_passphrase.setObjectName("showNewPassphrase")
        self.show_new_passphrase.toggled.connect(lambda on: _reveal(on, self.new_pass1, self.new_pass2))
        options.addWidget(self.show_new_passphrase)
        self.generate_button = QPushButton(self.tr("Suggest a passphrase of six words"))
        self.generate_button.setObjectName("generatePassphrase")
        self.generate_button.setToolTip(self.tr("Six words chosen at random: easy to type, very hard to guess."))
        self.generate_button.clicked.connect(self.suggest_passphrase)
        options.addWidget(self.generate_button)
        options.addStretch(1)
        form.addRow("", options)
        self.strength_bar = QProgressBar()
        self.strength_bar.setObjectName("strengthBar")
        self.strength_bar.setRange(0, 100)
        self.strength_bar.setTextVisible(False)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strengthLabel")
        self.strength_label.setWordWrap(True)
        reserve_lines(self.strength_label, 3)
        form.addRow(self.tr("Strength:"), self.strength_bar)
        form.addRow("", self.strength_label)
        warning = QLabel(self.tr(
            "Nobody can recover a lost passphrase: if you forget it, the data in this database is "
            "lost for good. Write it down and keep it somewhere safe, away from this computer."))
        warning.setObjectName("lostPassphraseWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #8a4b00;")
        form.addRow(warning)
        self.create_button = QPushButton(self.tr("Create database"))
        self.create_button.setObjectName("createButton")
        self.create_button.clicked.connect(self._create)
        form.addRow("", self.create_button)
        self._update_strength("")
        return page

    def _browse_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), "",
                                              self.tr("kkdesk databases (*.kkdb)"))
        if path:
            self.new_path_edit.setText(path if path.endswith(".kkdb") else path + ".kkdb")

    def _update_strength(self, text: str) -> None:
        """The estimator's verdict (kkdesk.passphrase); the minimum is its MIN_SCORE."""
        verdict = strength(text)
        self.strength_bar.setValue(verdict.score * 25)
        if not text:
            label = self.tr("Use several unrelated words, or let kkdesk suggest six.")
        elif verdict.score <= 1:
            label = self.tr("Weak: easy to guess. Common words, names, dates and keyboard rows do not help; "
                            "use several unrelated words.")
        elif not verdict.acceptable:
            label = self.tr("Fair, but not enough: add another unrelated word.")
        elif verdict.score == 3:
            label = self.tr("Good.")
        else:
            label = self.tr("Strong.")
        self.strength_label.setText(label)

    def suggest_passphrase(self) -> None:
        """Fill both fields with six random words and show them, so they can be written down."""
        words = generate()
        self.new_pass1.setText(words)
        self.new_pass2.setText(words)
        self.show_new_passphrase.setChecked(True)
        self.show_message(self.tr("Write these six words down and keep the paper somewhere safe, "
                                  "away from this computer."))

    def _create(self) -> None:
        path = self.new_path_edit.text().strip()
        p1, p2 = self.new_pass1.text(), self.new_pass2.text()
        if not path:
            self.show_message(self.tr("Choose where to save the new database."))
        elif not strength(p1).acceptable:
            self.show_message(self.tr("This passphrase is too easy to guess. Add unrelated words, or let "
                                      "kkdesk suggest six."))
        elif p1 != p2:
            self.show_message(self.tr("The two passphrases differ; type them again."))
        elif os.path.exists(path):
            self.show_message(self.tr("A file already exists there; choose another name."))
        else:
            self.create_requested.emit(path, p1)

    # --- feedback from the application ---
    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def set_busy(self, busy: bool, text: str = "") -> None:
        for w in (self.open_button, self.create_button, self.demo_button, self.tabs):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        if not busy:
            self.set_cancellable(None)
        if busy:
            self.progress.setRange(0, 0)
            self.message.setText(text)

    def set_cancellable(self, callback) -> None:
        """Offer Cancel for the running work (demo generation); None hides it."""
        self._cancel_callback = callback
        self.cancel_button.setVisible(callback is not None)
        self.cancel_button.setEnabled(True)

    def _cancel(self) -> None:
        if self._cancel_callback is not None:
            self.cancel_button.setEnabled(False)
            self._cancel_callback()

    def set_progress(self, fraction: float, text: str = "") -> None:
        if text:
            self.message.setText(text)
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(fraction * 1000))

    def wrong_passphrase(self, text: str) -> None:
        """A calm message; the passphrase field is cleared and focused for a retry."""
        self.set_busy(False)
        self.show_message(text)
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()

    def clear_secrets(self) -> None:
        for w in (self.passphrase_edit, self.new_pass1, self.new_pass2):
            w.clear()
        self.show_open_passphrase.setChecked(False)
        self.show_new_passphrase.setChecked(False)


def reserve_lines(label: QLabel, lines: int) -> None:
    """Keep room for `lines` lines of a wrapping label, top-aligned, so the form does not jump
    when a message appears or wraps."""
    margins = label.contentsMargins()
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom())
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)


def _reveal(show: bool, *edits: QLineEdit) -> None:
    """Show the typed passphrase as text, or hide it behind dots again."""
    mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
    for edit in edits:
        edit.setEchoMode(mode)
