"""Diagrams drawn with reportlab.graphics from a ChartSpec; every label in PT Sans."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from kkdesk.reports.pdf import fonts
from kkdesk.reports.pdf.styles import BAR, BAR2, INK, PIE
from kkdesk.reports.snapshots.common import ChartSpec
from kkdesk.util.numbers import number, percent

FONT_SIZE = 7.5


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _nice_max(value: int) -> tuple[int, int]:
    """An axis top and step that give whole-number ticks."""
    value = max(1, value)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if value / step <= 8:
            top = ((value + step - 1) // step) * step
            return (top if top > value else top + step), step
    step = 10 ** (len(str(value)) - 1)
    return ((value // step) + 2) * step, step


def _legend(spec: ChartSpec, x: float, y: float, fills) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = fonts.REGULAR
    legend.fontSize = FONT_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 120
    legend.colorNamePairs = [(fills[i], name) for i, name in enumerate(spec.series_names)]
    return legend


def chart(spec: ChartSpec, width: float, lang: str) -> Drawing:
    """A drawing for the spec, `width` points wide, its numbers written as lang writes them."""
    fonts.register()
    if spec.kind == "pie":
        d = _pie(spec, width, lang)
    elif spec.kind == "hbar":
        d = _hbar(spec, width, lang)
    else:
        d = _vbar(spec, width, lang)
    d.initialFontName = fonts.REGULAR  # a drawing otherwise starts in Helvetica
    return d


def _style_axis_labels(chart_) -> None:
    for axis in (chart_.categoryAxis, chart_.valueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = FONT_SIZE
        axis.labels.fillColor = INK
        axis.strokeColor = colors.HexColor("#777777")
    chart_.barLabels.fontName = fonts.REGULAR
    chart_.barLabels.fontSize = FONT_SIZE - 0.5


def _bars_and_value_axis(c, spec: ChartSpec, lang: str) -> list:
    """The value axis from 0 to a round top with a light grid, and each series' bar colour (returned);
    the axis and bar numbers in lang ("3 001")."""
    top, step = _nice_max(max((max(s) for s in spec.series if s), default=1))
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, top, step
    c.valueAxis.visibleGrid = 1
    c.valueAxis.labelTextFormat = lambda v: number(v, lang)
    c.barLabelFormat = lambda v: number(v, lang)
    c.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    fills = [BAR, BAR2]
    for i in range(len(spec.series)):
        c.bars[i].fillColor = fills[i % 2]
        c.bars[i].strokeColor = None
    return fills


def _vbar(spec: ChartSpec, width: float, lang: str) -> Drawing:
    n = len(spec.labels)
    height = 150 + (14 if spec.series_names else 0)
    d = Drawing(width, height)
    c = VerticalBarChart()
    c.x, c.y = 30, 28
    # few categories get narrow plots rather than slabs as wide as the page
    c.width, c.height = min(width - 40, 60 + n * len(spec.series) * 38), 105
    c.data = [list(s) for s in spec.series]
    names = [_short(label, 12) for label in spec.labels]
    if n > 24:  # a long histogram: label every step-th bar only, so the labels stay readable
        step = -(-n // 16)
        names = [name if i % step == 0 else "" for i, name in enumerate(names)]
    c.categoryAxis.categoryNames = names
    rotate = 12 < n <= 24 or (n <= 24 and max((len(label) for label in spec.labels), default=0) * n > 90)
    if rotate:
        c.categoryAxis.labels.angle = 45
        c.categoryAxis.labels.boxAnchor = "ne"
        c.y = 45
        c.height = 90
    c.categoryAxis.labels.dy = -2
    fills = _bars_and_value_axis(c, spec, lang)
    c.barLabels.nudge = 5
    c.groupSpacing = 4 if n > 20 else 8
    _style_axis_labels(c)
    if n > 24:
        c.barLabelFormat = None
    d.add(c)
    if spec.series_names:
        d.add(_legend(spec, c.x, height - 6, fills))
    return d


def _hbar(spec: ChartSpec, width: float, lang: str) -> Drawing:
    n = len(spec.labels)
    groups = len(spec.series)
    row = 9 * groups + 4
    plot_h = max(40, n * row)
    extra = 16 if spec.series_names else 0
    height = plot_h + 32 + extra
    d = Drawing(width, height)
    c = HorizontalBarChart()
    names = [_short(label, 46) for label in reversed(spec.labels)]
    label_w = min(200, max(60, 4.3 * max((len(x) for x in names), default=10)))
    c.x, c.y = label_w + 6, 18
    c.width, c.height = width - label_w - 30, plot_h
    # the first category is drawn at the bottom: reverse so the largest comes first, at the top
    c.data = [list(reversed(s)) for s in spec.series]
    c.categoryAxis.categoryNames = names
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.dx = -4
    fills = _bars_and_value_axis(c, spec, lang)
    c.barLabels.nudge = 7
    c.barLabels.boxAnchor = "w"
    c.groupSpacing = 3
    _style_axis_labels(c)
    d.add(c)
    if spec.series_names:
        d.add(_legend(spec, c.x, height - 6, fills))
    return d


def _pie(spec: ChartSpec, width: float, lang: str) -> Drawing:
    height = 150
    d = Drawing(width, height)
    p = Pie()
    p.x, p.y = 40, 15
    p.width = p.height = 120
    p.data = list(spec.series[0])
    total = sum(p.data) or 1
    p.labels = None
    p.slices.strokeColor = colors.white
    p.slices.strokeWidth = 0.8
    p.slices.fontName = fonts.REGULAR
    p.slices.fontSize = FONT_SIZE
    for i in range(len(p.data)):
        p.slices[i].fillColor = PIE[i % len(PIE)]
    d.add(p)
    legend = Legend()
    legend.x, legend.y = 200, 120
    legend.fontName = fonts.REGULAR
    legend.fontSize = FONT_SIZE + 1
    legend.alignment = "right"
    legend.dx = legend.dy = 8
    legend.deltay = 14
    legend.colorNamePairs = [(PIE[i % len(PIE)], f"{label}: {number(v, lang)} ({percent(100.0 * v / total, lang)})")
                             for i, (label, v) in enumerate(zip(spec.labels, p.data))]
    d.add(legend)
    return d
