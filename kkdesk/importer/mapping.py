"""The mapping from a spreadsheet to kkdesk: columns to fields, source values to vocabulary terms.

suggest_mapping() proposes one (header synonyms in en/ru/kk, values through the vocabularies and
a fuzzy fallback); the user edits it; Mapping.save/load keep it as a JSON file documented in
docs/import-mapping.md, so the next file of the same shape imports with one command.
The mapping never holds a person's name: only headers and vocabulary-like values.
"""

from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.importer.fields import DEFAULT_SEPARATORS, FIELDS, NAME_FIELDS, NAME_SEPARATORS, split_values
from kkdesk.model.fuzzy import Choices, Match
from kkdesk.model.translit import fold
from kkdesk.util.files import write_atomically

if TYPE_CHECKING:
    from kkdesk.importer.reader import RawTable
    from kkdesk.records import CaseDatabase

FORMAT = "kkdesk-import-mapping"
VERSION = 1
HEADER_CUTOFF = 0.82
VALUE_CUTOFF = 0.8
MAX_MAPPING_BYTES = 5 * 1024 * 1024


# How a "target" column's row is decided to name a person or an organisation: the mapping lists
# the steps in order (the first that applies decides); the dry run shows the rule and its counts.
# The steps that decide whether a name in a mixed column is a person or an organisation, in their
# default order; each is described to users by the message import.rule.<step> (kkdesk.messages).
TARGET_RULES = ("kind", "org_marker", "gender", "person_name", "empty_gender")
DEFAULT_TARGET_RULE = list(TARGET_RULES)


@dataclass
class Mapping:
    """columns: header -> field name (None = ignore); values: field -> {source value -> target}.

    A value target is a term code (or a label or alias of the term, in any language),
    {"add_term": {...}} to create the term on import, or None / {"choose": {...}} (not decided
    yet: validation reports it, with the closest terms). target_rule: see TARGET_RULES."""

    columns: dict[str, str | None] = field(default_factory=dict)
    values: dict[str, dict[str, object]] = field(default_factory=dict)
    separators: list[str] = field(default_factory=lambda: list(DEFAULT_SEPARATORS))
    defaults: dict[str, str] = field(default_factory=lambda: {"status": "draft", "confidentiality": "restricted"})
    target_rule: list[str] = field(default_factory=lambda: list(DEFAULT_TARGET_RULE))

    def field_columns(self, name: str) -> list[str]:
        return [h for h, f in self.columns.items() if f == name]

    def separators_for(self, field_name: str) -> list[str]:
        if field_name in NAME_FIELDS:
            return [s for s in self.separators if s in NAME_SEPARATORS]
        return self.separators

    def target_for(self, field_name: str, value: str):
        """The mapped target of a source value (exact, then case- and script-insensitive); KeyError if absent."""
        table = self.values.get(field_name, {})
        if value in table:
            return table[value]
        key = _fold(value)
        for source, target in table.items():
            if _fold(source) == key:
                return target
        raise KeyError(value)

    def with_choices(self, choices: dict[tuple[str, str], dict[str, str]]) -> "Mapping":
        """A copy where each (field, value) of `choices` is {"choose": {code: label, …}} (its closest
        terms), ready for the user to confirm one: what --save-mapping writes and the wizard saves."""
        values = {k: dict(v) for k, v in self.values.items()}
        for (name, value), terms in choices.items():
            values.setdefault(name, {})[value] = {"choose": dict(terms)}
        return Mapping(dict(self.columns), values, list(self.separators), dict(self.defaults), list(self.target_rule))

    # ----- files -------------------------------------------------------------------------

    def to_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "columns": self.columns, "values": self.values,
                "separators": self.separators, "defaults": self.defaults, "target_rule": self.target_rule}

    def save(self, path: str | os.PathLike) -> None:
        """Write the mapping as pretty UTF-8 JSON, all at once or not at all."""
        write_atomically(path, (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8"))

    @classmethod
    def from_json(cls, data) -> "Mapping":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise InvalidInput("mapping.not_a_mapping", format=FORMAT)
        if data.get("version") != VERSION:
            raise InvalidInput("mapping.version", found=repr(data.get("version")), version=str(VERSION))
        columns = data.get("columns", {})
        if not isinstance(columns, dict):
            raise InvalidInput("mapping.columns_shape")
        columns = dict(columns)
        for header, name in columns.items():
            if name is not None and name not in FIELDS:
                known, score = suggest_field(str(name))  # a field's label or synonym in any language
                if known is None or score < 1.0:
                    raise InvalidInput("mapping.unknown_field", column=str(header), name=str(name),
                                       fields=", ".join(FIELDS))
                columns[header] = known
        values = data.get("values", {})
        if not isinstance(values, dict) or not all(isinstance(v, dict) for v in values.values()):
            raise InvalidInput("mapping.values_shape")
        for name, table in values.items():
            if name not in FIELDS or FIELDS[name].vocab is None:
                raise InvalidInput("mapping.not_vocab_field", name=str(name))
            for source, target in table.items():
                if target is None or isinstance(target, str):
                    continue
                if not (isinstance(target, dict) and (isinstance(target.get("add_term"), dict)
                                                      or isinstance(target.get("choose"), dict))):
                    raise InvalidInput("mapping.bad_value_target", value=str(source), name=str(name))
        separators = data.get("separators", DEFAULT_SEPARATORS)
        if not isinstance(separators, list) or not all(isinstance(s, str) and s for s in separators):
            raise InvalidInput("mapping.separators_shape")
        defaults = data.get("defaults", {})
        if not isinstance(defaults, dict):
            raise InvalidInput("mapping.defaults_shape")
        rule = data.get("target_rule", DEFAULT_TARGET_RULE)
        if not isinstance(rule, list) or not all(step in TARGET_RULES for step in rule):
            raise InvalidInput("mapping.rule_shape", steps=", ".join(TARGET_RULES))
        base = cls()
        return cls(columns, {k: dict(v) for k, v in values.items()}, list(separators),
                   {**base.defaults, **{k: str(v) for k, v in defaults.items()}}, list(rule))

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Mapping":
        path = os.fspath(path)
        try:
            if os.path.getsize(path) > MAX_MAPPING_BYTES:
                raise InvalidInput("mapping.file_too_large")
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            raise InvalidInput("mapping.no_file") from None
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise InvalidInput("mapping.not_json") from None
        return cls.from_json(data)


# ----- suggestion ------------------------------------------------------------------------------

def _norm_header(text: str) -> str:
    return fold(re.sub(r"[\s_:.()\-]+", " ", text or "")).strip()


_SYNONYMS: list[tuple[str, str]] | None = None
_HEADER_CHOICES: Choices | None = None


def _synonyms() -> list[tuple[str, str]]:
    global _SYNONYMS
    if _SYNONYMS is None:
        _SYNONYMS = [(_norm_header(s), name) for name, spec in FIELDS.items()
                     for s in (name.replace("_", " "), *spec.synonyms) if _norm_header(s)]
    return _SYNONYMS


def _header_choices() -> Choices:
    global _HEADER_CHOICES
    if _HEADER_CHOICES is None:
        _HEADER_CHOICES = Choices((name, name, [syn for syn, n in _synonyms() if n == name]) for name in FIELDS)
    return _HEADER_CHOICES


def suggest_field(header: str) -> tuple[str | None, float]:
    """The field a header most likely means, with a score in [0, 1] (None when nothing is close)."""
    key = _norm_header(header)
    if not key:
        return None, 0.0
    exact = _header_choices().exact(key)
    if exact is not None:
        return exact, 1.0
    found = _header_choices().best(key, 0.0)
    best, score = (found.key, found.score) if found else (None, 0.0)
    if score >= HEADER_CUTOFF:
        return best, score
    # "Дата инцидента (день)" still starts with a known header: take the longest such synonym.
    starts = [(len(syn), name) for syn, name in _synonyms() if len(syn) >= 4 and key.startswith(syn + " ")]
    if starts:
        return max(starts)[1], 0.8
    return None, score


def _term_names(term) -> list[str]:
    names = [term.label_en, term.label_ru, term.label_kk, *term.aliases, term.code.split(".")[-1].replace("_", " ")]
    out = []
    for n in names:
        if not n:
            continue
        out.append(n)
        short = re.split(r"\s*[(,]", n)[0].strip()  # "Полиция (органы внутренних дел)" -> "Полиция"
        if short and short != n:
            out.append(short)
        tail = n.rsplit(", ", 1)[-1].strip()  # "Уголовный кодекс РК, ст. 130 (клевета)" -> "ст. 130 (клевета)"
        if tail and tail != n:
            out.append(tail)
    return out


_fold = functools.lru_cache(maxsize=65536)(fold)


def suggest_value(cdb: "CaseDatabase", vocab: str, text: str) -> str | None:
    """The term code a source value most likely means: exact match in any language, then fuzzy."""
    return VocabFinder(cdb).suggest(vocab, text)


class VocabFinder:
    """cdb.vocab.find plus a fuzzy fallback, with memos: a sheet repeats a few values thousands of
    times, and each vocabulary's names are folded once."""

    def __init__(self, cdb: "CaseDatabase"):
        self.cdb = cdb
        self._found: dict[tuple[str, str], str | None] = {}
        self._suggested: dict[tuple[str, str], str | None] = {}
        self._choices: dict[str, Choices] = {}

    def find(self, vocab: str, text: str) -> str | None:
        """The term whose code, label or alias is the text (or the text before a remark), else None."""
        key = (vocab, text)
        if key not in self._found:
            head = without_remark(text)
            self._found[key] = self.cdb.vocab.find(vocab, text) or (
                self.cdb.vocab.find(vocab, head) if head and head != text else None)
        return self._found[key]

    def suggest(self, vocab: str, text: str) -> str | None:
        key = (vocab, text)
        if key not in self._suggested:
            self._suggested[key] = self.find(vocab, text) or self._fuzzy(vocab, text)
        return self._suggested[key]

    def choices(self, vocab: str) -> Choices:
        """The vocabulary's terms as fuzzy-match entries: every label, alias and short form."""
        if vocab not in self._choices:
            self._choices[vocab] = Choices((t.code, t.label_en, _term_names(t)) for t in self.cdb.vocab.terms(vocab))
        return self._choices[vocab]

    def closest(self, vocab: str, text: str, k: int = 3) -> list[Match]:
        """The k terms closest to a value (across scripts and languages), best first, for the user to choose."""
        return self.choices(vocab).top(text, k)

    def _fuzzy(self, vocab: str, text: str) -> str | None:
        candidates = [text]
        head = without_remark(text)
        if head and head != text.strip():
            candidates.append(head)
        best = None
        for query in candidates:
            found = self.choices(vocab).best(query, VALUE_CUTOFF)
            if found is not None and (best is None or found.score > best.score):
                best = found
        return None if best is None else best.key


def is_decided(target) -> bool:
    """True when a mapping's value target says what to do (a code, a label, or a new term)."""
    return target is not None and not (isinstance(target, dict) and "choose" in target)


_REMARK = re.compile(r"\s+[—–-]\s+")


def without_remark(text: str) -> str:
    """"ст. 325 (подделка документов) — Приговор" -> "ст. 325 (подделка документов)": a value with a
    trailing remark after a dash (kkdesk's own exports write a charge's outcome so)."""
    return _REMARK.split(text, 1)[0].strip()


def cell_values(mapping: Mapping, finder: "VocabFinder | None", field_name: str, cell: str) -> list[str]:
    """The values in one cell: parts between ';' or line breaks, each kept whole when it is itself
    a term (labels may hold commas: "Клиент, его родственники"), else split on every separator."""
    spec = FIELDS[field_name]
    text = cell.strip()
    if not text:
        return []
    if not spec.multi:
        return [" ".join(text.split())]
    separators = mapping.separators_for(field_name)
    if not spec.vocab:
        return split_values(text, separators)
    out: list[str] = []
    for part in split_values(text, [s for s in separators if s in (";", "\n")]) or [text]:
        if _is_term(mapping, finder, field_name, part) or _is_term(mapping, finder, field_name, without_remark(part)):
            out.append(part)
        else:
            out.extend(split_values(part, separators))
    return out


def _is_term(mapping: Mapping, finder: "VocabFinder | None", field_name: str, value: str) -> bool:
    try:
        if mapping.target_for(field_name, value) is not None:
            return True
    except KeyError:
        pass
    return finder is not None and finder.find(FIELDS[field_name].vocab, value) is not None


def suggest_mapping(cdb: "CaseDatabase", table: "RawTable", base: Mapping | None = None) -> Mapping:
    """A mapping for table: each header to its likeliest field (each field once, best header wins),
    and each distinct value of vocabulary columns to a term (None when no term is close).
    Entries already in `base` (a saved mapping) are kept as they are."""
    mapping = Mapping(columns=dict(base.columns) if base else {},
                      values={k: dict(v) for k, v in base.values.items()} if base else {},
                      separators=list(base.separators) if base else list(DEFAULT_SEPARATORS),
                      defaults=dict(base.defaults) if base else Mapping().defaults,
                      target_rule=list(base.target_rule) if base else list(DEFAULT_TARGET_RULE))
    claimed: dict[str, tuple[float, str]] = {}
    for header in table.headers:
        if header in mapping.columns:
            continue
        name, score = suggest_field(header)
        if name is None:
            continue
        if name in claimed and claimed[name][0] >= score:
            continue
        claimed[name] = (score, header)
    chosen = {header: name for name, (_, header) in claimed.items()}
    already = set(mapping.columns.values())
    for header in table.headers:
        if header not in mapping.columns:
            name = chosen.get(header)
            mapping.columns[header] = name if name not in already else None
    finder = VocabFinder(cdb)
    for header, name in mapping.columns.items():
        if name is None or header not in table.headers or FIELDS[name].vocab is None:
            continue
        vocab = FIELDS[name].vocab
        table_values = mapping.values.setdefault(name, {})
        known = {fold(v) for v in table_values}
        for cell in dict.fromkeys(c for c in table.column(header) if isinstance(c, str)):
            for value in cell_values(mapping, finder, name, cell):
                if value in table_values or fold(value) in known:
                    continue
                table_values[value] = finder.suggest(vocab, value)
                known.add(fold(value))
    return mapping
