"""OrganisationStore: targeted organisations (bar associations, NGOs, firms, media outlets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput, NotFound
from kkdesk.model.entities import Organisation
from kkdesk.model.translit import fold
from kkdesk.records.common import MAX_LONG, check_text, fts_replace, rows_in, save_registry_row

if TYPE_CHECKING:
    from kkdesk.records.case import CaseDatabase

_CONTENT = ("name", "name_alt", "kind", "region", "city", "notes")  # what a save writes as given
_COLUMNS = ("id", "uuid", "revision", *_CONTENT, "pseudonym", "created_at", "updated_at")


class OrganisationStore:
    def __init__(self, cdb: "CaseDatabase"):
        self.cdb = cdb

    def get(self, org_id: int) -> Organisation:
        row = self.cdb.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM organisation WHERE id = ?",
                                    (org_id,)).fetchone()
        if row is None:
            raise NotFound("organisation.not_found")
        return Organisation(**dict(zip(_COLUMNS, row)))

    def get_by_uuid(self, uuid: str) -> Organisation:
        return self.get(self.id_for_uuid(uuid) or -1)

    def id_for_uuid(self, uuid: str) -> int | None:
        row = self.cdb.conn.execute("SELECT id FROM organisation WHERE uuid = ?", (uuid,)).fetchone()
        return row[0] if row else None

    def ids(self) -> list[int]:
        return [r[0] for r in self.cdb.conn.execute("SELECT id FROM organisation ORDER BY name")]

    def count(self) -> int:
        return self.cdb.scalar("SELECT count(*) FROM organisation")

    def names(self, ids: list[int]) -> dict[int, tuple[str, str, str]]:
        """{id: (name, name_alt, pseudonym)} for many organisations at once."""
        return {r[0]: (r[1], r[2], r[3]) for r in rows_in(
            self.cdb.conn, "SELECT id, name, name_alt, pseudonym FROM organisation WHERE id IN ({marks})", ids)}

    def find(self, text: str, limit: int = 20) -> list[int]:
        key = fold(text)
        if not key:
            return []
        match = " AND ".join(f'"{tok}"*' for tok in key.split())
        return [r[0] for r in self.cdb.conn.execute(
            "SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ? LIMIT ?", (match, limit))]

    def save(self, o: Organisation) -> Organisation:
        o.name = check_text(o.name, "field.organisation_name", required=True, field="name").strip()
        o.name_alt = check_text(o.name_alt, "field.name_alt", field="name_alt").strip()
        o.notes = check_text(o.notes, "field.notes", MAX_LONG, field="notes")
        vocab = self.cdb.vocab
        vocab.validate("org_kind", o.kind, field="kind")
        vocab.validate("city", o.city, field="city")
        vocab.validate("region", o.region, field="region")
        if o.city and not o.region:
            o.region = vocab.term("city", o.city).parent
        with self.cdb.transaction():
            conn = self.cdb.conn
            save_registry_row(self.cdb, o, "organisation", "O", {k: getattr(o, k) for k in _CONTENT}, self.get)
            fts_replace(conn, "organisation_fts", o.id, [o.name, o.name_alt, o.notes, o.pseudonym])
            self.cdb.incidents.reindex([r[0] for r in conn.execute(
                "SELECT DISTINCT incident_id FROM target WHERE organisation_id = ?", (o.id,))])
        return self.get(o.id)

    def delete(self, org_id: int) -> None:
        o = self.get(org_id)
        used = self.cdb.scalar("SELECT count(*) FROM target WHERE organisation_id = ?", (org_id,))
        if used:
            raise InvalidInput("organisation.in_use", count=used)
        with self.cdb.transaction():
            self.cdb.casework.purge_for(organisation_ids=[org_id])
            self.cdb.conn.execute("DELETE FROM organisation WHERE id = ?", (org_id,))
            self.cdb.conn.execute("DELETE FROM organisation_fts WHERE rowid = ?", (org_id,))
            self.cdb.history.redact(o.uuid)
            self.cdb.history.record("delete", "organisation", o.uuid, {})
        self.cdb.purge_free_text()

