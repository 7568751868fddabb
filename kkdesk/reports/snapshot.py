"""Step one of every document: a frozen snapshot of what it shows, gathered from the store.

Snapshots hold only plain strings and numbers, with vocabulary labels already in the document's
language and the de-identification profile already applied, so the renderers (kkdesk.reports.pdf)
never touch the database and cannot leak what the profile removed.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kkdesk.errors import InvalidInput
from kkdesk.model.dates import PartialDate
from kkdesk.model.entities import CRITERIA
from kkdesk.reports.deidentify import Deidentifier
from kkdesk.reports.i18n import check_lang, iso_day, tr

if TYPE_CHECKING:
    from kkdesk.store.database import CaseDatabase

_CONF_ORDER = {"public": 0, "restricted": 1, "confidential": 2}


@dataclass(frozen=True)
class ThreatSnap:
    threat_type: str
    group: str
    sources: str
    criteria: str
    articles: tuple[str, ...]
    outcome: str
    notes: str


@dataclass(frozen=True)
class TargetSnap:
    kind: str            # "Person" / "Organisation" in the document language
    name: str            # real name(s) or the pseudonym code, per profile
    category: str
    threats: tuple[ThreatSnap, ...]


@dataclass(frozen=True)
class BriefSnapshot:
    lang: str
    profile: str
    marking: str
    ref: str
    title: str
    generated: str
    facts: tuple[tuple[str, str], ...]
    targets: tuple[TargetSnap, ...]
    narrative: str
    info_sources: tuple[tuple[str, ...], ...]   # outlet, url, published, accessed, reliability, notes
    responses: tuple[tuple[str, ...], ...]      # action, date, result, reference, notes
    attachments: tuple[tuple[str, ...], ...]    # filename, size, sha256, description
    attachments_withheld: bool
    history: tuple[tuple[str, ...], ...]        # when, who, change, fields


class Context:
    """What every gatherer needs: the store, the language, the profile, label look-ups."""

    def __init__(self, cdb: "CaseDatabase", lang: str, profile: str):
        self.cdb = cdb
        self.lang = check_lang(lang)
        self.deid = Deidentifier.for_database(cdb, profile)
        self.profile = self.deid.profile
        self._persons: dict[int, tuple[str, str, str]] = {}
        self._orgs: dict[int, tuple[str, str, str]] = {}

    def label(self, vocab: str, code: str | None) -> str:
        return self.cdb.vocab.label(vocab, code, self.lang) if code else ""

    def labels(self, vocab: str, codes) -> str:
        return ", ".join(self.label(vocab, c) for c in codes if c)

    def load_names(self, person_ids=(), org_ids=()) -> None:
        need_p = [i for i in set(person_ids) if i is not None and i not in self._persons]
        need_o = [i for i in set(org_ids) if i is not None and i not in self._orgs]
        if need_p:
            self._persons.update(self.cdb.persons.names(need_p))
        if need_o:
            self._orgs.update(self.cdb.organisations.names(need_o))

    def person_name(self, person_id: int) -> str:
        self.load_names([person_id])
        latin, cyr, code = self._persons.get(person_id, ("", "", ""))
        if not self.deid.full:
            return code
        if cyr and latin and cyr != latin:
            return f"{cyr} ({latin})"
        return cyr or latin or code

    def person_short(self, person_id: int) -> str:
        """One form of the name (Cyrillic if known) for lists; the code when names are removed."""
        self.load_names([person_id])
        latin, cyr, code = self._persons.get(person_id, ("", "", ""))
        return (cyr or latin or code) if self.deid.full else code

    def org_short(self, org_id: int) -> str:
        self.load_names(org_ids=[org_id])
        name, _alt, code = self._orgs.get(org_id, ("", "", ""))
        return (name or code) if self.deid.full else code

    def code_of(self, person_id: int | None, org_id: int | None) -> str:
        """The pseudonym code of a target (names must have been loaded)."""
        if person_id is not None:
            self.load_names([person_id])
            return self._persons.get(person_id, ("", "", ""))[2]
        self.load_names(org_ids=[org_id])
        return self._orgs.get(org_id, ("", "", ""))[2]

    def short_place(self, region: str | None, city: str | None) -> str:
        city = self.deid.city(city)
        return self.label("city", city) if city else self.label("region", region)

    def org_name(self, org_id: int) -> str:
        self.load_names(org_ids=[org_id])
        name, alt, code = self._orgs.get(org_id, ("", "", ""))
        if not self.deid.full:
            return code
        return f"{name} ({alt})" if alt and alt != name else name

    def target_name(self, person_id: int | None, org_id: int | None) -> str:
        return self.person_name(person_id) if person_id is not None else self.org_name(org_id)

    def date(self, d: PartialDate) -> str:
        return self.deid.date(d).format(self.lang)

    def day(self, iso: str | None) -> str:
        return iso_day(self.deid.day(iso), self.lang)

    def place(self, region: str | None, city: str | None) -> str:
        city = self.deid.city(city)
        parts = [self.label("city", city)] if city else []
        region_label = self.label("region", region)
        if region_label and region_label not in parts:
            parts.append(region_label)
        return ", ".join(parts)

    def generated(self) -> str:
        return tr("generated", self.lang, date=PartialDate(_dt.date.today().isoformat()).format(self.lang))

    def marking(self, confidentialities) -> str:
        """The strictest confidentiality among the records shown (PUBLIC when the profile is public)."""
        levels = [c for c in confidentialities if c in _CONF_ORDER]
        if self.deid.public or not levels:
            return tr("mark.public" if self.deid.public else "mark.restricted", self.lang)
        return tr("mark." + max(levels, key=_CONF_ORDER.__getitem__), self.lang)


def _criteria_text(ctx: Context, threat) -> str:
    parts = []
    for dim in CRITERIA:
        value = getattr(threat, dim)
        if value:
            # the value labels say their dimension themselves ("Actual", "Direct", "Recurrent")
            parts.append(ctx.label("criterion", f"{dim}.{value}"))
    return "; ".join(parts)


def _threat_snap(ctx: Context, t) -> ThreatSnap:
    deid = ctx.deid
    articles = []
    for a in t.articles:
        text = ctx.label("legal_article", a.article)
        if a.outcome:
            text += f" — {ctx.label('outcome', a.outcome)}"
        detail = deid.text(a.detail)
        if detail:
            text += f" ({detail})"
        articles.append(text)
    parent = ctx.cdb.vocab.term("threat_type", t.threat_type).parent if ctx.cdb.vocab.exists(
        "threat_type", t.threat_type) else None
    return ThreatSnap(
        threat_type=ctx.label("threat_type", t.threat_type),
        group=ctx.label("threat_group", parent) if parent else "",
        sources=ctx.labels("source_type", t.sources),
        criteria=_criteria_text(ctx, t),
        articles=tuple(articles),
        outcome=deid.text(ctx.label("outcome", t.outcome) if ctx.cdb.vocab.exists("outcome", t.outcome or "")
                          else t.outcome),
        notes=deid.public_private(t.notes),
    )


def _history_rows(ctx: Context, uuid: str) -> tuple[tuple[str, ...], ...]:
    rows = []
    for e in ctx.cdb.history.for_entity(uuid):
        action_key = f"history.{e.action}"
        try:
            action = tr(action_key, ctx.lang)
        except KeyError:
            action = e.action
        fields = ""
        if e.action == "update" and e.changes:
            names = []
            for key in sorted(e.changes):
                try:
                    names.append(tr(key, ctx.lang))
                except KeyError:
                    names.append(key)
            fields = ", ".join(names)
        when = ctx.day(e.at[:10]) if e.at else ""
        if not ctx.deid.public and e.at and len(e.at) >= 16:
            when += " " + e.at[11:16]
        rows.append((when, ctx.deid.actor(e.actor), action, fields))
    return tuple(rows)


def gather_brief(cdb: "CaseDatabase", incident_id: int, lang: str = "en", profile: str = "full") -> BriefSnapshot:
    """Everything a case brief shows about one incident."""
    ctx = Context(cdb, lang, profile)
    inc = cdb.incidents.get(incident_id)
    if not ctx.deid.keeps_incident(inc.confidentiality):
        raise InvalidInput("This incident is not marked public, so it has no public version.")
    deid = ctx.deid
    ctx.load_names([t.person_id for t in inc.targets], [t.organisation_id for t in inc.targets])
    facts = [
        (tr("ref", lang), inc.ref),
        (tr("date", lang), ctx.date(inc.date)),
        (tr("place", lang), ctx.place(inc.region, inc.city)),
    ]
    detail = deid.public_private(inc.place_detail)
    if detail:
        facts.append((tr("place_detail", lang), detail))
    facts += [
        (tr("status", lang), ctx.label("status", inc.status)),
        (tr("confidentiality", lang), ctx.label("confidentiality", inc.confidentiality)),
    ]
    if inc.tags:
        facts.append((tr("tags", lang), ", ".join(deid.text(t) for t in inc.tags)))
    if inc.reasons:
        facts.append((tr("reasons", lang), ctx.labels("reason", inc.reasons)))
    if inc.aims:
        facts.append((tr("aims", lang), ctx.labels("aim", inc.aims)))
    recorded = ctx.day(inc.recorded_at[:10]) if inc.recorded_at else ""
    who = deid.actor(inc.recorded_by)
    if recorded:
        facts.append((tr("recorded", lang), f"{recorded}, {who}" if who else recorded))
    targets = tuple(
        TargetSnap(kind=tr("person" if t.person_id is not None else "organisation", lang),
                   name=ctx.target_name(t.person_id, t.organisation_id),
                   category=ctx.label("category", t.category),
                   threats=tuple(_threat_snap(ctx, th) for th in t.threats))
        for t in inc.targets)
    # an address can name the person in its path (…/asel-kuanyshkyzy-detained): names go there too
    sources = tuple((deid.text(s.outlet), deid.text(s.url), ctx.day(s.published_on), ctx.day(s.accessed_on),
                     ctx.label("reliability", s.reliability), deid.public_private(s.notes)) for s in inc.sources)
    responses = tuple((ctx.label("response_type", r.response_type), ctx.day(r.date), deid.text(r.result),
                       r.reference, deid.public_private(r.notes)) for r in inc.responses)
    attachments = () if deid.public else tuple(
        (deid.text(a.filename), f"{a.size:,}".replace(",", "\u202f"), a.sha256, deid.text(a.description))
        for a in inc.attachments)
    return BriefSnapshot(
        lang=lang, profile=ctx.profile, marking=ctx.marking([inc.confidentiality]), ref=inc.ref,
        title=deid.text(inc.title), generated=ctx.generated(), facts=tuple(facts), targets=targets,
        narrative=deid.text(inc.narrative), info_sources=sources, responses=responses,
        attachments=attachments, attachments_withheld=deid.public and bool(inc.attachments),
        history=_history_rows(ctx, inc.uuid),
    )


# ----- periodic overview ---------------------------------------------------------------------

@dataclass(frozen=True)
class ChartSpec:
    """A diagram drawn from a table: vertical bars, horizontal bars or a pie."""

    kind: str                         # "vbar" | "hbar" | "pie"
    labels: tuple[str, ...]
    series: tuple[tuple[int, ...], ...]
    series_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatSection:
    key: str                          # stable name, e.g. "by_year" (tests and the GUI use it)
    title: str
    unit: str                         # "Unit: threats" in the document language
    header: tuple[str, ...]
    rows: tuple[tuple, ...]
    chart: ChartSpec | None = None
    note: str = ""


@dataclass(frozen=True)
class OverviewSnapshot:
    lang: str
    profile: str
    marking: str
    generated: str
    period: str
    filters: tuple[tuple[str, str], ...]
    key_figures: tuple[tuple[str, int], ...]
    sections: tuple[StatSection, ...]
    case_header: tuple[str, ...]
    cases: tuple[tuple[str, ...], ...]   # ref, date, place, title, targets, threat types


def effective_query(query, deid: Deidentifier):
    """The user's query, narrowed to public incidents when the profile is public."""
    import dataclasses

    from kkdesk.search import SearchQuery

    q = dataclasses.replace(query) if query is not None else SearchQuery()
    if deid.public:
        q.confidentiality = ["public"]
    return q


def _period_text(q, lang: str) -> str:
    if not q.date_from and not q.date_to:
        return tr("all_time", lang)
    try:
        a = PartialDate(q.date_from) if q.date_from else None
        b = PartialDate(q.date_to) if q.date_to else None
        if a and b:
            # a whole year or month reads as such ("2019", "June 2019")
            if a.start.replace(month=1, day=1) == a.start and b.end.month == 12 and b.end.day == 31 \
                    and a.start.year == b.end.year:
                return PartialDate(str(a.start.year)).format(lang)
            if a.start.day == 1 and (a.start.year, a.start.month) == (b.end.year, b.end.month) and \
                    PartialDate(a.start.isoformat()[:7]).end == b.end:
                return PartialDate(a.start.isoformat()[:7]).format(lang)
            return f"{a.format(lang)} – {b.format(lang)}"
        return f"{a.format(lang)} –" if a else f"– {b.format(lang)}"
    except Exception:  # dates the search itself would refuse are reported by it, not here
        return f"{q.date_from or ''} – {q.date_to or ''}"


def _filters(ctx: Context, q) -> tuple[tuple[str, str], ...]:
    L = ctx.lang
    out = []
    if q.text:
        out.append((tr("search_text", L), ctx.deid.text(q.text)))
    for values, vocab, key in ((q.regions, "region", "region"), (q.cities, "city", "city"),
                               (q.categories, "category", "category"), (q.threat_types, "threat_type", "threat_type"),
                               (q.threat_groups, "threat_group", "threat_group"), (q.sources, "source_type", "sources"),
                               (q.genders, "gender", "gender"), (q.statuses, "status", "status"),
                               (q.confidentiality, "confidentiality", "confidentiality")):
        if values:
            out.append((tr(key, L), ctx.labels(vocab, values)))
    if q.tags:
        out.append((tr("tags", L), ", ".join(ctx.deid.text(t) for t in q.tags)))
    if q.person_id is not None:
        out.append((tr("person", L), ctx.person_name(q.person_id)))
    if q.organisation_id is not None:
        out.append((tr("organisation", L), ctx.org_name(q.organisation_id)))
    return tuple(out)


def _unit(lang: str, unit: str) -> str:
    return tr("unit", lang, unit=tr(f"unit.{unit}", lang))


def _simple(ctx: Context, key: str, title_key: str, unit: str, dim_header: str, rows: list[tuple[str, int]],
            chart: str | None, note: str = "") -> StatSection:
    shown = rows[:20] if chart == "hbar" else rows   # a bar per row, the twenty largest at most
    spec = ChartSpec(chart, tuple(r[0] for r in shown), (tuple(r[1] for r in shown),)) if chart and rows else None
    return StatSection(key, tr(title_key, ctx.lang), _unit(ctx.lang, unit), (dim_header, tr("count", ctx.lang)),
                       tuple(rows), spec, note)


def gather_overview(cdb: "CaseDatabase", query=None, lang: str = "en", profile: str = "full",
                    progress=None) -> OverviewSnapshot:
    """Key figures, the seed overview's tables and diagrams, and the list of cases."""
    from kkdesk import stats
    from kkdesk.progress import ensure
    from kkdesk.search import incident_ids

    progress = ensure(progress)
    ctx = Context(cdb, lang, profile)
    L, deid = ctx.lang, ctx.deid
    q = effective_query(query, deid)
    progress.set_progress(0.0, "")
    kf = stats.key_figures(cdb, q)
    key_figures = tuple((tr(f"kf.{k}", L), kf[k]) for k in ("incidents", "threats", "persons", "organisations",
                                                            "threat_types"))
    sections: list[StatSection] = []

    def counted(by: str, unit: str = "threats"):
        progress.check()
        return stats.count_by(cdb, [by], unit, q)

    t = counted("year")
    sections.append(_simple(ctx, "by_year", "t.by_year", "threats", tr("year", L),
                            [(str(r["year"]), r["count"]) for r in t.rows], "vbar"))
    t = counted("month")
    per_month = {r["month"]: r["count"] for r in t.rows}
    # every month is shown, quiet ones with 0, so the seasons can be compared; "month not known" last
    rows = [(ctx_month(m, L), per_month.get(m, 0)) for m in range(1, 13)] if t.rows else []
    if per_month.get(None):
        rows.append((ctx_month(None, L), per_month[None]))
    sections.append(_simple(ctx, "by_month", "t.by_month", "threats", tr("month", L), rows, "vbar"))
    if deid.public:
        t = counted("region")
        rows = sorted(((ctx.label("region", r["region"]) or tr("not_recorded", L), r["count"]) for r in t.rows),
                      key=lambda r: (-r[1], r[0]))
        sections.append(_simple(ctx, "by_city", "t.by_region", "threats", tr("region", L), rows, "hbar"))
    else:
        t = counted("city")
        rows = sorted(((ctx.label("city", r["city"]) or tr("not_recorded", L), r["count"]) for r in t.rows),
                      key=lambda r: (-r[1], r[0]))
        sections.append(_simple(ctx, "by_city", "t.by_city", "threats", tr("city", L), rows, "hbar"))
    t = counted("category")
    rows = sorted(((ctx.label("category", r["category"]) or tr("not_recorded", L), r["count"]) for r in t.rows),
                  key=lambda r: (-r[1], r[0]))
    sections.append(_simple(ctx, "by_category", "t.by_category", "threats", tr("category", L), rows, "hbar"))
    progress.check()
    types = stats.types_with_persons(cdb, q)
    type_rows = tuple((ctx.label("threat_type", r["threat_type"]), r["persons"], r["threats"]) for r in types)
    top = type_rows[:15]
    sections.append(StatSection(
        "by_type", tr("t.by_type", L), _unit(L, "persons_threats"),
        (tr("threat_type", L), tr("persons", L), tr("instances", L)), type_rows,
        ChartSpec("hbar", tuple(r[0] for r in top), (tuple(r[1] for r in top), tuple(r[2] for r in top)),
                  (tr("persons", L), tr("instances", L))) if top else None))
    t = counted("source")
    rows = sorted(((ctx.label("source_type", r["source"]) or tr("not_recorded", L), r["count"]) for r in t.rows),
                  key=lambda r: (-r[1], r[0]))
    sections.append(_simple(ctx, "by_source", "t.by_source", "threats", tr("source", L), rows, "hbar",
                            note=tr("multi_valued", L)))
    t = counted("gender")
    total = sum(r["count"] for r in t.rows) or 1
    g_rows = tuple((ctx.label("gender", r["gender"]) if r["gender"] else tr("organisation", L), r["count"],
                    f"{100.0 * r['count'] / total:.1f}") for r in t.rows)
    sections.append(StatSection("by_gender", tr("t.by_gender", L), _unit(L, "threats"),
                                (tr("gender", L), tr("count", L), tr("share", L)), g_rows,
                                ChartSpec("pie", tuple(r[0] for r in g_rows), (tuple(r[1] for r in g_rows),))
                                if g_rows else None))
    t = counted("year", "persons")
    sections.append(_simple(ctx, "persons_by_year", "t.persons_by_year", "persons", tr("year", L),
                            [(str(r["year"]), r["count"]) for r in t.rows], "vbar"))
    progress.check()
    t = stats.threats_per_target(cdb, q)
    sections.append(_simple(ctx, "per_person", "t.per_person", "persons", tr("threats_n", L),
                            [(str(r["threats"]), r["count"]) for r in t.rows], "vbar"))
    t = stats.distinct_types_per_target(cdb, q)
    d_rows = tuple((str(r["types"]), r["persons"], r["organisations"], r["count"]) for r in t.rows)
    sections.append(StatSection(
        "types_per_target", tr("t.types_per_target", L), _unit(L, "targets"),
        (tr("types_n", L), tr("persons", L), tr("organisations", L), tr("total", L)), d_rows,
        ChartSpec("vbar", tuple(r[0] for r in d_rows), (tuple(r[1] for r in d_rows), tuple(r[2] for r in d_rows)),
                  (tr("persons", L), tr("organisations", L))) if d_rows else None))
    progress.check()
    share = stats.womens_share_by_year(cdb, q)
    w_rows = tuple((str(r["year"]), r["women"], r["threats"], f"{r['share']:.1f}") for r in share)
    sections.append(StatSection(
        "womens_share", tr("t.womens_share", L), _unit(L, "threats"),
        (tr("year", L), tr("women", L), tr("all_threats", L), tr("share", L)), w_rows,
        ChartSpec("vbar", tuple(r[0] for r in w_rows), (tuple(r[1] for r in w_rows), tuple(r[2] for r in w_rows)),
                  (tr("women", L), tr("all_threats", L))) if w_rows else None))
    t = stats.years_under_threat(cdb, q)
    sections.append(_simple(ctx, "years_under_threat", "t.years_under_threat", "persons", tr("years_n", L),
                            [(str(r["years"]), r["count"]) for r in t.rows], "vbar"))
    progress.set_progress(0.2, "")
    # the list of cases, oldest first, read in chunks
    ids = incident_ids(cdb, q, order="date", descending=False)
    cases = []
    for start in range(0, len(ids), 500):
        progress.check()
        progress.set_progress(0.2 + 0.3 * start / max(1, len(ids)), "")
        chunk = ids[start:start + 500]
        rows_by_id = cdb.incidents.rows(chunk, L)
        ctx.load_names([p for r in rows_by_id.values() for p in r["persons"]],
                       [o for r in rows_by_id.values() for o in r["organisations"]])
        for iid in chunk:
            r = rows_by_id[iid]
            targets = [ctx.person_short(p) for p in r["persons"]] + [ctx.org_short(o) for o in r["organisations"]]
            cases.append((r["ref"], ctx.date(r["date"]), ctx.short_place(r["region"], r["city"]), deid.text(r["title"]),
                          ", ".join(targets), ", ".join(ctx.label("threat_type", c) for c in sorted(r["threat_types"]))))
    conf = stats.count_by(cdb, ["confidentiality"], "incidents", q)
    return OverviewSnapshot(
        lang=L, profile=ctx.profile, marking=ctx.marking([r["confidentiality"] for r in conf.rows]),
        generated=ctx.generated(), period=_period_text(q, L), filters=_filters(ctx, q), key_figures=key_figures,
        sections=tuple(sections),
        case_header=(tr("ref", L), tr("date", L), tr("place", L), tr("title", L), tr("targets_col", L),
                     tr("threat_type", L)),
        cases=tuple(cases))


def ctx_month(month: int | None, lang: str) -> str:
    from kkdesk.reports.i18n import month_name

    return month_name(month, lang) if month else tr("month_unknown", lang)


# ----- defender dossier ----------------------------------------------------------------------

@dataclass(frozen=True)
class DossierSnapshot:
    lang: str
    profile: str
    marking: str
    generated: str
    kind: str                                   # "Person" / "Organisation" in the document language
    name: str                                   # name(s) or the pseudonym code
    code: str
    profile_facts: tuple[tuple[str, str], ...]
    timeline_header: tuple[str, ...]
    timeline: tuple[tuple[str, ...], ...]       # date, ref, place, title, threat types, sources
    by_type: StatSection
    by_source: StatSection
    duration: tuple[tuple[str, str], ...]
    incidents: int
    threats: int


def gather_dossier(cdb: "CaseDatabase", person_id: int | None = None, organisation_id: int | None = None,
                   lang: str = "en", profile: str = "full") -> DossierSnapshot:
    """Profile, timeline of every incident, counts by type and source, and time under threat."""
    if (person_id is None) == (organisation_id is None):
        raise InvalidInput("A dossier is about one person or one organisation: give exactly one of them.")
    ctx = Context(cdb, lang, profile)
    L, deid = ctx.lang, ctx.deid
    facts: list[tuple[str, str]] = []
    if person_id is not None:
        p = cdb.persons.get(person_id)
        code, kind = p.pseudonym, tr("person", L)
        name = ctx.person_name(person_id)
        if deid.full:
            facts += [(tr("name_cyrillic", L), p.name_cyrillic), (tr("name_latin", L), p.name_latin)]
            if p.aliases:
                facts.append((tr("aliases", L), ", ".join(p.aliases)))
        facts.append((tr("pseudonym", L), p.pseudonym))
        facts += [(tr("gender", L), ctx.label("gender", p.gender)),
                  (tr("categories", L), ctx.labels("category", p.categories))]
        if p.organisation_id is not None:
            facts.append((tr("organisation", L), ctx.org_name(p.organisation_id)))
        facts.append((tr("place", L), ctx.place(p.region, p.city)))
        if not deid.public:  # how much danger a person is in is not for publication
            facts.append((tr("risk_level", L), ctx.label("risk_level", p.risk_level)))
        if deid.full:
            facts += [(tr("contact", L), p.contact), (tr("notes", L), p.notes)]
        if p.tags and not deid.public:
            facts.append((tr("tags", L), ", ".join(deid.text(t) for t in p.tags)))
        ids = cdb.persons.incident_ids(person_id)
        column, who = "person_id", person_id
    else:
        o = cdb.organisations.get(organisation_id)
        code, kind = o.pseudonym, tr("organisation", L)
        name = ctx.org_name(organisation_id)
        if deid.full:
            facts.append((tr("name", L), o.name))
            if o.name_alt:
                facts.append((tr("aliases", L), o.name_alt))
        facts += [(tr("pseudonym", L), o.pseudonym), (tr("kind", L), ctx.label("org_kind", o.kind)),
                  (tr("place", L), ctx.place(o.region, o.city))]
        if deid.full and o.notes:
            facts.append((tr("notes", L), o.notes))
        ids = [r[0] for r in cdb.conn.execute(
            "SELECT DISTINCT incident_id FROM target WHERE organisation_id = ?", (organisation_id,))]
        column, who = "organisation_id", organisation_id
    incidents = [cdb.incidents.get(i) for i in ids]
    incidents = [i for i in incidents if deid.keeps_incident(i.confidentiality)]
    incidents.sort(key=lambda i: (i.date, i.ref))
    timeline, by_type, by_source, n_threats = [], {}, {}, 0
    for inc in incidents:
        mine = [t for t in inc.targets if getattr(t, column) == who]
        threats = [th for t in mine for th in t.threats]
        n_threats += len(threats)
        for th in threats:
            by_type[th.threat_type] = by_type.get(th.threat_type, 0) + 1
            for s in th.sources:
                by_source[s] = by_source.get(s, 0) + 1
        timeline.append((ctx.date(inc.date), inc.ref, ctx.short_place(inc.region, inc.city), deid.text(inc.title),
                         ", ".join(sorted({ctx.label("threat_type", th.threat_type) for th in threats})),
                         ", ".join(sorted({ctx.label("source_type", s) for th in threats for s in th.sources}))))
    type_rows = sorted(((ctx.label("threat_type", k), v) for k, v in by_type.items()), key=lambda r: (-r[1], r[0]))
    source_rows = sorted(((ctx.label("source_type", k), v) for k, v in by_source.items()),
                         key=lambda r: (-r[1], r[0]))
    duration: list[tuple[str, str]] = []
    if incidents:
        first, last = incidents[0].date, max(incidents, key=lambda i: i.date.start).date
        years = last.year - first.year + 1
        duration = [(tr("first_threat", L), ctx.date(first)), (tr("last_threat", L), ctx.date(last)),
                    (tr("years_under_threat", L), str(years)), (tr("kf.incidents", L), str(len(incidents))),
                    (tr("kf.threats", L), str(n_threats))]
    return DossierSnapshot(
        lang=L, profile=ctx.profile, marking=ctx.marking([i.confidentiality for i in incidents]),
        generated=ctx.generated(), kind=kind, name=name, code=code, profile_facts=tuple(facts),
        timeline_header=(tr("date", L), tr("ref", L), tr("place", L), tr("title", L), tr("threat_type", L),
                         tr("sources", L)),
        timeline=tuple(timeline),
        by_type=_simple(ctx, "by_type", "by_type", "threats", tr("threat_type", L), type_rows, "hbar"),
        by_source=_simple(ctx, "by_source", "by_source", "threats", tr("source", L), source_rows, "hbar",
                          note=tr("multi_valued", L)),
        duration=tuple(duration), incidents=len(incidents), threats=n_threats)
