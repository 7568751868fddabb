"""Verification on demand: page MACs, SQLite integrity, foreign keys, attachment hashes, history chain.

A failed check blocks writes on the open database (so damage is not made worse) until a backup is
restored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from kkdesk.progress import Progress, ensure
from kkdesk.store.database import CaseDatabase
from kkdesk.store.sqlite import DatabaseError


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(cdb: CaseDatabase, attachments: bool = True, history: bool = True,
           progress: Progress | None = None) -> VerifyReport:
    """Check everything; on any problem, block writes and say what is wrong in plain words."""
    progress = ensure(progress)
    report = VerifyReport()
    conn = cdb.conn
    try:
        progress.set_progress(0.0, "Checking page authentication codes")
        bad_pages = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        report.checked["pages"] = cdb.scalar("PRAGMA page_count")
        if bad_pages:
            report.problems.append(f"{len(bad_pages)} page(s) of the file were changed or damaged.")
        progress.set_progress(0.3, "Checking the database structure")
        result = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            report.problems.append("The database structure is damaged (integrity check failed).")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            report.problems.append("Some records point to records that no longer exist.")
        if attachments:
            progress.set_progress(0.6, "Checking attachments")
            ids = [r[0] for r in conn.execute("SELECT id FROM attachment ORDER BY id")]
            for n, att_id in enumerate(ids):
                progress.check()
                data, expected, name = conn.execute(
                    "SELECT data, sha256, filename FROM attachment WHERE id = ?", (att_id,)).fetchone()
                if hashlib.sha256(data).hexdigest() != expected:
                    report.problems.append(f"Attachment {att_id} no longer matches the SHA-256 taken at intake.")
            report.checked["attachments"] = len(ids)
        if history:
            progress.set_progress(0.8, "Checking the history chain")
            report.problems.extend(cdb.history.verify())
            report.checked["history"] = cdb.scalar("SELECT count(*) FROM history")
    except DatabaseError:
        report.problems.append("The database file is damaged: some pages cannot be read.")
    progress.set_progress(1.0, "Done")
    if report.problems:
        cdb.writes_blocked = report.problems[0]
    return report
