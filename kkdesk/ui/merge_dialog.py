"""Merging two person records side by side: which record stays, which value of each field, what the
lists become, and a warning when the names say these may be two people (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QLabel, QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from kkdesk.model.entities import Person
from kkdesk.model.translit import fold, patronymic
from kkdesk.ui.worker import Changes

SCALARS = ("name_cyrillic", "name_latin", "gender", "risk_level", "contact", "notes")   # chosen per field
LISTS = ("aliases", "categories", "tags")                                             # always united
JOINABLE = ("contact", "notes")                                                       # may keep both texts


class MergeDialog(QDialog):
    """Record 1 and record 2 in two columns; a radio button per value. `merged` once stored."""

    merged = Signal()
    not_same = Signal()

    def __init__(self, ctx, a: Person, b: Person, conflicts: list[str], parent=None):
        super().__init__(parent)
        self.ctx, self.a, self.b = ctx, a, b
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two records"))
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Are «%1» and «%2» one person? Choose the record that stays and, for each field, "
                                 "the value to keep. Aliases, categories and tags of both are kept.")
                         .replace("%1", self._title(a)).replace("%2", self._title(b)))
        heading.setObjectName("mergeHeading")
        heading.setWordWrap(True)
        outer.addWidget(heading)
        self.warning = QLabel(self._warning_text(conflicts))
        self.warning.setObjectName("mergeWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fde7e9; color: #8a1c1c; padding: 4px;")
        self.warning.setVisible(bool(conflicts))
        outer.addWidget(self.warning)
        if getattr(ctx, "pseudonyms", False):
            notice = QLabel(self.tr("Pseudonym codes are on, but deciding a merge needs the real names shown here."))
            notice.setObjectName("mergePseudonymNotice")
            notice.setWordWrap(True)
            outer.addWidget(notice)
        host = QWidget()
        grid = QGridLayout(host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for col, text in ((1, self.tr("Record 1")), (2, self.tr("Record 2"))):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, col)
        self.keep_group = QButtonGroup(self)
        grid.addWidget(QLabel(self.tr("Stays:")), 1, 0)
        for col, person in ((1, a), (2, b)):
            radio = QRadioButton(self._title(person))
            radio.setObjectName(f"keepRecord{col}")
            self.keep_group.addButton(radio, col)
            grid.addWidget(radio, 1, col)
        self.keep_group.button(1).setChecked(True)
        self.groups: dict[str, QButtonGroup] = {}
        labels = {"name_cyrillic": self.tr("Name (Cyrillic):"), "name_latin": self.tr("Name (Latin):"),
                  "gender": self.tr("Gender:"), "risk_level": self.tr("Risk level:"),
                  "contact": self.tr("Contact (sensitive):"), "notes": self.tr("Notes:"),
                  "aliases": self.tr("Aliases:"), "categories": self.tr("Categories:"), "tags": self.tr("Tags:")}
        row = 2
        for field in SCALARS:
            grid.addWidget(QLabel(labels[field]), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            group.setObjectName(f"choice_{field}")
            self.groups[field] = group
            for col, person in ((1, a), (2, b)):
                radio = QRadioButton(self._shown(field, person) or self.tr("(empty)"))
                radio.setObjectName(f"{field}_{col}")
                group.addButton(radio, col)
                grid.addWidget(radio, row, col, Qt.AlignmentFlag.AlignTop)
            if field in JOINABLE:
                both = QRadioButton(self.tr("Both"))
                both.setObjectName(f"{field}_both")
                both.setToolTip(self.tr("Keep both texts, one after the other"))
                group.addButton(both, 3)
                grid.addWidget(both, row, 3, Qt.AlignmentFlag.AlignTop)
            row += 1
        for field in LISTS:
            grid.addWidget(QLabel(labels[field]), row, 0, Qt.AlignmentFlag.AlignTop)
            for col, person in ((1, a), (2, b)):
                value = QLabel(self._shown(field, person) or self.tr("(empty)"))
                value.setWordWrap(True)
                grid.addWidget(value, row, col, Qt.AlignmentFlag.AlignTop)
            row += 1
        united = QLabel(self.tr("The merged record keeps the aliases, categories and tags of both, and the "
                                "names not chosen become aliases. Incidents, casework and history move to it; "
                                "the last merge can be undone from the duplicates list."))
        united.setWordWrap(True)
        grid.addWidget(united, row, 0, 1, 4)
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(host)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        self.keep_group.idToggled.connect(lambda *_: self._defaults())
        self._defaults()
        self.error = QLabel()
        self.error.setObjectName("mergeError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeConfirm")
        self.merge_button.setDefault(True)
        self.not_same_button = self.buttons.addButton(self.tr("Not the same person"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.not_same_button.setObjectName("notSamePerson")
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.not_same_button.clicked.connect(self.mark_not_same)
        outer.addWidget(self.buttons)
        self.resize(900, 660)

    # --- what is shown ---
    def _title(self, p: Person) -> str:
        name = " / ".join(n for n in (p.name_cyrillic, p.name_latin) if n)
        return f"{name} ({p.pseudonym})" if p.pseudonym else name

    def _shown(self, field: str, p: Person) -> str:
        value = getattr(p, field)
        vocab = {"gender": "gender", "risk_level": "risk_level", "categories": "category"}.get(field)
        if vocab and isinstance(value, list):
            return ", ".join(self.ctx.cdb.vocab.label(vocab, v, self.ctx.lang) for v in value)
        if vocab:
            return self.ctx.cdb.vocab.label(vocab, value, self.ctx.lang) if value else ""
        return ", ".join(value) if isinstance(value, list) else (value or "")

    def _warning_text(self, conflicts: list[str]) -> str:
        parts = []
        if "patronymic" in conflicts:
            fathers = " / ".join(sorted({x for x in (self._patronymic(self.a), self._patronymic(self.b)) if x}))
            parts.append(self.tr("Different patronymics (%1): these are probably two people with "
                                 "different fathers.").replace("%1", fathers))
        if "name" in conflicts:
            parts.append(self.tr("A first name or surname differs by more than a typo (for example Асель and "
                                 "Әсем, Ұлан and Руслан are different names)."))
        return " ".join(parts + [self.tr("Merge only if you know it is one person.")]) if parts else ""

    @staticmethod
    def _patronymic(p: Person) -> str:
        """The patronymic as written in the person's first name that has one ("Бахытовна")."""
        for name in (p.name_cyrillic, p.name_latin, *p.aliases):
            folded = patronymic(name or "")
            if folded:
                return next((w for w in name.split() if fold(w) == folded), folded)
        return ""

    def _defaults(self) -> None:
        """Each field starts at the staying record's value when it has one, else the other's;
        contact and notes keep both texts."""
        kept = self.keep_group.checkedId()
        keep, other = (self.a, self.b) if kept == 1 else (self.b, self.a)
        for field, group in self.groups.items():
            if field in JOINABLE and getattr(self.a, field) and getattr(self.b, field):
                group.button(3).setChecked(True)
                continue
            theirs = getattr(other, field)
            use_theirs = bool(theirs) and theirs != "unknown" and getattr(keep, field) in ("", "unknown", None)
            group.button(3 - kept if use_theirs else kept).setChecked(True)

    # --- deciding ---
    def choices(self) -> tuple[int, int, dict[str, str]]:
        """(id kept, id merged into it, take) as PersonStore.merge wants them."""
        kept = self.keep_group.checkedId()
        keep, gone = (self.a, self.b) if kept == 1 else (self.b, self.a)
        take = {}
        for field, group in self.groups.items():
            chosen = group.checkedId()
            take[field] = "both" if chosen == 3 else "keep" if chosen == kept else "other"
        return keep.id, gone.id, take

    def merge(self) -> None:
        keep, gone, take = self.choices()
        self.merge_button.setEnabled(False)

        def op(cdb):
            cdb.persons.merge(keep, gone, take)
            return Changes(persons=True, all_incidents=True)   # the incidents of the merged record
        self.ctx.worker.submit(op, write=True, on_done=self._done, on_error=self._failed)

    def mark_not_same(self) -> None:
        a, b = self.a.id, self.b.id

        def op(cdb):
            cdb.links.mark_not_same_person(a, b)
            return Changes(persons=True)
        self.ctx.worker.submit(op, write=True, on_done=lambda _c: (self.not_same.emit(), self.accept()),
                               on_error=self._failed)

    def _done(self, _changes) -> None:
        self.merged.emit()
        self.accept()

    def _failed(self, message: str, _exc) -> None:
        self.merge_button.setEnabled(True)
        self.error.setText(message)
