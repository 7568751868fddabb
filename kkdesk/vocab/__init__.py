"""Controlled vocabularies: stable codes with English, Russian and Kazakh labels.

The shipped terms live in kkdesk/resources/vocab/*.json (package data) and are copied into every new database; the
coordinator can then add, rename, translate and retire terms. Records keep codes, so renaming a
term never touches them and a retired term still labels old records.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput, NotFound
from kkdesk.model.translit import fold
from kkdesk.resources import resource_files

if TYPE_CHECKING:
    from kkdesk.store.database import Database

LANGUAGES = ("en", "ru", "kk")
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
        """Insert every shipped term missing from the database; returns how many were added."""
        added = 0
        with self.cdb.transaction():
            for vocab, terms in shipped_vocabularies().items():
                for order, t in enumerate(terms):
                    cur = self.cdb.conn.execute(
                        "INSERT OR IGNORE INTO vocab_term(vocab, code, parent, label_en, label_ru, label_kk,"
                        " aliases, sort_order) VALUES (?,?,?,?,?,?,?,?)",
                        (vocab, t["code"], t.get("parent"), t["en"], t.get("ru", ""), t.get("kk", ""),
                         json.dumps(t.get("aliases", []), ensure_ascii=False), order),
                    )
                    added += cur.rowcount
        self._cache.clear()
        return added

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
            raise NotFound(f"There is no term '{code}' in the {vocab} vocabulary.") from None

    def exists(self, vocab: str, code: str) -> bool:
        return code in self._vocab(vocab)

    def label(self, vocab: str, code: str | None, lang: str = "en") -> str:
        """The term's label in lang (English if missing); the code itself if the term is unknown."""
        if not code:
            return ""
        term = self._vocab(vocab).get(code)
        return term.label(lang) if term else code

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

    def validate(self, vocab: str, code: str | None, what: str) -> None:
        """Raise InvalidInput when code is set but not a term of vocab (retired terms are accepted)."""
        if code and code not in self._vocab(vocab):
            raise InvalidInput(f"Unknown {what}: '{code}'. Choose a term from the {vocab} list.")

    # ----- editing (the coordinator's) -----------------------------------------------------

    def add_term(self, vocab: str, code: str, label_en: str, label_ru: str = "", label_kk: str = "",
                 parent: str | None = None, aliases: list[str] | None = None) -> Term:
        if not CODE_RE.match(code or ""):
            raise InvalidInput("A term code uses only lower-case Latin letters, digits, '.' and '_'.")
        if not label_en.strip():
            raise InvalidInput("A term needs at least an English label.")
        if self.exists(vocab, code):
            raise InvalidInput(f"The {vocab} vocabulary already has a term '{code}'.")
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
            raise InvalidInput(f"Cannot change {', '.join(sorted(unknown))} of a term.")
        old = self.term(vocab, code)
        if "label_en" in changes and not str(changes["label_en"]).strip():
            raise InvalidInput("A term needs at least an English label.")
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
