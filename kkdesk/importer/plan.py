"""Validation: a RawTable and a Mapping become an ImportPlan — every problem by row and column in
plain words, and the records that would be written. Nothing is written here.

Rows with the same incident number form one incident (one row per threat); without that column
each row is one incident. Each incident's uuid is derived from its rows' content (uuid5), so
importing the same file again finds the incidents already there and skips them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import uuid as uuidlib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.messages import CATALOGUE, Message, in_each_language, msg, render, render_value
from kkdesk.importer.fields import FIELDS, TARGET_KIND_WORDS, row_spans
from kkdesk.importer.mapping import Mapping, VocabFinder, cell_values, is_decided
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import Incident, InfoSource, Target, Threat
from kkdesk.model.fuzzy import Match, key_similarity
from kkdesk.model.translit import fold, has_cyrillic, name_key, patronymic
from kkdesk.progress import Progress, ensure
from kkdesk.vocab import Term, vocab_name
from kkdesk.vocab.places import places

if TYPE_CHECKING:
    from kkdesk.importer.reader import RawTable
    from kkdesk.records import CaseDatabase

# Namespace of import row uuids: uuid5(NAMESPACE, canonical row content).
IMPORT_NAMESPACE = uuidlib.UUID("6f1c2a54-0d4e-5b7a-9c1e-4b4b2d6b9e01")
NEAR_MATCH = 0.9  # name keys this alike (but not equal) are reported as possibly one person
MAX_NEAR_REPORTS = 200
MAX_CANDIDATES = 200  # per shared word: bounds the cost for very common surnames
MAX_PROBLEMS = 5000
SUGGESTIONS = 3  # closest terms shown for a value that is not mapped
# A '?' standing for a letter (between letters, or ending a word after one): what Excel writes for
# Kazakh letters it cannot save in Windows-1251 ("Жан?за?ова").
_LOST_LETTER = re.compile(r"[^\W\d_]\?(?=[^\W\d_])|(?<=[^\W\d_]{2})\?(?=\s|$)")
# Surname endings (folded) that mark a person's name when no gender is given.
_SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "in", "ina", "skiy", "skaya", "skii", "enko", "uk", "ko",
                    "bekov", "bekova", "baev", "baeva", "uli", "kizi")


@dataclass
class Problem:
    """One problem of an import, by row and column; `detail` is its Message (code and parameters)."""

    row: int | None
    column: str | None
    detail: Message
    severity: str = "error"  # "error" blocks the import; "warning" is for the user to look at
    unmapped: bool = False    # an unmapped value (listed apart, with its rows and closest terms)

    @property
    def code(self) -> str:
        return self.detail.code

    @property
    def message(self) -> str:
        """The problem in English, without its row and column."""
        return render(self.detail, "en")

    def text(self, lang: str = "en") -> str:
        """The problem in lang, without its row and column (the wizard shows those in their own columns)."""
        return render(self.detail, lang)

    def render(self, lang: str = "en") -> str:
        """"Row 7, column 'Дата': …" in lang."""
        return render(self.located(), lang)

    def located(self) -> Message:
        if self.row is not None and self.column:
            return msg("import.at_row_column", row=self.row, column=self.column, text=self.detail)
        if self.row is not None:
            return msg("import.at_row", row=self.row, text=self.detail)
        if self.column:
            return msg("import.at_column", column=self.column, text=self.detail)
        return self.detail

    def __str__(self) -> str:
        return self.render("en")


@dataclass
class PlannedPerson:
    key: str
    name_latin: str = ""
    name_cyrillic: str = ""
    aliases: list[str] = field(default_factory=list)
    gender: str = "unknown"
    categories: set[str] = field(default_factory=set)
    existing_id: int | None = None
    match_score: float = 0.0
    rows: list[int] = field(default_factory=list)


@dataclass
class PlannedOrganisation:
    key: str
    name: str
    kind: str = "ngo"
    existing_id: int | None = None
    rows: list[int] = field(default_factory=list)


@dataclass
class Unmapped:
    """A source value no term was found for: reported once, with every row it affects."""

    field: str
    value: str
    column: str
    rows: list[int] = field(default_factory=list)
    closest: list[Match] = field(default_factory=list)  # the closest terms, best first
    shown: dict | None = None    # the closest terms as named in each language (in_each_language)

    def closest_text(self) -> str | Message | dict:
        if self.shown and self.closest:
            return self.shown
        return "; ".join(f"{m.label} [{m.key}]" for m in self.closest) or msg("import.no_close_term")


def closest_in_each_language(cdb, vocab: str, matches: list[Match]) -> dict:
    """The closest terms as a report names them in each language: "label [code]; …" (the wizard shows
    the report in Russian or Kazakh, so English labels there would be foreign words)."""
    return in_each_language(lambda lang: "; ".join(
        f"{cdb.vocab.label(vocab, m.key, lang) or m.label} [{m.key}]" for m in matches))


@dataclass
class PlannedIncident:
    rows: list[int]
    incident: Incident
    target_refs: list[tuple[str, str]]  # per target: ("person"|"organisation", planned key)
    already_imported: bool = False
    duplicate_of: list[str] = field(default_factory=list)  # refs of existing look-alike incidents


@dataclass
class _Draft:
    """One incident built from its rows, before uuids and duplicate checks."""

    lines: list[int]                    # the rows' numbers as the user sees them
    incident: Incident
    target_refs: list[tuple[str, str]]  # per target: ("person"|"organisation", planned key)
    content: str                        # canonical row content: the incident's identity


@dataclass
class ImportPlan:
    """What an import would do. `ok` is False while any problem is an error."""

    source: str
    mapping: Mapping
    incidents: list[PlannedIncident] = field(default_factory=list)
    persons: dict[str, PlannedPerson] = field(default_factory=dict)
    organisations: dict[str, PlannedOrganisation] = field(default_factory=dict)
    new_terms: list[Term] = field(default_factory=list)   # vocabulary terms the import adds
    problems: list[Problem] = field(default_factory=list)
    unmapped: list[Unmapped] = field(default_factory=list)
    target_decisions: dict[str, int] = field(default_factory=dict)  # rule step -> rows it decided
    notes: list[Message] = field(default_factory=list)
    row_count: int = 0

    def source_uuid(self) -> str:
        """A stable identity of this import (for the history entry), derived from its incidents."""
        return str(uuidlib.uuid5(IMPORT_NAMESPACE, "import\x1f" + "\x1f".join(p.incident.uuid for p in self.incidents)))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def mapping_with_choices(self) -> Mapping:
        """The mapping with every unmapped value set to {"choose": {code: label, …}} (its closest
        terms), ready for the user to confirm one: what --save-mapping writes."""
        return self.mapping.with_choices({(u.field, u.value): {m.key: m.label for m in u.closest}
                                          for u in self.unmapped})

    def target_rule_text(self, lang: str = "en") -> str:
        """The rule deciding persons and organisations in a mixed column, and what it decided."""
        return render(self.target_rule_message(), lang) if self.target_decisions else ""

    def target_rule_message(self) -> Message | None:
        if not self.target_decisions:
            return None
        cols = ", ".join(f"'{h}'" for h in self.mapping.field_columns("target"))
        steps = [in_each_language(lambda lang, n=n, s=s: f"{n}) {render(msg(f'import.rule.{s}'), lang)}")
                 for n, s in enumerate(self.mapping.target_rule, 1)]
        decided = [msg("import.report.decided_by", count=self.target_decisions[s], rule=msg(f"import.rulename.{s}"))
                   for s in [*self.mapping.target_rule, "default"] if self.target_decisions.get(s)]
        return msg("import.report.target_rule", columns=cols, steps=_joined(steps, "; "), decided=decided)

    def counts(self) -> dict[str, int]:
        new = [p for p in self.incidents if not p.already_imported]
        return {
            "rows": self.row_count,
            "incidents": len(new),
            "threats": sum(p.incident.threat_count() for p in new),
            "already_imported": sum(1 for p in self.incidents if p.already_imported),
            "likely_duplicates": sum(1 for p in new if p.duplicate_of),
            "new_persons": sum(1 for p in self.persons.values() if p.existing_id is None),
            "matched_persons": sum(1 for p in self.persons.values() if p.existing_id is not None),
            "new_organisations": sum(1 for o in self.organisations.values() if o.existing_id is None),
            "matched_organisations": sum(1 for o in self.organisations.values() if o.existing_id is not None),
            "new_terms": len(self.new_terms),
        }

    def report(self, lang: str = "en") -> str:
        """The validation report in lang, in plain words (no person's name: rows and columns only);
        the problems are the lines that start with "  - "."""
        return "\n".join(render(m, lang) if isinstance(m, Message) else m for m in self.report_lines())

    def report_lines(self) -> list[Message | str]:
        c = self.counts()
        lines: list[Message | str] = [msg("import.report.file", source=self.source), *self.notes,
                                      msg("import.report.counts", rows=c["rows"], incidents=c["incidents"],
                                          threats=c["threats"]),
                                      msg("import.report.registry", **{k: c[k] for k in (
                                          "new_persons", "matched_persons", "new_organisations",
                                          "matched_organisations", "new_terms")})]
        if self.target_decisions:
            lines.append(self.target_rule_message())
        if c["already_imported"]:
            lines.append(msg("import.report.already_imported", count=c["already_imported"]))
        if c["likely_duplicates"]:
            lines.append(msg("import.report.likely_duplicates", count=c["likely_duplicates"]))
        if self.unmapped:
            lines.append(msg("import.report.unmapped", count=len(self.unmapped)))
            for u in self.unmapped:
                lines.append(_item(msg("import.report.unmapped_line", what=field_name(u.field), value=_short(u.value),
                                       column=u.column, rows=row_spans(u.rows), closest=u.closest_text())))
        errors = [p for p in self.errors if not p.unmapped]
        if errors:
            lines.append(msg("import.report.errors", count=len(errors)))
            lines.extend(_item(p.located()) for p in errors)
        if self.warnings:
            lines.append(msg("import.report.warnings", count=len(self.warnings)))
            lines.extend(_item(p.located()) for p in self.warnings)
        if self.ok:
            lines.append(msg("import.report.ok"))
        return lines


def _item(m: Message) -> Message:
    """A listed line of the report ("  - " and the message)."""
    return msg("list.item", text=m)


def _joined(parts: list, sep: str) -> dict[str, str]:
    """Parameter values (Messages or per-language texts) joined in each language."""
    return in_each_language(lambda lang: sep.join(render_value(p, lang) for p in parts))


def field_name(name: str) -> Message:
    """An import field's name for a message ("threat type")."""
    code = f"importfield.{name}"
    return msg(code if code in CATALOGUE else "importfield.other")


# ----- validation ------------------------------------------------------------------------------

class _Validator:
    def __init__(self, cdb: "CaseDatabase", table: "RawTable", mapping: Mapping, progress: Progress):
        self.cdb, self.table, self.mapping, self.progress = cdb, table, mapping, progress
        self.plan = ImportPlan(table.source or "(unnamed)", mapping, notes=list(table.notes),
                               row_count=len(table.rows))
        self.new_terms: dict[tuple[str, str], Term] = {}
        self.unmapped: dict[tuple[str, str], Unmapped] = {}
        self.header_index = {h: i for i, h in enumerate(table.headers)}
        self.finder = VocabFinder(cdb)
        self.cell_codes: dict[tuple[str, str], tuple[list[str], list[tuple[str, str]]]] = {}
        self.lost_letters: dict[str, list[int]] = {}  # column -> rows where '?' stands for a letter
        self._markers: list[tuple[str, str, bool]] | None = None
        self._kind_words = {fold(w): kind for kind, words in TARGET_KIND_WORDS.items() for w in words}

    def problem(self, row, column, message, severity="error") -> None:
        if len(self.plan.problems) < MAX_PROBLEMS:
            self.plan.problems.append(Problem(row, column, message, severity))
        elif len(self.plan.problems) == MAX_PROBLEMS:
            self.plan.problems.append(Problem(None, None, msg("import.too_many", limit=MAX_PROBLEMS), "error"))

    # -- columns and values ----------------------------------------------------------------

    def check_columns(self) -> bool:
        for header, name in self.mapping.columns.items():
            if name is not None and header not in self.header_index:
                self.problem(None, header, msg("import.column_missing"), "warning")
        for name in ("date",):
            if not [h for h in self.mapping.field_columns(name) if h in self.header_index]:
                self.problem(None, None, msg("import.no_date_column", what=field_name(name)))
                return False
        if not any(h in self.header_index for f in ("person", "organisation", "target")
                   for h in self.mapping.field_columns(f)):
            self.problem(None, None, msg("import.no_target_column"), "warning")
        return True

    def cells(self, row: list, name: str) -> list[tuple[str, object]]:
        """(header, cell) of every column mapped to field `name`."""
        return [(h, row[self.header_index[h]]) for h in self.mapping.field_columns(name) if h in self.header_index]

    def text(self, row: list, name: str) -> tuple[str, str | None]:
        parts, header = [], None
        for h, cell in self.cells(row, name):
            s = cell.isoformat() if isinstance(cell, dt.date) else str(cell).strip()
            if s:
                parts.append(s)
                header = header or h
        return "\n".join(parts), header

    def codes(self, row: list, line: int, name: str) -> list[str]:
        """The term codes a row gives for a vocabulary field; unmapped values are collected (once
        each, with every row they affect) and reported together at the end."""
        spec = FIELDS[name]
        out: list[str] = []
        for header, cell in self.cells(row, name):
            if isinstance(cell, dt.date):
                cell = cell.isoformat()
            key = (name, cell)
            if key not in self.cell_codes:
                codes, missing = [], []
                for value in cell_values(self.mapping, self.finder, name, cell):
                    code = self.resolve(name, value, header, line)
                    if code:
                        codes.append(code)
                    elif code is None:
                        k = self.unmapped_key(name, value, header)
                        if k is not None:
                            missing.append(k)
                self.cell_codes[key] = (codes, missing)
            codes, missing = self.cell_codes[key]
            for k in missing:
                if line not in self.unmapped[k].rows:
                    self.unmapped[k].rows.append(line)
            for code in codes:
                if code not in out:
                    out.append(code)
        if not spec.multi and len(out) > 1:
            self.problem(line, None, msg("import.more_than_one", what=field_name(name)), "warning")
            out = out[:1]
        return out

    def has_unmapped(self, row: list, name: str) -> bool:
        return any(self.cell_codes.get((name, c.isoformat() if isinstance(c, dt.date) else c), ((), ()))[1]
                   for _, c in self.cells(row, name))

    def resolve(self, name: str, value: str, header: str, line: int) -> str | None | bool:
        """The term code for a value; None when it is not mapped (collected), False after a problem."""
        vocab = FIELDS[name].vocab
        try:
            target = self.mapping.target_for(name, value)
        except KeyError:
            return self.finder.find(vocab, value)
        if not is_decided(target):
            return None
        if isinstance(target, dict):
            return self.add_term(name, value, target["add_term"], header, line) or False
        if self.cdb.vocab.exists(vocab, target) or (vocab, target) in self.new_terms:
            return target
        found = self.finder.find(vocab, target)  # a label or alias, in any language, where a code is expected
        if found:
            return found
        matches = self.finder.closest(vocab, target, SUGGESTIONS)
        closest = closest_in_each_language(self.cdb, vocab, matches) if matches else ""
        self.problem(line, header, msg("import.mapping_target_unknown_closest" if closest else
                                       "import.mapping_target_unknown", value=_short(value), target=_short(target),
                                       what=vocab_name(vocab), **({"closest": closest} if closest else {})))
        return False

    def unmapped_key(self, name: str, value: str, header: str) -> tuple[str, str] | None:
        key = (name, fold(value))
        if not key[1]:
            return None
        if key not in self.unmapped:
            vocab = FIELDS[name].vocab
            matches = self.finder.closest(vocab, value, SUGGESTIONS)
            self.unmapped[key] = Unmapped(name, value, header, [], matches,
                                          closest_in_each_language(self.cdb, vocab, matches))
        return key

    def report_unmapped(self) -> None:
        """One error per unmapped value, in the order they first appear (the report lists them apart)."""
        self.plan.unmapped = sorted(self.unmapped.values(), key=lambda u: (u.rows[:1] or [0])[0])
        for u in self.plan.unmapped:
            if len(self.plan.problems) < MAX_PROBLEMS:
                self.plan.problems.append(Problem(
                    (u.rows[:1] or [None])[0], u.column,
                    msg("import.unmapped_value", value=_short(u.value), what=field_name(u.field),
                        rows=row_spans(u.rows), closest=u.closest_text()),
                    "error", unmapped=True))

    def add_term(self, name: str, value: str, spec: dict, header: str, line: int) -> str | None:
        vocab = FIELDS[name].vocab
        label_en = str(spec.get("en") or spec.get("label_en") or value).strip()
        code = str(spec.get("code") or "").strip()
        parent = spec.get("parent")
        if not code:
            slug = "_".join(fold(label_en).split())[:60] or "term"
            code = f"{parent}.{slug}" if parent and vocab == "threat_type" else slug
        if (vocab, code) in self.new_terms:
            return code
        if self.cdb.vocab.exists(vocab, code):
            return code  # added by an earlier import with the same mapping
        from kkdesk.vocab import CODE_RE

        if not CODE_RE.match(code):
            self.problem(line, header, msg("import.bad_new_code", code=_short(code)))
            return None
        if parent is not None and vocab == "threat_type" and not self.cdb.vocab.exists("threat_group", parent):
            self.problem(line, header, msg("import.no_threat_group", group=_short(str(parent))))
            return None
        self.new_terms[(vocab, code)] = Term(
            vocab, code, label_en, str(spec.get("ru") or spec.get("label_ru") or ""),
            str(spec.get("kk") or spec.get("label_kk") or ""), parent,
            [value] if fold(value) != fold(label_en) else [])
        return code

    # -- rows ------------------------------------------------------------------------------

    def groups(self) -> list[list[int]]:
        """Indexes of rows forming each incident, in file order."""
        keys = [h for h in self.mapping.field_columns("incident_key") if h in self.header_index]
        if not keys:
            return [[i] for i in range(len(self.table.rows))]
        order: dict[str, list[int]] = {}
        singles = []
        for i, row in enumerate(self.table.rows):
            key, _ = self.text(row, "incident_key")
            if key:
                order.setdefault(key, []).append(i)
            else:
                singles.append([i])
                order[f"\x00{i}"] = singles[-1]
        return list(order.values())

    def run(self) -> ImportPlan:
        if not self.table.rows:
            self.problem(None, None, msg("import.no_data_rows"))
            return self.plan
        if not self.check_columns():
            return self.plan
        persons_raw: list[tuple] = []  # (names, line, gender, categories, person key)
        drafts = []
        groups = self.groups()
        for n, group in enumerate(groups):
            if n % 500 == 0:
                self.progress.check()
                self.progress.set_progress(0.8 * n / len(groups), msg("progress.import_rows"))
            draft = self.incident_of(group, persons_raw)
            if draft is not None:
                drafts.append(draft)
        remap = self.cluster_persons(persons_raw)
        self.report_unmapped()
        self.report_lost_letters()
        seen_uuids: Counter = Counter()
        for draft in drafts:
            lines, incident, content = draft.lines, draft.incident, draft.content
            refs = [(kind, remap.get(key, key) if kind == "person" else key) for kind, key in draft.target_refs]
            seen_uuids[content] += 1
            if seen_uuids[content] > 1:
                self.problem(lines[0], None, msg("import.repeated_row"), "warning")
            incident.uuid = str(uuidlib.uuid5(IMPORT_NAMESPACE, f"{content}\x1f{seen_uuids[content]}"))
            # Two spellings of one person (one name key) in one incident: one target, all the threats.
            merged: dict[tuple[str, str], Target] = {}
            for target, (kind, key) in zip(incident.targets, refs):
                ref = (kind, key)
                if ref in merged:
                    merged[ref].threats.extend(target.threats)
                else:
                    merged[ref] = target
            incident.targets = list(merged.values())
            planned = PlannedIncident(lines, incident, list(merged.keys()))
            planned.already_imported = self.cdb.incidents.id_for_uuid(incident.uuid) is not None
            self.plan.incidents.append(planned)
        self.progress.set_progress(0.9, msg("progress.import_duplicates"))
        self.find_duplicates()
        self.progress.set_progress(1.0, msg("progress.checked"))
        self.plan.new_terms = list(self.new_terms.values())
        used = {k for p in self.plan.incidents if not p.already_imported for kind, k in p.target_refs
                if kind == "person"}
        self.plan.persons = {k: v for k, v in self.plan.persons.items() if k in used}
        used_orgs = {k for p in self.plan.incidents if not p.already_imported for kind, k in p.target_refs
                     if kind == "organisation"}
        self.plan.organisations = {k: v for k, v in self.plan.organisations.items() if k in used_orgs}
        return self.plan

    def incident_of(self, group: list[int], persons_raw: list) -> "_Draft | None":
        rows = [self.table.rows[i] for i in group]
        lines = [self.table.row_numbers[i] for i in group]
        errors_before = len(self.plan.errors)
        first, line0 = rows[0], lines[0]
        date = self.date_of(rows, lines)
        title, _ = self.text(first, "title")
        narrative = "\n\n".join(dict.fromkeys(t for t in (self.text(r, "narrative")[0] for r in rows) if t))
        place, _ = self.text(first, "place_detail")
        region = self.first_code(rows, lines, "region")
        city = self.first_code(rows, lines, "city")
        if date is not None:
            region = self.check_place(rows, lines, region, city, date)
        if not city and self.mapping.field_columns("city") and not any(self.text(r, "city")[0] for r in rows):
            self.problem(line0, self.mapping.field_columns("city")[0], msg("import.city_empty"), "warning")
        status = self.first_code(rows, lines, "status") or self.mapping.defaults.get("status", "draft")
        confidentiality = (self.first_code(rows, lines, "confidentiality")
                           or self.mapping.defaults.get("confidentiality", "restricted"))
        reasons = sorted({c for r, n in zip(rows, lines) for c in self.codes(r, n, "reason")})
        aims = sorted({c for r, n in zip(rows, lines) for c in self.codes(r, n, "aim")})
        tags = list(dict.fromkeys(v for r in rows for _, cell in self.cells(r, "tags") if isinstance(cell, str)
                                  for v in cell_values(self.mapping, None, "tags", cell)))
        targets: dict[tuple[str, str], Target] = {}
        for row, line in zip(rows, lines):
            threat_types = self.codes(row, line, "threat_type")
            sources = self.codes(row, line, "source_type")
            articles = self.codes(row, line, "legal_article")
            categories = self.codes(row, line, "category")
            gender = (self.codes(row, line, "gender") or ["unknown"])[0]
            outcome, _ = self.text(row, "outcome")
            notes, _ = self.text(row, "threat_notes")
            refs: list[tuple[str, str]] = []
            named = []  # (header, name, kind or None = decide by the rule)
            for kind in ("person", "organisation", "target"):
                for header, cell in self.cells(row, kind):
                    self.check_lost_letters(header, cell, line)
                    named += [(header, n, None if kind == "target" else kind)
                              for n in cell_values(self.mapping, None, kind, str(cell))]
            org_kind = (self.codes(row, line, "org_kind") or [None])[0]
            for header, name, kind in named:
                marker_kind = None
                if kind is None:
                    kind, marker_kind = self.decide_target(row, name)
                if len(name) > 500:
                    self.problem(line, header, msg(f"import.{kind}_name_too_long", limit=500))
                    continue
                if kind == "person":
                    names = _bilingual(name)
                    keyed = _LOST_LETTER.sub(lambda m: m.group(0).replace("?", ""), names[0])  # Г?лнар: one word
                    key = _name_key(keyed)
                    if not key:
                        self.problem(line, header, msg("import.name_no_letters"))
                        continue
                    father = patronymic(keyed)
                    key = f"{key}|{father}" if father else key
                    persons_raw.append((names, line, gender, categories, key))
                    refs.append(("person", key))
                else:
                    key = fold(name)
                    if not key:
                        continue
                    org = self.plan.organisations.setdefault(
                        key, PlannedOrganisation(key, name, org_kind or marker_kind or self.marker_kind(name) or "ngo"))
                    org.rows.append(line)
                    refs.append(("organisation", key))
            if not named and (threat_types or self.has_unmapped(row, "threat_type")) and self.target_columns:
                self.problem(line, None, msg("import.no_target_in_row"), "warning")
            if refs and not threat_types and not self.has_unmapped(row, "threat_type"):
                self.problem(line, (self.mapping.field_columns("threat_type") or [None])[0],
                             msg("import.no_threat_type"))
            for ref in refs:
                target = targets.setdefault(ref, Target(category=categories[0] if categories else None))
                for ttype in threat_types:
                    target.threats.append(Threat(
                        threat_type=ttype, sources=list(sources), outcome=outcome, notes=notes,
                        articles=[_charge(a) for a in articles]))
        if len(self.plan.errors) > errors_before or date is None:
            return None
        if not title:
            title = self.default_title(narrative, targets, date)
        sources = []
        outlet, _ = self.text(first, "source_outlet")
        url, _ = self.text(first, "source_url")
        if outlet or url:
            sources.append(InfoSource(outlet=outlet[:500], url=url[:4000]))
        incident = Incident(title=title[:1000], date=date, region=region, city=city, place_detail=place[:500],
                            narrative=narrative, status=status, confidentiality=confidentiality,
                            sources=sources, tags=tags, reasons=reasons, aims=aims,
                            targets=list(targets.values()))
        incident.recorded_by = self.cdb.actor
        if not self.check_incident(incident, line0):
            return None
        content = self.content_of(rows)
        return _Draft(lines, incident, list(targets.keys()), content)

    # -- persons or organisations in one column --------------------------------------------

    @property
    def target_columns(self) -> bool:
        return any(h in self.header_index for f in ("person", "organisation", "target")
                   for h in self.mapping.field_columns(f))

    def decide_target(self, row: list, name: str) -> tuple[str, str | None]:
        """("person" | "organisation", organisation kind or None) for a name in a mixed column, by
        the mapping's target rule (the first step that applies); counted for the report."""
        gender_cells = self.cells(row, "gender")
        for step in self.mapping.target_rule:
            found: tuple[str, str | None] | None = None
            if step == "kind":
                said = {self._kind_words.get(fold(_cell_text(c))) for _, c in self.cells(row, "target_kind")}
                said.discard(None)
                if len(said) == 1:
                    found = (said.pop(), None)
            elif step == "org_marker":
                kind = self.marker_kind(name)
                if kind:
                    found = ("organisation", kind)
            elif step == "gender":
                if any(_cell_text(c) for _, c in gender_cells):
                    found = ("person", None)
            elif step == "person_name":
                if _person_shaped(name):
                    found = ("person", None)
            elif step == "empty_gender":
                if gender_cells and not any(_cell_text(c) for _, c in gender_cells):
                    found = ("organisation", None)
            if found:
                self.plan.target_decisions[step] = self.plan.target_decisions.get(step, 0) + 1
                return found
        self.plan.target_decisions["default"] = self.plan.target_decisions.get("default", 0) + 1
        return "person", None

    def marker_kind(self, name: str) -> str | None:
        """The organisation kind whose label or alias appears as whole words in the name ("ТОО",
        "Коллегия адвокатов", "редакция"); short all-capital markers must match in capitals."""
        if self._markers is None:
            self._markers = []
            for term in self.cdb.vocab.terms("org_kind"):
                for text in (term.label_en, term.label_ru, term.label_kk, *term.aliases):
                    for part in {text, re.split(r"\s*\(", text)[0]}:
                        f = fold(part)
                        if f:
                            caps = len(part) <= 4 and part.isupper()
                            self._markers.append((part if caps else f, term.code, caps))
            self._markers.sort(key=lambda m: -len(m[0]))
        words = f" {fold(name)} "
        raw = set(re.findall(r"[^\W\d_]+", name))
        for marker, code, caps in self._markers:
            if (marker in raw) if caps else (f" {marker} " in words):
                return code
        return None

    def check_lost_letters(self, header: str, cell, line: int) -> None:
        if isinstance(cell, str) and "?" in cell and _LOST_LETTER.search(cell):
            rows = self.lost_letters.setdefault(header, [])
            if line not in rows:
                rows.append(line)

    def report_lost_letters(self) -> None:
        for header, rows in self.lost_letters.items():
            self.problem(rows[0], header, msg("import.lost_letters", rows=row_spans(rows)), "warning")

    def check_place(self, rows, lines, region: str | None, city: str | None, date: PartialDate) -> str | None:
        """Check region and city against the map of the incident's date; returns the region to record.
        A region written as it is today for an earlier date (Abai for Semey in 2019) is a warning, and
        the region of the date is recorded."""
        line0 = lines[0]
        city_col = (self.mapping.field_columns("city") or [None])[0]
        region_col = (self.mapping.field_columns("region") or [None])[0]
        history = places()
        for name, col in (("city", city_col), ("region", region_col)):
            for row in rows[:1]:
                text, _ = self.text(row, name)
                period = history.name_period(name, text) if text else None
                if period and not period.overlaps(date.start, date.end):
                    self.problem(line0, col, msg("import.place_name_period", value=_short(text),
                                                 period=period.message()), "warning")
        life = history.lifetime("region", region) if region else None
        if life and not life.overlaps(date.start, date.end) and not (city and self.cdb.vocab.exists("city", city)):
            self.problem(line0, region_col, msg("import.region_period", region=self._region_name(region),
                                                period=life.message()), "warning")
        if not city or not self.cdb.vocab.exists("city", city):
            return region
        parent = self.cdb.vocab.term("city", city).parent
        regions = history.regions_of(city, parent, date.start, date.end)
        if region and regions and region not in regions:
            at_date = history.region_on(city, parent, date.start)
            ever = history.regions_of(city, parent, dt.date.min, dt.date.max)
            if region in ever:
                self.problem(line0, region_col, msg("import.region_old_name", region=self._region_name(at_date)),
                             "warning")
                return at_date
            self.problem(line0, city_col, msg("import.city_not_in_region"))
        return region

    def _region_name(self, code: str) -> dict[str, str]:
        return in_each_language(lambda lang: self.cdb.vocab.label("region", code, lang))

    def check_incident(self, incident: Incident, line: int) -> bool:
        """Run the store's own checks on a copy without person ids (those come at apply)."""
        new_codes = {code for (_, code) in self.new_terms}
        probe = Incident(**{**incident.__dict__, "targets": [],
                            "region": None if incident.region in new_codes else incident.region,
                            "city": None if incident.city in new_codes else incident.city,
                            "reasons": [c for c in incident.reasons if c not in new_codes],
                            "aims": [c for c in incident.aims if c not in new_codes],
                            "tags": list(incident.tags), "sources": list(incident.sources)})
        try:
            self.cdb.incidents.validate(probe)
        except InvalidInput as exc:
            self.problem(line, None, exc.message)
            return False
        if any(len(th.outcome) > 5000 for t in incident.targets for th in t.threats):
            self.problem(line, None, msg("import.outcome_too_long", limit=5000))
            return False
        if probe.region and not incident.region:
            incident.region = probe.region
        incident.tags = probe.tags
        return True

    def default_title(self, narrative: str, targets: dict, date: PartialDate) -> str:
        if narrative:
            first = narrative.strip().splitlines()[0]
            return first[:120] + ("…" if len(first) > 120 else "")
        types = [th.threat_type for t in targets.values() for th in t.threats]
        if types:
            return f"{self.cdb.vocab.label('threat_type', types[0])}, {date.format('en')}"
        return f"Imported incident, {date.format('en')}"

    def content_of(self, rows: list[list]) -> str:
        """Canonical content of a row group: every non-empty cell under its header, whatever the
        column order and whatever the mapping (importing again with an edited mapping doubles nothing)."""
        parts = []
        for row in rows:
            parts.append(sorted([h, _cell_text(row[i])] for h, i in self.header_index.items()
                                if _cell_text(row[i])))
        return json.dumps(parts, ensure_ascii=False, separators=(",", ":"))

    def date_of(self, rows, lines) -> PartialDate | None:
        cols = self.mapping.field_columns("date")
        for row, line in zip(rows, lines):
            for header, cell in self.cells(row, "date"):
                if isinstance(cell, dt.date):
                    return PartialDate(cell.isoformat())
                if str(cell).strip():
                    try:
                        return PartialDate.parse(str(cell))
                    except InvalidInput as exc:
                        self.problem(line, header, exc.message)
                        return None
        self.problem(lines[0], cols[0] if cols else None, msg("import.date_empty"))
        return None

    def first_code(self, rows, lines, name: str) -> str | None:
        for row, line in zip(rows, lines):
            codes = self.codes(row, line, name)
            if codes:
                return codes[0]
        return None

    # -- persons and duplicates ------------------------------------------------------------

    def cluster_persons(self, persons_raw) -> None:
        """One planned person per name key (so one person in Latin and Cyrillic, with or without
        patronymic, is one), matched to the registry by the same key. Near spellings are only
        reported: merging two different defenders silently would be worse than a duplicate,
        which PersonStore.merge fixes later."""
        remap, split = self.patronymic_keys(persons_raw)
        by_key: dict[str, PlannedPerson] = {}
        for names, line, gender, categories, raw_key in persons_raw:
            key = remap[raw_key]
            person = by_key.setdefault(key, PlannedPerson(key))
            for name in names:
                _add_name(person, name)
            person.rows.append(line)
            if person.gender == "unknown":
                person.gender = gender
            person.categories.update(categories)
        column = (self.mapping.field_columns("person") or self.mapping.field_columns("target") or [None])[0]
        registry = self.registry_index()
        in_file = _WordIndex()
        near = 0
        for key in sorted(by_key, key=lambda k: (-len(by_key[k].rows), k)):
            person = by_key[key]
            self.plan.persons[key] = person
            base = key.split("|")[0]
            pid = registry.exact.get(base) if key not in split else None
            if pid is not None:
                person.existing_id, person.match_score = pid, 1.0
            else:
                found = registry.best(base, NEAR_MATCH, with_score=True)
                if found is not None:
                    near += 1
                    if near <= MAX_NEAR_REPORTS:
                        self.problem(person.rows[0], column,
                                     msg("import.near_registry", pseudonym=self._pseudonym(found[0]),
                                         score=f"{found[1]:.2f}"), "warning")
            other = in_file.best(key, NEAR_MATCH) if key not in split else None
            if other is not None:
                near += 1
                if near <= MAX_NEAR_REPORTS:
                    self.problem(person.rows[0], column,
                                 msg("import.near_in_file", row=by_key[other].rows[0]), "warning")
            in_file.add(key, key)
        if near > MAX_NEAR_REPORTS:
            self.problem(None, column, msg("import.more_near", count=near - MAX_NEAR_REPORTS), "warning")
        return remap

    def patronymic_keys(self, persons_raw) -> tuple[dict[str, str], set[str]]:
        """Person keys after looking at patronymics: one name written with and without the
        patronymic is one person, but one name with two different patronymics is two people (a
        warning says so). Returns (raw key -> person key, the keys of such split persons)."""
        by_base: dict[str, dict[str, list[int]]] = {}
        for _, line, _, _, raw in persons_raw:
            base, _, father = raw.partition("|")
            by_base.setdefault(base, {}).setdefault(father, []).append(line)
        remap: dict[str, str] = {}
        split: set[str] = set()
        column = (self.mapping.field_columns("person") or self.mapping.field_columns("target") or [None])[0]
        for base, fathers in by_base.items():
            named = [f for f in fathers if f]
            if len(named) <= 1:
                for f in fathers:
                    remap[f"{base}|{f}" if f else base] = base
                continue
            main = max(named, key=lambda f: len(fathers[f]))
            for f in named:
                remap[f"{base}|{f}"] = f"{base}|{f}"
                split.add(f"{base}|{f}")
            if "" in fathers:
                remap[base] = f"{base}|{main}"
            rows = sorted(min(lines) for lines in fathers.values())
            self.problem(rows[0], column, msg("import.patronymics_blank" if "" in fathers else "import.patronymics",
                                              count=len(named), rows=row_spans(rows)), "warning")
        return remap, split

    def _pseudonym(self, pid: int) -> str:
        return self.cdb.scalar("SELECT pseudonym FROM person WHERE id = ?", (pid,)) or "?"

    def registry_index(self) -> "_WordIndex":
        """Name keys of every registry person (all names and aliases): the same keys and similarity
        PersonStore.find ranks by, blocked by shared name words so large registries stay fast."""
        index = _WordIndex()
        for pid, latin, cyr, aliases in self.cdb.conn.execute(
                "SELECT id, name_latin, name_cyrillic, aliases FROM person ORDER BY id"):
            for n in (latin, cyr, *json.loads(aliases)):
                if n:
                    index.add(_name_key(n), pid)
        for org in self.plan.organisations.values():
            for oid in self.cdb.organisations.find(org.name, limit=10):
                name, alt, _ = self.cdb.organisations.names([oid])[oid]
                if fold(org.name) in (fold(name), fold(alt)):
                    org.existing_id = oid
                    break
        return index

    def find_duplicates(self) -> None:
        conn = self.cdb.conn
        in_file: dict[tuple, int] = {}
        for planned in self.plan.incidents:
            if planned.already_imported:
                continue
            inc = planned.incident
            signature = (inc.date.iso(), tuple(sorted((ref, th.threat_type) for target, ref in
                                                      zip(inc.targets, planned.target_refs) for th in target.threats)))
            if signature[1] and signature in in_file:
                self.problem(planned.rows[0], None, msg("import.duplicate_in_file", row=in_file[signature]),
                             "warning")
            in_file.setdefault(signature, planned.rows[0])
            refs = set()
            for target, (kind, key) in zip(inc.targets, planned.target_refs):
                existing = (self.plan.persons.get(key).existing_id if kind == "person" and key in self.plan.persons
                            else self.plan.organisations[key].existing_id if kind == "organisation" else None)
                if existing is None:
                    continue
                column = "person_id" if kind == "person" else "organisation_id"
                for threat in target.threats:
                    for (ref,) in conn.execute(
                            f"SELECT DISTINCT i.ref FROM incident i JOIN target g ON g.incident_id = i.id"
                            f" JOIN threat t ON t.target_id = g.id WHERE i.date_start = ? AND i.date_from = ? AND"
                            f" coalesce(i.date_to, '') = ? AND g.{column} = ? AND t.threat_type = ?",
                            (inc.date.start.isoformat(), inc.date.date_from, inc.date.date_to or "", existing,
                             threat.threat_type)):
                        refs.add(ref)
            if refs:
                planned.duplicate_of = sorted(refs)
                self.problem(planned.rows[0], None, msg("import.duplicate_recorded", refs=", ".join(planned.duplicate_of)),
                             "warning")


class _WordIndex:
    """Name keys indexed by their words: fuzzy matches are looked for only among keys sharing a
    word (a misspelt given name next to the same surname), which keeps matching near-linear."""

    def __init__(self):
        self.exact: dict[str, object] = {}
        self.by_word: dict[str, list[str]] = {}

    def add(self, key: str, value) -> None:
        if key in self.exact:
            return
        self.exact[key] = value
        for word in set(key.split()):
            self.by_word.setdefault(word, []).append(key)

    def best(self, key: str, cutoff: float, with_score: bool = False):
        if key in self.exact:
            return (self.exact[key], 1.0) if with_score else self.exact[key]
        best, score = None, 0.0
        seen = set()
        # Candidates share the rarest word (usually the surname); common words (given names) add
        # their keys only while few, so a common given name does not make matching quadratic.
        words = sorted(set(key.split()), key=lambda w: len(self.by_word.get(w, ())))
        for n, word in enumerate(words):
            keys = self.by_word.get(word, ())
            if n > 0 and len(keys) > MAX_CANDIDATES // 4:
                break
            for other in keys[:MAX_CANDIDATES]:
                if other in seen:
                    continue
                seen.add(other)
                ratio = key_similarity(key, other, max(cutoff, score))
                if ratio > score:
                    best, score = other, ratio
        if best is None or score < cutoff:
            return None
        return (self.exact[best], score) if with_score else self.exact[best]


@functools.lru_cache(maxsize=65536)
def _name_key(name: str) -> str:
    return name_key(name)


def _charge(article: str):
    from kkdesk.model.entities import LegalCharge

    return LegalCharge(article)


_BILINGUAL = re.compile(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$")


def _bilingual(name: str) -> tuple[str, ...]:
    """"Сауле Абдрахманова (Saule Abdrakhmanova)": one person written in both scripts."""
    m = _BILINGUAL.match(name)
    if m and has_cyrillic(m["a"]) != has_cyrillic(m["b"]) and any(c.isalpha() for c in m["b"]):
        return m["a"].strip(), m["b"].strip()
    return (name,)


def _add_name(person: PlannedPerson, name: str) -> None:
    """Put a spelling in the right script slot, the fuller form first, others as aliases."""
    slot = "name_cyrillic" if has_cyrillic(name) else "name_latin"
    current = getattr(person, slot)
    if not current:
        setattr(person, slot, name)
    elif name != current:
        if len(name.split()) > len(current.split()):
            setattr(person, slot, name)
            name = current
        if name not in person.aliases:
            person.aliases.append(name)


def _person_shaped(name: str) -> bool:
    """A name shaped like a person's: a patronymic, or two or three words one of which ends like a
    surname (-ов, -ова, -ев, -ин, -ұлы…); used only when a row gives no gender."""
    words = fold(name).split()
    if not 2 <= len(words) <= 4:
        return False
    if name_key(name) != " ".join(sorted(words)):
        return True  # name_key dropped a patronymic or an initial
    return any(w.endswith(_SURNAME_ENDINGS) and len(w) > 4 for w in words)


def _cell_text(cell) -> str:
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return " ".join(str(cell).split())


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit] + "…"


def validate(cdb: "CaseDatabase", table: "RawTable", mapping: Mapping, progress: Progress | None = None) -> ImportPlan:
    """Check every row against the mapping and the store's rules; returns the plan, writes nothing."""
    return _Validator(cdb, table, mapping, ensure(progress)).run()
