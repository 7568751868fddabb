"""The dashboard's statistics: every chart's data as (labels, values), computed in the core so the
window only draws. Loads the in-memory facts first (with progress) so each chart is milliseconds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kkdesk import stats
from kkdesk.model import months
from kkdesk.progress import Progress, Scaled, ensure

if TYPE_CHECKING:
    from kkdesk.search import SearchQuery
    from kkdesk.records import CaseDatabase

# chart key -> the statistic behind it: (dimension, unit) of a breakdown, or a special table; categories
# rolled up as the overview publishes them (advocates and legal consultants as lawyers)
CHARTS: dict[str, tuple[str, str] | str] = {
    "figures": "key_figures", "year": ("year", "threats"), "month": ("month", "threats"),
    "city": ("city", "threats"), "category": ("category_group", "threats"), "type": ("threat_type", "threats"),
    "source": ("source", "threats"), "gender": ("gender", "threats"), "persons_year": ("year", "persons"),
    "per_person": "threats_per_target",
}
_SORTED = {"city", "category", "type", "source", "gender"}     # largest first
_YEARS = {"year", "persons_year"}                               # every year from the first to the last
# threats-per-person bins: one bar each up to 5, then wider ranges; the last is open
BINS: tuple[tuple[int, int | None], ...] = ((1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 10), (11, 20), (21, 50),
                                           (51, 100), (101, None))


def binned(rows: list[dict], key: str = "threats") -> tuple[list[str], list[int]]:
    """A histogram of counts per N (rows of {key: N, "count": c}) in the BINS, up to the bin of the
    largest N; labels "1", …, "6–10", "101+". Empty bins inside the range stay, as zero bars."""
    if not rows:
        return [], []
    top = max(r[key] for r in rows)
    labels, values = [], []
    for low, high in BINS:
        if low > top:
            break
        labels.append(str(low) if high == low else f"{low}–{high}" if high is not None else f"{low}+")
        values.append(sum(r["count"] for r in rows if r[key] >= low and (high is None or r[key] <= high)))
    return labels, values


def every_year(rows: list[dict]) -> list[dict]:
    """Year rows with the years between the first and the last that had nothing, as zero rows: an
    axis of years never skips one."""
    counts = {r["year"]: r["count"] for r in rows if r["year"] is not None}
    if not counts:
        return rows
    return [{"year": y, "count": counts.get(y, 0)} for y in range(min(counts), max(counts) + 1)]
_TOP = {"city", "type", "source"}                               # the top N only


def chart_statistic(cdb: "CaseDatabase", key: str, query: "SearchQuery | None", sql: bool = False):
    """The statistic behind one chart; with sql=True from the plain-SQL reference (the benchmark
    compares the two)."""
    spec = CHARTS[key]
    if spec == "key_figures":
        return (stats._sql_key_figures if sql else stats.key_figures)(cdb, query)
    if spec == "threats_per_target":
        return (stats._sql_threats_per_target if sql else stats.threats_per_target)(cdb, query)
    dim, unit = spec
    return (stats._count_by_sql if sql else stats.count_by)(cdb, [dim], unit, query)


def compute(cdb: "CaseDatabase", query: "SearchQuery | None", lang: str, top: int, org_label: str = "organisation",
            month_unknown: str = "?", progress: Progress | None = None, none_label: str = "not recorded") -> dict:
    """Every chart's data as (labels, values), and "figures" (the key figures); runs on the worker.

    The first call on a database loads the facts (seconds at a million incidents): that is the first
    half of the progress; the charts report the rest, one step each, cancellable between steps."""
    progress = ensure(progress)
    stats.prepare(cdb, Scaled(progress, 0.0, 0.5))
    out: dict = {}
    for n, key in enumerate(CHARTS):
        progress.check()
        found = chart_statistic(cdb, key, query)
        if key == "figures":
            out[key] = found
        elif key == "per_person":
            out[key] = binned(found.rows)
        else:
            dim = CHARTS[key][0]
            rows = sorted(found.rows, key=lambda r: -r["count"]) if key in _SORTED else found.rows
            rows = rows[:top] if key in _TOP else rows
            rows = every_year(rows) if key in _YEARS else rows

            def name(value):
                if dim == "month":
                    return months.short(value, lang) if value else month_unknown
                if dim == "gender":
                    return cdb.vocab.label("gender", value, lang) if value else org_label
                return none_label if value is None else stats.label(cdb, dim, value, lang)
            out[key] = [name(r[dim]) for r in rows], [r["count"] for r in rows]
        progress.set_progress(0.5 + 0.5 * (n + 1) / len(CHARTS))
    out["corroboration"] = stats.corroboration(cdb, query)
    out["verified_only"] = query is not None and query.statuses == ["verified"]   # which records it counts
    stats.release_memory()
    return out
