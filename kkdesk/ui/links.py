"""The incident editor's "Links" tab: incidents linked to this one (same case, continuation of, response
to), read from either end, added by reference and removed. Links are their own records (written at
once, on the worker, with their history), not part of the incident's save."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from kkdesk.errors import NotFound
from kkdesk.ui.worker import Changes


def incident_links(cdb, incident_id: int) -> list[tuple[int, str, bool, str, str]]:
    """(link id, kind, outgoing, other ref, other title) of one incident, from either end (worker)."""
    links = cdb.links.incident_links(incident_id)
    others = {o.id: o for o in cdb.incidents.get_many([x.other_id for x in links])}
    return [(x.id, x.kind, x.outgoing, others[x.other_id].ref, others[x.other_id].title) for x in links]


def link_by_ref(cdb, incident_id: int, ref: str, kind: str) -> Changes:
    """Link this incident to the one with reference `ref` (worker, in a write)."""
    other = cdb.scalar("SELECT id FROM incident WHERE ref = ?", ((ref or "").strip().upper(),))
    if other is None:
        raise NotFound("link.ref_not_found", field="ref", example="KK-2021-3F9A0C1B")
    cdb.links.link_incidents(incident_id, other, kind)
    return Changes(incidents={incident_id, other})


class IncidentLinksPane(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.incident_id: int | None = None
        self.setObjectName("incidentLinks")
        lay = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("linksHint")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setObjectName("linksList")
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("linkKind")
        for code, text in self.kinds().items():
            self.kind.addItem(text, code)
        row.addWidget(self.kind)
        self.ref = QLineEdit()
        self.ref.setObjectName("linkRef")
        self.ref.setPlaceholderText(self.tr("reference, e.g. KK-2021-3F9A0C1B"))
        self.ref.returnPressed.connect(self.add)
        row.addWidget(self.ref, 1)
        self.add_button = QPushButton(self.tr("Link"))
        self.add_button.setObjectName("linkAdd")
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove link"))
        self.remove_button.setObjectName("linkRemove")
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.remove_button)
        lay.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("linksMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.set_incident(None)

    def kinds(self) -> dict[str, str]:
        return {"same_case": self.tr("same case as"), "continuation": self.tr("continues"),
                "response": self.tr("responds to")}

    def relation(self, kind: str, outgoing: bool) -> str:
        if kind == "same_case":
            return self.tr("same case as")
        if kind == "continuation":
            return self.tr("continues") if outgoing else self.tr("continued by")
        return self.tr("responds to") if outgoing else self.tr("answered by")

    def set_incident(self, incident_id: int | None) -> None:
        self.incident_id = incident_id
        saved = incident_id is not None
        for w in (self.kind, self.ref, self.add_button, self.remove_button):
            w.setEnabled(saved)
        self.hint.setText(self.tr("Incidents that belong together: the same trial, a chain of events, a response. "
                                  "This incident …") if saved else
                          self.tr("Save the incident first; then link it to others."))
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.incident_id is None or self.ctx.worker is None:
            return
        iid = self.incident_id
        self.ctx.worker.submit(lambda cdb: incident_links(cdb, iid), on_done=lambda rows: self._fill(iid, rows))

    def _fill(self, iid: int, rows) -> None:
        if iid != self.incident_id:
            return
        self.list.clear()
        for link_id, kind, outgoing, ref, title in rows:
            text = f"{self.relation(kind, outgoing)} {ref}" + ("" if self.ctx.pseudonyms else f" — {title}")
            item = QListWidgetItem(text)
            item.setData(256, link_id)
            self.list.addItem(item)

    def add(self) -> None:
        if self.incident_id is None:
            return
        iid, ref, kind = self.incident_id, self.ref.text(), self.kind.currentData()
        self.ctx.worker.submit(lambda cdb: link_by_ref(cdb, iid, ref, kind), write=True,
                               on_done=lambda _c: self._done(self.tr("Linked.")),
                               on_error=lambda m, e: self.message.setText(m))

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a link in the list."))
            return
        link_id, iid = item.data(256), self.incident_id

        def op(cdb):
            cdb.links.unlink_incidents(link_id)
            return Changes(incidents={iid})
        self.ctx.worker.submit(op, write=True, on_done=lambda _c: self._done(self.tr("Link removed.")),
                               on_error=lambda m, e: self.message.setText(m))

    def _done(self, text: str) -> None:
        self.ref.clear()
        self.message.setText(text)
        self.refresh()


def ties_text(cdb, person_id: int | None, organisation_id: int | None, pseudonyms: bool,
              words: dict[str, str]) -> str:
    """A person's ties to organisations (and other records of the same defender), or an
    organisation's people by tie, as one line of text (worker)."""
    if person_id is not None:
        ties = cdb.links.person_org_links(person_id=person_id)
        names = cdb.organisations.names([t.organisation_id for t in ties])
        parts = [f"{words[t.kind]} {names[t.organisation_id][2 if pseudonyms else 0]}" for t in ties]
        same = cdb.links.same_person(person_id)
        if same:
            codes = [cdb.persons.names(same)[x][2] for x in same]
            parts.append(f"{words['same']} {', '.join(codes)}")
    else:
        ties = cdb.links.person_org_links(organisation_id=organisation_id)
        names = cdb.persons.names([t.person_id for t in ties])
        parts = [f"{(names[t.person_id][2] if pseudonyms else names[t.person_id][1] or names[t.person_id][0])}"
                 f" ({words[t.kind]})" for t in ties]
    return "; ".join(parts) or words["none"]


class TiesLabel(QLabel):
    """Shows a person's ties to organisations, or an organisation's people, read on the worker: the
    same links seen from either end."""

    def __init__(self, ctx, person_id: int | None = None, organisation_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("tiesLabel")
        self.setWordWrap(True)
        words = {"member": self.tr("member of"), "employee": self.tr("employee of"), "lawyer": self.tr("lawyer of"),
                 "same": self.tr("also recorded as"), "none": self.tr("none")}
        pseudo = ctx.pseudonyms
        if ctx.worker is not None:
            ctx.worker.submit(lambda cdb: ties_text(cdb, person_id, organisation_id, pseudo, words),
                              on_done=self._show)

    def _show(self, text: str) -> None:
        try:
            self.setText(text)
        except RuntimeError:   # the dialog was closed before the answer came
            pass


class PersonTiesEditor(QWidget):
    """A person's ties (the label) and a row to add one: member / employee / lawyer of an organisation."""

    def __init__(self, ctx, person_id: int, parent=None):
        super().__init__(parent)
        self.ctx, self.person_id = ctx, person_id
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = TiesLabel(ctx, person_id=person_id)
        lay.addWidget(self.label)
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("tieKind")
        for code, text in (("member", self.tr("member of")), ("employee", self.tr("employee of")),
                           ("lawyer", self.tr("lawyer of"))):
            self.kind.addItem(text, code)
        row.addWidget(self.kind)
        self.org = QComboBox()
        self.org.setObjectName("tieOrganisation")
        row.addWidget(self.org, 1)
        self.add_button = QPushButton(self.tr("Add tie"))
        self.add_button.setObjectName("tieAdd")
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        lay.addLayout(row)
        same = QHBoxLayout()
        self.same_code = QLineEdit()
        self.same_code.setObjectName("samePersonCode")
        self.same_code.setPlaceholderText(self.tr("code of another record of this defender, e.g. P-7K3Q9"))
        same.addWidget(self.same_code, 1)
        self.same_button = QPushButton(self.tr("Same person (keep both)"))
        self.same_button.setObjectName("samePersonAdd")
        self.same_button.setToolTip(self.tr("Two records of one defender (e.g. from two monitors) stay apart; "
                                            "statistics count the person once."))
        self.same_button.clicked.connect(self.add_same)
        same.addWidget(self.same_button)
        lay.addLayout(same)
        pseudo = ctx.pseudonyms
        if ctx.worker is not None:
            ctx.worker.submit(lambda cdb: [(oid, n[2] if pseudo else n[0]) for oid, n in sorted(
                cdb.organisations.names([r[0] for r in cdb.query("SELECT id FROM organisation")]).items(),
                key=lambda kv: kv[1][2 if pseudo else 0])], on_done=self._fill_orgs)

    def _fill_orgs(self, orgs) -> None:
        try:
            for oid, name in orgs:
                self.org.addItem(name, oid)
        except RuntimeError:   # closed meanwhile
            pass

    def _words(self) -> dict[str, str]:
        return {"member": self.tr("member of"), "employee": self.tr("employee of"), "lawyer": self.tr("lawyer of"),
                "same": self.tr("also recorded as"), "none": self.tr("none")}

    def _written(self) -> None:
        pid, pseudo, words = self.person_id, self.ctx.pseudonyms, self._words()
        self.ctx.worker.submit(lambda cdb: ties_text(cdb, pid, None, pseudo, words), on_done=self.label._show)

    def add_same(self) -> None:
        code, pid = self.same_code.text().strip().upper(), self.person_id

        def op(cdb):
            other = cdb.scalar("SELECT id FROM person WHERE pseudonym = ?", (code,))
            if other is None:
                raise NotFound("person.not_found")
            cdb.links.mark_same_person(pid, other)
            return Changes(persons=True, all_incidents=True)   # persons counts change everywhere
        self.ctx.worker.submit(op, write=True, on_done=lambda _c: (self.same_code.clear(), self._written()),
                               on_error=lambda m, e: self.label.setText(m))

    def add(self) -> None:
        oid, kind, pid = self.org.currentData(), self.kind.currentData(), self.person_id
        if oid is None:
            return

        def op(cdb):
            cdb.links.link_person_org(pid, oid, kind)
            return Changes(persons=True, organisations=True)
        self.ctx.worker.submit(op, write=True, on_done=lambda _c: self._written(),
                               on_error=lambda m, e: self.label.setText(m))
