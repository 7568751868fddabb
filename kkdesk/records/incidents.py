"""IncidentStore: incidents saved and loaded as whole aggregates (targets, threats, sources, responses).

Saving writes the incident and all its children in one transaction with batched inserts, so the
same path serves one edit in the GUI and a hundred thousand rows of an import.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import mimetypes
import os
from typing import TYPE_CHECKING, Iterable

from kkdesk.errors import InvalidInput, NotFound, StaleRecord
from kkdesk.messages import msg
from kkdesk.model.dates import PartialDate
from kkdesk.model.translit import fold
from kkdesk.model.entities import (
    CONFIDENTIALITY,
    CRITERIA,
    RELIABILITY,
    REVIEW_STATES,
    STATUSES,
    Attachment,
    Incident,
    InfoSource,
    independent_sources,
)
from kkdesk.progress import Progress, ensure
from kkdesk.records.common import MAX_LONG, check_choice, check_iso_date, check_text, diff, new_uuid, rows_in
from kkdesk.records.tags import clean_tags
from kkdesk.records.bulk import load_incidents
from kkdesk.records.rowkey import search_rowid
from kkdesk.records.tables import (
    INCIDENT_COLUMNS,
    INCIDENT_FIELDS,
    INCIDENT_FIXED,
    INFO_SOURCE_COLUMNS,
    RESPONSE_COLUMNS,
    TARGET_COLUMNS,
    THREAT_COLUMNS,
    IncidentRow,
    InfoSourceRow,
    ResponseRow,
    TargetRow,
    ThreatRow,
    insert_sql,
)
from kkdesk.util.clock import now_iso
from kkdesk.vocab.places import places

if TYPE_CHECKING:
    from kkdesk.records.case import CaseDatabase

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def make_ref(date: PartialDate, uuid: str) -> str:
    return f"KK-{date.year}-{uuid.replace('-', '')[:8].upper()}"


# An incident saved again keeps its identity and its first recording; everything else is replaced.
_UPSERT_INCIDENT = (insert_sql("incident", INCIDENT_COLUMNS) + " ON CONFLICT(id) DO UPDATE SET "
                    + ", ".join(f"{c}=excluded.{c}" for c in INCIDENT_COLUMNS if c not in INCIDENT_FIXED))


class _Rows:
    """Rows of one batch of incidents (named after the columns of records/tables.py), written with one
    executemany per table."""

    def __init__(self):
        self.incidents: list[IncidentRow] = []
        self.targets: list[TargetRow] = []
        self.threats: list[ThreatRow] = []
        self.info: list[InfoSourceRow] = []
        self.responses: list[ResponseRow] = []
        self.sources, self.articles, self.factors, self.fts = [], [], [], []
        self.tags: list[tuple[int, list[str]]] = []
        self.history: list[tuple[str, str, str, dict]] = []  # (action, entity, uuid, changes), in order
        self.fts_stale: list[int] = []  # search row keys of the stored versions of updated incidents


class IncidentStore:
    def __init__(self, cdb: "CaseDatabase"):
        self.cdb = cdb
        self._cells_by_trigger: bool | None = None

    # ----- reading -------------------------------------------------------------------------

    def count(self) -> int:
        return self.cdb.scalar("SELECT count(*) FROM incident")

    def id_for_uuid(self, uuid: str) -> int | None:
        row = self.cdb.conn.execute("SELECT id FROM incident WHERE uuid = ?", (uuid,)).fetchone()
        return row[0] if row else None

    def get_by_uuid(self, uuid: str) -> Incident:
        return self.get(self.id_for_uuid(uuid) or -1)

    def get(self, incident_id: int) -> Incident:
        found = load_incidents(self.cdb, [incident_id])
        if not found:
            raise NotFound("incident.not_found")
        return found[0]

    def get_many(self, ids: list[int]) -> list[Incident]:
        """Whole incidents for many ids in one pass, in the order given (unknown ids are skipped)."""
        return load_incidents(self.cdb, ids)

    def rows(self, ids: list[int], lang: str = "en") -> dict[int, dict]:
        """Table rows for many incidents at once: what the case table and lists show."""
        if not ids:
            return {}
        conn, vocab = self.cdb.conn, self.cdb.vocab
        marks = ",".join("?" * len(ids))
        out: dict[int, dict] = {}
        for r in conn.execute(
                f"SELECT id, ref, title, date_from, date_to, region, city, status, confidentiality, uuid"
                f" FROM incident WHERE id IN ({marks})", ids):
            out[r[0]] = {"id": r[0], "ref": r[1], "title": r[2], "date": PartialDate(r[3], r[4]),
                         "region": r[5], "city": r[6], "status": r[7], "confidentiality": r[8], "uuid": r[9],
                         "place": vocab.label("city", r[6], lang) or vocab.label("region", r[5], lang),
                         "persons": [], "organisations": [], "threat_types": [], "sources": []}
        for iid, pid, oid in conn.execute(
                f"SELECT incident_id, person_id, organisation_id FROM target WHERE incident_id IN ({marks})"
                " ORDER BY position, id", ids):
            if pid is not None:
                out[iid]["persons"].append(pid)
            else:
                out[iid]["organisations"].append(oid)
        for iid, ttype in conn.execute(
                f"SELECT DISTINCT incident_id, threat_type FROM threat WHERE incident_id IN ({marks})", ids):
            out[iid]["threat_types"].append(ttype)
        for iid, src in conn.execute(
                f"SELECT DISTINCT t.incident_id, s.source_type FROM threat t JOIN threat_source s"
                f" ON s.threat_id = t.id WHERE t.incident_id IN ({marks})", ids):
            out[iid]["sources"].append(src)
        return out

    # ----- validation ----------------------------------------------------------------------

    def validate(self, inc: Incident) -> None:
        """Check (and normalise in place) an incident as save() would, without writing: InvalidInput
        says what is wrong. Importers run it on incidents whose targets are not saved yet."""
        self._validate(inc)

    def _validate(self, inc: Incident) -> None:
        vocab = self.cdb.vocab
        inc.title = check_text(inc.title, "field.title", 1000, required=True, field="title").strip()
        if not isinstance(inc.date, PartialDate):
            raise InvalidInput("incident.needs_date", field="date")
        inc.narrative = check_text(inc.narrative, "field.narrative", MAX_LONG, field="narrative")
        inc.place_detail = check_text(inc.place_detail, "field.place_detail", field="place_detail")
        check_choice(inc.status, STATUSES, "field.status", field="status", named=lambda c: vocab.named("status", c))
        check_choice(inc.review, REVIEW_STATES, "field.review", field="review",
                     named=lambda c: msg(f"cli.review.state.{c}"))
        check_choice(inc.confidentiality, CONFIDENTIALITY, "field.confidentiality", field="confidentiality",
                     named=lambda c: vocab.named("confidentiality", c))
        vocab.validate("region", inc.region, field="region")
        vocab.validate("city", inc.city, field="city")
        if inc.city:
            # Checked against the map of the incident's own date (Semey: East Kazakhstan until June 2022).
            parent = vocab.term("city", inc.city).parent
            regions = places().regions_of(inc.city, parent, inc.date.start, inc.date.end)
            if inc.region and regions and inc.region not in regions:
                raise InvalidInput("incident.city_not_in_region", field="city")
            inc.region = inc.region or places().region_on(inc.city, parent, inc.date.start)
        inc.tags = clean_tags(inc.tags)
        for code in inc.reasons:
            vocab.validate("reason", code, field="reasons")
        for code in inc.aims:
            vocab.validate("aim", code, field="aims")
        inc.reasons, inc.aims = sorted(set(inc.reasons)), sorted(set(inc.aims))
        seen_targets = set()
        for n, target in enumerate(inc.targets, 1):
            if (target.person_id is None) == (target.organisation_id is None):
                raise InvalidInput("incident.target_kind", field=f"targets.{n}", target=n)
            key = (target.person_id, target.organisation_id)
            if key in seen_targets:
                raise InvalidInput("incident.target_twice", field=f"targets.{n}", target=n)
            seen_targets.add(key)
            vocab.validate("category", target.category, field=f"targets.{n}.category")
            for m, threat in enumerate(target.threats, 1):
                where = {"target": n, "threat": m}
                here = f"targets.{n}.threats.{m}"
                if not threat.threat_type:
                    raise InvalidInput("incident.threat_type_missing", field=f"{here}.threat_type", **where)
                vocab.validate("threat_type", threat.threat_type, field=f"{here}.threat_type")
                threat.sources = sorted(set(threat.sources))
                for src in threat.sources:
                    vocab.validate("source_type", src, field=f"{here}.sources")
                for dimension, allowed in CRITERIA.items():
                    value = getattr(threat, dimension)
                    if value is not None and value not in allowed:
                        raise InvalidInput("incident.criterion_value", field=f"{here}.{dimension}",
                                           criterion=vocab.named("criterion", dimension),
                                           allowed=[vocab.named("criterion", f"{dimension}.{a}") for a in allowed],
                                           **where)
                articles = {}
                for charge in threat.articles:
                    vocab.validate("legal_article", charge.article, field=f"{here}.articles")
                    vocab.validate("outcome", charge.outcome, field=f"{here}.articles")
                    charge.detail = check_text(charge.detail, msg("field.threat_outcome_detail", **where),
                                               field=f"{here}.articles")
                    articles[charge.article] = charge
                threat.articles = list(articles.values())
                threat.outcome = check_text(threat.outcome, msg("field.threat_outcome", **where), 5000,
                                            field=f"{here}.outcome")
                threat.notes = check_text(threat.notes, msg("field.threat_notes", **where), MAX_LONG,
                                          field=f"{here}.notes")
        for n, src in enumerate(inc.sources, 1):
            here = f"sources.{n}"
            src.outlet = check_text(src.outlet, msg("field.source_outlet", source=n), field=f"{here}.outlet")
            src.url = check_text(src.url, msg("field.source_url", source=n), 4000, field=f"{here}.url").strip()
            src.published_on = check_iso_date(src.published_on, msg("field.source_published", source=n),
                                              field=f"{here}.published_on")
            src.accessed_on = check_iso_date(src.accessed_on, msg("field.source_accessed", source=n),
                                             field=f"{here}.accessed_on")
            check_choice(src.reliability, RELIABILITY, msg("field.source_reliability", source=n),
                         field=f"{here}.reliability", named=lambda c: vocab.named("reliability", c))
            src.notes = check_text(src.notes, msg("field.source_notes", source=n), MAX_LONG, field=f"{here}.notes")
        for n, resp in enumerate(inc.responses, 1):
            here = f"responses.{n}"
            vocab.validate("response_type", resp.response_type, field=f"{here}.response_type")
            if not resp.response_type:
                raise InvalidInput("incident.response_type_missing", field=f"{here}.response_type", response=n)
            resp.date = check_iso_date(resp.date, msg("field.response_date", response=n), field=f"{here}.date")
            resp.result = check_text(resp.result, msg("field.response_result", response=n), 5000,
                                     field=f"{here}.result")
            resp.reference = check_text(resp.reference, msg("field.response_reference", response=n),
                                        field=f"{here}.reference")
            resp.notes = check_text(resp.notes, msg("field.response_notes", response=n), MAX_LONG,
                                    field=f"{here}.notes")

    def _check_targets_exist(self, incidents: Iterable[Incident]) -> None:
        person_ids = {t.person_id for i in incidents for t in i.targets if t.person_id is not None}
        org_ids = {t.organisation_id for i in incidents for t in i.targets if t.organisation_id is not None}
        for table, ids, what in (("person", person_ids, "field.person"), ("organisation", org_ids, "field.organisation")):
            found = {r[0] for r in rows_in(self.cdb.conn, f"SELECT id FROM {table} WHERE id IN ({{marks}})", ids)}
            if ids - found:
                raise InvalidInput("incident.target_missing", field="targets", what=msg(what))

    # ----- writing -------------------------------------------------------------------------

    def save(self, inc: Incident) -> Incident:
        """Create (id None) or update an incident with everything in it; returns the stored record."""
        self.save_many([inc])
        return self.get(inc.id)

    def save_many(self, incidents: list[Incident], progress: Progress | None = None,
                  history_action: str | None = None, batch: int = 2000) -> list[int]:
        """Validate all, then write all in one transaction (all or nothing). Returns the ids."""
        progress = ensure(progress)
        for inc in incidents:
            self._validate(inc)
        self._check_targets_exist(incidents)
        now = now_iso()
        actor = self.cdb.actor
        with self.cdb.transaction():
            conn = self.cdb.conn
            next_ids = {t: (self.cdb.scalar(f"SELECT max(id) FROM {t}") or 0) + 1
                        for t in ("incident", "target", "threat", "info_source", "response")}
            for start in range(0, len(incidents), batch):
                progress.check()
                rows = _Rows()
                chunk = incidents[start:start + batch]
                names = self._target_names(chunk)
                for inc in chunk:
                    _follow_status(inc)
                    if inc.id is None:
                        inc.uuid = inc.uuid or new_uuid()
                        inc.id = next_ids["incident"]
                        next_ids["incident"] += 1
                        inc.revision = max(inc.revision, 0) + 1
                        inc.ref = inc.ref or make_ref(inc.date, inc.uuid)
                        inc.recorded_at = inc.recorded_at or now
                        inc.recorded_by = inc.recorded_by or actor
                        inc.updated_at, inc.updated_by = now, actor
                        rows.history.append((history_action or "create", "incident", inc.uuid, _public(inc)))
                    else:
                        old = self.get(inc.id)
                        if inc.revision != old.revision:
                            raise StaleRecord("incident.stale")
                        inc.uuid, inc.ref = old.uuid, inc.ref or old.ref
                        inc.recorded_at, inc.recorded_by = old.recorded_at, old.recorded_by
                        inc.revision = old.revision + 1
                        inc.updated_at, inc.updated_by = now, actor
                        inc.corroboration = independent_sources(inc.sources)
                        if history_action is None:
                            _edit_needs_review(old, inc)
                        rows.history.append((history_action or "update", "incident", inc.uuid,
                                             diff(_public(old), _public(inc))))
                        # keyed by the old first day, which this save may change
                        rows.fts_stale.append(search_rowid(old.date.start.isoformat(), old.id))
                        # Children are rewritten; the incident row (and its attachments) stays.
                        for table in ("target", "info_source", "response", "incident_factor", "incident_tag"):
                            conn.execute(f"DELETE FROM {table} WHERE incident_id = ?", (inc.id,))
                    self._collect(inc, rows, next_ids, names)
                self._write(rows)
                progress.set_progress(min(1.0, (start + len(chunk)) / max(1, len(incidents))),
                                      "Saving incidents")
        return [inc.id for inc in incidents]

    def _target_names(self, incidents: list[Incident]) -> dict[tuple[str, int], list[str]]:
        """Names (all scripts, aliases) of every target in the batch, for the search index."""
        pids = list({t.person_id for i in incidents for t in i.targets if t.person_id is not None})
        oids = list({t.organisation_id for i in incidents for t in i.targets if t.organisation_id is not None})
        names: dict[tuple[str, int], list[str]] = {}
        conn = self.cdb.conn
        for pid, latin, cyr, aliases in rows_in(
                conn, "SELECT id, name_latin, name_cyrillic, aliases FROM person WHERE id IN ({marks})", pids):
            names[("p", pid)] = [latin, cyr, *json.loads(aliases)]
        for oid, name, alt in rows_in(conn, "SELECT id, name, name_alt FROM organisation WHERE id IN ({marks})",
                                      oids):
            names[("o", oid)] = [name, alt]
        return names

    def _collect(self, inc: Incident, rows: _Rows, next_ids: dict, names: dict) -> None:
        inc.corroboration = independent_sources(inc.sources)
        d = inc.date
        rows.incidents.append(IncidentRow(
            **{f: getattr(inc, f) for f in INCIDENT_FIELDS if f not in ("date_from", "date_to")},
            date_from=d.date_from, date_to=d.date_to, date_start=d.start.isoformat(), date_end=d.end.isoformat(),
            year=d.year, month=d.month))
        texts = [inc.ref, inc.title, inc.narrative, inc.place_detail, *inc.tags]
        for pos, target in enumerate(inc.targets):
            target.uuid = target.uuid or new_uuid()
            target.id = next_ids["target"]
            next_ids["target"] += 1
            rows.targets.append(TargetRow(target.id, target.uuid, inc.id, target.person_id, target.organisation_id,
                                          target.category, pos))
            key = ("p", target.person_id) if target.person_id is not None else ("o", target.organisation_id)
            texts.extend(names.get(key, []))
            for tpos, th in enumerate(target.threats):
                th.uuid = th.uuid or new_uuid()
                th.id = next_ids["threat"]
                next_ids["threat"] += 1
                rows.threats.append(ThreatRow(
                    id=th.id, uuid=th.uuid, target_id=target.id, incident_id=inc.id, threat_type=th.threat_type,
                    year=d.year, month=d.month, region=inc.region, city=inc.city,
                    **{c: getattr(th, c) for c in CRITERIA}, outcome=th.outcome, notes=th.notes, position=tpos))
                rows.sources.extend((th.id, s) for s in th.sources)
                rows.articles.extend((th.id, a.article, a.outcome, a.detail) for a in th.articles)
                texts.extend((th.outcome, th.notes))
        for pos, src in enumerate(inc.sources):
            src.uuid = src.uuid or new_uuid()
            src.id = next_ids["info_source"]
            next_ids["info_source"] += 1
            rows.info.append(InfoSourceRow(src.id, src.uuid, inc.id, src.outlet, src.url, src.published_on,
                                           src.accessed_on, src.reliability, src.notes, pos))
            texts.extend((src.outlet, src.url, src.notes))
        for pos, resp in enumerate(inc.responses):
            resp.uuid = resp.uuid or new_uuid()
            resp.id = next_ids["response"]
            next_ids["response"] += 1
            rows.responses.append(ResponseRow(resp.id, resp.uuid, inc.id, resp.response_type, resp.date,
                                              resp.result, resp.reference, resp.notes, pos))
            texts.extend((resp.result, resp.reference, resp.notes))
        rows.factors.extend((inc.id, "reason", c) for c in inc.reasons)
        rows.factors.extend((inc.id, "aim", c) for c in inc.aims)
        if inc.tags:
            rows.tags.append((inc.id, inc.tags))
        texts.extend(a.filename for a in inc.attachments)
        rows.fts.append((search_rowid(d.start.isoformat(), inc.id), texts))

    def _write(self, rows: _Rows) -> None:
        conn = self.cdb.conn
        self.cdb.history.record_many(rows.history)
        conn.executemany(_UPSERT_INCIDENT, rows.incidents)
        conn.executemany(insert_sql("target", TARGET_COLUMNS), rows.targets)
        conn.executemany(insert_sql("threat", THREAT_COLUMNS), rows.threats)
        conn.executemany("INSERT INTO threat_source(threat_id, source_type) VALUES (?,?)", rows.sources)
        self._count_cells(rows)
        conn.executemany("INSERT INTO threat_article(threat_id, article, outcome, detail) VALUES (?,?,?,?)",
                         rows.articles)
        conn.executemany(insert_sql("info_source", INFO_SOURCE_COLUMNS), rows.info)
        conn.executemany(insert_sql("response", RESPONSE_COLUMNS), rows.responses)
        conn.executemany("INSERT INTO incident_factor(incident_id, vocab, code) VALUES (?,?,?)", rows.factors)
        # save_many already removed the tag rows of updated incidents; new ones have none.
        tag_ids: dict[str, int] = {}
        tag_rows = []
        for incident_id, tags in rows.tags:
            for name in tags:
                if name not in tag_ids:
                    tag_ids[name] = self.cdb.tags.ids([name])[0]
                tag_rows.append((incident_id, tag_ids[name]))
        conn.executemany("INSERT INTO incident_tag(incident_id, tag_id) VALUES (?, ?)", tag_rows)
        if rows.fts_stale:
            conn.executemany("DELETE FROM incident_fts WHERE rowid = ?", [(k,) for k in rows.fts_stale])
        conn.executemany("INSERT INTO incident_fts(rowid, body) VALUES (?, ?)",
                         [(k, fold(" ".join(t for t in texts if t))) for k, texts in rows.fts])

    def _count_cells(self, rows: _Rows) -> None:
        """Add the batch's new threats to the statistics cells (schema 3), aggregated first: one upsert
        per cell instead of a trigger per row. Deletions and updates are counted by triggers."""
        if self._cells_by_trigger is None:
            # A development database made before the insert triggers were dropped counts by itself.
            self._cells_by_trigger = bool(self.cdb.scalar(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'stat_threat_insert'"))
        if self._cells_by_trigger or not rows.threats:
            return
        cells: dict[tuple, int] = {}
        when: dict[int, tuple] = {}
        for th in rows.threats:
            key = (th.year, th.month or 0, th.region or "", th.city or "", th.threat_type)
            cells[key] = cells.get(key, 0) + 1
            when[th.id] = (th.year, th.month or 0)
        sources: dict[tuple, int] = {}
        with_source: set[int] = set()
        for threat_id, source in rows.sources:
            key = when[threat_id] + (source,)
            sources[key] = sources.get(key, 0) + 1
            with_source.add(threat_id)
        for threat_id in with_source:
            key = when[threat_id] + ("*",)
            sources[key] = sources.get(key, 0) + 1
        conn = self.cdb.conn
        conn.executemany("INSERT INTO stat_threat_cell(year, month, region, city, threat_type, n) VALUES (?,?,?,?,?,?)"
                         " ON CONFLICT DO UPDATE SET n = n + excluded.n", [k + (n,) for k, n in cells.items()])
        conn.executemany("INSERT INTO stat_source_cell(year, month, source_type, n) VALUES (?,?,?,?)"
                         " ON CONFLICT DO UPDATE SET n = n + excluded.n", [k + (n,) for k, n in sources.items()])

    def reindex(self, ids: list[int]) -> None:
        """Rebuild the search rows of some incidents (after a target's name changed)."""
        with self.cdb.transaction():
            self._index(ids, replace=True)

    def rebuild_search(self, progress: Progress | None = None) -> None:
        """Make the whole incident search index anew from the records (schema 4 re-keyed it)."""
        progress = ensure(progress)
        with self.cdb.transaction():
            self.cdb.conn.execute("INSERT INTO incident_fts(incident_fts) VALUES ('delete-all')")
            ids = [r[0] for r in self.cdb.conn.execute("SELECT id FROM incident ORDER BY id")]
            for start in range(0, len(ids), 1000):
                progress.check()
                progress.set_progress(start / max(1, len(ids)), msg("progress.rebuild_index"))
                self._index(ids[start:start + 1000], replace=False)

    def recount_corroboration(self, progress: Progress | None = None) -> None:
        """Count every incident's independent information sources anew (schema 7's conversion)."""
        progress = ensure(progress)
        conn = self.cdb.conn
        by_incident: dict[int, list[InfoSource]] = {}
        for iid, outlet, url in conn.execute("SELECT incident_id, outlet, url FROM info_source"):
            by_incident.setdefault(iid, []).append(InfoSource(outlet=outlet, url=url))
        progress.set_progress(0.5, msg("progress.count_sources"))
        conn.executemany("UPDATE incident SET corroboration = ? WHERE id = ?",
                         [(independent_sources(s), iid) for iid, s in by_incident.items()])

    def _index(self, ids: list[int], replace: bool) -> None:
        """Write the search rows of these incidents from their stored rows, 500 at a time."""
        conn = self.cdb.conn
        for start in range(0, len(ids), 500):
            dates = dict(rows_in(conn, "SELECT id, date_start FROM incident WHERE id IN ({marks})",
                                 ids[start:start + 500]))
            texts = self.search_texts(list(dates))
            rows = [(search_rowid(day, iid), fold(" ".join(t for t in texts.get(iid, []) if t)))
                    for iid, day in dates.items()]
            if replace:
                conn.executemany("DELETE FROM incident_fts WHERE rowid = ?", [(k,) for k, _ in rows])
            conn.executemany("INSERT INTO incident_fts(rowid, body) VALUES (?, ?)", rows)

    def search_texts(self, ids: list[int]) -> dict[int, list[str]]:
        """The texts the search index holds for each incident, read in bulk from the stored rows:
        the same texts _collect gathers when an incident is saved (order aside)."""
        conn = self.cdb.conn
        marks = ",".join("?" * len(ids))
        out: dict[int, list[str]] = {}
        for iid, *texts in conn.execute(
                f"SELECT id, ref, title, narrative, place_detail FROM incident WHERE id IN ({marks})", ids):
            out[iid] = list(texts)
        queries = [
            f"SELECT it.incident_id, tag.name FROM incident_tag it JOIN tag ON tag.id = it.tag_id"
            f" WHERE it.incident_id IN ({marks})",
            f"SELECT g.incident_id, p.name_latin, p.name_cyrillic, p.aliases FROM target g JOIN person p"
            f" ON p.id = g.person_id WHERE g.incident_id IN ({marks})",
            f"SELECT g.incident_id, o.name, o.name_alt FROM target g JOIN organisation o"
            f" ON o.id = g.organisation_id WHERE g.incident_id IN ({marks})",
            f"SELECT incident_id, outcome, notes FROM threat WHERE incident_id IN ({marks})",
            f"SELECT incident_id, outlet, url, notes FROM info_source WHERE incident_id IN ({marks})",
            f"SELECT incident_id, result, reference, notes FROM response WHERE incident_id IN ({marks})",
            f"SELECT incident_id, filename FROM attachment WHERE incident_id IN ({marks})",
        ]
        for n, sql in enumerate(queries):
            for iid, *texts in conn.execute(sql, ids):
                if n == 1:  # aliases are a JSON list
                    texts = texts[:2] + json.loads(texts[2] or "[]")
                out.setdefault(iid, []).extend(texts)
        return out

    def delete(self, incident_id: int) -> None:
        self.delete_many([incident_id])

    def delete_many(self, ids: list[int], progress: Progress | None = None) -> int:
        """Delete incidents for good: rows, attachments, search entries, recorded history content."""
        progress = ensure(progress)
        with self.cdb.transaction():
            conn = self.cdb.conn
            for n, incident_id in enumerate(ids):
                if n % 200 == 0:
                    progress.check()
                    progress.set_progress(n / max(1, len(ids)), msg("progress.deleting"))
                row = conn.execute("SELECT uuid, date_start FROM incident WHERE id = ?", (incident_id,)).fetchone()
                if row is None:
                    raise NotFound("incident.not_found")
                self.cdb.casework.purge_for(incident_ids=[incident_id])
                conn.execute("DELETE FROM incident WHERE id = ?", (incident_id,))
                conn.execute("DELETE FROM incident_fts WHERE rowid = ?", (search_rowid(row[1], incident_id),))
                self.cdb.history.redact(row[0])
                self.cdb.history.record("delete", "incident", row[0], {})
            self.cdb.tags.drop_unused()
        self.cdb.purge_free_text()
        return len(ids)

    # ----- attachments ---------------------------------------------------------------------

    def add_attachment(self, incident_id: int, filename: str, data: bytes, mime: str | None = None,
                       description: str = "") -> Attachment:
        """Store a file encrypted inside the database, with its SHA-256 taken at intake."""
        filename = check_text(os.path.basename(filename or ""), "field.file_name", 255, required=True,
                              field="attachments")
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise InvalidInput("attachment.too_large", field="attachments")
        uuid = self.cdb.scalar("SELECT uuid FROM incident WHERE id = ?", (incident_id,))
        if uuid is None:
            raise NotFound("incident.not_found")
        mime = mime or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        att = Attachment(filename, len(data), hashlib.sha256(data).hexdigest(), mime,
                         check_text(description, "field.description", 5000, field="attachments"), now_iso(), uuid=new_uuid())
        with self.cdb.transaction():
            att.id = self.cdb.conn.execute(
                "INSERT INTO attachment(uuid, incident_id, filename, mime, size, sha256, data, description, added_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (att.uuid, incident_id, att.filename, att.mime, att.size, att.sha256, data, att.description,
                 att.added_at)).lastrowid
            self.cdb.history.record("update", "incident", uuid,
                                    {"attachment_added": {"uuid": att.uuid, "filename": att.filename,
                                                          "sha256": att.sha256, "size": att.size}})
        return att

    def attachment_data(self, attachment_id: int) -> bytes:
        row = self.cdb.conn.execute("SELECT data FROM attachment WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise NotFound("attachment.not_found")
        return bytes(row[0])

    def remove_attachment(self, attachment_id: int) -> None:
        row = self.cdb.conn.execute(
            "SELECT a.uuid, i.uuid, a.filename FROM attachment a JOIN incident i ON i.id = a.incident_id"
            " WHERE a.id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise NotFound("attachment.not_found")
        with self.cdb.transaction():
            self.cdb.conn.execute("DELETE FROM attachment WHERE id = ?", (attachment_id,))
            self.cdb.history.record("update", "incident", row[1], {"attachment_removed": row[0]})
        self.cdb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value):
    """to_dict without any "id" key, in one pass (field names cached per class: bulk saves
    serialise hundreds of thousands of records)."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k != "id"}
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        if not dataclasses.is_dataclass(value) or isinstance(value, type):
            return value
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in dataclasses.fields(value) if f.name != "id")
    return {name: _plain(getattr(value, name)) for name in names}


def _follow_status(inc: Incident) -> None:
    """Keep the counted status and the review state together: status is "verified" exactly when the
    review is. A record given status "verified" directly (an import of checked data, the older
    editor) is taken as verified; one set back to draft leaves the verified review."""
    if inc.status == "verified" and inc.review != "verified":
        inc.review = "verified"
    elif inc.status != "verified" and inc.review == "verified":
        inc.review = "draft"


def _edit_needs_review(old: Incident, inc: Incident) -> None:
    """An edit of a verified record's content was checked by nobody: it goes back to "submitted"
    (and stops counting as verified) until someone other than this editor verifies it again."""
    if old.review != "verified" or inc.review != "verified":
        return
    changed = diff(_public(old), _public(inc))
    if set(changed) - {"review", "status", "corroboration"}:
        inc.review, inc.status = "submitted", "draft"


def _public(inc: Incident) -> dict:
    """What the history records of an incident: its content, without local ids and timestamps."""
    d = _plain(inc)
    for k in ("updated_at", "updated_by", "recorded_at", "attachments", "corroboration"):
        d.pop(k, None)
    return d

