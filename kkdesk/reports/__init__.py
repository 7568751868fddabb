"""Printed documents and exports: case briefs, defender dossiers, periodic overviews (PDF) and
CSV / XLSX / JSON exports, each under a de-identification profile (full, pseudonymised, public).

Every PDF is made in two steps — gather a frozen snapshot from the store (kkdesk.reports.snapshots),
then render only that snapshot (kkdesk.reports.pdf) — and is returned as bytes; write it with
`write_atomically`. Nothing here imports Qt.

    pdf = build_brief(cdb, incident_id, lang="kk", profile="pseudonymised")
    pdf = build_dossier(cdb, person_id=7, lang="ru")            # or organisation_id=...
    pdf = build_overview(cdb, SearchQuery(date_from="2019", date_to="2019"), "en", "public", progress)
    docx = build_submission(cdb, SearchQuery(date_from="2019", date_to="2022"), "ru", "pseudonymised")
    write_atomically(path, pdf)
    export(cdb, "xlsx", path, "full", query=None, lang="ru", progress=progress)   # csv: path is a folder

Names in free text that are not in the registry (Болат Сериков) are replaced by a placeholder by
default; every builder and `export` take `unknown="keep"` to keep them, or `unknown="ask"` to raise
deidentify.UnknownNamesFound (its `.names` lists them, to show the user) before anything is written,
so that a front end can ask and build again with the user's choice.

Errors are KkdeskError kinds with plain messages: InvalidInput (language, profile, format, a
non-public incident under the public profile, a missing folder), NotFound, Cancelled (nothing
written), UnknownNamesFound. The snapshots (kkdesk.reports.snapshots.{brief,dossier,overview}.gather_*) can feed a preview without a PDF.
"""

from __future__ import annotations

from kkdesk.errors import InvalidInput
from kkdesk.progress import Progress, ensure
from kkdesk.reports import export_csv, export_json
from kkdesk.reports.deidentify import PROFILES, check_profile, check_unknown
from kkdesk.reports.export_rows import gather_tables
from kkdesk.reports.i18n import LANGS, check_lang
from kkdesk.util.files import write_atomically
from kkdesk.reports.snapshots.brief import gather_brief
from kkdesk.reports.snapshots.dossier import gather_dossier
from kkdesk.reports.snapshots.overview import gather_overview
from kkdesk.reports.snapshots.submission import gather_submission
from kkdesk import stats
from kkdesk.search import SearchQuery
from kkdesk.records import CaseDatabase

__all__ = ["LANGS", "PROFILES", "build_brief", "build_dossier", "build_overview", "build_submission", "export",
           "write_atomically"]

# The renderers (ReportLab) and the XLSX writer (openpyxl) are imported where a document is made, not
# here: every command of the CLI and the incident table (through reports.deidentify) would pay about a
# second for them at start ("kkdesk --help": 2.0 s -> 5.1 s on a loaded machine).


def build_brief(cdb: "CaseDatabase", incident_id: int, lang: str = "en", profile: str = "full",
                unknown: str = "replace", pdfa: bool = False) -> bytes:
    """The case brief of one incident as PDF bytes (PDF/A-2b with `pdfa`)."""
    from kkdesk.reports.pdf import brief

    return brief.render(gather_brief(cdb, incident_id, lang, profile, unknown), pdfa=pdfa)


def export(cdb: "CaseDatabase", fmt: str, path, profile: str = "full", query: "SearchQuery | None" = None,
           lang: str = "en", progress: "Progress | None" = None, unknown: str = "replace",
           delimiter: str | None = None) -> None:
    """Write a csv (a folder of five files, eight with casework), xlsx or json export to path, atomically. `delimiter`
    (CSV only) defaults to the language's: ";" for ru and kk, "," for en."""
    check_profile(profile)
    check_lang(lang)
    check_unknown(unknown)
    if fmt == "json":
        write_atomically(path, export_json.dumps(export_json.build(cdb, profile, query, progress, lang, unknown)))
        return
    if fmt not in ("csv", "xlsx"):
        raise InvalidInput("report.bad_format", format=str(fmt))
    if fmt == "csv":
        export_csv.delimiter_for(lang, delimiter)   # refuse a bad delimiter before the work
    with cdb.larger_cache():
        sheets = gather_tables(cdb, profile, lang, query, progress, unknown)
    if fmt == "csv":
        export_csv.write(sheets, path, lang, delimiter)
    else:
        from kkdesk.reports import export_xlsx

        export_xlsx.write(sheets, path, lang)


def build_overview(cdb: "CaseDatabase", query: "SearchQuery | None" = None, lang: str = "en",
                   profile: str = "full", progress: "Progress | None" = None, unknown: str = "replace",
                   pdfa: bool = False) -> bytes:
    """The periodic overview of the incidents `query` selects (all when None) as PDF bytes (PDF/A-2b
    with `pdfa`)."""
    from kkdesk.reports.pdf import overview

    progress = ensure(progress)
    with cdb.larger_cache():
        snap = gather_overview(cdb, query, lang, profile, progress, unknown)
    stats.release_memory()   # the statistics' temporaries and the larger page cache's pages
    data = overview.render(snap, progress, pdfa=pdfa)
    progress.set_progress(1.0, "")
    return data


def build_dossier(cdb: "CaseDatabase", person_id: int | None = None, organisation_id: int | None = None,
                  lang: str = "en", profile: str = "full", unknown: str = "replace", pdfa: bool = False,
                  verified_only: bool = False) -> bytes:
    """The dossier of one person or one organisation as PDF bytes (PDF/A-2b with `pdfa`); with
    verified_only its timeline and counts hold verified incidents only (the dossier says which)."""
    from kkdesk.reports.pdf import dossier

    with cdb.larger_cache():
        snap = gather_dossier(cdb, person_id, organisation_id, lang, profile, unknown, verified_only)
    return dossier.render(snap, pdfa=pdfa)


def build_submission(cdb: "CaseDatabase", query: "SearchQuery", lang: str = "en", profile: str = "pseudonymised",
                     coalition: bool = False, progress: "Progress | None" = None, unknown: str = "replace") -> bytes:
    """A UN (UPR / treaty body) submission draft of the query's period, at most four years, as .docx
    bytes: numbered paragraphs of figures and trends, tables, de-identified case examples, within the
    UPR page limit (5 pages; 10 for a `coalition`)."""
    from kkdesk.reports.docx import submission

    progress = ensure(progress)
    with cdb.larger_cache():
        snap = gather_submission(cdb, query, lang, profile, coalition, progress, unknown)
    stats.release_memory()   # the statistics' temporaries and the larger page cache's pages
    return submission.render(snap)
