"""The UN submission draft's snapshot: the period's key figures and trends as sentences, a few tables
and case examples, de-identified — what a coordinator edits into a UPR or treaty-body submission.

The period is required and at most four years (a review cycle). Figures are the statistics' own
(kkdesk.stats), so the draft says what `kkdesk stats` says. Case examples come only from incidents
not marked confidential (the public profile: only public ones), verified first; their text goes
through the de-identifier bound to each incident's own targets.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from kkdesk import stats
from kkdesk.errors import InvalidInput
from kkdesk.messages import PLURAL_FORMS, plural_form
from kkdesk.model.dates import PartialDate
from kkdesk.progress import ensure
from kkdesk.reports.i18n import tr
from kkdesk.reports.snapshots.common import Context
from kkdesk.reports.snapshots.overview import _period_text, effective_query
from kkdesk.search import incident_ids
from kkdesk.records import CaseDatabase
from kkdesk.util.numbers import number as format_number, percent

MAX_YEARS = 4
PAGE_LIMITS = {False: 5, True: 10}          # UPR: one organisation, a coalition (joint submission)
WORD_LIMITS = {False: 2815, True: 5630}     # OHCHR's word counts for the same two kinds
CASES = {False: 4, True: 8}                 # case examples offered; the renderer keeps what fits
EXCERPT = 420                               # characters of a case's narrative, cut at a sentence


@dataclass(frozen=True)
class SubTable:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric_from: int = 1


@dataclass(frozen=True)
class SubSection:
    heading: str
    paragraphs: tuple[str, ...]               # each one numbered in the document
    tables: tuple[SubTable, ...] = ()


@dataclass(frozen=True)
class SubmissionSnapshot:
    lang: str
    profile: str
    coalition: bool
    page_limit: int
    word_limit: int
    title: str
    subtitle: str
    draft_note: str
    period: str
    figures: tuple[tuple[str, int], ...]      # key figures as counted (tests compare them with stats)
    sections: tuple[SubSection, ...]          # introduction, figures, cases, recommendations
    cases: tuple[str, ...]                    # the case examples (section III), best first


def check_period(date_from: str | None, date_to: str | None) -> tuple[_dt.date, _dt.date]:
    """The period's first and last day; refused when missing, unreadable or longer than four years."""
    if not date_from or not date_to:
        raise InvalidInput("report.submission_period_needed", field="date_from")
    start, end = PartialDate(date_from).start, PartialDate(date_to).end
    try:
        limit = start.replace(year=start.year + MAX_YEARS)
    except ValueError:                        # 29 February
        limit = start.replace(year=start.year + MAX_YEARS, day=28)
    if end >= limit or end < start:
        raise InvalidInput("report.submission_period_too_long", field="date_to", start=date_from, end=date_to)
    return start, end


def counted(n: int, key: str, lang: str) -> str:
    """"3 threats", "3 угрозы", "3 қауіп": the catalogue's plural forms, by the language's rule."""
    forms = tr(key, lang).split("|")
    k = PLURAL_FORMS[lang].index(plural_form(n, lang)) if len(forms) > 1 else 0
    return forms[k].format(n=format_number(n, lang))


def _top(ctx: Context, rows, vocab: str, key: str, n: int = 3) -> list[tuple[str, int]]:
    found = sorted(((ctx.label(vocab, r[key]), r["count"]) for r in rows if r[key] and r["count"]),
                   key=lambda r: (-r[1], r[0]))
    return found[:n]


def _listed(pairs, lang: str) -> str:
    return "; ".join(f"{label} ({format_number(n, lang)})" for label, n in pairs)


def _sentence(text: str) -> str:
    """Text ending with one full stop ("2023 г." stays as it is)."""
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?", "…")) else text + "."


def _excerpt(text: str) -> str:
    """The first sentences of a narrative, at most EXCERPT characters, cut after a full stop."""
    text = " ".join((text or "").split())
    if len(text) <= EXCERPT:
        return text
    cut = max(text.rfind(". ", 0, EXCERPT), text.rfind("! ", 0, EXCERPT), text.rfind("? ", 0, EXCERPT))
    return text[:cut + 1] if cut > EXCERPT // 3 else text[:EXCERPT].rsplit(" ", 1)[0] + " …"


def gather_submission(cdb: "CaseDatabase", query, lang: str = "en", profile: str = "pseudonymised",
                      coalition: bool = False, progress=None, unknown: str = "replace") -> SubmissionSnapshot:
    """Figures, trends, tables and case examples of the query's period (at most four years)."""
    progress = ensure(progress)
    check_period(getattr(query, "date_from", None), getattr(query, "date_to", None))
    ctx = Context(cdb, lang, profile, unknown)
    L, deid = ctx.lang, ctx.deid
    q = effective_query(query, deid)
    period = _period_text(q, L)
    progress.set_progress(0.0, "")
    kf = stats.key_figures(cdb, q)
    figures = tuple((k, kf[k]) for k in ("incidents", "threats", "persons", "organisations"))

    # I. introduction
    submitter = tr("sub.submitter_joint" if coalition else "sub.submitter", L)
    intro = (tr("sub.intro_joint" if coalition else "sub.intro", L, submitter=submitter, period=period),
             tr("sub.method", L) + " " + tr("partial_dates", L))

    # II. figures and trends
    paras = []
    n = {k: counted(kf[k], f"sub.n.{k}", L) for k in ("incidents", "threats", "persons", "organisations")}
    if kf["organisations"]:
        paras.append(tr("sub.totals", L, **n))
    else:
        paras.append(tr("sub.totals_no_org", L, incidents=n["incidents"], threats=n["threats"],
                        persons=counted(kf["persons"], "sub.n.persons_dative", L)))
    progress.check()
    by_year = {unit: {r["year"]: r["count"] for r in stats.count_by(cdb, ["year"], unit, q).rows}
               for unit in ("incidents", "threats", "persons")}
    years = sorted(y for y in by_year["threats"] if y is not None)
    whole = _whole_years(q, years)
    if len(whole) >= 2:
        y1, y2 = whole[0], whole[-1]
        a, b = by_year["threats"].get(y1, 0), by_year["threats"].get(y2, 0)
        key = "sub.rose" if b > a else "sub.fell" if b < a else "sub.same"
        paras.append(tr(key, L, a=format_number(a, L), b=format_number(b, L), y1=y1, y2=y2))
        peak = max(whole, key=lambda y: (by_year["threats"].get(y, 0), y))
        if peak not in (y1, y2):
            paras.append(tr("sub.peak", L, year=peak, n=format_number(by_year["threats"][peak], L)))
    types = stats.types_with_persons(cdb, q)
    if types:
        paras.append(tr("sub.types", L, list=_listed(
            [(ctx.label("threat_type", r["threat_type"]), r["threats"]) for r in types[:3]], L)))
    progress.check()
    # the seven monitored categories, advocates and legal consultants as lawyers (as the overview publishes)
    cats = _top(ctx, stats.count_by(cdb, ["category_group"], "threats", q).rows, "category", "category_group")
    if cats:
        paras.append(tr("sub.categories", L, list=_listed(cats, L)))
    srcs = _top(ctx, stats.count_by(cdb, ["source"], "threats", q).rows, "source_type", "source")
    if srcs:
        paras.append(tr("sub.sources", L, list=_listed(srcs, L)))
    where = "region" if deid.public else "city"
    places = _top(ctx, stats.count_by(cdb, [where], "threats", q).rows, where, where)
    if places:
        paras.append(tr("sub.places", L, list=_listed(places, L)))
    women = stats.count_by(cdb, ["gender"], "threats", q).value(gender="female") or 0
    if women and kf["threats"]:
        paras.append(tr("sub.women", L, threats=counted(women, "sub.n.threats_of", L),
                        share=percent(100.0 * women / kf["threats"], L, 0)))
    repeated = len(stats.repeated_targets(cdb, q))
    if repeated:
        paras.append(tr("sub.repeated", L, n=format_number(repeated, L)))
    tables = [SubTable(tr("sub.t.by_year", L, n=1),
                       (tr("year", L), tr("kf.incidents", L), tr("kf.threats", L), tr("kf.persons", L)),
                       tuple((str(y), *(format_number(by_year[u].get(y, 0), L) for u in
                                        ("incidents", "threats", "persons"))) for y in years))]
    if types:
        tables.append(SubTable(tr("sub.t.types", L, n=2), (tr("threat_type", L), tr("persons", L), tr("kf.threats", L)),
                               tuple((ctx.label("threat_type", r["threat_type"]), format_number(r["persons"], L),
                                      format_number(r["threats"], L)) for r in types[:8])))
    all_cats = _top(ctx, stats.count_by(cdb, ["category_group"], "threats", q).rows, "category", "category_group", 8)
    if all_cats:
        tables.append(SubTable(tr("sub.t.categories", L, n=len(tables) + 1), (tr("category", L), tr("kf.threats", L)),
                               tuple((label, format_number(c, L)) for label, c in all_cats)))
    progress.set_progress(0.5, "")

    # III. case examples
    cases = _cases(cdb, ctx, q, CASES[coalition])
    deid.check_unknown_names()
    sections = (SubSection(tr("sub.h.intro", L), intro),
                SubSection(tr("sub.h.figures", L), tuple(paras), tuple(tables)),
                SubSection(tr("sub.h.cases", L), cases or (tr("sub.cases_none", L),)),
                SubSection(tr("sub.h.recs", L), (tr("sub.recs", L),)))
    progress.set_progress(1.0, "")
    return SubmissionSnapshot(
        lang=L, profile=ctx.profile, coalition=coalition, page_limit=PAGE_LIMITS[coalition],
        word_limit=WORD_LIMITS[coalition],
        title=tr("sub.title_joint" if coalition else "sub.title", L),
        subtitle=tr("sub.subtitle", L, period=period),
        draft_note=tr("sub.draft", L, date=PartialDate(_dt.date.today().isoformat()).format(L),
                      profile=tr("profile." + ctx.profile, L)),
        period=period, figures=figures, sections=sections, cases=cases)


def _whole_years(q, years: list[int]) -> list[int]:
    """The years with figures that the period covers from 1 January to 31 December (a trend compares
    whole years only: a period ending in March would show a false fall)."""
    start, end = PartialDate(q.date_from).start, PartialDate(q.date_to).end
    return [y for y in years if start <= _dt.date(y, 1, 1) and _dt.date(y, 12, 31) <= end]


def _cases(cdb, ctx: Context, q, wanted: int) -> tuple[str, ...]:
    """Up to `wanted` case examples: verified before draft, more kinds of threat first, newest first;
    never an incident marked confidential. Each: date, place, title, an excerpt, its threat types."""
    L = ctx.lang
    ids = incident_ids(cdb, q, order="date", descending=True)
    rows = cdb.incidents.rows(ids, L)
    usable = [rows[i] for i in ids if i in rows and rows[i]["confidentiality"] != "confidential"]
    usable.sort(key=lambda r: (r["status"] != "verified", -len(set(r["threat_types"]))))   # stable: newest first
    out = []
    for inc in cdb.incidents.get_many([r["id"] for r in usable[:wanted]]):
        deid = ctx.deid.for_record(inc)
        kinds = ", ".join(ctx.label("threat_type", c) for c in sorted({th.threat_type for t in inc.targets
                                                                       for th in t.threats}))
        head = ", ".join(x for x in (ctx.date(inc.date), ctx.short_place(inc.region, inc.city)) if x)
        head = head[:1].upper() + head[1:]                           # "Октябрь 2023 г., Алматы"
        text = deid.text(inc.title).rstrip(".")
        excerpt = _excerpt(deid.text(inc.narrative))
        parts = [_sentence(head), _sentence(text), excerpt, tr("sub.case_threats", L, list=kinds) if kinds else ""]
        out.append(" ".join(p for p in parts if p))
    return tuple(out)            # get_many keeps the order asked
