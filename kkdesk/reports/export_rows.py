"""Rows for the analysis exports (CSV, XLSX): one row per threat, plus incident and person tables.

Labels are in the chosen language, the de-identification profile is applied, and every text cell
that a spreadsheet could read as a formula is escaped (`escape_cell`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from kkdesk.model.entities import CRITERIA
from kkdesk.progress import Progress, ensure
from kkdesk.reports.bulk import kept_incidents
from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots.common import Context
from kkdesk.search import SearchQuery, incident_ids

if TYPE_CHECKING:
    from kkdesk.store.database import CaseDatabase

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value):
    """Text that starts like a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@dataclass
class Sheet:
    name: str
    header: list[str]
    rows: list[list]


def _people_row_header(lang: str, full: bool) -> list[str]:
    cols = [tr("pseudonym", lang), tr("uuid", lang), tr("name_latin", lang), tr("name_cyrillic", lang),
            tr("aliases", lang), tr("gender", lang), tr("categories", lang), tr("organisation", lang),
            tr("region", lang), tr("city", lang), tr("risk_level", lang), tr("incidents", lang),
            tr("threats", lang)]
    if full:
        cols += [tr("contact", lang), tr("notes", lang)]
    return cols


def gather_tables(cdb: "CaseDatabase", profile: str = "full", lang: str = "en",
                  query: SearchQuery | None = None, progress: Progress | None = None) -> list[Sheet]:
    """The threats, incidents and persons tables for the incidents `query` selects (all by default)."""
    progress = ensure(progress)
    ctx = Context(cdb, lang, profile)
    deid, L = ctx.deid, ctx.lang
    ids = incident_ids(cdb, query or SearchQuery(), order="date", descending=False)
    crit_headers = [ctx.label("criterion", dim) for dim in CRITERIA]
    threats = Sheet("threats", [
        tr("incident_ref", L), tr("uuid", L), tr("incident_title", L), tr("date", L), tr("year_col", L),
        tr("month_col", L), tr("region", L), tr("city", L), tr("status", L), tr("confidentiality", L),
        tr("target_kind", L), tr("target_code", L), tr("target_name", L), tr("category", L), tr("gender", L),
        tr("threat_type", L), tr("threat_group", L), tr("sources", L), *crit_headers, tr("articles", L),
        tr("outcome", L)], [])
    incidents = Sheet("incidents", [
        tr("incident_ref", L), tr("uuid", L), tr("title", L), tr("date", L), tr("year_col", L), tr("month_col", L),
        tr("region", L), tr("city", L), tr("status", L), tr("confidentiality", L), tr("targets_col", L),
        tr("threats", L), tr("tags", L), tr("narrative", L)], [])
    per_person: dict[int, list[int]] = {}   # person id -> [incidents, threats]
    genders: dict[int, str] = {}
    for inc in kept_incidents(cdb, ids, deid, progress):
        d = deid.date(inc.date)
        ctx.load_names([t.person_id for t in inc.targets], [t.organisation_id for t in inc.targets])
        city = deid.city(inc.city)
        common = [inc.ref, inc.uuid, deid.text(inc.title), d.iso(), d.year, d.month or "",
                  ctx.label("region", inc.region), ctx.label("city", city),
                  ctx.label("status", inc.status), ctx.label("confidentiality", inc.confidentiality)]
        names = []
        for t in inc.targets:
            is_person = t.person_id is not None
            name = ctx.target_name(t.person_id, t.organisation_id)
            names.append(name)
            code = ctx.code_of(t.person_id, t.organisation_id)
            gender = ctx.label("gender", _gender(cdb, t.person_id, genders)) if is_person else ""
            if is_person:
                stats = per_person.setdefault(t.person_id, [0, 0])
                stats[0] += 1
                stats[1] += len(t.threats)
            for th in t.threats:
                crit = [ctx.label("criterion", f"{dim}.{getattr(th, dim)}") if getattr(th, dim) else ""
                        for dim in CRITERIA]
                parent = cdb.vocab.term("threat_type", th.threat_type).parent \
                    if cdb.vocab.exists("threat_type", th.threat_type) else None
                articles = "; ".join(
                    ctx.label("legal_article", a.article) + (f" — {ctx.label('outcome', a.outcome)}" if a.outcome else "")
                    for a in th.articles)
                outcome = ctx.label("outcome", th.outcome) if cdb.vocab.exists("outcome", th.outcome or "") \
                    else deid.text(th.outcome)
                threats.rows.append(common + [
                    tr("person" if is_person else "organisation", L), code, name,
                    ctx.label("category", t.category), gender, ctx.label("threat_type", th.threat_type),
                    ctx.label("threat_group", parent) if parent else "", "; ".join(
                        ctx.label("source_type", s) for s in th.sources), *crit, articles, outcome])
        incidents.rows.append(common + [
            "; ".join(names), inc.threat_count(), "; ".join(deid.text(t) for t in inc.tags),
            deid.text(inc.narrative)])
    persons = _persons_sheet(ctx, per_person, keep_all=query is None and not deid.public)
    progress.set_progress(1.0, "")
    for sheet in (threats, incidents, persons):
        sheet.rows = [[escape_cell(v) for v in row] for row in sheet.rows]
    return [threats, incidents, persons]


def _gender(cdb: "CaseDatabase", person_id: int, cache: dict[int, str]) -> str:
    if person_id not in cache:
        cache[person_id] = cdb.scalar("SELECT gender FROM person WHERE id = ?", (person_id,)) or ""
    return cache[person_id]


def _persons_sheet(ctx: Context, per_person: dict[int, list[int]], keep_all: bool) -> Sheet:
    cdb, deid, L = ctx.cdb, ctx.deid, ctx.lang
    sheet = Sheet("persons", _people_row_header(L, deid.full), [])
    person_ids = cdb.persons.ids() if keep_all else sorted(per_person)
    orgs = cdb.organisations.names([r[0] for r in cdb.conn.execute("SELECT id FROM organisation")])
    for pid in person_ids:
        p = cdb.persons.get(pid)
        org = ""
        if p.organisation_id is not None and p.organisation_id in orgs:
            name, _alt, code = orgs[p.organisation_id]
            org = name if deid.full else code
        n_inc, n_thr = per_person.get(pid, [0, 0])
        row = [p.pseudonym, p.uuid, p.name_latin if deid.full else p.pseudonym,
               p.name_cyrillic if deid.full else "", "; ".join(p.aliases) if deid.full else "",
               ctx.label("gender", p.gender), ctx.labels("category", p.categories), org,
               ctx.label("region", p.region), ctx.label("city", deid.city(p.city)),
               ctx.label("risk_level", p.risk_level), n_inc, n_thr]
        if deid.full:
            row += [p.contact, p.notes]
        sheet.rows.append(row)
    return sheet


def iter_rows(sheet: Sheet) -> Iterator[list]:
    yield sheet.header
    yield from sheet.rows
