"""Printed documents and exports: case briefs, defender dossiers, periodic overviews (PDF) and
CSV / XLSX / JSON exports, each under a de-identification profile (full, pseudonymised, public).

Every PDF is made in two steps — gather a frozen snapshot from the store (kkdesk.reports.snapshot),
then render only that snapshot (kkdesk.reports.pdf) — and is returned as bytes; write it with
`write_atomically`. Nothing here imports Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kkdesk.reports.deidentify import PROFILES
from kkdesk.reports.safe_write import write_atomically

if TYPE_CHECKING:
    from kkdesk.progress import Progress
    from kkdesk.search import SearchQuery
    from kkdesk.store.database import CaseDatabase

__all__ = ["PROFILES", "build_brief", "build_dossier", "build_overview", "export", "write_atomically"]


def build_brief(cdb: "CaseDatabase", incident_id: int, lang: str = "en", profile: str = "full") -> bytes:
    """The case brief of one incident as PDF bytes."""
    from kkdesk.reports.pdf import brief
    from kkdesk.reports.snapshot import gather_brief

    return brief.render(gather_brief(cdb, incident_id, lang, profile))
