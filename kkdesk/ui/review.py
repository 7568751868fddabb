"""The review window: records waiting for my review and records returned to me (kkdesk.records.review).

A reviewer reads a record (Open), then verifies it or returns it with a comment; the author sees it
under "Returned to me", fixes it in the editor and submits it again. Nobody edits here: every button
is one review step, written on the worker and shown in the record's steps below the lists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
)

from kkdesk.ui import i18n
from kkdesk.ui.widgets import read_only_table
from kkdesk.ui.worker import Changes


def _table(name: str, headers: list[str]) -> QTableWidget:
    t = read_only_table(name, headers)
    header = t.horizontalHeader()
    for col in (0, 1, 3, 4):   # reference, date, editor, sources: as wide as their text and heading
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    t.setColumnWidth(2, 300)
    return t


def load_lists(cdb) -> dict:
    """Both lists with what each row shows, and who I am: read on the worker."""
    out = {"actor": cdb.actor, "named": cdb.actor_name() is not None}
    for key, ids in (("waiting", cdb.review.waiting_for_me()), ("returned", cdb.review.returned_to_me())):
        comments = cdb.review.last_comment(ids)
        rows = []
        for inc in cdb.incidents.get_many(ids):
            c = comments.get(inc.id)
            rows.append({"id": inc.id, "ref": inc.ref, "date": inc.date, "title": inc.title,
                         "editor": inc.updated_by, "sources": inc.corroboration,
                         "comment": f"{c.actor}: {c.comment}" if c else ""})
        out[key] = rows
    return out


class ReviewDialog(QDialog):
    """Waiting for my review / Returned to me, with the steps of the chosen record."""

    open_incident = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review"))
        self.resize(1100, 640)
        lay = QVBoxLayout(self)
        who = QHBoxLayout()
        self.who = QLabel()
        self.who.setObjectName("reviewActor")
        who.addWidget(self.who, 1)
        self.rename_button = QPushButton(self.tr("Change my name…"))
        self.rename_button.setObjectName("reviewRename")
        self.rename_button.clicked.connect(self.rename)
        who.addWidget(self.rename_button)
        lay.addLayout(who)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        headers = [self.tr("Reference"), self.tr("Date"), self.tr("Title"), self.tr("Last edited by"),
                   self.tr("Sources"), self.tr("Last comment")]
        self.waiting = _table("reviewWaiting", headers)
        self.returned = _table("reviewReturned", headers)
        self.tabs.addTab(self.waiting, "")
        self.tabs.addTab(self.returned, "")
        lay.addWidget(self.tabs, 3)
        for table in (self.waiting, self.returned):
            table.itemSelectionChanged.connect(self._selected)
            table.cellDoubleClicked.connect(lambda *_: self.open_current())
        self.tabs.currentChanged.connect(lambda _i: self._selected())
        lay.addWidget(QLabel(self.tr("Steps of the chosen record:")))
        self.steps = QLabel()
        self.steps.setObjectName("reviewSteps")
        self.steps.setWordWrap(True)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.steps, 1)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setPlaceholderText(self.tr("Comment: what to check or fix (needed to return a record)"))
        self.comment.setMaximumHeight(80)
        lay.addWidget(self.comment)
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.open_button = buttons.addButton(self.tr("Open"), role)
        self.open_button.setObjectName("reviewOpen")
        self.open_button.clicked.connect(self.open_current)
        self.verify_button = buttons.addButton(self.tr("Verify"), role)
        self.verify_button.setObjectName("reviewVerify")
        self.verify_button.clicked.connect(lambda: self._step("verify"))
        self.return_button = buttons.addButton(self.tr("Return with comment"), role)
        self.return_button.setObjectName("reviewReturn")
        self.return_button.clicked.connect(lambda: self._step("return"))
        self.comment_button = buttons.addButton(self.tr("Comment only"), role)
        self.comment_button.setObjectName("reviewCommentOnly")
        self.comment_button.clicked.connect(lambda: self._step("comment"))
        self.submit_button = buttons.addButton(self.tr("Submit again"), role)
        self.submit_button.setObjectName("reviewSubmit")
        self.submit_button.clicked.connect(lambda: self._step("submit"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.data: dict = {"waiting": [], "returned": [], "actor": ""}
        self._selected()
        self.refresh()

    # --- reading ---
    def refresh(self) -> None:
        if self.ctx.worker is not None:
            self.ctx.worker.submit(load_lists, on_done=self._fill)

    def _fill(self, data: dict) -> None:
        """Show fresh lists, keeping the chosen record chosen when it is still listed."""
        chosen = {key: self._chosen(key) for key in ("waiting", "returned")}
        self.data = data
        self.who.setText(self.tr("You review and edit as: %1").replace("%1", data["actor"]))
        if not data.get("named", True):
            # the program's general name: a reviewer would not be told apart from the authors
            self.message.setText(self.tr("This database records changes under the general name '%1'. Give your "
                                         "own name (Change my name…) so that your reviews are told apart from "
                                         "the authors' work.").replace("%1", data["actor"]))
        self.tabs.setTabText(0, self.tr("Waiting for my review (%n)", "", len(data["waiting"])))
        self.tabs.setTabText(1, self.tr("Returned to me (%n)", "", len(data["returned"])))
        lang = self.ctx.lang
        for table, rows in ((self.waiting, data["waiting"]), (self.returned, data["returned"])):
            table.setRowCount(0)
            for r in rows:
                n = table.rowCount()
                table.insertRow(n)
                cells = (r["ref"], r["date"].format(lang), r["title"], r["editor"], i18n.number(r["sources"]),
                         r["comment"])
                for col, text in enumerate(cells):
                    table.setItem(n, col, QTableWidgetItem(text))
            table.resizeRowsToContents()
        for key, table in (("waiting", self.waiting), ("returned", self.returned)):
            ids = [r["id"] for r in data[key]]
            if chosen[key] in ids:
                table.selectRow(ids.index(chosen[key]))
        self._selected()

    def _chosen(self, key: str) -> int | None:
        table = self.waiting if key == "waiting" else self.returned
        row, rows = table.currentRow(), self.data[key]
        return rows[row]["id"] if 0 <= row < len(rows) and table.selectionModel().hasSelection() else None

    def current_list(self) -> str:
        return "waiting" if self.tabs.currentIndex() == 0 else "returned"

    def current_id(self) -> int | None:
        return self._chosen(self.current_list())

    def _selected(self) -> None:
        iid = self.current_id()
        waiting = self.current_list() == "waiting"
        for button in (self.verify_button, self.return_button):
            button.setEnabled(iid is not None and waiting)
        self.submit_button.setEnabled(iid is not None and not waiting)
        self.comment_button.setEnabled(iid is not None)
        self.open_button.setEnabled(iid is not None)
        if iid is None:
            self.steps.setText(self.tr("Choose a record in the list."))
            return
        self.ctx.worker.submit(lambda cdb: cdb.review.steps(iid), on_done=lambda steps: self._show_steps(iid, steps))

    def _show_steps(self, iid: int, steps) -> None:
        if iid != self.current_id():
            return
        names = {"submit": self.tr("submitted"), "return": self.tr("returned"), "verify": self.tr("verified"),
                 "comment": self.tr("commented"), "reopen": self.tr("reopened"),
                 "arrive": self.tr("arrived in a bundle")}
        lines = [f"{s.at[:16].replace('T', ' ')} — {s.actor} {names.get(s.step, s.step)}"
                 + (f": {s.comment}" if s.comment else "") for s in steps]
        self.steps.setText("\n".join(lines) or self.tr("No review steps yet."))

    # --- steps ---
    def open_current(self) -> None:
        iid = self.current_id()
        if iid is not None:
            self.open_incident.emit(iid)

    def _step(self, step: str) -> None:
        iid = self.current_id()
        if iid is None:
            return
        text = self.comment.toPlainText().strip()

        def op(cdb):
            if step == "verify":
                cdb.review.verify([iid], text)
            elif step == "return":
                cdb.review.send_back(iid, text)
            elif step == "submit":
                cdb.review.submit([iid], text)
            else:
                cdb.review.comment(iid, text)
            return Changes(incidents={iid})

        done = {"verify": self.tr("Verified."), "return": self.tr("Returned to its author."),
                "submit": self.tr("Submitted for review."), "comment": self.tr("Comment added.")}[step]

        def ok(_changes) -> None:
            self.comment.clear()
            self.message.setText(done)
            self.refresh()
        self.ctx.worker.submit(op, on_done=ok, on_error=lambda m, e: self.message.setText(m), write=True)

    def rename(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Your name in the history"),
                                        self.tr("Name your changes and review steps are recorded under:"),
                                        QLineEdit.EchoMode.Normal, self.data.get("actor", ""))
        if not ok:
            return

        def op(cdb):
            cdb.set_actor_name(name)
            return Changes()
        self.ctx.worker.submit(op, on_done=lambda _c: self.refresh(),
                               on_error=lambda m, e: self.message.setText(m), write=True)
