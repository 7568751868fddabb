"""The dashboard's statistics: every chart's data as (labels, values), computed in the core so the
window only draws. Loads the in-memory facts first (with progress) so each chart is milliseconds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kkdesk import stats
from kkdesk.progress import Progress, Scaled, ensure

if TYPE_CHECKING:
    from kkdesk.search import SearchQuery
    from kkdesk.store.database import CaseDatabase

MONTHS = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
          "ru": ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
          "kk": ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"]}

# (chart key, what it counts); "figures" is the key figures line
CHARTS = ("figures", "year", "month", "city", "category", "type", "source", "gender", "persons_year", "per_person")


def compute(cdb: "CaseDatabase", query: "SearchQuery | None", lang: str, top: int, org_label: str = "organisation",
            month_unknown: str = "?", progress: Progress | None = None, none_label: str = "not recorded") -> dict:
    """Every chart's data as (labels, values), and "figures" (the key figures); runs on the worker.

    The first call on a database loads the facts (seconds at a million incidents): that is the first
    half of the progress; the charts report the rest, one step each, cancellable between steps."""
    progress = ensure(progress)
    stats.prepare(cdb, Scaled(progress, 0.0, 0.5))
    out = {}

    def table(dim, unit="threats", limit=None, sort=False):
        t = stats.count_by(cdb, [dim], unit, query)
        rows = t.rows
        if sort:
            rows = sorted(rows, key=lambda r: -r["count"])
        if limit:
            rows = rows[:limit]

        def name(value):
            if dim == "gender":
                return cdb.vocab.label("gender", value, lang) if value else org_label
            return none_label if value is None else stats.label(cdb, dim, value, lang)
        return [name(r[dim]) for r in rows], [r["count"] for r in rows]

    def month():
        t = stats.count_by(cdb, ["month"], "threats", query)
        names = MONTHS.get(lang, MONTHS["en"])
        return ([names[r["month"] - 1] if r["month"] else month_unknown for r in t.rows],
                [r["count"] for r in t.rows])

    def per_person():
        h = stats.threats_per_target(cdb, query)
        return [str(r["threats"]) for r in h.rows], [r["count"] for r in h.rows]

    steps = {"figures": lambda: stats.key_figures(cdb, query), "year": lambda: table("year"), "month": month,
             "city": lambda: table("city", limit=top, sort=True), "category": lambda: table("category", sort=True),
             "type": lambda: table("threat_type", limit=top, sort=True),
             "source": lambda: table("source", limit=top, sort=True), "gender": lambda: table("gender", sort=True),
             "persons_year": lambda: table("year", unit="persons"), "per_person": per_person}
    for n, key in enumerate(CHARTS):
        progress.check()
        out[key] = steps[key]()
        progress.set_progress(0.5 + 0.5 * (n + 1) / len(CHARTS))
    return out

