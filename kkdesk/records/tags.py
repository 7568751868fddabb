"""Free tags shared by incidents and persons ("needs legal aid", "at high risk")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kkdesk.records.common import check_text

if TYPE_CHECKING:
    from kkdesk.store.database import Database


def clean_tags(tags) -> list[str]:
    """Trimmed, de-duplicated (case-insensitively), in the order given."""
    seen, result = set(), []
    for tag in tags or []:
        tag = check_text(tag, "field.tag", 100, field="tags").strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


class TagStore:
    def __init__(self, cdb: "Database"):
        self.cdb = cdb

    def ids(self, names: list[str]) -> list[int]:
        """Tag ids for names, creating missing tags (call inside a transaction)."""
        ids = []
        for name in names:
            row = self.cdb.conn.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
            if row:
                ids.append(row[0])
            else:
                ids.append(self.cdb.conn.execute("INSERT INTO tag(name) VALUES (?)", (name,)).lastrowid)
        return ids

    def all(self) -> list[str]:
        return [r[0] for r in self.cdb.conn.execute("SELECT name FROM tag ORDER BY name COLLATE NOCASE")]

    def set_for(self, table: str, column: str, record_id: int, names: list[str]) -> None:
        self.cdb.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (record_id,))
        for tag_id in self.ids(names):
            self.cdb.conn.execute(f"INSERT INTO {table}({column}, tag_id) VALUES (?, ?)", (record_id, tag_id))

    def of(self, table: str, column: str, record_id: int) -> list[str]:
        return [r[0] for r in self.cdb.conn.execute(
            f"SELECT tag.name FROM {table} JOIN tag ON tag.id = {table}.tag_id WHERE {column} = ? ORDER BY tag.name",
            (record_id,))]

    def drop_unused(self) -> None:
        self.cdb.conn.execute(
            "DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM incident_tag)"
            " AND id NOT IN (SELECT tag_id FROM person_tag)"
        )
