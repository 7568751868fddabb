"""Rows for the analysis exports (CSV, XLSX): one row per threat, plus incidents, persons,
information sources and responses tables.

Labels are in the chosen language and the de-identification profile is applied. Cells are typed:
a date known to the day is a `datetime.date` (anything coarser stays its ISO text, and a precision
column says which), counts and years are ints, the rest is text. Each writer keeps formula-like
text inert its own way (XLSX: the quotePrefix style, the text unchanged; CSV: `escape_cell`).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import CRITERIA
from kkdesk.progress import Progress, ensure
from kkdesk.records.bulk import kept_incidents
from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots.brief import related_rows
from kkdesk.reports.snapshots.common import Context
from kkdesk.search import SearchQuery, incident_ids

if TYPE_CHECKING:
    from kkdesk.records import CaseDatabase

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value):
    """Text that starts like a formula gets a leading apostrophe (CSV has no other way); numbers and
    dates stay what they are."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


@dataclass
class Sheet:
    """One table: `name` is the stable file name (threats.csv), `title` the localised sheet name,
    `kinds` one of text / long / date / int / code per column (widths and formats follow it)."""

    name: str
    title: str
    header: list[str]
    kinds: list[str]
    rows: list[list] = field(default_factory=list)


def _sheet(name: str, lang: str, columns: list[tuple[str, str]]) -> Sheet:
    return Sheet(name, tr(f"sheet.{name}", lang), [h for h, _ in columns], [k for _, k in columns])


def date_cells(d: PartialDate, lang: str) -> list:
    """Date, precision, year, month: a real date when the day is known, else the ISO text (2021-05)."""
    value = d.start if d.precision == "day" else d.iso()
    return [value, tr(f"precision.{d.precision}", lang), d.year, d.month]


def day_cell(iso: str | None):
    """A stored day (YYYY-MM-DD) as a date; a partial one stays text; nothing is None."""
    if not iso:
        return None
    try:
        return _dt.date.fromisoformat(iso[:10]) if len(iso) >= 10 else iso
    except ValueError:
        return iso


def _people_columns(lang: str, full: bool) -> list[tuple[str, str]]:
    cols = [(tr("pseudonym", lang), "code"), (tr("uuid", lang), "code"), (tr("name_latin", lang), "text"),
            (tr("name_cyrillic", lang), "text"), (tr("aliases", lang), "text"), (tr("gender", lang), "text"),
            (tr("categories", lang), "text"), (tr("organisation", lang), "text"), (tr("region", lang), "text"),
            (tr("city", lang), "text"), (tr("risk_level", lang), "text"), (tr("incidents", lang), "int"),
            (tr("threats", lang), "int")]
    if full:
        cols += [(tr("contact", lang), "text"), (tr("notes", lang), "long")]
    return cols


def gather_tables(cdb: "CaseDatabase", profile: str = "full", lang: str = "en",
                  query: SearchQuery | None = None, progress: Progress | None = None,
                  unknown: str = "replace") -> list[Sheet]:
    """The threats, incidents, persons, sources and responses tables for the incidents `query` selects
    (all by default)."""
    progress = ensure(progress)
    ctx = Context(cdb, lang, profile, unknown)
    deid_all, L = ctx.deid, ctx.lang
    ids = incident_ids(cdb, query or SearchQuery(), order="date", descending=False)
    dates = [(tr("date", L), "date"), (tr("precision", L), "text"), (tr("year_col", L), "int"),
             (tr("month_col", L), "int")]
    common_cols = [(tr("incident_ref", L), "code"), (tr("uuid", L), "code"), (tr("incident_title", L), "long"),
                   *dates, (tr("region", L), "text"), (tr("city", L), "text"), (tr("status", L), "text"),
                   (tr("confidentiality", L), "text")]
    threats = _sheet("threats", L, [
        *common_cols, (tr("target_kind", L), "text"), (tr("target_code", L), "code"), (tr("target_name", L), "text"),
        (tr("category", L), "text"), (tr("gender", L), "text"), (tr("threat_type", L), "text"),
        (tr("threat_group", L), "text"), (tr("sources", L), "text"),
        *[(ctx.label("criterion", dim), "text") for dim in CRITERIA], (tr("articles", L), "long"),
        (tr("outcome", L), "text")])
    incidents = _sheet("incidents", L, [
        *common_cols, (tr("targets_col", L), "text"), (tr("threats", L), "int"), (tr("tags", L), "text"),
        (tr("narrative", L), "long"), (tr("review_state", L), "text"), (tr("independent_sources", L), "int"),
        (tr("related", L), "text")])
    sources = _sheet("sources", L, [
        (tr("incident_ref", L), "code"), (tr("outlet", L), "text"), (tr("url", L), "long"),
        (tr("published", L), "date"), (tr("accessed", L), "date"), (tr("reliability", L), "text"),
        (tr("notes", L), "long")])
    responses = _sheet("responses", L, [
        (tr("incident_ref", L), "code"), (tr("response_type", L), "text"), (tr("date", L), "date"),
        (tr("result", L), "long"), (tr("reference", L), "text"), (tr("notes", L), "long")])
    per_person: dict[int, list[int]] = {}   # person id -> [incidents, threats]
    genders: dict[int, str] = {}
    for inc in kept_incidents(cdb, ids, deid_all, progress):
        deid = deid_all.for_record(inc)     # only this incident's targets may appear as codes
        ctx.load_names([t.person_id for t in inc.targets], [t.organisation_id for t in inc.targets])
        city = deid.city(inc.city)
        common = [inc.ref, inc.uuid, deid.text(inc.title), *date_cells(deid.date(inc.date), L),
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
                counts = per_person.setdefault(t.person_id, [0, 0])
                counts[0] += 1
                counts[1] += len(t.threats)
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
            "; ".join(names), inc.threat_count(), "; ".join(deid.tag(t) for t in inc.tags),
            deid.text(inc.narrative), tr(f"review.{inc.review}", L), inc.corroboration,
            "; ".join(f"{relation} {ref}" for relation, ref, _, _ in related_rows(ctx, cdb, inc.id))])
        for s in inc.sources:
            # a public version names the outlet but does not lead to the article (it names the person)
            sources.rows.append([inc.ref, deid.text(s.outlet), "" if deid.public else deid.text(s.url),
                                 day_cell(deid.day(s.published_on)), day_cell(deid.day(s.accessed_on)),
                                 ctx.label("reliability", s.reliability), deid.public_private(s.notes)])
        for r in inc.responses:
            responses.rows.append([inc.ref, ctx.label("response_type", r.response_type), day_cell(deid.day(r.date)),
                                   deid.text(r.result), deid.public_private(r.reference),
                                   deid.public_private(r.notes)])
    persons = _persons_sheet(ctx, per_person, keep_all=query is None and not deid_all.public)
    casework = _casework_sheets(ctx, set(ids) if query is not None else None,
                                set(per_person) if query is not None or deid_all.public else None)
    deid_all.check_unknown_names()
    progress.set_progress(1.0, "")
    return [threats, incidents, persons, sources, responses, *casework]


def _casework_sheets(ctx: Context, incident_ids: set | None, person_ids: set | None) -> list[Sheet]:
    """Protection actions, follow-ups and risk assessments of the exported records (all when the export
    is not limited), de-identified; none in a public version, and no empty sheet when nothing is
    recorded (so exports of databases without casework keep their five tables)."""
    cdb, deid, L = ctx.cdb, ctx.deid, ctx.lang
    if deid.public:
        return []

    def subject(rec) -> tuple[str, bool]:
        """Who or what a record concerns as a code or reference, and whether it is in the export."""
        if getattr(rec, "incident_id", None) is not None:
            ref = cdb.scalar("SELECT ref FROM incident WHERE id = ?", (rec.incident_id,))
            return ref, incident_ids is None or rec.incident_id in incident_ids
        if getattr(rec, "person_id", None) is not None:
            return ctx.code_of(rec.person_id, None), person_ids is None or rec.person_id in person_ids
        if getattr(rec, "organisation_id", None) is not None:
            return ctx.code_of(None, rec.organisation_id), incident_ids is None
        return "", False

    def bound(rec):
        """De-identification for a text about this record: only its own subjects may show as codes
        (an incident's targets, the person or organisation it concerns)."""
        persons, orgs = [getattr(rec, "person_id", None)], [getattr(rec, "organisation_id", None)]
        if getattr(rec, "incident_id", None) is not None:
            for pid, oid in cdb.conn.execute("SELECT person_id, organisation_id FROM target WHERE incident_id = ?",
                                             (rec.incident_id,)):
                persons.append(pid)
                orgs.append(oid)
        return deid.for_targets(persons, orgs)
    actions = _sheet("actions", L, [
        (tr("cw.subject", L), "code"), (tr("cw.action", L), "text"), (tr("cw.who_acted", L), "text"),
        (tr("cw.requested", L), "date"), (tr("cw.started", L), "date"), (tr("cw.ended", L), "date"),
        (tr("status", L), "text"), (tr("cw.outcome", L), "text"), (tr("notes", L), "long")])
    kept_actions: dict[int, str] = {}
    for a in cdb.casework.all("protection_action"):
        aid = a.id
        where, keep = subject(a)
        if not keep:
            continue
        kept_actions[aid] = (where, a)
        about = bound(a)
        who = about.text(a.actor) if a.actor and (deid.full or a.actor_kind == "partner") \
            else tr(f"cw.{a.actor_kind}", L)
        actions.rows.append([where, ctx.label("action_type", a.action_type), who, day_cell(a.requested_on),
                             day_cell(a.started_on), day_cell(a.ended_on), ctx.label("action_status", a.status),
                             ctx.label("action_outcome", a.outcome), about.text(a.notes)])
    follow_ups = _sheet("follow_ups", L, [
        (tr("cw.subject", L), "code"), (tr("cw.due", L), "date"), (tr("cw.follow_up", L), "text"),
        (tr("title", L), "long"), (tr("cw.owner", L), "text"), (tr("cw.done", L), "date")])
    for f in cdb.casework.all("follow_up", order="due_on, id"):
        if f.action_id in kept_actions:
            where, about = kept_actions[f.action_id][0], bound(kept_actions[f.action_id][1])
        else:
            (where, keep), about = subject(f), bound(f)
            if not keep:
                continue
        follow_ups.rows.append([where, day_cell(f.due_on), ctx.label("followup_kind", f.kind),
                                about.text(f.title), about.text(f.owner) if deid.full else "",
                                day_cell(f.done_on)])
    assessments = _sheet("assessments", L, [
        (tr("cw.subject", L), "code"), (tr("date", L), "date"), (tr("risk_level", L), "text"),
        (tr("cw.factors", L), "long"), *[(tr(f"cw.q.{q}", L), "long") for q in _QUESTIONS]])
    for r in cdb.casework.all("risk_assessment", order="person_id, assessed_on, id"):
        where, keep = subject(r)
        if keep:
            about = bound(r)
            assessments.rows.append([where, day_cell(r.assessed_on), ctx.label("risk_level", r.level),
                                     ctx.labels("risk_factor", r.factors),
                                     *[about.text(getattr(r, q)) for q in _QUESTIONS]])
    return [s for s in (actions, follow_ups, assessments) if s.rows]


_QUESTIONS = ("facts", "pattern", "objective", "perpetrator", "feasibility", "reason")


def _gender(cdb: "CaseDatabase", person_id: int, cache: dict[int, str]) -> str:
    if person_id not in cache:
        cache[person_id] = cdb.scalar("SELECT gender FROM person WHERE id = ?", (person_id,)) or ""
    return cache[person_id]


def _persons_sheet(ctx: Context, per_person: dict[int, list[int]], keep_all: bool) -> Sheet:
    cdb, deid, L = ctx.cdb, ctx.deid, ctx.lang
    sheet = _sheet("persons", L, _people_columns(L, deid.full))
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
