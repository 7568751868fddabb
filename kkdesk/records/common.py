"""Small pieces the record stores share: identities, pseudonym codes, checks, FTS rows, and the
write of one registry row (a person or an organisation) with its revision and history entry."""

from __future__ import annotations

import json
import secrets
import uuid as uuidlib
from typing import TYPE_CHECKING, Callable

from kkdesk.errors import InvalidInput, StaleRecord
from kkdesk.messages import CATALOGUE, Message, msg
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import to_dict
from kkdesk.model.translit import fold
from kkdesk.util.clock import now_iso

if TYPE_CHECKING:
    from kkdesk.store.database import Database

# Crockford-style alphabet without I, L, O, U: codes read aloud or copied by hand stay unambiguous.
_PSEUDONYM_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
MAX_SHORT = 500
MAX_LONG = 200_000


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def new_pseudonym(prefix: str, taken) -> str:
    """A short random code like P-7K3Q9 that `taken(code)` says is free."""
    for _ in range(100):
        code = f"{prefix}-" + "".join(secrets.choice(_PSEUDONYM_ALPHABET) for _ in range(5))
        if not taken(code):
            return code
    raise RuntimeError("could not find a free pseudonym code")


def _name(what: str | Message) -> Message:
    """A field's name for a message: a catalogue code ("field.title") or a ready Message (an English
    name not yet in the catalogue is quoted as it is; tests/test_messages.py lists such callers)."""
    if isinstance(what, Message):
        return what
    return msg(what) if what in CATALOGUE else Message("error.untranslated", {"text": what})


def check_choice(value, allowed, what: str | Message, field: str | None = None, named=None) -> None:
    """InvalidInput unless value is one of allowed; `named(code)` names each allowed value in the message
    (a vocabulary label in each language, `VocabularyStore.named`), else the codes are listed."""
    if value not in allowed:
        shown = [named(a) for a in allowed if a] if named else ", ".join(a for a in allowed if a)
        raise InvalidInput("value.not_in_list", field=field, what=_name(what), allowed=shown)


def check_text(value: str, what: str | Message, limit: int = MAX_SHORT, required: bool = False,
               field: str | None = None) -> str:
    """The text, or InvalidInput naming `what` (a field name code) and carrying `field`."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput("text.not_text", field=field, what=_name(what))
    if "\x00" in value:
        raise InvalidInput("text.nul", field=field, what=_name(what))
    if required and not value.strip():
        raise InvalidInput("text.required", field=field, what=_name(what))
    if len(value) > limit:
        raise InvalidInput("text.too_long", field=field, what=_name(what), length=len(value), limit=limit)
    return value


def check_iso_date(value: str | None, what: str | Message, field: str | None = None) -> str | None:
    """A full or partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or None."""
    if value in (None, ""):
        return None
    try:
        return PartialDate(value).date_from
    except InvalidInput:
        raise InvalidInput("date.needs_iso", field=field, what=_name(what)) from None


def rows_in(conn, sql: str, ids, chunk: int = 500):
    """Rows of `sql` (with one `{marks}` placeholder for an IN list) for many ids, in chunks that stay
    under SQLite's parameter limit."""
    ids = list(ids)
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        yield from conn.execute(sql.format(marks=",".join("?" * len(part))), part)


def jdump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def fts_replace(conn, table: str, rowid: int, texts) -> None:
    """Replace the folded full-text row of one record."""
    body = fold(" ".join(t for t in texts if t))
    conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
    conn.execute(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", (rowid, body))


def diff(old: dict, new: dict, skip=("revision", "updated_at", "updated_by")) -> dict:
    """{field: [old, new]} for the fields that differ."""
    return {k: [old.get(k), v] for k, v in new.items() if k not in skip and old.get(k) != v}


def registry_public(record) -> dict:
    """What the history records of a person or organisation: its content, without the local id and
    the timestamps."""
    d = to_dict(record)
    for k in ("id", "created_at", "updated_at"):
        d.pop(k, None)
    return d


def save_registry_row(cdb: "Database", record, table: str, prefix: str, content: dict,
                      get: Callable[[int], object]) -> None:
    """Insert (record.id None) or update the row of a person or organisation, call inside a transaction.

    `content` holds the row's own columns as stored; this adds what every registry row has: uuid,
    pseudonym code (`prefix`-XXXXX), revision (a stale one is refused), timestamps and authors, and
    the history entry. It sets record.id, uuid, pseudonym, revision, created_at and updated_at.
    """
    conn, actor, now = cdb.conn, cdb.actor, now_iso()
    if record.id is None:
        record.uuid = record.uuid or new_uuid()
        record.pseudonym = record.pseudonym or new_pseudonym(
            prefix, lambda c: conn.execute(f"SELECT 1 FROM {table} WHERE pseudonym = ?", (c,)).fetchone())
        record.revision = max(record.revision, 0) + 1
        record.created_at = record.created_at or now
        record.updated_at = now
        row = {"uuid": record.uuid, "revision": record.revision, **content, "pseudonym": record.pseudonym,
               "created_at": record.created_at, "created_by": actor, "updated_at": now, "updated_by": actor}
        record.id = conn.execute(f"INSERT INTO {table}({', '.join(row)}) VALUES ({','.join('?' * len(row))})",
                                 list(row.values())).lastrowid
        cdb.history.record("create", table, record.uuid, registry_public(record))
        return
    old = get(record.id)
    if record.revision != old.revision:
        raise StaleRecord("record.stale")
    record.revision = old.revision + 1
    record.updated_at = now
    row = {"revision": record.revision, **content, "updated_at": now, "updated_by": actor}
    conn.execute(f"UPDATE {table} SET {', '.join(f'{k}=?' for k in row)} WHERE id=?", [*row.values(), record.id])
    cdb.history.record("update", table, record.uuid, diff(registry_public(old), registry_public(record)))
