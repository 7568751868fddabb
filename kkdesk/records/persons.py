"""PersonStore: the registry of threatened defenders (names in both scripts, categories, tags)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput, NotFound
from kkdesk.model.entities import GENDERS, RISK_LEVELS, Person, to_dict
from kkdesk.model.fuzzy import name_similarity as similarity, person_similarity
from kkdesk.model.translit import fold, name_key
from kkdesk.records.common import (
    MAX_LONG,
    check_choice,
    check_text,
    fts_replace,
    jdump,
    rows_in,
    save_registry_row,
)
from kkdesk.records.tags import clean_tags

if TYPE_CHECKING:
    from kkdesk.records.case import CaseDatabase

_CONTENT = ("name_latin", "name_cyrillic", "aliases", "gender", "organisation_id", "region", "city", "contact",
            "notes", "risk_level")  # what a save writes (aliases as a JSON list)
_COLUMNS = ("id", "uuid", "revision", *_CONTENT, "pseudonym", "created_at", "updated_at")
_CASEWORK_TABLES = ("protection_action", "follow_up", "risk_assessment")   # rows that follow a merged person
MERGE_CHOICES = ("name_latin", "name_cyrillic", "gender", "risk_level", "contact", "notes")


class PersonStore:
    def __init__(self, cdb: "CaseDatabase"):
        self.cdb = cdb

    # ----- reading -------------------------------------------------------------------------

    def get(self, person_id: int) -> Person:
        row = self.cdb.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM person WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFound("person.not_found")
        return self._from_row(row)

    def get_by_uuid(self, uuid: str) -> Person:
        row = self.cdb.conn.execute("SELECT id FROM person WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise NotFound("person.not_found")
        return self.get(row[0])

    def id_for_uuid(self, uuid: str) -> int | None:
        row = self.cdb.conn.execute("SELECT id FROM person WHERE uuid = ?", (uuid,)).fetchone()
        return row[0] if row else None

    def _from_row(self, row) -> Person:
        d = dict(zip(_COLUMNS, row))
        d["aliases"] = json.loads(d["aliases"])
        d["categories"] = [r[0] for r in self.cdb.conn.execute(
            "SELECT category FROM person_category WHERE person_id = ? ORDER BY category", (d["id"],))]
        d["tags"] = self.cdb.tags.of("person_tag", "person_id", d["id"])
        return Person(**d)

    def ids(self) -> list[int]:
        return [r[0] for r in self.cdb.conn.execute("SELECT id FROM person ORDER BY name_latin, name_cyrillic")]

    def count(self) -> int:
        return self.cdb.scalar("SELECT count(*) FROM person")

    def names(self, ids: list[int]) -> dict[int, tuple[str, str, str]]:
        """{id: (name_latin, name_cyrillic, pseudonym)} for many persons at once."""
        return {r[0]: (r[1], r[2], r[3]) for r in rows_in(
            self.cdb.conn, "SELECT id, name_latin, name_cyrillic, pseudonym FROM person WHERE id IN ({marks})", ids)}

    def aliases_of(self, ids: list[int]) -> dict[int, list[str]]:
        """{id: aliases} for many persons at once."""
        return {r[0]: json.loads(r[1]) for r in rows_in(
            self.cdb.conn, "SELECT id, aliases FROM person WHERE id IN ({marks})", ids)}

    def find(self, text: str, limit: int = 20) -> list[tuple[int, float]]:
        """Persons whose names or aliases match text in any script, best first: [(id, score)]."""
        key = fold(text)
        if not key:
            return []
        match = " AND ".join(f'"{tok}"*' for tok in key.split())
        candidates = [r[0] for r in self.cdb.conn.execute(
            "SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT 500", (match,))]
        scored = []
        for pid, (latin, cyr, _) in self.names(candidates).items():
            best = max(similarity(text, n) for n in (latin, cyr) if n) if (latin or cyr) else 0.0
            scored.append((pid, best))
        if len(scored) < limit:
            # Fuzzy fallback over the whole registry for misspellings FTS prefixes cannot catch.
            seen = {pid for pid, _ in scored}
            for pid, latin, cyr in self.cdb.conn.execute("SELECT id, name_latin, name_cyrillic FROM person"):
                if pid in seen:
                    continue
                best = max(similarity(text, n) for n in (latin, cyr) if n)
                if best >= 0.75:
                    scored.append((pid, best))
        scored.sort(key=lambda x: -x[1])
        return scored[:limit]

    # ----- writing -------------------------------------------------------------------------

    def _validate(self, p: Person) -> None:
        p.name_latin = check_text(p.name_latin, "field.name_latin", field="name_latin").strip()
        p.name_cyrillic = check_text(p.name_cyrillic, "field.name_cyrillic", field="name_cyrillic").strip()
        if not (p.name_latin or p.name_cyrillic):
            raise InvalidInput("person.needs_name", field="name_latin")
        p.aliases = [check_text(a, "field.alias", field="aliases").strip() for a in (p.aliases or []) if a and a.strip()]
        check_choice(p.gender, GENDERS, "field.gender", field="gender",
                     named=lambda code: self.cdb.vocab.named("gender", code))
        check_choice(p.risk_level, RISK_LEVELS, "field.risk_level", field="risk_level",
                     named=lambda code: self.cdb.vocab.named("risk_level", code))
        p.contact = check_text(p.contact, "field.contact", 5000, field="contact")
        p.notes = check_text(p.notes, "field.notes", MAX_LONG, field="notes")
        vocab = self.cdb.vocab
        p.categories = sorted(set(p.categories or []))
        for c in p.categories:
            vocab.validate("category", c, field="categories")
        vocab.validate("city", p.city, field="city")
        vocab.validate("region", p.region, field="region")
        if p.city and not p.region:
            p.region = vocab.term("city", p.city).parent
        if p.organisation_id is not None and self.cdb.scalar(
                "SELECT count(*) FROM organisation WHERE id = ?", (p.organisation_id,)) == 0:
            raise InvalidInput("person.organisation_missing", field="organisation")
        p.tags = clean_tags(p.tags)

    def save(self, p: Person) -> Person:
        """Create (id None) or update a person; returns the stored record."""
        self._validate(p)
        with self.cdb.transaction():
            conn = self.cdb.conn
            content = {k: getattr(p, k) for k in _CONTENT}
            content["aliases"] = jdump(p.aliases)
            save_registry_row(self.cdb, p, "person", "P", content, self.get)
            conn.execute("DELETE FROM person_category WHERE person_id = ?", (p.id,))
            conn.executemany("INSERT INTO person_category(person_id, category) VALUES (?, ?)",
                             [(p.id, c) for c in p.categories])
            self.cdb.tags.set_for("person_tag", "person_id", p.id, p.tags)
            self._index(p)
            # Incident search covers target names: re-index this person's incidents after a rename.
            self.cdb.incidents.reindex(self.incident_ids(p.id))
        return self.get(p.id)

    def _index(self, p: Person) -> None:
        org = ""
        if p.organisation_id is not None:
            org = self.cdb.scalar("SELECT name || ' ' || name_alt FROM organisation WHERE id = ?",
                                  (p.organisation_id,)) or ""
        fts_replace(self.cdb.conn, "person_fts", p.id,
                    [p.name_latin, p.name_cyrillic, *p.aliases, p.notes, p.pseudonym, org, *p.tags])

    def incident_ids(self, person_id: int) -> list[int]:
        return [r[0] for r in self.cdb.conn.execute(
            "SELECT DISTINCT incident_id FROM target WHERE person_id = ?", (person_id,))]

    def delete(self, person_id: int, with_targets: bool = False) -> None:
        """Delete a person for good. Refused while incidents name them, unless with_targets removes
        those targets (and their threats) too."""
        p = self.get(person_id)
        used = self.incident_ids(person_id)
        if used and not with_targets:
            raise InvalidInput("person.in_use", count=len(used))
        with self.cdb.transaction():
            conn = self.cdb.conn
            target_uuids = [r[0] for r in conn.execute("SELECT uuid FROM target WHERE person_id = ?", (person_id,))]
            conn.execute("DELETE FROM target WHERE person_id = ?", (person_id,))
            self.cdb.casework.purge_for(person_ids=[person_id])
            conn.execute("DELETE FROM person WHERE id = ?", (person_id,))
            conn.execute("DELETE FROM person_fts WHERE rowid = ?", (person_id,))
            self.cdb.incidents.reindex(used)
            self.cdb.history.redact(p.uuid)
            self.cdb.history.record("delete", "person", p.uuid, {"targets_removed": target_uuids})
            self.cdb.tags.drop_unused()
        self.cdb.purge_free_text()

    def merge(self, keep_id: int, merge_id: int, take: dict[str, str] | None = None) -> Person:
        """Fold one person into another: targets, casework and links move, the names not kept become
        aliases, history keeps both, and every incident that named the one that goes records it.

        take chooses per field (MERGE_CHOICES) "keep" or "other" ("both" joins contact and notes);
        a field not chosen keeps the kept record's value when it has one, else takes the other's
        (a risk level or gender never falls back to "unknown"); contact and notes default to both.
        Aliases, categories and tags are always the union. undo_last_merge() reverses it."""
        if keep_id == merge_id:
            raise InvalidInput("person.merge_same")
        keep, gone = self.get(keep_id), self.get(merge_id)
        before = to_dict(keep)
        take = take or {}
        unknown = {"gender": "unknown", "risk_level": "unknown"}

        def pick(field: str):
            mine, theirs = getattr(keep, field), getattr(gone, field)
            choice = take.get(field)
            if choice == "other":
                return theirs
            if choice == "keep":
                return mine
            if field in ("contact", "notes"):
                return "\n".join(dict.fromkeys(x for x in (mine, theirs) if x))
            return mine if mine and mine != unknown.get(field) else theirs
        with self.cdb.transaction():
            conn = self.cdb.conn
            moved_targets = [r[0] for r in conn.execute("SELECT id FROM target WHERE person_id = ?", (merge_id,))]
            incident_uuids = [r[0] for r in conn.execute(
                "SELECT DISTINCT i.uuid FROM incident i JOIN target t ON t.incident_id = i.id WHERE t.person_id = ?",
                (merge_id,))]
            casework = {t: [r[0] for r in conn.execute(f"SELECT id FROM {t} WHERE person_id = ?", (merge_id,))]
                        for t in _CASEWORK_TABLES}
            org_links = [r[0] for r in conn.execute("SELECT id FROM person_org_link WHERE person_id = ?", (merge_id,))]
            conn.execute("UPDATE target SET person_id = ? WHERE person_id = ?", (keep_id, merge_id))
            all_names = [keep.name_latin, keep.name_cyrillic, *keep.aliases, gone.name_latin, gone.name_cyrillic,
                         *gone.aliases]
            for field in ("name_latin", "name_cyrillic", "gender", "risk_level", "contact", "notes"):
                setattr(keep, field, pick(field))
            keep.aliases = list(dict.fromkeys(
                n for n in all_names if n and n not in (keep.name_latin, keep.name_cyrillic)))
            keep.categories = sorted(set(keep.categories) | set(gone.categories))
            keep.tags = [*keep.tags, *gone.tags]
            self.cdb.casework.move_person(merge_id, keep_id)
            self.cdb.links.move_person(merge_id, keep_id)
            conn.execute("DELETE FROM person WHERE id = ?", (merge_id,))
            conn.execute("DELETE FROM person_fts WHERE rowid = ?", (merge_id,))
            undo = {"kept_before": before, "gone": to_dict(gone), "targets": moved_targets, "casework": casework,
                    "org_links": org_links, "revision_after": keep.revision + 1}     # the save below
            self.cdb.history.record_many(
                [("merge", "person", keep.uuid, {"merged": gone.uuid, "undo": undo}),
                 ("merge", "person", gone.uuid, {"merged_into": keep.uuid})]
                + [("update", "incident", u, {"person_merged": {"from": gone.uuid, "into": keep.uuid}})
                   for u in incident_uuids])
            self.save(keep)
            self.cdb.casework.refresh_level(keep_id)
        return self.get(keep_id)

    def last_merge(self) -> dict | None:
        """The latest merge that can still be undone: {"seq", "kept", "gone" (uuids), "at"}, or None."""
        found = self._last_merge()
        return None if found is None else {k: found[k] for k in ("seq", "kept", "gone", "at")}

    def _last_merge(self) -> dict | None:
        row = self.cdb.conn.execute(
            "SELECT seq, entity_uuid, changes, at FROM history WHERE action = 'merge' AND entity = 'person'"
            " AND changes LIKE '%\"undo\"%' ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None or row[2] is None:
            return None
        changes = json.loads(row[2])
        if self.cdb.scalar("SELECT 1 FROM history WHERE seq > ? AND entity_uuid = ? AND changes LIKE ?",
                           (row[0], row[1], f'%"merge_undone":{row[0]}%')):
            return None
        return {"seq": row[0], "kept": row[1], "gone": changes["merged"], "at": row[3], "undo": changes["undo"]}

    def undo_last_merge(self) -> tuple[Person, Person]:
        """Reverse the latest merge while the kept record is as the merge left it: the other person
        comes back (same uuid and pseudonym) with their targets, casework and organisation links,
        and the kept record gets its fields back. Returns (kept, restored)."""
        found = self._last_merge()
        if found is None:
            raise InvalidInput("person.merge_undo_none")
        undo = found["undo"]
        kept_id = self.id_for_uuid(found["kept"])
        if kept_id is None or self.id_for_uuid(found["gone"]) is not None:
            raise InvalidInput("person.merge_undo_none")
        kept = self.get(kept_id)
        if kept.revision != undo["revision_after"]:
            raise InvalidInput("person.merge_undo_changed")
        with self.cdb.transaction():
            conn = self.cdb.conn
            back = Person(**{**undo["gone"], "id": None, "revision": 0})
            restored = self.save(back)
            marks = ",".join("?" * len(undo["targets"]))
            incident_uuids = []
            if undo["targets"]:
                incident_uuids = [r[0] for r in conn.execute(
                    f"SELECT DISTINCT i.uuid FROM incident i JOIN target t ON t.incident_id = i.id WHERE t.id IN ({marks})",
                    undo["targets"])]
                conn.execute(f"UPDATE target SET person_id = ? WHERE id IN ({marks})", (restored.id, *undo["targets"]))
            for table, ids in undo["casework"].items():
                if table in _CASEWORK_TABLES and ids:
                    conn.execute(f"UPDATE {table} SET person_id = ? WHERE id IN ({','.join('?' * len(ids))})",
                                 (restored.id, *ids))
            if undo["org_links"]:
                conn.execute(f"UPDATE OR IGNORE person_org_link SET person_id = ? WHERE id IN "
                             f"({','.join('?' * len(undo['org_links']))})", (restored.id, *undo["org_links"]))
            again = Person(**{**undo["kept_before"], "id": kept_id, "revision": kept.revision})
            kept = self.save(again)
            self.cdb.incidents.reindex(self.incident_ids(restored.id))
            self.cdb.casework.refresh_level(restored.id)
            self.cdb.history.record_many(
                [("update", "person", found["kept"], {"merge_undone": found["seq"]})]
                + [("update", "incident", u, {"person_merge_undone": {"from": found["gone"], "into": found["kept"]}})
                   for u in incident_uuids])
        return self.get(kept_id), self.get(restored.id)

    def possible_duplicates(self, threshold: float = 0.85, limit: int = 200) -> list[tuple[int, int, float]]:
        """Pairs of persons that may be one (same name across scripts, alias match): (a, b, score),
        likeliest first.
        Pairs decided "not the same person" (LinkStore.mark_not_same_person) are left out, and so are
        pairs already linked as the same person."""
        decided = self.cdb.links.distinct_id_pairs() | {
            tuple(r) for r in self.cdb.conn.execute("SELECT person_id, other_id FROM person_same")}
        keys: dict[int, set[str]] = {}
        names: dict[int, list[str]] = {}
        for pid, latin, cyr, aliases in self.cdb.conn.execute(
                "SELECT id, name_latin, name_cyrillic, aliases FROM person"):
            names[pid] = [n for n in (latin, cyr, *json.loads(aliases)) if n]
            keys[pid] = {name_key(n) for n in names[pid]} - {""}
        by_key: dict[str, list[int]] = {}
        for pid, ks in keys.items():
            for k in ks:
                by_key.setdefault(k, []).append(pid)
        pairs: dict[tuple[int, int], float] = {}
        for ids in by_key.values():
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    pairs[(min(a, b), max(a, b))] = 1.0
        # Near matches are compared only within the same first letter of the key, to stay fast.
        buckets: dict[str, list[tuple[int, str]]] = {}
        for pid, ks in keys.items():
            for k in ks:
                buckets.setdefault(k[:1], []).append((pid, k))
        for items in buckets.values():
            for i, (a, ka) in enumerate(items):
                for b, kb in items[i + 1:]:
                    if a == b or (min(a, b), max(a, b)) in pairs:
                        continue
                    score = similarity(ka, kb)
                    if score >= threshold:
                        pairs[(min(a, b), max(a, b))] = score
        # The candidates found by their name keys are scored word by word (fuzzy.person_similarity):
        # another first name or surname, or another father, ranks a pair below the likely ones.
        ranked = sorted(((a, b, person_similarity(names[a], names[b])) for (a, b) in pairs if (a, b) not in decided),
                        key=lambda x: (-x[2], x[0], x[1]))
        return ranked[:limit]

