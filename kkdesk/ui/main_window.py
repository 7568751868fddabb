"""The main window: tabs for incidents, defenders, dashboard and vocabularies; menus and shortcuts.

The title is always the neutral "kkdesk": never a database or a person's name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMainWindow, QMessageBox, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from kkdesk.ui import i18n
from kkdesk.ui.casework import AgendaDialog
from kkdesk.ui.conflicts import ConflictsDialog
from kkdesk.ui.dashboard import DashboardPane
from kkdesk.ui.defenders import DefendersPane
from kkdesk.ui.exchange_dialog import ExchangeDialog
from kkdesk.ui.import_wizard import ImportWizard
from kkdesk.ui.incident_editor import IncidentEditor
from kkdesk.ui.incidents_pane import IncidentsPane
from kkdesk.ui.panic import PANIC_KEYS
from kkdesk.ui.reports_dialog import ReportDialog
from kkdesk.ui.review import ReviewDialog
from kkdesk.ui.vocab_editor import VocabularyPane



class MainWindow(QMainWindow):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle("kkdesk")
        self.resize(1280, 780)
        self.editors: list = []
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.setCentralWidget(self.tabs)
        self.incidents = IncidentsPane(ctx)
        self.incidents.open_incident.connect(self.open_incident)
        self.tabs.addTab(self.incidents, self.tr("Incidents"))
        self.defenders = DefendersPane(ctx)
        self.defenders.open_incident.connect(self.open_incident)
        self.tabs.addTab(self.defenders, self.tr("Defenders"))
        self.dashboard = DashboardPane(ctx)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.vocabulary = VocabularyPane(ctx)
        self.tabs.addTab(self.vocabulary, self.tr("Vocabularies"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.panes = [self.incidents, self.defenders, self.dashboard, self.vocabulary]
        self._build_menus()
        self.statusBar().setObjectName("statusBar")

    # --- menus and shortcuts ---
    def _action(self, menu, text: str, name: str, slot, keys=()) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if keys:
            act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(file_menu, self.tr("New incident"), "actionNewIncident",
                                       lambda: self.open_incident(None), ["Ctrl+N"])
        self._action(file_menu, self.tr("Open selected incident"), "actionOpenIncident",
                     self._open_selected, ["Ctrl+O"])
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Import…"), "actionImport", self.open_import)
        self._action(file_menu, self.tr("Export…"), "actionExport", lambda: self.open_report("xlsx"))
        self.brief_action = self._action(file_menu, self.tr("Print/Save brief…"), "actionBrief",
                                         lambda: self.open_report("brief"), ["Ctrl+P"])
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Settings…"), "actionSettings", self.open_settings, ["Ctrl+,"])
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, self.tr("Lock now"), "actionLock", self.ctx.lock, ["Ctrl+L"])
        self.panic_action = self._action(file_menu, self.tr("Panic: hide and lock"), "actionPanic",
                                         self.ctx.panic, PANIC_KEYS)
        self._action(file_menu, self.tr("Quit"), "actionQuit", self.ctx.quit, ["Ctrl+Q"])
        view_menu = bar.addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("Search"), "actionSearch", self.focus_search, ["Ctrl+F"])
        for n, name in enumerate((self.tr("Incidents"), self.tr("Defenders"), self.tr("Dashboard"),
                                  self.tr("Vocabularies")), 1):
            act = self._action(view_menu, name, f"actionTab{n}",
                               lambda _=False, i=n - 1: self.tabs.setCurrentIndex(i), [f"Alt+{n}"])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)   # in an editor, Alt+n is its own tab
        self._action(view_menu, self.tr("Agenda: follow-ups due"), "actionAgenda", self.show_agenda,
                     ["Ctrl+Shift+A"])
        self._action(view_menu, self.tr("Review: waiting for me, returned to me"), "actionReview", self.show_review,
                     ["Ctrl+Shift+R"])
        reports_menu = bar.addMenu(self.tr("&Reports"))
        self._action(reports_menu, self.tr("Overview…"), "actionOverview", lambda: self.open_report("overview"))
        reports_menu.addAction(self.brief_action)
        self._action(reports_menu, self.tr("Dossier of the selected defender…"), "actionDossier",
                     lambda: self.open_report("dossier"))
        exchange_menu = bar.addMenu(self.tr("E&xchange"))
        self._action(exchange_menu, self.tr("Keys…"), "actionExchangeKeys", lambda: self.open_exchange("keys"))
        self._action(exchange_menu, self.tr("Export bundle…"), "actionExportBundle",
                     lambda: self.open_exchange("export"))
        self._action(exchange_menu, self.tr("Import bundle…"), "actionImportBundle",
                     lambda: self.open_exchange("import"))
        self._action(exchange_menu, self.tr("Conflicts…"), "actionConflicts", self.open_conflicts)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Keyboard shortcuts"), "actionShortcuts", self.show_shortcuts, ["F1"])
        self._action(help_menu, self.tr("About kkdesk"), "actionAbout", self.show_about)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.incidents)
        self.incidents.search.setFocus()
        self.incidents.search.selectAll()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return [
            ("Ctrl+N", self.tr("New incident")),
            ("Ctrl+O / Enter", self.tr("Open the selected incident")),
            ("Ctrl+S", self.tr("Save the incident (in the editor)")),
            ("Ctrl+Enter", self.tr("Save the incident and start the next one (in the editor)")),
            ("Ctrl+T", self.tr("Add a threat to the current target (in the editor)")),
            ("Alt+1 … Alt+5", self.tr("Editor tabs, the focus on their first field (in the editor)")),
            ("Tab / Ctrl+Tab", self.tr("In a text area: go to the next field / insert a tab")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo changes in the editor")),
            ("Ctrl+P", self.tr("Print or save the brief of the selected incident")),
            ("Ctrl+F", self.tr("Search")),
            ("Alt+1 … Alt+4", self.tr("Switch tabs")),
            ("Ctrl+Shift+A", self.tr("Agenda: follow-ups overdue and due in the next two weeks")),
            ("Ctrl+Shift+R", self.tr("Review: records waiting for my review and returned to me")),
            ("Ctrl+L", self.tr("Lock now: close the database and clear the screen")),
            ("F12, Ctrl+Shift+L", self.tr("Panic: hide every window and lock at once; start kkdesk again "
                                          "to bring back the unlock window")),
            ("Ctrl+,", self.tr("Settings")),
            ("F1", self.tr("This list")),
            ("Ctrl+Q", self.tr("Quit")),
        ]

    def show_shortcuts(self) -> None:
        dlg = QDialog(self)
        dlg.setObjectName("shortcutsDialog")
        dlg.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(dlg)
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for r, (keys, what) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(keys))
            table.setItem(r, 1, QTableWidgetItem(what))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        layout.addWidget(table)
        note = QLabel(self.tr("The idle lock closes the database after the minutes set in Settings without "
                              "keyboard or mouse use. Locking discards unsaved edits."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dlg.reject)
        layout.addWidget(buttons)
        dlg.resize(560, 440)
        dlg.show()
        self._shortcuts_dialog = dlg

    def show_about(self) -> None:
        from kkdesk import version_text

        QMessageBox.about(self, self.tr("About kkdesk"), self.tr(
            "kkdesk keeps records of threats against human rights defenders in an encrypted file. "
            "It works offline.") + "\n\n" + version_text())

    # --- reports, import, exchange (dialogs in their own modules) ---
    def open_report(self, kind: str):
        """The reports dialog; a brief needs a selected incident, a dossier a selected defender."""

        incident_id = self.incidents.selected_id()
        subject = self.defenders.selected()
        if kind == "brief" and incident_id is None:
            self.statusBar().showMessage(self.tr("Select an incident in the Incidents tab first."), 8000)
            return None
        if kind == "dossier" and subject is None:
            self.statusBar().showMessage(self.tr("Select a person or organisation in the Defenders tab first."), 8000)
            return None
        dlg = ReportDialog(self.ctx, kind, incident_id=incident_id, subject=subject,
                           query=self.incidents.current_query(), parent=self,
                           search_by_default=self.tabs.currentWidget() is self.incidents)
        dlg.show()
        self._report_dialog = dlg
        return dlg

    def open_import(self):
        wizard = ImportWizard(self.ctx, self)
        wizard.show()
        self._import_wizard = wizard
        return wizard

    def open_exchange(self, page: str):
        dlg = ExchangeDialog(self.ctx, page, self)
        dlg.show()
        self._exchange_dialog = dlg
        return dlg

    def open_conflicts(self):
        dlg = ConflictsDialog(self.ctx, self)
        dlg.show()
        self._conflicts_dialog = dlg
        return dlg

    # --- settings ---
    def open_settings(self) -> None:
        dlg = SettingsDialog(self.ctx, self)
        dlg.setModal(True)
        dlg.accepted.connect(lambda: self.ctx.apply_settings(dlg.values()))
        dlg.show()
        self._settings_dialog = dlg

    # --- database lifecycle ---
    def set_database(self, cdb) -> None:
        for pane in self.panes:
            pane.set_database(cdb)
        self.ctx.worker.changed.connect(self.on_changes)
        self.ctx.worker.failed.connect(self.show_failure)
        # after unlocking, what is overdue or due within two weeks comes first (nothing when nothing is)
        self.ctx.worker.submit(lambda c: bool(c.casework.agenda()),
                               on_done=lambda due: self.show_agenda() if due else None)

    def show_agenda(self, today=None) -> AgendaDialog:
        """The agenda of follow-ups; Enter opens the incident, person or organisation it is about."""
        dlg = AgendaDialog(self.ctx, self, today=today)
        dlg.open_incident.connect(self.open_incident)
        dlg.open_person.connect(lambda pid: self.show_in_registry("person", pid))
        dlg.open_organisation.connect(lambda oid: self.show_in_registry("organisation", oid))
        dlg.show()
        self.agenda = dlg
        return dlg

    def show_review(self) -> ReviewDialog:
        """The records waiting for my review and those returned to me; Enter opens one."""
        dlg = getattr(self, "review", None)
        if dlg is None:
            dlg = self.review = ReviewDialog(self.ctx, self)
            dlg.open_incident.connect(self.open_incident)
        else:
            dlg.refresh()
        dlg.show()
        dlg.raise_()
        return dlg

    def show_in_registry(self, kind: str, record_id: int) -> None:
        """Switch to the Defenders tab with one record selected and its casework shown."""
        self.tabs.setCurrentWidget(self.defenders)
        self.defenders.show_record(kind, record_id)

    def redisplay(self) -> None:
        """Show names or pseudonym codes as the settings now say, keeping searches and selections."""
        for pane in self.panes:
            if hasattr(pane, "redisplay"):
                pane.redisplay()

    def view_state(self) -> dict:
        """What a person was looking at: the tab and the incidents search (text and filters)."""
        return {"tab": self.tabs.currentIndex(), "query": self.incidents.current_query()}

    def restore_view_state(self, state: dict) -> None:
        self.incidents.show_query(state["query"])
        self.tabs.setCurrentIndex(state["tab"])

    def show_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def on_changes(self, changes) -> None:
        for pane in self.panes:
            pane.on_changes(changes)
        review = getattr(self, "review", None)
        if review is not None and review.isVisible() and changes.touches_incidents():
            review.refresh()

    def clear(self) -> None:
        """Locking: close editors and forget every shown record."""
        for editor in list(self.editors):
            editor.discard()
        self.editors.clear()
        for pane in self.panes:
            pane.clear()
        for name in ("agenda", "review"):
            dlg = getattr(self, name, None)
            if dlg is not None:   # it names people and cases: gone with the lock
                dlg.close()
                dlg.deleteLater()
                setattr(self, name, None)
        self.statusBar().clearMessage()

    def _tab_changed(self, index: int) -> None:
        pane = self.tabs.widget(index)
        if hasattr(pane, "activated"):
            pane.activated()

    # --- editors ---
    def _open_selected(self) -> None:
        iid = self.incidents.selected_id()
        if iid is not None:
            self.open_incident(iid)

    def open_incident(self, incident_id: int | None):
        for editor in self.editors:
            if incident_id is not None and editor.incident_id == incident_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        editor = IncidentEditor(self.ctx, incident_id, self)
        editor.closed.connect(lambda e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor

    def closeEvent(self, event) -> None:  # noqa: N802
        for editor in list(self.editors):
            if not editor.close():
                event.ignore()
                return
        self.ctx.settings.save_state("main_geometry", self.saveGeometry())
        event.accept()
        self.ctx.quit()


class SettingsDialog(QDialog):
    """Language, idle lock minutes, pseudonyms instead of names."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("settingLanguage")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.lang)))
        form.addRow(self.tr("Language:"), self.language)
        self.idle = QSpinBox()
        self.idle.setObjectName("settingIdleMinutes")
        self.idle.setRange(0, 240)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(ctx.settings.get("idle_minutes"))
        form.addRow(self.tr("Lock after idle:"), self.idle)
        self.pseudonyms = QCheckBox(self.tr("Show pseudonym codes instead of names"))
        self.pseudonyms.setObjectName("settingPseudonyms")
        self.pseudonyms.setChecked(ctx.pseudonyms)
        form.addRow(self.pseudonyms)
        note = QLabel(self.tr("Settings are stored outside the encrypted database and hold no names. "
                              "The list of recent databases keeps their paths: choose file names "
                              "that reveal nothing."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"language": self.language.currentData(), "idle_minutes": self.idle.value(),
                "show_pseudonyms": self.pseudonyms.isChecked()}
