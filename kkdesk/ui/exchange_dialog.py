"""Exchange with other monitors or the coordinator: this database's key and fingerprint, the
registered peers, writing a bundle for a peer and reading one in. The work is kkdesk.exchange's;
its plain messages (tampered bundle, unknown sender) are shown as they are."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kkdesk.errors import KkdeskError
from kkdesk.exchange import add_peer, ensure_keys, export_bundle, import_bundle, own_keys, peers, PublicKeys
from kkdesk.ui.widgets import WrappingComboBox, path_row
from kkdesk.ui.worker import Changes, user_message

PAGES = ("keys", "export", "import")


def _mono(widget) -> None:
    widget.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))


class ExchangeDialog(QDialog):
    def __init__(self, ctx, page: str = "keys", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exchangeDialog")
        self.setWindowTitle(self.tr("Exchange"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchangeTabs")
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._keys_tab(), self.tr("Keys"))
        self.tabs.addTab(self._export_tab(), self.tr("Export bundle"))
        self.tabs.addTab(self._import_tab(), self.tr("Import bundle"))
        self.tabs.setCurrentIndex(PAGES.index(page) if page in PAGES else 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.own_fingerprint = ""
        self.peer_names: list[str] = []
        self.resize(720, 520)
        self.reload()

    # --- keys ---
    def _keys_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("This database's public key: give it to the other side. Then compare the "
                                        "fingerprint with them by voice or in person.")))
        self.own_key = QPlainTextEdit()
        self.own_key.setObjectName("exchangeOwnKey")
        self.own_key.setReadOnly(True)
        self.own_key.setMaximumHeight(70)
        _mono(self.own_key)
        layout.addWidget(self.own_key)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("exchangeFingerprint")
        _mono(self.fingerprint)
        layout.addWidget(self.fingerprint)
        layout.addWidget(QLabel(self.tr("Registered peers:")))
        self.peers = QTableWidget(0, 2)
        self.peers.setObjectName("exchangePeers")
        self.peers.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Fingerprint")])
        self.peers.horizontalHeader().setStretchLastSection(True)
        self.peers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.peers)
        form = QFormLayout()
        self.peer_name = QLineEdit()
        self.peer_name.setObjectName("exchangePeerName")
        self.peer_name.setPlaceholderText(self.tr("e.g. coordinator"))
        form.addRow(self.tr("New peer's name:"), self.peer_name)
        self.peer_key = QPlainTextEdit()
        self.peer_key.setObjectName("exchangePeerKey")
        self.peer_key.setPlaceholderText(self.tr("Paste the key text the other side gave you (kkdx1…)"))
        self.peer_key.setMaximumHeight(60)
        _mono(self.peer_key)
        self.peer_key.textChanged.connect(self._show_peer_fingerprint)
        form.addRow(self.tr("Their key:"), self.peer_key)
        self.peer_fingerprint = QLabel()
        self.peer_fingerprint.setObjectName("exchangePeerFingerprint")
        _mono(self.peer_fingerprint)
        form.addRow(self.tr("Their fingerprint:"), self.peer_fingerprint)
        self.peer_is_coordinator = QCheckBox(self.tr("This is our coordinator: take its review decisions "
                                                     "(returned, verified)"))
        self.peer_is_coordinator.setObjectName("exchangePeerCoordinator")
        self.peer_is_coordinator.setToolTip(self.tr("Records that arrive from a monitor always wait for review "
                                                    "here; only the coordinator's verifications count."))
        form.addRow(self.peer_is_coordinator)
        self.add_peer_button = QPushButton(self.tr("Add peer"))
        self.add_peer_button.setObjectName("exchangeAddPeer")
        self.add_peer_button.clicked.connect(self.add_peer)
        form.addRow(self.add_peer_button)
        layout.addLayout(form)
        self.keys_message = QLabel()
        self.keys_message.setObjectName("exchangeKeysMessage")
        self.keys_message.setWordWrap(True)
        layout.addWidget(self.keys_message)
        return tab

    def reload(self) -> None:
        """Make this database's keys if it has none (a write), then show them and the peers."""

        def op(cdb):
            ensure_keys(cdb)
            keys = own_keys(cdb)
            # keys and peers are no records a view shows: nothing to announce
            return Changes(value=(keys.text, keys.fingerprint, [(p.name, p.keys.fingerprint) for p in peers(cdb)]))

        self.ctx.worker.submit(op, on_done=self._show_keys, on_error=lambda m, _e: self.keys_message.setText(m),
                               write=True)

    def _show_keys(self, changes: Changes) -> None:
        text, self.own_fingerprint, peers = changes.value
        self.own_key.setPlainText(text)
        self.fingerprint.setText(self.tr("Fingerprint: %1").replace("%1", self.own_fingerprint))
        self.peers.setRowCount(len(peers))
        for r, (name, fp) in enumerate(peers):
            self.peers.setItem(r, 0, QTableWidgetItem(name))
            self.peers.setItem(r, 1, QTableWidgetItem(fp))
        self.peer_names = [name for name, _ in peers]
        current = self.export_peer.currentText()
        self.export_peer.clear()
        self.export_peer.addItems(self.peer_names)
        if current in self.peer_names:
            self.export_peer.setCurrentText(current)

    def _show_peer_fingerprint(self) -> None:
        text = self.peer_key.toPlainText().strip()
        if not text:
            self.peer_fingerprint.clear()
            return
        try:
            self.peer_fingerprint.setText(PublicKeys.parse(text).fingerprint)
        except KkdeskError as exc:
            self.peer_fingerprint.setText(user_message(exc))

    def add_peer(self) -> None:
        name, text = self.peer_name.text().strip(), self.peer_key.toPlainText().strip()
        role = "coordinator" if self.peer_is_coordinator.isChecked() else "monitor"
        if not name or not text:
            self.keys_message.setText(self.tr("Give the peer a name and paste their key."))
            return

        def done(changes):
            peer = changes.value
            self.keys_message.setText(self.tr("Peer '%1' added; fingerprint %2.").replace("%1", peer.name)
                                      .replace("%2", peer.keys.fingerprint))
            self.peer_name.clear()
            self.peer_key.clear()
            self.peer_is_coordinator.setChecked(False)
            self.reload()

        self.ctx.worker.submit(lambda cdb: Changes(value=add_peer(cdb, name, text, role=role)), on_done=done,
                               on_error=lambda m, _e: self.keys_message.setText(m), write=True)

    # --- export ---
    def _export_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.export_peer = WrappingComboBox()
        self.export_peer.setObjectName("exchangeExportPeer")
        form.addRow(self.tr("For peer:"), self.export_peer)
        self.export_records = WrappingComboBox()
        self.export_records.setObjectName("exchangeExportRecords")
        self.export_records.addItem(self.tr("All records changed since the last exchange"), "all")
        self.export_records.addItem(self.tr("Only records this peer already has (a coordinator's reply)"), "known")
        self.export_records.addItem(self.tr("Vocabulary and acknowledgements only"), "none")
        form.addRow(self.tr("What to send:"), self.export_records)
        row, self.export_path, _ = path_row("exchangeExportPath", "exchangeExportBrowse", self._browse_export)
        form.addRow(self.tr("Bundle file:"), row)
        self.export_button = QPushButton(self.tr("Write bundle"))
        self.export_button.setObjectName("exchangeExportButton")
        self.export_button.clicked.connect(self.export_bundle)
        form.addRow(self.export_button)
        note = QLabel(self.tr("The bundle is encrypted for that peer alone and signed by this database."))
        note.setWordWrap(True)
        form.addRow(note)
        self.export_message = QLabel()
        self.export_message.setObjectName("exchangeExportMessage")
        self.export_message.setWordWrap(True)
        form.addRow(self.export_message)
        return tab

    def _browse_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Bundle file"), "bundle.kkdx", "kkdesk bundle (*.kkdx)")
        if path:
            self.export_path.setText(path)

    def export_bundle(self) -> None:
        peer, path, records = self.export_peer.currentText(), self.export_path.text().strip(), \
            self.export_records.currentData()
        if not peer:
            self.export_message.setText(self.tr("Add a peer on the Keys tab first."))
            return
        if not path:
            self.export_message.setText(self.tr("Choose where to write the bundle."))
            return
        self.export_message.setText(self.tr("Writing…"))
        # the export notes what it sent (for the next bundle's delta), which no view shows
        self.ctx.worker.submit(lambda cdb: Changes(value=export_bundle(cdb, peer, path, records=records)),
                               on_done=lambda c: self.export_message.setText(c.value.text()),
                               on_error=lambda m, _e: self.export_message.setText(m), write=True)

    # --- import ---
    def _import_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        row, self.import_path, _ = path_row("exchangeImportPath", "exchangeImportBrowse", self._browse_import)
        form.addRow(self.tr("Bundle file:"), row)
        self.import_button = QPushButton(self.tr("Import bundle"))
        self.import_button.setObjectName("exchangeImportButton")
        self.import_button.clicked.connect(self.import_bundle)
        form.addRow(self.import_button)
        self.import_message = QLabel()
        self.import_message.setObjectName("exchangeImportMessage")
        self.import_message.setWordWrap(True)
        form.addRow(self.import_message)
        self.conflicts_button = QPushButton(self.tr("Resolve conflicts…"))
        self.conflicts_button.setObjectName("exchangeShowConflicts")
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self._show_conflicts)
        form.addRow(self.conflicts_button)
        self.last_import = None
        return tab

    def _browse_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Bundle file"), "", "kkdesk bundle (*.kkdx);;All files (*)")
        if path:
            self.import_path.setText(path)

    def import_bundle(self) -> None:
        path = self.import_path.text().strip()
        if not path:
            self.import_message.setText(self.tr("Choose a bundle file."))
            return
        self.import_message.setText(self.tr("Reading…"))
        self.conflicts_button.setVisible(False)

        def op(cdb):
            summary = import_bundle(cdb, path)
            if summary.already_imported:
                return Changes(value=summary)
            return Changes(all_incidents=True, persons=True, organisations=True, vocab=True, value=summary)

        def done(changes):
            summary = changes.value
            self.last_import = summary
            self.import_message.setText(self.tr("From '%1'.").replace("%1", summary.peer) + " " + summary.text())
            self.conflicts_button.setVisible(summary.conflicts > 0)

        def failed(message, _exc):
            self.last_import = None
            self.import_message.setText(message)

        self.ctx.worker.submit(op, on_done=done, on_error=failed, write=True)

    def _show_conflicts(self) -> None:
        parent = self.parent()
        if parent is not None and hasattr(parent, "open_conflicts"):
            parent.open_conflicts()
