"""Controlled vocabularies: stable codes with English, Russian and Kazakh labels.

The shipped terms live in kkdesk/resources/vocab/*.json (package data) and are copied into every new database; the
coordinator can then add, rename, translate and retire terms. Records keep codes, so renaming a
term never touches them and a retired term still labels old records.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput, NotFound
from kkdesk.messages import CATALOGUE, Message, in_each_language, msg
from kkdesk.model.translit import fold
from kkdesk.resources import resource_files

if TYPE_CHECKING:
    from kkdesk.store.database import Database

LANGUAGES = ("en", "ru", "kk")
SHIPPED_META = "vocab_shipped"   # meta key: fingerprint of the shipped terms last brought in
CODE_RE = re.compile(r"^[a-z0-9_.]+$")


@dataclass
class Term:
    vocab: str
    code: str
    label_en: str
    label_ru: str = ""
    label_kk: str = ""
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    sort_order: int = 0
    retired: bool = False

    def label(self, lang: str = "en") -> str:
        return getattr(self, f"label_{lang}", "") or self.label_en or self.code


class _UserEdits:
    """One term's edits by users: the columns they set, the aliases they added and removed."""

    def __init__(self):
        self.added = False
        self.fields: set[str] = set()
        self.aliases_added: list[str] = []
        self.aliases_removed: set[str] = set()

    def note(self, column: str, old, new) -> None:
        if column != "aliases":
            self.fields.add(column)
            return
        old, new = list(old or []), list(new or [])
        for alias in new:
            if alias not in old:
                self.aliases_removed.discard(alias)
                if alias not in self.aliases_added:
                    self.aliases_added.append(alias)
        for alias in old:
            if alias not in new:
                self.aliases_removed.add(alias)
                if alias in self.aliases_added:
                    self.aliases_added.remove(alias)

    def merge_aliases(self, shipped: list[str]) -> list[str]:
        """This version's aliases, with the user's additions kept and the user's removals respected."""
        out = [a for a in shipped if a not in self.aliases_removed]
        return out + [a for a in self.aliases_added if a not in out]


def shipped_fingerprint() -> str:
    """A digest of the shipped vocabularies: changes whenever a kkdesk version ships other terms."""
    text = json.dumps(shipped_vocabularies(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shipped_review_flags() -> dict[tuple[str, str], list[str]]:
    """(vocab, code) -> the languages whose shipped label is marked "review" (uncertain: to be checked
    by a native speaker). Kept in the shipped JSON only: the table has no column for it."""
    return {(vocab, t["code"]): list(t["review"]) for vocab, terms in shipped_vocabularies().items()
            for t in terms if t.get("review")}


@dataclass(frozen=True)
class ReviewItem:
    """A shipped label still to be checked: the term and the language of the uncertain label."""
    term: Term
    lang: str


def vocab_name(vocab: str) -> Message:
    """The vocabulary's name for a message ("defender category"); "term" for one the catalogue lacks."""
    code = f"vocabname.{vocab}"
    return msg(code if code in CATALOGUE else "vocabname.other")


def shipped_vocabularies() -> dict[str, list[dict]]:
    """The vocabularies shipped in kkdesk/resources/vocab, by name."""
    result = {}
    for item in resource_files("vocab", ".json"):
        data = json.loads(item.read_text(encoding="utf-8"))
        result[data.get("vocab", item.name.removesuffix(".json"))] = data["terms"]
    return result


class VocabularyStore:
    """Reads and edits the vocab_term table; labels are cached until a term changes."""

    def __init__(self, cdb: "Database"):
        self.cdb = cdb
        self._cache: dict[str, dict[str, Term]] = {}

    def load_defaults(self) -> int:
        """Bring the shipped terms of this kkdesk into the database; returns how many were added.

        Missing terms are added. A shipped term already present takes this version's labels, parent,
        aliases and order, except what the user changed: the history of the term's edits (its
        "changed" entries, also those a coordinator's bundle made) says which labels and parent are
        the user's, and which aliases the user added or removed; those stay as the user left them.
        A term the user added with the same code is left alone. Each update is written to the
        history as a "shipped" change (never mistaken for a user's edit later). Records the shipped
        fingerprint, so that an open by the same version does nothing (`shipped_changed`)."""
        added = 0
        edits = self._user_edits()
        with self.cdb.transaction():
            have = {(r[0], r[1]): r for r in self.cdb.conn.execute(
                "SELECT vocab, code, parent, label_en, label_ru, label_kk, aliases, sort_order FROM vocab_term")}
            notes = []
            for vocab, terms in shipped_vocabularies().items():
                for order, t in enumerate(terms):
                    shipped = {"parent": t.get("parent"), "label_en": t["en"], "label_ru": t.get("ru", ""),
                               "label_kk": t.get("kk", ""), "aliases": list(t.get("aliases", []))}
                    row = have.get((vocab, t["code"]))
                    if row is None:
                        self.cdb.conn.execute(
                            "INSERT INTO vocab_term(vocab, code, parent, label_en, label_ru, label_kk, aliases,"
                            " sort_order) VALUES (?,?,?,?,?,?,?,?)",
                            (vocab, t["code"], shipped["parent"], shipped["label_en"], shipped["label_ru"],
                             shipped["label_kk"], json.dumps(shipped["aliases"], ensure_ascii=False), order))
                        added += 1
                        continue
                    mine = edits.get((vocab, t["code"]))
                    if mine is not None and mine.added:
                        continue
                    current = {"parent": row[2], "label_en": row[3], "label_ru": row[4], "label_kk": row[5],
                               "aliases": json.loads(row[6])}
                    wanted = dict(shipped)
                    if mine is not None:
                        for column in mine.fields:
                            wanted[column] = current[column]
                        wanted["aliases"] = mine.merge_aliases(shipped["aliases"])
                    diff = {k: [current[k], wanted[k]] for k in wanted if current[k] != wanted[k]}
                    if diff:
                        self.cdb.conn.execute(
                            "UPDATE vocab_term SET parent = ?, label_en = ?, label_ru = ?, label_kk = ?, aliases = ?"
                            " WHERE vocab = ? AND code = ?",
                            (wanted["parent"], wanted["label_en"], wanted["label_ru"], wanted["label_kk"],
                             json.dumps(wanted["aliases"], ensure_ascii=False), vocab, t["code"]))
                        notes.append(("vocab", f"vocab:{vocab}", t["code"], {"shipped": diff}))
                    if row[7] != order:
                        self.cdb.conn.execute("UPDATE vocab_term SET sort_order = ? WHERE vocab = ? AND code = ?",
                                              (order, vocab, t["code"]))
            self.cdb.history.record_many(notes)
            self.cdb.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                                  (SHIPPED_META, shipped_fingerprint()))
        self._cache.clear()
        return added

    def shipped_changed(self) -> bool:
        """Whether this kkdesk ships other terms than the ones last brought into the database."""
        return self.cdb.meta(SHIPPED_META) != shipped_fingerprint()

    def _user_edits(self) -> dict[tuple[str, str], "_UserEdits"]:
        """What the users (and coordinators' bundles) changed on each term, from the history."""
        edits: dict[tuple[str, str], _UserEdits] = {}
        for entity, code, text in self.cdb.conn.execute(
                "SELECT entity, entity_uuid, changes FROM history WHERE action = 'vocab' AND entity LIKE 'vocab:%'"
                " AND changes IS NOT NULL ORDER BY seq"):
            changes = json.loads(text)
            key = (entity.removeprefix("vocab:"), code)
            if "added" in changes:
                edits.setdefault(key, _UserEdits()).added = True
            for column, (old, new) in (changes.get("changed") or {}).items():
                edits.setdefault(key, _UserEdits()).note(column, old, new)
        return edits

    def labels_to_review(self) -> list[ReviewItem]:
        """The shipped labels marked uncertain that no one has settled since: a label counts as settled
        once a user (or a coordinator's bundle) changed it, or confirmed it (`confirm_label`); both are
        read from the term's history, so no column is needed. In vocabulary and shipped order."""
        settled: set[tuple[str, str, str]] = set()
        for entity, code, text in self.cdb.conn.execute(
                "SELECT entity, entity_uuid, changes FROM history WHERE action = 'vocab' AND entity LIKE 'vocab:%'"
                " AND changes IS NOT NULL"):
            changes = json.loads(text)
            vocab = entity.removeprefix("vocab:")
            for column in changes.get("changed") or {}:
                if column.startswith("label_"):
                    settled.add((vocab, code, column.removeprefix("label_")))
            for lang in changes.get("label_confirmed") or []:
                settled.add((vocab, code, lang))
        out = []
        for (vocab, code), langs in shipped_review_flags().items():
            term = self._vocab(vocab).get(code)
            out += [ReviewItem(term, lang) for lang in langs if term is not None and (vocab, code, lang) not in settled]
        return out

    def confirm_label(self, vocab: str, code: str, lang: str) -> None:
        """Record that a native speaker checked the term's label in lang and keeps it as it is."""
        if lang not in ("en", "ru", "kk"):
            raise InvalidInput("vocab.cannot_change", names=lang)
        self.term(vocab, code)
        with self.cdb.transaction():
            self.cdb.history.record("vocab", f"vocab:{vocab}", code, {"label_confirmed": [lang]})

    # ----- reading -------------------------------------------------------------------------

    def _vocab(self, vocab: str) -> dict[str, Term]:
        if vocab not in self._cache:
            rows = self.cdb.conn.execute(
                "SELECT code, label_en, label_ru, label_kk, parent, aliases, sort_order, retired"
                " FROM vocab_term WHERE vocab = ? ORDER BY sort_order, code", (vocab,)
            ).fetchall()
            self._cache[vocab] = {
                r[0]: Term(vocab, r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], bool(r[7])) for r in rows
            }
        return self._cache[vocab]

    def names(self) -> list[str]:
        return [r[0] for r in self.cdb.conn.execute("SELECT DISTINCT vocab FROM vocab_term ORDER BY vocab")]

    def terms(self, vocab: str, include_retired: bool = False) -> list[Term]:
        return [t for t in self._vocab(vocab).values() if include_retired or not t.retired]

    def term(self, vocab: str, code: str) -> Term:
        try:
            return self._vocab(vocab)[code]
        except KeyError:
            raise NotFound("vocab.no_term", what=vocab_name(vocab), code=str(code)) from None

    def exists(self, vocab: str, code: str) -> bool:
        return code in self._vocab(vocab)

    def label(self, vocab: str, code: str | None, lang: str = "en") -> str:
        """The term's label in lang (English if missing); the code itself if the term is unknown."""
        if not code:
            return ""
        term = self._vocab(vocab).get(code)
        return term.label(lang) if term else code

    def named(self, vocab: str, code: str | None) -> dict[str, str]:
        """The term as a message parameter: its label in each language (rendered in the reader's)."""
        return in_each_language(lambda lang: self.label(vocab, code, lang))

    def labels(self, vocab: str, lang: str = "en") -> dict[str, str]:
        return {code: t.label(lang) for code, t in self._vocab(vocab).items()}

    def children(self, vocab: str, parent: str) -> list[Term]:
        return [t for t in self.terms(vocab) if t.parent == parent]

    def find(self, vocab: str, text: str) -> str | None:
        """The code whose code, label (any language) or alias matches text, ignoring script and case."""
        if not text or not text.strip():
            return None
        if text in self._vocab(vocab):
            return text
        key = fold(text)
        for term in self._vocab(vocab).values():
            names = [term.code.replace("_", " ").replace(".", " "), term.label_en, term.label_ru,
                     term.label_kk, *term.aliases]
            if any(name and fold(name) == key for name in names):
                return term.code
        return None

    def validate(self, vocab: str, code: str | None, field: str | None = None) -> None:
        """Raise InvalidInput (about `field`, naming the vocabulary) when code is set but not a term of
        vocab (retired terms are accepted)."""
        if code and code not in self._vocab(vocab):
            raise InvalidInput("vocab.unknown_term", field=field, what=vocab_name(vocab), code=str(code))

    # ----- editing (the coordinator's) -----------------------------------------------------

    def add_term(self, vocab: str, code: str, label_en: str, label_ru: str = "", label_kk: str = "",
                 parent: str | None = None, aliases: list[str] | None = None) -> Term:
        if not CODE_RE.match(code or ""):
            raise InvalidInput("vocab.bad_code", field="code")
        if not label_en.strip():
            raise InvalidInput("vocab.needs_english", field="label_en")
        if self.exists(vocab, code):
            raise InvalidInput("vocab.code_taken", field="code", what=vocab_name(vocab), code=code)
        order = (self.cdb.scalar("SELECT max(sort_order) FROM vocab_term WHERE vocab = ?", (vocab,)) or 0) + 1
        with self.cdb.transaction():
            self.cdb.conn.execute(
                "INSERT INTO vocab_term(vocab, code, parent, label_en, label_ru, label_kk, aliases, sort_order)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (vocab, code, parent, label_en.strip(), label_ru.strip(), label_kk.strip(),
                 json.dumps(aliases or [], ensure_ascii=False), order),
            )
            self.cdb.history.record("vocab", f"vocab:{vocab}", code,
                                    {"added": {"en": label_en, "ru": label_ru, "kk": label_kk, "parent": parent}})
        self._cache.pop(vocab, None)
        return self.term(vocab, code)

    def update_term(self, vocab: str, code: str, **changes) -> Term:
        """Rename or translate (label_en, label_ru, label_kk), re-parent, or change aliases."""
        allowed = {"label_en", "label_ru", "label_kk", "parent", "aliases"}
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidInput("vocab.cannot_change", names=", ".join(sorted(unknown)))
        old = self.term(vocab, code)
        if "label_en" in changes and not str(changes["label_en"]).strip():
            raise InvalidInput("vocab.needs_english", field="label_en")
        diff = {k: [getattr(old, k), v] for k, v in changes.items() if getattr(old, k) != v}
        if not diff:
            return old
        with self.cdb.transaction():
            for column, value in changes.items():
                stored = json.dumps(value, ensure_ascii=False) if column == "aliases" else value
                self.cdb.conn.execute(
                    f"UPDATE vocab_term SET {column} = ?, revision = revision + 1 WHERE vocab = ? AND code = ?",
                    (stored, vocab, code),
                )
            self.cdb.history.record("vocab", f"vocab:{vocab}", code, {"changed": diff})
        self._cache.pop(vocab, None)
        return self.term(vocab, code)

    def set_retired(self, vocab: str, code: str, retired: bool = True) -> Term:
        """Retire a term (hidden from pickers, still labels old records) or bring it back."""
        self.term(vocab, code)
        with self.cdb.transaction():
            self.cdb.conn.execute(
                "UPDATE vocab_term SET retired = ?, revision = revision + 1 WHERE vocab = ? AND code = ?",
                (int(retired), vocab, code),
            )
            self.cdb.history.record("vocab", f"vocab:{vocab}", code, {"retired": retired})
        self._cache.pop(vocab, None)
        return self.term(vocab, code)

    def usage(self, vocab: str, code: str) -> int:
        """How many records use a term (shown before retiring it)."""
        queries = {
            "threat_type": "SELECT count(*) FROM threat WHERE threat_type = ?",
            "source_type": "SELECT count(*) FROM threat_source WHERE source_type = ?",
            "category": "SELECT (SELECT count(*) FROM target WHERE category = ?1)"
                        " + (SELECT count(*) FROM person_category WHERE category = ?1)",
            "region": "SELECT count(*) FROM incident WHERE region = ?",
            "city": "SELECT count(*) FROM incident WHERE city = ?",
            "legal_article": "SELECT count(*) FROM threat_article WHERE article = ?",
            "response_type": "SELECT count(*) FROM response WHERE response_type = ?",
            "reason": "SELECT count(*) FROM incident_factor WHERE vocab = 'reason' AND code = ?",
            "aim": "SELECT count(*) FROM incident_factor WHERE vocab = 'aim' AND code = ?",
        }
        sql = queries.get(vocab)
        return int(self.cdb.scalar(sql, (code,))) if sql else 0
