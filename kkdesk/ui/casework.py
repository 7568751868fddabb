"""Protection casework in the window: a pane of actions, follow-ups and risk assessments for one
person, organisation or incident; the dialogs that edit them; and the agenda of what is due.

Reads and writes go through the worker like every other view; writes return Changes(casework=True)
(and persons=True when an assessment moved a person's risk level), so open panes refresh.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from kkdesk.model.casework import ACTOR_KINDS, FollowUp, ProtectionAction, RiskAssessment
from kkdesk.model.dates import PartialDate
from kkdesk.records.casework import AGENDA_DAYS
from kkdesk.ui.widgets import (
    FormErrors, WrappingComboBox, checked_codes, fill_check_list, fill_vocab_combo, read_only_table, set_combo_code,
)
from kkdesk.ui.worker import Changes

_OVERDUE = QColor("#b00020")


def shown_day(iso: str | None, lang: str) -> str:
    """A stored (possibly partial) date at its own precision, in the interface language."""
    if not iso:
        return ""
    try:
        return PartialDate(iso).format(lang)
    except Exception:  # noqa: BLE001 - a malformed stored value is shown as it is
        return iso


def _item(text: str, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class _DateField(QWidget):
    """A date that may be left empty (an empty line means not known); partial dates are allowed."""

    def __init__(self, iso: str | None, name: str, required: bool = False, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(iso or "")
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText("2024-03-15" if required else self.tr("2024-03-15, 2024-03 or empty"))
        lay.addWidget(self.edit)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return text or None


class _RecordDialog(QDialog):
    """Shared frame: a form, an error line, Save/Cancel (Ctrl+Enter saves); the write runs on the worker."""

    saved = Signal()

    def __init__(self, ctx, name: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def finish_form(self, fields: dict[str, QWidget]) -> None:
        """The error line, Save/Cancel; `fields` names the widget of each field code of the core's errors."""
        self.error = QLabel()
        self.error.setObjectName(self.objectName() + "Error")
        self.errors = FormErrors(self.form, self.error, fields)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

    def combo(self, name: str, vocab: str, code: str | None, none_text: str | None = None) -> QComboBox:
        box = WrappingComboBox()
        box.setObjectName(name)
        fill_vocab_combo(box, self.ctx.cdb, vocab, self.ctx.lang, none_text, keep=code)
        set_combo_code(box, code)
        return box

    def text_box(self, name: str, text: str, height: int = 70) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setObjectName(name)
        box.setTabChangesFocus(True)   # Tab leaves the field, as everywhere in kkdesk
        box.setMaximumHeight(height)
        return box

    def submit(self, op) -> None:
        self.errors.clear()
        self.ctx.worker.submit(op, write=True, on_done=self._done,
                               on_error=lambda m, e: self.errors.show(m, getattr(e, "field", None)))

    def _done(self, _changes) -> None:
        self.saved.emit()
        self.accept()

    def save(self) -> None:  # pragma: no cover - each dialog defines it
        raise NotImplementedError


class ActionDialog(_RecordDialog):
    """Create or edit a protection action."""

    def __init__(self, ctx, action: ProtectionAction, parent=None):
        super().__init__(ctx, "actionDialog", parent)
        self.setWindowTitle(self.tr("Protection action"))
        self.action = a = action
        self.type = self.combo("actionType", "action_type", a.action_type or None)
        self.form.addRow(self.tr("Action:"), self.type)
        self.actor_kind = WrappingComboBox()
        self.actor_kind.setObjectName("actionActorKind")
        for code, text in zip(ACTOR_KINDS, (self.tr("Our team"), self.tr("Partner organisation"))):
            self.actor_kind.addItem(text, code)
        set_combo_code(self.actor_kind, a.actor_kind)
        self.form.addRow(self.tr("Who acted:"), self.actor_kind)
        self.actor = QLineEdit(a.actor)
        self.actor.setObjectName("actionActor")
        self.actor.setPlaceholderText(self.tr("Team member or partner organisation"))
        self.form.addRow(self.tr("Name:"), self.actor)
        self.requested = _DateField(a.requested_on, "actionRequested")
        self.form.addRow(self.tr("Requested on:"), self.requested)
        self.started = _DateField(a.started_on, "actionStarted")
        self.form.addRow(self.tr("Started on:"), self.started)
        self.ended = _DateField(a.ended_on, "actionEnded")
        self.form.addRow(self.tr("Ended on:"), self.ended)
        self.status = self.combo("actionStatus", "action_status", a.status)
        self.form.addRow(self.tr("Status:"), self.status)
        self.outcome = self.combo("actionOutcome", "action_outcome", a.outcome)
        self.form.addRow(self.tr("Outcome:"), self.outcome)
        self.notes = self.text_box("actionNotes", a.notes)
        self.form.addRow(self.tr("Notes:"), self.notes)
        self.finish_form({"action_type": self.type, "actor_kind": self.actor_kind, "actor": self.actor,
                          "requested_on": self.requested.edit, "started_on": self.started.edit,
                          "ended_on": self.ended.edit, "status": self.status, "outcome": self.outcome,
                          "notes": self.notes})

    def save(self) -> None:
        a = self.action
        a.action_type = self.type.currentData() or ""
        a.actor_kind = self.actor_kind.currentData()
        a.actor = self.actor.text()
        a.requested_on, a.started_on, a.ended_on = self.requested.value(), self.started.value(), self.ended.value()
        a.status = self.status.currentData() or "requested"
        a.outcome = self.outcome.currentData() or "unknown"
        a.notes = self.notes.toPlainText()
        self.submit(lambda cdb: Changes(casework=True, value=cdb.casework.save_action(a).id))


class FollowUpDialog(_RecordDialog):
    """Create or edit a follow-up: what is due, when, and who takes care of it."""

    def __init__(self, ctx, follow_up: FollowUp, parent=None):
        super().__init__(ctx, "followUpDialog", parent)
        self.setWindowTitle(self.tr("Follow-up"))
        self.follow_up = f = follow_up
        self.kind = self.combo("followUpKind", "followup_kind", f.kind or None)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.due = QDateEdit()
        self.due.setObjectName("followUpDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.fromString(f.due_on, "yyyy-MM-dd") if f.due_on else QDate.currentDate().addDays(7))
        self.form.addRow(self.tr("Due on:"), self.due)
        self.title = QLineEdit(f.title)
        self.title.setObjectName("followUpTitle")
        self.form.addRow(self.tr("What:"), self.title)
        self.owner = QLineEdit(f.owner)
        self.owner.setObjectName("followUpOwner")
        self.form.addRow(self.tr("Who takes care:"), self.owner)
        # not `self.done`: that would hide QDialog.done(), which accept(), reject() and close() call (a crash)
        self.done_on = _DateField(f.done_on, "followUpDone")
        self.form.addRow(self.tr("Done on:"), self.done_on)
        self.notes = self.text_box("followUpNotes", f.notes)
        self.form.addRow(self.tr("Notes:"), self.notes)
        self.finish_form({"kind": self.kind, "due_on": self.due, "title": self.title, "owner": self.owner,
                          "done_on": self.done_on.edit, "notes": self.notes})

    def save(self) -> None:
        f = self.follow_up
        f.kind = self.kind.currentData() or ""
        f.due_on = self.due.date().toString("yyyy-MM-dd")
        f.title, f.owner = self.title.text(), self.owner.text()
        f.done_on = self.done_on.value()
        f.notes = self.notes.toPlainText()
        self.submit(lambda cdb: Changes(casework=True, value=cdb.casework.save_follow_up(f).id))


class AssessmentDialog(_RecordDialog):
    """A risk assessment: the five questions, the factors, the level and why."""

    def __init__(self, ctx, assessment: RiskAssessment, parent=None):
        super().__init__(ctx, "assessmentDialog", parent)
        self.setWindowTitle(self.tr("Risk assessment"))
        self.assessment = r = assessment
        self.day = QDateEdit()
        self.day.setObjectName("assessmentDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.fromString(r.assessed_on, "yyyy-MM-dd") if r.assessed_on else QDate.currentDate())
        self.form.addRow(self.tr("Assessed on:"), self.day)
        questions = (("facts", self.tr("The facts: what happened?")),
                     ("pattern", self.tr("The pattern: has it grown over time?")),
                     ("objective", self.tr("The objective: what does the threat aim at?")),
                     ("perpetrator", self.tr("Who is behind it?")),
                     ("feasibility", self.tr("Can it be carried out?")))
        self.answers = {}
        for key, label in questions:
            box = self.text_box(f"assessment_{key}", getattr(r, key), 52)
            self.answers[key] = box
            self.form.addRow(label, box)
        self.factors = QListWidget()
        self.factors.setObjectName("assessmentFactors")
        self.factors.setMinimumHeight(150)
        fill_check_list(self.factors, ctx.cdb, "risk_factor", ctx.lang, r.factors)
        self.form.addRow(self.tr("Factors (threats, vulnerabilities, capacities):"), self.factors)
        self.level = self.combo("assessmentLevel", "risk_level", r.level or "unknown")
        self.form.addRow(self.tr("Resulting level:"), self.level)
        self.reason = self.text_box("assessmentReason", r.reason, 52)
        self.form.addRow(self.tr("Why this level:"), self.reason)
        self.finish_form({"assessed_on": self.day, **self.answers, "factors": self.factors, "level": self.level,
                          "reason": self.reason})

    def save(self) -> None:
        r = self.assessment
        r.assessed_on = self.day.date().toString("yyyy-MM-dd")
        for key, box in self.answers.items():
            setattr(r, key, box.toPlainText())
        r.factors = [c for c in checked_codes(self.factors) if "." in c]   # groups are headings, not factors
        r.level = self.level.currentData() or "unknown"
        r.reason = self.reason.toPlainText()
        self.submit(lambda cdb: Changes(casework=True, persons=True, value=cdb.casework.save_assessment(r).id))


class CaseworkPane(QWidget):
    """The casework of one person, organisation or incident: three lists and the buttons to add,
    edit, mark done and delete. Empty and disabled until a subject is set."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseworkPane")
        self.subject: dict = {}
        self._dialog = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.buttons = {}
        for text, name, slot in ((self.tr("Add action…"), "addAction", self.add_action),
                                 (self.tr("Add follow-up…"), "addFollowUp", self.add_follow_up),
                                 (self.tr("Assess risk…"), "addAssessment", self.add_assessment),
                                 (self.tr("Edit…"), "editCasework", self.edit_current),
                                 (self.tr("Mark done"), "markDone", self.mark_done),
                                 (self.tr("Delete"), "deleteCasework", self.delete_current)):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            bar.addWidget(b)
            self.buttons[name] = b
        bar.addStretch(1)
        outer.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseworkTabs")
        self.actions = read_only_table("actionsTable", [self.tr("Action"), self.tr("Who acted"), self.tr("Dates"),
                                               self.tr("Status"), self.tr("Outcome"), self.tr("Notes")],
                              (190, 170, 200, 120, 200))
        self.follow_ups = read_only_table("followUpsTable", [self.tr("Due"), self.tr("Kind"), self.tr("What"),
                                                    self.tr("Who takes care"), self.tr("Done")],
                                 (150, 200, 380, 170))
        self.assessments = read_only_table("assessmentsTable", [self.tr("Date"), self.tr("Level"), self.tr("Factors"),
                                                       self.tr("Why")], (150, 120, 420))
        self.tabs.addTab(self.actions, self.tr("Protection actions"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.tabs.addTab(self.assessments, self.tr("Risk assessments"))
        for t in (self.actions, self.follow_ups, self.assessments):
            t.cellDoubleClicked.connect(lambda *_: self.edit_current())
        outer.addWidget(self.tabs, 1)
        self.set_subject()

    # --- subject and data ---
    def set_subject(self, *, person_id=None, organisation_id=None, incident_id=None) -> None:
        self.subject = {k: v for k, v in (("person_id", person_id), ("organisation_id", organisation_id),
                                          ("incident_id", incident_id)) if v is not None}
        has = bool(self.subject)
        for b in self.buttons.values():
            b.setEnabled(has)
        self.buttons["addAssessment"].setEnabled("person_id" in self.subject)
        self.tabs.setTabVisible(2, "person_id" in self.subject)
        if not has:
            self.clear()
            return
        self.refresh()

    def clear(self) -> None:
        for t in (self.actions, self.follow_ups, self.assessments):
            t.setRowCount(0)
        if self._dialog is not None:   # an open editor shows the record: it goes with a lock
            self._dialog.close()
            self._dialog = None

    def refresh(self) -> None:
        if not self.subject or self.ctx.worker is None:
            return
        subject = dict(self.subject)

        def load(cdb):
            cw = cdb.casework
            return (subject, cw.actions(**subject), cw.follow_ups(**subject),
                    cw.assessments(subject["person_id"]) if "person_id" in subject else [])
        self.ctx.worker.submit(load, on_done=self._fill)

    def on_changes(self, changes: Changes) -> None:
        if getattr(changes, "casework", False) or changes.persons:
            self.refresh()

    def _fill(self, result) -> None:
        subject, actions, follow_ups, assessments = result
        if subject != self.subject:
            return  # the pane moved on to another record while this was read
        cdb, lang = self.ctx.cdb, self.ctx.lang
        label = (lambda vocab, code: cdb.vocab.label(vocab, code, lang) if code else "")
        self.actions.setRowCount(0)
        for a in actions:
            row = self.actions.rowCount()
            self.actions.insertRow(row)
            who = a.actor or (self.tr("Our team") if a.actor_kind == "internal" else self.tr("Partner organisation"))
            dates = " – ".join(x for x in (shown_day(a.requested_on or a.started_on, lang),
                                           shown_day(a.ended_on, lang)) if x)
            for col, text in enumerate((label("action_type", a.action_type), who, dates,
                                        label("action_status", a.status), label("action_outcome", a.outcome),
                                        a.notes)):
                self.actions.setItem(row, col, _item(text, ("action", a) if col == 0 else None))
        today = dt.date.today().isoformat()
        self.follow_ups.setRowCount(0)
        for f in follow_ups:
            row = self.follow_ups.rowCount()
            self.follow_ups.insertRow(row)
            for col, text in enumerate((shown_day(f.due_on, lang), label("followup_kind", f.kind), f.title, f.owner,
                                        shown_day(f.done_on, lang))):
                item = _item(text, ("follow_up", f) if col == 0 else None)
                if f.done_on is None and f.due_on < today:
                    item.setForeground(QBrush(_OVERDUE))
                self.follow_ups.setItem(row, col, item)
        self.assessments.setRowCount(0)
        for r in reversed(assessments):   # newest first: the current level on top
            row = self.assessments.rowCount()
            self.assessments.insertRow(row)
            factors = ", ".join(label("risk_factor", c) for c in r.factors)
            for col, text in enumerate((shown_day(r.assessed_on, lang), label("risk_level", r.level), factors,
                                        r.reason)):
                self.assessments.setItem(row, col, _item(text, ("assessment", r) if col == 0 else None))
        for t in (self.actions, self.follow_ups, self.assessments):
            t.resizeRowsToContents()

    # --- commands ---
    def current(self):
        table = self.tabs.currentWidget()
        row = table.currentRow()
        if row < 0:
            return None
        return table.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def _open(self, dialog: _RecordDialog) -> None:
        dialog.saved.connect(self.refresh)
        dialog.show()
        self._dialog = dialog

    def add_action(self) -> None:
        self._open(ActionDialog(self.ctx, ProtectionAction("", **self.subject), self))

    def add_follow_up(self) -> None:
        self._open(FollowUpDialog(self.ctx, FollowUp("", "", **self.subject), self))

    def add_assessment(self) -> None:
        if "person_id" in self.subject:
            self._open(AssessmentDialog(self.ctx, RiskAssessment(self.subject["person_id"], "", "unknown"), self))

    def edit_current(self) -> None:
        picked = self.current()
        if picked is None:
            return
        kind, record = picked
        dialog = {"action": ActionDialog, "follow_up": FollowUpDialog, "assessment": AssessmentDialog}[kind]
        self._open(dialog(self.ctx, record, self))

    def mark_done(self) -> None:
        picked = self.current()
        if picked is None or picked[0] != "follow_up":
            return
        fid = picked[1].id
        self.ctx.worker.submit(lambda cdb: Changes(casework=True, value=cdb.casework.mark_done(fid).id),
                               write=True, on_done=lambda _c: self.refresh())

    def delete_current(self) -> None:
        picked = self.current()
        if picked is None:
            return
        kind, record = picked
        rid = record.id
        delete = {"action": lambda cdb: cdb.casework.delete_action(rid),
                  "follow_up": lambda cdb: cdb.casework.delete_follow_up(rid),
                  "assessment": lambda cdb: cdb.casework.delete_assessment(rid)}[kind]

        def op(cdb):
            delete(cdb)
            return Changes(casework=True, persons=kind == "assessment")
        self.ctx.worker.submit(op, write=True, on_done=lambda _c: self.refresh())


class AgendaDialog(QDialog):
    """Overdue follow-ups and those due in the next days; Enter opens the record it is about."""

    open_incident = Signal(int)
    open_person = Signal(int)
    open_organisation = Signal(int)

    def __init__(self, ctx, parent=None, today: dt.date | None = None, days: int = AGENDA_DAYS):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.days = days
        self.setObjectName("agendaDialog")
        self.setWindowTitle(self.tr("Agenda"))
        self.resize(1100, 420)
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = read_only_table("agendaTable", [self.tr("Due"), self.tr("When"), self.tr("Kind"), self.tr("What"),
                                            self.tr("About"), self.tr("Who takes care")])
        self.table.activated.connect(lambda _i: self.open_current())
        self.table.cellDoubleClicked.connect(lambda *_: self.open_current())
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("agendaOpen")
        self.open_button.clicked.connect(self.open_current)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.items: list = []
        self.refresh()

    def refresh(self) -> None:
        today, days, pseudo = self.today, self.days, self.ctx.pseudonyms

        def load(cdb):
            rows = []
            for item in cdb.casework.agenda(today=today, days=days):
                f = item.follow_up
                rows.append((item, _about(cdb, f, pseudo)))
            return rows
        self.ctx.worker.submit(load, on_done=self._fill)

    def _fill(self, rows) -> None:
        self.items = rows
        lang = self.ctx.lang
        self.table.setRowCount(0)
        overdue = sum(1 for item, _ in rows if item.overdue)
        self.summary.setText(self.tr("%n overdue", "", overdue) + " · "
                             + self.tr("%n due in the next %1 days", "", len(rows) - overdue).replace(
                                 "%1", str(self.days)))
        for item, (about, _target) in rows:
            f = item.follow_up
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = (self.tr("%n day(s) overdue", "", -item.days_left) if item.overdue else
                    self.tr("today") if item.days_left == 0 else self.tr("in %n day(s)", "", item.days_left))
            kind = self.ctx.cdb.vocab.label("followup_kind", f.kind, lang)
            for col, text in enumerate((shown_day(f.due_on, lang), when, kind, f.title, about, f.owner)):
                cell = _item(text)
                if item.overdue:
                    cell.setForeground(QBrush(_OVERDUE))
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, header.ResizeMode.Stretch)   # what it is about takes the rest
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()

    def open_current(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.items):
            return
        _about_text, (kind, rid) = self.items[row][1]
        {"incident": self.open_incident, "person": self.open_person,
         "organisation": self.open_organisation}[kind].emit(rid)
        self.accept()


def _about(cdb, f: FollowUp, pseudonyms: bool) -> tuple[str, tuple[str, int]]:
    """What a follow-up is about, as shown (a pseudonym code in pseudonym mode), and where to go."""
    if f.action_id is not None and not any((f.person_id, f.organisation_id, f.incident_id)):
        a = cdb.casework.action(f.action_id)
        f = FollowUp(f.kind, f.due_on, person_id=a.person_id, organisation_id=a.organisation_id,
                     incident_id=a.incident_id)
    if f.person_id is not None:
        p = cdb.persons.get(f.person_id)
        return (p.pseudonym if pseudonyms else p.display_name), ("person", p.id)
    if f.organisation_id is not None:
        o = cdb.organisations.get(f.organisation_id)
        return (o.pseudonym if pseudonyms else o.display_name), ("organisation", o.id)
    inc = cdb.incidents.get(f.incident_id)
    return (inc.ref if pseudonyms else f"{inc.ref} {inc.title}"), ("incident", inc.id)
