"""Reports and exports from the window: the same choices as `kkdesk report` / `kkdesk export`
(kind, period and filters, language, profile, output), plus printing straight from memory.

Documents are built on the worker as a cancellable job. Printing renders the PDF bytes in memory
(kkdesk.ui.pdf_print): no unencrypted copy is written unless the user saves one.
"""

from __future__ import annotations

import copy
import os

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QVBoxLayout,
)

from kkdesk.errors import KkdeskError
from kkdesk.reports import build_brief, build_dossier, build_overview, build_submission, export, write_atomically
from kkdesk.reports.snapshots.submission import check_period
from kkdesk.search import SearchQuery, incident_id_array, incident_where, limited_to_verified
from kkdesk.ui.i18n import LANGUAGES
from kkdesk.ui.jobs import run_job
from kkdesk.ui.pdf_print import print_pdf, renderer
from kkdesk.ui.widgets import WrappingComboBox, fit_placeholder, path_row
from kkdesk.ui.worker import user_message

PDF_KINDS = ("brief", "dossier", "overview")
DOCX_KINDS = ("submission",)
EXPORT_KINDS = ("xlsx", "csv", "json")


class ReportDialog(QDialog):
    """Choose a document or export; Save writes it to a file, Print sends a PDF to a printer."""

    def __init__(self, ctx, kind: str = "overview", incident_id: int | None = None,
                 subject: tuple[str, int] | None = None, query: SearchQuery | None = None, parent=None,
                 search_by_default: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id = incident_id
        self.subject = subject          # ("person" | "organisation", id) for a dossier
        self.base_query = query if query is not None and not query.is_empty() else None
        self.job = None
        self._subject_text: dict = {}
        self.last_result: str | None = None
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Reports and exports"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.kind = WrappingComboBox()
        self.kind.setObjectName("reportKind")
        names = {"brief": self.tr("Case brief of the selected incident (PDF)"),
                 "dossier": self.tr("Dossier of the selected defender (PDF)"),
                 "overview": self.tr("Overview of incidents (PDF)"),
                 "submission": self.tr("UN submission draft: UPR or treaty body (Word, DOCX)"),
                 "xlsx": self.tr("Export for analysis: Excel workbook (XLSX)"),
                 "csv": self.tr("Export for analysis: folder of CSV files"),
                 "json": self.tr("Full export: JSON (can be imported again)")}
        for code, name in names.items():
            if code == "brief" and incident_id is None or code == "dossier" and subject is None:
                continue
            self.kind.addItem(name, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        form.addRow(self.tr("Document:"), self.kind)

        self.subject_label = QLabel()
        self.subject_label.setObjectName("reportSubject")
        self.subject_label.setWordWrap(True)
        form.addRow(self.tr("Subject:"), self.subject_label)

        period = QHBoxLayout()
        self.date_from = QLineEdit()
        self.date_from.setObjectName("reportDateFrom")
        self.date_to = QLineEdit()
        self.date_to.setObjectName("reportDateTo")
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("e.g. 2019 or 2019-06 or 2019-06-30"))
            fit_placeholder(edit)
        if self.base_query is not None and search_by_default:
            self.date_from.setText(self.base_query.date_from or "")
            self.date_to.setText(self.base_query.date_to or "")
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        form.addRow(self.tr("Period:"), period)

        self.use_filters = QCheckBox(self.tr("Only incidents matching the search and filters of the Incidents tab"))
        self.use_filters.setObjectName("reportUseFilters")
        # opened from another tab, the Incidents tab's search is offered but not applied unasked
        self.use_filters.setChecked(self.base_query is not None and search_by_default)
        self.use_filters.setEnabled(self.base_query is not None)
        form.addRow(self.use_filters)
        self.verified_only = QCheckBox(self.tr("Only verified records (checked by a second person)"))
        self.verified_only.setObjectName("reportVerifiedOnly")
        self.verified_only.setToolTip(self.tr("Published figures count verified records only; the document "
                                              "says which records it counts."))
        form.addRow(self.verified_only)

        self.lang = WrappingComboBox()
        self.lang.setObjectName("reportLanguage")
        for code, name in LANGUAGES.items():
            self.lang.addItem(name, code)
        settings = ctx.settings
        self.lang.setCurrentIndex(max(0, self.lang.findData(settings.get("report_language") or ctx.lang)))
        form.addRow(self.tr("Language:"), self.lang)

        self.profile = WrappingComboBox()
        self.profile.setObjectName("reportProfile")
        self.profile.addItem(self.tr("Full: names and all details (for the team)"), "full")
        self.profile.addItem(self.tr("Pseudonymised: codes instead of names"), "pseudonymised")
        self.profile.addItem(self.tr("Public: codes, only incidents marked public"), "public")
        remembered = self.profile.findData(settings.get("report_profile"))
        if remembered < 0 or (ctx.pseudonyms and remembered == 0):
            remembered = 1 if ctx.pseudonyms else 0     # names on screen hidden: no names by default
        self.profile.setCurrentIndex(remembered)
        self.lang.currentIndexChanged.connect(
            lambda _i: settings.set("report_language", self.lang.currentData()))
        self.profile.currentIndexChanged.connect(
            lambda _i: settings.set("report_profile", self.profile.currentData()))
        form.addRow(self.tr("Privacy profile:"), self.profile)

        self.pdfa = QCheckBox(self.tr("Archival PDF (PDF/A-2b)"))
        self.pdfa.setObjectName("reportPdfa")
        self.pdfa.setToolTip(self.tr("For long-term keeping: fonts embedded, colours defined, no author or "
                                     "time zone in the file"))
        form.addRow(self.pdfa)
        self.coalition = QCheckBox(self.tr("Joint submission of a coalition (up to 10 pages instead of 5)"))
        self.coalition.setObjectName("reportCoalition")
        form.addRow(self.coalition)

        out, self.out_path, self.browse_button = path_row("reportOutPath", "reportBrowse", self.browse)
        self.out_path.setPlaceholderText(self.tr("Only needed to save a file"))
        form.addRow(self.tr("Save to:"), out)

        self.note = QLabel(self.tr("Printing sends the document to the printer from memory; a file is written "
                                   "only when you save one. Saved files are not encrypted: keep them safe."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("reportSave")
        self.save_button.clicked.connect(self.save)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("reportPrint")
        self.print_button.clicked.connect(lambda: self.print_document())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._scope_generation = 0
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.use_filters.toggled.connect(self._show_scope)
        self.verified_only.toggled.connect(self._show_scope)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._show_scope)
        self._kind_changed()
        self._load_subject()
        self.resize(620, 0)

    # --- state ---
    def current_kind(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        whole_set = kind not in ("brief", "dossier")
        for w in (self.date_from, self.date_to):
            w.setEnabled(whole_set)
        self.use_filters.setEnabled(whole_set and self.base_query is not None)
        self.verified_only.setEnabled(kind != "brief")   # a brief is one record: it says its review state
        # documents that publish figures count verified records by default; exports for analysis all
        self.verified_only.setChecked(whole_set and kind in ("overview", "submission"))
        self.print_button.setEnabled(kind in PDF_KINDS)
        self.lang.setEnabled(kind != "json")
        self.pdfa.setVisible(kind in PDF_KINDS)
        self.coalition.setVisible(kind in DOCX_KINDS)
        if kind in DOCX_KINDS and self.profile.currentData() == "full":
            # a document to hand over: no names unless the user chooses the full profile again
            self.profile.setCurrentIndex(self.profile.findData("pseudonymised"))
        self._show_scope()
        self.out_path.clear()

    def _show_scope(self) -> None:
        """Which incidents the document covers, in words, and (counted on the worker) how many."""
        kind = self.current_kind()
        self._scope_generation += 1
        if kind in ("brief", "dossier"):
            self.subject_label.setText(self._subject_text.get(kind, ""))
            return
        if self.use_filters.isChecked():
            shown = self.base_query.text.strip() if self.base_query is not None else ""
            text = (self.tr("incidents matching the Incidents tab's search “%1” and filters, in the chosen period")
                    .replace("%1", shown) if shown else
                    self.tr("incidents matching the Incidents tab's filters, in the chosen period"))
        else:
            text = self.tr("all incidents of the chosen period")
        if self.verified_only.isChecked():
            text += " — " + self.tr("verified only")
        self.subject_label.setText(text)
        try:
            q = self.query()
        except KkdeskError:
            return                                  # an unreadable date: said when saving
        if self.ctx.worker is None:
            return
        gen = self._scope_generation

        def counted(n: int) -> None:
            if gen == self._scope_generation:
                self.subject_label.setText(text + " — " + self.tr("%n incident(s)", "", n))
        self.ctx.worker.submit(lambda cdb: len(incident_id_array(cdb, q)), on_done=counted)

    def _load_subject(self) -> None:
        """Show which incident or defender the document is about: a reference or code, never a name."""
        self._subject_text = {}
        iid, subject = self.incident_id, self.subject

        def op(cdb):
            found = {}
            if iid is not None:
                found["brief"] = cdb.scalar("SELECT ref FROM incident WHERE id = ?", (iid,))
            if subject is not None:
                table = "person" if subject[0] == "person" else "organisation"
                found["dossier"] = cdb.scalar(f"SELECT pseudonym FROM {table} WHERE id = ?", (subject[1],))
            return found

        def show(found):
            self._subject_text = {k: v or "" for k, v in found.items()}
            self._kind_changed()

        if self.ctx.worker is not None and (iid is not None or subject is not None):
            self.ctx.worker.submit(op, on_done=show)

    def query(self) -> SearchQuery:
        """The incidents the document covers; unreadable dates raise InvalidInput here, before any work."""
        q = copy.deepcopy(self.base_query) if self.use_filters.isChecked() and self.base_query else SearchQuery()
        q.date_from = self.date_from.text().strip() or None
        q.date_to = self.date_to.text().strip() or None
        if self.verified_only.isChecked():
            q = limited_to_verified(q)
        incident_where(q)
        return q

    def options(self) -> dict:
        return {"kind": self.current_kind(), "lang": self.lang.currentData(), "profile": self.profile.currentData(),
                "pdfa": self.pdfa.isChecked(), "coalition": self.coalition.isChecked()}

    def _pdf_job(self):
        """fn(progress, cdb) -> the chosen document's bytes (PDF; DOCX for a submission draft)."""

        o = self.options()
        kind, lang, profile, pdfa = o["kind"], o["lang"], o["profile"], o["pdfa"]
        if kind == "brief":
            iid = self.incident_id
            return lambda progress, cdb: build_brief(cdb, iid, lang, profile, pdfa=pdfa)
        if kind == "dossier":
            what, sid = self.subject
            pid, oid = (sid, None) if what == "person" else (None, sid)
            verified = self.verified_only.isChecked()
            return lambda progress, cdb: build_dossier(cdb, person_id=pid, organisation_id=oid, lang=lang,
                                                       profile=profile, pdfa=pdfa, verified_only=verified)
        q = self.query()
        if kind == "submission":
            check_period(q.date_from, q.date_to)         # a period over four years is said before any work
            coalition = o["coalition"]
            return lambda progress, cdb: build_submission(cdb, q, lang, profile, coalition, progress)
        return lambda progress, cdb: build_overview(cdb, q, lang, profile, progress, pdfa=pdfa)

    # --- actions ---
    def browse(self) -> None:
        kind = self.current_kind()
        if kind == "csv":
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"))
            if path:
                path = os.path.join(path, "kkdesk-export")
        else:
            ext = {"xlsx": "xlsx", "json": "json", "submission": "docx"}.get(kind, "pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), f"kkdesk-{kind}.{ext}",
                                                  f"{ext.upper()} (*.{ext})")
        if path:
            self.out_path.setText(path)

    def _fail(self, message: str) -> None:
        self.last_result = message
        self.status.setText(message)

    def save(self) -> None:
        """Write the chosen document or export to the path in 'Save to'."""
        path = self.out_path.text().strip()
        if not path:
            self._fail(self.tr("Choose where to save the file first."))
            return
        kind = self.current_kind()
        try:
            if kind in PDF_KINDS + DOCX_KINDS:

                build = self._pdf_job()

                def fn(progress, cdb):
                    write_atomically(path, build(progress, cdb))
            else:

                q, o = self.query(), self.options()

                def fn(progress, cdb):
                    export(cdb, kind, path, o["profile"], query=q, lang=o["lang"], progress=progress)
        except KkdeskError as exc:
            self._fail(user_message(exc))
            return
        self.status.setText(self.tr("Working…"))
        self.job = run_job(self.ctx, self.tr("Writing the document"), fn, parent=self, write=False,
                           on_done=lambda _r: self._saved(path),
                           on_error=lambda message, _exc: self._fail(message))

    def _saved(self, path: str) -> None:
        self.last_result = "saved"
        self.status.setText(self.tr("Saved to %1.").replace("%1", path))

    def print_document(self, printer=None) -> None:
        """Print the chosen PDF; without a printer given, ask with Qt's print dialog first."""

        if self.current_kind() not in PDF_KINDS:
            return
        if renderer() is None:
            self._fail(self.tr("This computer has no PDF renderer for printing; save the document and print it "
                               "from a PDF viewer."))
            return
        try:
            build = self._pdf_job()
        except KkdeskError as exc:
            self._fail(user_message(exc))
            return
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            chooser = QPrintDialog(printer, self)
            chooser.setObjectName("printDialog")
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return
        self.status.setText(self.tr("Preparing the document…"))

        def fn(progress, cdb):
            return print_pdf(build(progress, cdb), printer, progress)

        self._printer = printer     # kept alive until the job ends
        self.job = run_job(self.ctx, self.tr("Printing"), fn, parent=self, write=False,
                           on_done=self._printed, on_error=lambda message, _exc: self._fail(message))

    def _printed(self, pages: int) -> None:
        self.last_result = "printed"
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
