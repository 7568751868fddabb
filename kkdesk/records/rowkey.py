"""Row keys of the incident search index, in display order: newest first, then the higher id.

FTS5 hands out matches in ascending rowid order and can stop after the first few; ordering a
million matches by date cannot. So incident_fts does not use the incident id as its rowid but a key
made from the incident's first day and id, and the first page of a search is the first rows the
index gives (schema 4). Any change of an incident's first day re-keys its search row.
"""

from __future__ import annotations

_ID_BITS = 34                       # room for 17 billion incidents
_ID_MASK = (1 << _ID_BITS) - 1
_LAST_DAY = 99_999_999              # yyyymmdd above any day; the day part stays positive

# The incident id of a search row, in SQL (for "i.id IN (SELECT ... FROM incident_fts ...)").
INCIDENT_OF_ROWID = f"({_ID_MASK} - (rowid & {_ID_MASK}))"


def search_rowid(date_start: str, incident_id: int) -> int:
    """The search row key of an incident whose first day is `date_start` (ISO, as stored)."""
    if not 0 < incident_id <= _ID_MASK:
        raise ValueError("incident id out of the search key's range")
    day = int(date_start.replace("-", ""))
    return ((_LAST_DAY - day) << _ID_BITS) | (_ID_MASK - incident_id)


def incident_of(rowid: int) -> int:
    """The incident id inside a search row key."""
    return _ID_MASK - (rowid & _ID_MASK)
