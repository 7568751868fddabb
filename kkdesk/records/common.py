"""Small pieces the record stores share: identities, pseudonym codes, checks, FTS rows."""

from __future__ import annotations

import json
import secrets
import uuid as uuidlib

from kkdesk.errors import InvalidInput

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


def check_choice(value, allowed, what: str) -> None:
    if value not in allowed:
        raise InvalidInput(f"{what} must be one of: {', '.join(a for a in allowed if a)}.")


def check_text(value: str, what: str, limit: int = MAX_SHORT, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text.")
    if "\x00" in value:
        raise InvalidInput(f"{what} contains a NUL character.")
    if required and not value.strip():
        raise InvalidInput(f"{what} is required.")
    if len(value) > limit:
        raise InvalidInput(f"{what} is too long ({len(value)} characters; at most {limit}).")
    return value


def check_iso_date(value: str | None, what: str) -> str | None:
    """A full or partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or None."""
    if value in (None, ""):
        return None
    from kkdesk.model.dates import PartialDate

    try:
        return PartialDate(value).date_from
    except InvalidInput:
        raise InvalidInput(f"{what} must be a date like 2019-06-09, 2019-06 or 2019.") from None


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
    from kkdesk.model.translit import fold

    body = fold(" ".join(t for t in texts if t))
    conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
    conn.execute(f"INSERT INTO {table}(rowid, body) VALUES (?, ?)", (rowid, body))


def diff(old: dict, new: dict, skip=("revision", "updated_at", "updated_by")) -> dict:
    """{field: [old, new]} for the fields that differ."""
    return {k: [old.get(k), v] for k, v in new.items() if k not in skip and old.get(k) != v}
