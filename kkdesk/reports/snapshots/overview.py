"""The periodic overview's snapshot: key figures, the statistics tables and diagrams, the cases."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kkdesk import stats
from kkdesk.model import months
from kkdesk.model.dates import PartialDate
from kkdesk.progress import ensure
from kkdesk.reports.deidentify import Deidentifier
from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots import casework, defenders
from kkdesk.reports.snapshots.common import ChartSpec, Context, StatSection, simple_section, unit_line
from kkdesk.search import SearchQuery, incident_ids
from kkdesk.records import CaseDatabase
from kkdesk.util.numbers import number


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
    scope: str = ""                      # which records it counts: verified only, or all


def effective_query(query, deid: Deidentifier):
    """The user's query, narrowed to public incidents when the profile is public."""
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


def _scope_text(q, lang: str) -> str:
    """Which records the figures count, said with the period: verified only, or all."""
    return tr("scope.verified" if q.statuses == ["verified"] else "scope.all", lang)


def _filters(ctx: Context, q) -> tuple[tuple[str, str], ...]:
    L = ctx.lang
    out = []
    deid = ctx.deid.for_targets([q.person_id], [q.organisation_id])   # the one the overview is about, if any
    if q.text:
        out.append((tr("search_text", L), deid.text(q.text)))
    statuses = [] if q.statuses == ["verified"] else q.statuses   # said with the period
    for values, vocab, key in ((q.regions, "region", "region"), (q.cities, "city", "city"),
                               (q.categories, "category", "category"), (q.threat_types, "threat_type", "threat_type"),
                               (q.threat_groups, "threat_group", "threat_group"), (q.sources, "source_type", "sources"),
                               (q.genders, "gender", "gender"), (statuses, "status", "status"),
                               (q.confidentiality, "confidentiality", "confidentiality")):
        if values:
            out.append((tr(key, L), ctx.labels(vocab, values)))
    if q.tags:
        out.append((tr("tags", L), ", ".join(deid.tag(t) for t in q.tags)))
    if q.person_id is not None:
        out.append((tr("person", L), ctx.person_name(q.person_id)))
    if q.organisation_id is not None:
        out.append((tr("organisation", L), ctx.org_name(q.organisation_id)))
    return tuple(out)


def gather_overview(cdb: "CaseDatabase", query=None, lang: str = "en", profile: str = "full",
                    progress=None, unknown: str = "replace") -> OverviewSnapshot:
    """Key figures, the seed overview's tables and diagrams, and the list of cases."""
    progress = ensure(progress)
    ctx = Context(cdb, lang, profile, unknown)
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
    sections.append(simple_section(ctx, "by_year", "t.by_year", "threats", tr("year", L),
                            [(str(r["year"]), r["count"]) for r in t.rows], "vbar"))
    t = counted("month")
    per_month = {r["month"]: r["count"] for r in t.rows}
    # every month is shown, quiet ones with 0, so the seasons can be compared; "month not known" last
    rows = [(_month_label(m, L), per_month.get(m, 0)) for m in range(1, 13)] if t.rows else []
    if per_month.get(None):
        rows.append((_month_label(None, L), per_month[None]))
    sections.append(simple_section(ctx, "by_month", "t.by_month", "threats", tr("month", L), rows, "vbar",
                                   note=tr("partial_dates", L)))
    sections.append(_year_month(ctx, stats.count_by(cdb, ["year", "month"], "threats", q)))
    if deid.public:
        t = counted("region")
        rows = sorted(((ctx.label("region", r["region"]) or tr("not_recorded", L), r["count"]) for r in t.rows),
                      key=lambda r: (-r[1], r[0]))
        sections.append(simple_section(ctx, "by_city", "t.by_region", "threats", tr("region", L), rows, "hbar"))
    else:
        t = counted("city")
        rows = sorted(((ctx.label("city", r["city"]) or tr("not_recorded", L), r["count"]) for r in t.rows),
                      key=lambda r: (-r[1], r[0]))
        sections.append(simple_section(ctx, "by_city", "t.by_city", "threats", tr("city", L), rows, "hbar"))
    t = counted("category_group")   # advocates and legal consultants count as lawyers, as published
    rows = sorted(((ctx.label("category", r["category_group"]) or tr("not_recorded", L), r["count"]) for r in t.rows),
                  key=lambda r: (-r[1], r[0]))
    sections.append(simple_section(ctx, "by_category", "t.by_category", "threats", tr("category", L), rows, "hbar",
                                   note=tr("category_roll_up", L)))
    sections += defenders.subcategory_sections(ctx, q)
    progress.check()
    types = stats.types_with_persons(cdb, q)
    type_rows = tuple((ctx.label("threat_type", r["threat_type"]), r["persons"], r["threats"]) for r in types)
    top = type_rows[:15]
    sections.append(StatSection(
        "by_type", tr("t.by_type", L), unit_line(L, "persons_threats"),
        (tr("threat_type", L), tr("persons", L), tr("instances", L)), type_rows,
        ChartSpec("hbar", tuple(r[0] for r in top), (tuple(r[1] for r in top), tuple(r[2] for r in top)),
                  (tr("persons", L), tr("instances", L))) if top else None))
    t = counted("source")
    rows = sorted(((ctx.label("source_type", r["source"]) or tr("not_recorded", L), r["count"]) for r in t.rows),
                  key=lambda r: (-r[1], r[0]))
    sections.append(simple_section(ctx, "by_source", "t.by_source", "threats", tr("source", L), rows, "hbar",
                            note=tr("multi_valued", L)))
    sections.append(defenders.source_group_section(ctx, q))
    t = counted("gender")
    total = sum(r["count"] for r in t.rows) or 1
    g_rows = tuple((ctx.label("gender", r["gender"]) if r["gender"] else tr("organisation", L), r["count"],
                    number(100.0 * r['count'] / total, L, 1)) for r in t.rows)
    sections.append(StatSection("by_gender", tr("t.by_gender", L), unit_line(L, "threats"),
                                (tr("gender", L), tr("count", L), tr("share", L)), g_rows,
                                ChartSpec("pie", tuple(r[0] for r in g_rows), (tuple(r[1] for r in g_rows),))
                                if g_rows else None))
    # people, not threats: "29 women / 47 men / 4 organisations"
    t = counted("gender", "persons")
    rows = [(ctx.label("gender", r["gender"]), r["count"]) for r in t.rows if r["gender"] and r["count"]]
    if kf["organisations"]:
        rows.append((tr("organisations", L), kf["organisations"]))
    sections.append(simple_section(ctx, "persons_by_gender", "t.persons_by_gender", "targets", tr("gender", L),
                                   rows, "pie"))
    sections.append(defenders.org_kind_section(ctx, q))
    t = counted("year", "persons")
    sections.append(simple_section(ctx, "persons_by_year", "t.persons_by_year", "persons", tr("year", L),
                            [(str(r["year"]), r["count"]) for r in t.rows], "vbar"))
    progress.check()
    t = stats.threats_per_target(cdb, q)
    sections.append(simple_section(ctx, "per_person", "t.per_person", "persons", tr("threats_n", L),
                            [(str(r["threats"]), r["count"]) for r in t.rows], "vbar"))
    sections.append(defenders.per_defender_section(ctx, q))
    sections += defenders.repeated_sections(ctx, q)
    t = stats.distinct_types_per_target(cdb, q)
    d_rows = tuple((str(r["types"]), r["persons"], r["organisations"], r["count"]) for r in t.rows)
    sections.append(StatSection(
        "types_per_target", tr("t.types_per_target", L), unit_line(L, "targets"),
        (tr("types_n", L), tr("persons", L), tr("organisations", L), tr("total", L)), d_rows,
        ChartSpec("vbar", tuple(r[0] for r in d_rows), (tuple(r[1] for r in d_rows), tuple(r[2] for r in d_rows)),
                  (tr("persons", L), tr("organisations", L))) if d_rows else None))
    progress.check()
    share = stats.womens_share_by_year(cdb, q)
    w_rows = tuple((str(r["year"]), r["women"], r["threats"], number(r["share"], L, 1)) for r in share)
    sections.append(StatSection(
        "womens_share", tr("t.womens_share", L), unit_line(L, "threats"),
        (tr("year", L), tr("women", L), tr("all_threats", L), tr("share", L)), w_rows,
        ChartSpec("vbar", tuple(r[0] for r in w_rows), (tuple(r[1] for r in w_rows), tuple(r[2] for r in w_rows)),
                  (tr("women", L), tr("all_threats", L))) if w_rows else None))
    t = stats.years_under_threat(cdb, q)
    sections.append(simple_section(ctx, "years_under_threat", "t.years_under_threat", "persons", tr("years_n", L),
                            [(str(r["years"]), r["count"]) for r in t.rows], "vbar"))
    sections += casework.overview_sections(ctx, q.date_from, q.date_to)
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
            cases.append((r["ref"], ctx.date(r["date"]), ctx.short_place(r["region"], r["city"]),
                          deid.for_targets(r["persons"], r["organisations"]).text(r["title"]),
                          ", ".join(targets), ", ".join(ctx.label("threat_type", c) for c in sorted(r["threat_types"]))))
    conf = stats.count_by(cdb, ["confidentiality"], "incidents", q)
    deid.check_unknown_names()
    return OverviewSnapshot(
        lang=L, profile=ctx.profile, marking=ctx.marking([r["confidentiality"] for r in conf.rows]),
        generated=ctx.generated(), period=_period_text(q, L), scope=f"{tr('records_scope', L)}: {_scope_text(q, L)}", filters=_filters(ctx, q), key_figures=key_figures,
        sections=tuple(sections),
        case_header=(tr("ref", L), tr("date", L), tr("place", L), tr("title", L), tr("targets_col", L),
                     tr("threat_type", L)),
        cases=tuple(cases))


def _year_month(ctx: Context, t) -> StatSection:
    """Years down, months across ("?" for a month not known), a total per year and per month."""
    L = ctx.lang
    grid = {(r["year"], r["month"]): r["count"] for r in t.rows}
    years = sorted({y for y, _m in grid})
    cols = [*range(1, 13), None]
    rows = [(str(y), *[grid.get((y, m), 0) for m in cols], sum(grid.get((y, m), 0) for m in cols))
            for y in years]
    if len(rows) > 1:
        rows.append((tr("total", L), *[sum(grid.get((y, m), 0) for y in years) for m in cols],
                     sum(grid.values())))
    return StatSection("year_month", tr("t.year_month", L), unit_line(L, "threats"),
                       (tr("year", L), *[months.short(m, L) for m in range(1, 13)], "?", tr("total", L)), tuple(rows),
                       note=tr("partial_dates", L))


def _month_label(month: int | None, lang: str) -> str:
    """A month's name, or "month not known" for incidents dated only by year."""
    return months.name(month, lang) if month else tr("month_unknown", lang)
