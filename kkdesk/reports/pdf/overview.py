"""Periodic overview renderer: key figures, statistics with diagrams, list of cases — from an
OverviewSnapshot only. Long case lists become tables of CHUNK rows (fast layout, progress, cancel)."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, PageBreak, Table

from kkdesk.progress import ensure
from kkdesk.reports.i18n import tr
from kkdesk.reports.pdf import document
from kkdesk.reports.pdf.blocks import data_table, facts, fit_widths, gap, para, wrapped_table
from kkdesk.reports.pdf.charts import chart
from kkdesk.reports.pdf.styles import facts_style, table_style
from kkdesk.reports.snapshots.overview import OverviewSnapshot
from kkdesk.util.numbers import number as format_number

CHUNK = 200
CASE_FONT = 7.5


def _title(s: OverviewSnapshot) -> list:
    L = s.lang
    left = [para(tr("overview", L), "title"), para(f"{tr('period', L)}: {s.period}", "subtitle"),
            para(s.scope, "subtitle")]
    right = [para(s.marking, "mark")]
    t = Table([[left, right]], colWidths=[document.FRAME_W * 0.7, document.FRAME_W * 0.3])
    t.setStyle(facts_style())
    out = [t]
    if s.filters:
        out.append(para(tr("filters", L), "h2"))
        out.append(facts(s.filters))
    return out


def _key_figures(s: OverviewSnapshot) -> list:
    cells = [[para(format_number(v, s.lang), "figure") for _, v in s.key_figures],
             [para(label, "figure_label") for label, _ in s.key_figures]]
    n = len(s.key_figures)
    t = Table(cells, colWidths=[document.FRAME_W / n] * n)
    style = table_style(header_rows=0, zebra=False)
    style.add("LINEBELOW", (0, 0), (-1, -1), 0, "white")
    style.add("BOX", (0, 0), (-1, -1), 0.5, "#9a9a9a")
    t.setStyle(style)
    return [para(tr("key_figures", s.lang), "h1"), t]


def _section(sec, number: int, lang: str) -> list:
    head = [para(f"{number}. {sec.title}", "h1"), para(sec.unit, "note")]
    body = []
    if sec.chart is not None:
        body.append(chart(sec.chart, document.FRAME_W - 2, lang))
        body.append(gap(2))
    n = len(sec.header)
    if n > 6:   # a grid such as years x months: narrow number columns in a smaller type, a wider total
        widths = [0.08] + [0.81 / (n - 2)] * (n - 2) + [0.11]
        num_styles = ["cell_small"] + ["cell_small_num"] * (n - 1)
    else:
        first = 0.5 if n <= 3 else 0.34
        widths = [first] + [0.16] * (n - 1)
        num_styles = ["cell"] + ["cell_num"] * (n - 1)
    rows = list(sec.rows)
    tables = []
    for start in range(0, max(1, len(rows)), CHUNK):
        tables.append(data_table(list(sec.header), rows[start:start + CHUNK], widths,
                                 cell_styles=num_styles, lang=lang))
    if sec.note:
        tables.append(para(sec.note, "note"))
    if not rows:
        return [KeepTogether(head + [para("—")])]
    if len(rows) <= 6:  # a short table stays with its diagram
        return [KeepTogether(head + body + tables)]
    return [KeepTogether(head + body)] + tables


def flowables(s: OverviewSnapshot, progress=None) -> list:
    progress = ensure(progress)
    L = s.lang
    story = _title(s) + _key_figures(s)
    for n, sec in enumerate(s.sections, start=1):
        story += _section(sec, n, L)
    story.append(PageBreak())
    story.append(para(f"{len(s.sections) + 1}. {tr('t.cases', L)}", "h1"))
    if not s.cases:
        story.append(para(tr("cases_none", L)))
    # columns made wide enough for their longest word once, so that no page breaks a word (Усть-Каменогорск)
    widths = fit_widths(list(s.case_header), s.cases, [0.17, 0.12, 0.11, 0.30, 0.14, 0.16], CASE_FONT)
    for start in range(0, len(s.cases), CHUNK):
        progress.check()
        story.append(wrapped_table(list(s.case_header), s.cases[start:start + CHUNK], widths, CASE_FONT))
    return story


def render(s: OverviewSnapshot, progress=None, pdfa: bool = False) -> bytes:
    frame = document.PageFrame(
        header=f"{tr('overview', s.lang)} · {s.period}", marking=s.marking,
        footer_left=f"{s.generated} · {tr('language', s.lang)} · "
                    f"{tr('version', s.lang, profile=tr('profile.' + s.profile, s.lang))}",
        page_pattern=tr("page", s.lang))
    return document.render(flowables(s, progress), frame, progress=progress, start=0.5, pdfa=pdfa)
