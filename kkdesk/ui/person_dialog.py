"""Small dialogs to create or edit a person or an organisation in the registry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
)

from kkdesk.model.entities import GENDERS, RISK_LEVELS, Organisation, Person
from kkdesk.ui.editor_parts import PlainTextField
from kkdesk.ui.links import PersonTiesEditor, TiesLabel
from kkdesk.ui.widgets import (
    FormErrors, WrappingComboBox, checked_codes, fill_check_list, fill_vocab_combo, set_combo_code,
)
from kkdesk.ui.worker import Changes


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


class PersonDialog(QDialog):
    """Create or edit a person; `saved(id)` once the worker stored it."""

    saved = Signal(int)

    def __init__(self, ctx, person: Person | None = None, name_hint: str = "", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.person = person or Person()
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Person"))
        form = QFormLayout(self)
        p = self.person
        if name_hint and not (p.name_latin or p.name_cyrillic):
            if has_cyrillic(name_hint):
                p.name_cyrillic = name_hint
            else:
                p.name_latin = name_hint
        self.name_cyrillic = QLineEdit(p.name_cyrillic)
        self.name_cyrillic.setObjectName("personNameCyrillic")
        self.name_cyrillic.setAccessibleName(self.tr("Name in Cyrillic"))
        form.addRow(self.tr("Name (Cyrillic):"), self.name_cyrillic)
        self.name_latin = QLineEdit(p.name_latin)
        self.name_latin.setObjectName("personNameLatin")
        self.name_latin.setAccessibleName(self.tr("Name in Latin letters"))
        form.addRow(self.tr("Name (Latin):"), self.name_latin)
        self.aliases = QLineEdit(", ".join(p.aliases))
        self.aliases.setObjectName("personAliases")
        form.addRow(self.tr("Aliases (comma separated):"), self.aliases)
        self.gender = WrappingComboBox()
        self.gender.setObjectName("personGender")
        fill_vocab_combo(self.gender, ctx.cdb, "gender", ctx.lang, None)
        if self.gender.count() == 0:
            for g in GENDERS:
                self.gender.addItem(g, g)
        set_combo_code(self.gender, p.gender)
        form.addRow(self.tr("Gender:"), self.gender)
        self.categories = QListWidget()
        self.categories.setObjectName("personCategories")
        self.categories.setMaximumHeight(140)
        fill_check_list(self.categories, ctx.cdb, "category", ctx.lang, p.categories)
        form.addRow(self.tr("Categories:"), self.categories)
        self.city = WrappingComboBox()
        self.city.setObjectName("personCity")
        fill_vocab_combo(self.city, ctx.cdb, "city", ctx.lang, self.tr("(not known)"), keep=p.city)
        form.addRow(self.tr("City:"), self.city)
        self.risk = WrappingComboBox()
        self.risk.setObjectName("personRisk")
        fill_vocab_combo(self.risk, ctx.cdb, "risk_level", ctx.lang, None, keep=p.risk_level)
        if self.risk.count() == 0:
            for r in RISK_LEVELS:
                self.risk.addItem(r, r)
        set_combo_code(self.risk, p.risk_level)
        form.addRow(self.tr("Risk level:"), self.risk)
        self.tags = QLineEdit(", ".join(p.tags))
        self.tags.setObjectName("personTags")
        form.addRow(self.tr("Tags:"), self.tags)
        self.contact = PlainTextField()
        self.contact.setPlainText(p.contact)
        self.contact.setObjectName("personContact")
        self.contact.setMaximumHeight(60)
        form.addRow(self.tr("Contact (sensitive):"), self.contact)
        self.notes = PlainTextField()
        self.notes.setPlainText(p.notes)
        self.notes.setObjectName("personNotes")
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("Notes:"), self.notes)
        if p.pseudonym:
            form.addRow(self.tr("Pseudonym:"), QLabel(p.pseudonym))
        if p.id is not None:
            self.ties_editor = PersonTiesEditor(ctx, p.id)
            self.ties = self.ties_editor.label
            form.addRow(self.tr("Ties:"), self.ties_editor)
        self.error = QLabel()
        self.error.setObjectName("personError")
        self.errors = FormErrors(form, self.error, {
            "name_cyrillic": self.name_cyrillic, "name_latin": self.name_latin, "aliases": self.aliases,
            "gender": self.gender, "categories": self.categories, "city": self.city, "risk_level": self.risk,
            "tags": self.tags, "contact": self.contact, "notes": self.notes})
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("personButtons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        # a name typed elsewhere is already here: the keyboard starts at the next decision
        (self.gender if name_hint and p.id is None else self.name_cyrillic).setFocus()

    def save(self) -> None:
        self.errors.clear()
        p = self.person
        p.name_cyrillic, p.name_latin = self.name_cyrillic.text(), self.name_latin.text()
        p.aliases = [a.strip() for a in self.aliases.text().split(",") if a.strip()]
        p.gender = self.gender.currentData() or "unknown"
        p.categories = checked_codes(self.categories)
        p.city = self.city.currentData()
        p.risk_level = self.risk.currentData() or "unknown"
        p.tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        p.contact, p.notes = self.contact.toPlainText(), self.notes.toPlainText()

        def op(cdb):
            return Changes(persons=True, value=cdb.persons.save(p).id)
        self.ctx.worker.submit(op, write=True, on_done=self._done, on_error=lambda m, e: self.errors.show(m, getattr(e, "field", None)))

    def _done(self, changes: Changes) -> None:
        self.saved.emit(changes.value)
        self.accept()


class OrganisationDialog(QDialog):
    """Create or edit an organisation."""

    saved = Signal(int)

    def __init__(self, ctx, org: Organisation | None = None, name_hint: str = "", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.org = org or Organisation(name=name_hint)
        self.setObjectName("organisationDialog")
        self.setWindowTitle(self.tr("Organisation"))
        form = QFormLayout(self)
        self.name = QLineEdit(self.org.name)
        self.name.setObjectName("orgName")
        form.addRow(self.tr("Name:"), self.name)
        self.name_alt = QLineEdit(self.org.name_alt)
        self.name_alt.setObjectName("orgNameAlt")
        form.addRow(self.tr("Other name:"), self.name_alt)
        self.kind = WrappingComboBox()
        self.kind.setObjectName("orgKind")
        fill_vocab_combo(self.kind, ctx.cdb, "org_kind", ctx.lang, None, keep=self.org.kind)
        form.addRow(self.tr("Kind:"), self.kind)
        self.city = WrappingComboBox()
        self.city.setObjectName("orgCity")
        fill_vocab_combo(self.city, ctx.cdb, "city", ctx.lang, self.tr("(not known)"), keep=self.org.city)
        form.addRow(self.tr("City:"), self.city)
        if self.org.id is not None:
            self.ties = TiesLabel(ctx, organisation_id=self.org.id)
            form.addRow(self.tr("People:"), self.ties)
        self.error = QLabel()
        self.error.setObjectName("orgError")
        self.errors = FormErrors(form, self.error, {"name": self.name, "name_alt": self.name_alt, "kind": self.kind,
                                                    "city": self.city})
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("orgButtons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def save(self) -> None:
        self.errors.clear()
        o = self.org
        o.name, o.name_alt = self.name.text(), self.name_alt.text()
        o.kind = self.kind.currentData() or "ngo"
        o.city = self.city.currentData()

        def op(cdb):
            return Changes(organisations=True, value=cdb.organisations.save(o).id)
        self.ctx.worker.submit(op, write=True, on_done=self._done, on_error=lambda m, e: self.errors.show(m, getattr(e, "field", None)))

    def _done(self, changes: Changes) -> None:
        self.saved.emit(changes.value)
        self.accept()
