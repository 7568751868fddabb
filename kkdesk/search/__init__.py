"""Search: full text (any script) and filters, turned into SQL that returns ordered incident ids.

Text is folded to one Latin form on both sides (see kkdesk.model.translit), so "Zhovtis" finds
"Жовтис" and the reverse. Filters work at three levels — incident, target, threat — and each
level's conditions are kept apart so statistics can apply them to the rows they count.
query.py builds the SQL; first_page.py finds the first page of a text search fast; this module
chooses between them.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

from kkdesk.search.first_page import FIRST_PAGE_MAX, first_page_by_date
from kkdesk.search.query import (
    SORT_KEYS,
    Conditions,
    SearchQuery,
    conditions,
    fts_match,
    incident_where,
    limited_to_verified,
    normalise_day,
    ordered_sql,
)

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

__all__ = ["SORT_KEYS", "Conditions", "SearchQuery", "conditions", "fts_match", "incident_id_array",
           "incident_ids", "incident_where", "limited_to_verified", "normalise_day"]


def incident_ids(cdb: "CaseDatabase", q: SearchQuery | None = None, order: str = "date",
                 descending: bool = True, limit: int | None = None) -> list[int]:
    """Ids of matching incidents in display order (sorting happens in SQL)."""
    q = q or SearchQuery()
    if limit is not None and 0 < limit <= FIRST_PAGE_MAX and order == "date" and fts_match(q.text):
        page = first_page_by_date(cdb, q, descending, int(limit))
        if page is not None:
            return page
    sql, params = ordered_sql(q, order, descending, limit)
    return [r[0] for r in cdb.conn.execute(sql, params)]


def incident_id_array(cdb: "CaseDatabase", q: SearchQuery | None = None, order: str = "date",
                      descending: bool = True) -> array:
    """The full ordered id list as 64-bit integers: 8 bytes an id instead of about 36 in a list,
    which is what keeps the table of a million incidents within its memory budget."""
    sql, params = ordered_sql(q or SearchQuery(), order, descending, None)
    return array("q", (r[0] for r in cdb.conn.execute(sql, params)))
