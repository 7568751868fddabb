"""Dashboard: QtCharts diagrams from live data for a period and filter, each titled with its unit.

The statistics are computed in the core (kkdesk.stats.dashboard.compute) on the worker; the charts
are drawn when the answer arrives.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis,
)
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QSpinBox, QSplitter, QToolTip,
    QVBoxLayout, QWidget,
)

from kkdesk.errors import Cancelled
from kkdesk.stats.dashboard import compute
from kkdesk.ui import i18n
from kkdesk.ui.filters import FilterPanel
from kkdesk.ui.worker import Changes, QtProgress


TITLE_SLACK = 16   # pixels QtCharts keeps beside a title within the chart's margins


def wrapped_title(title: str, fm: QFontMetrics, width: int) -> str:
    """title as chart-title HTML broken into lines of at most width pixels (QtCharts cuts a long
    title with "…"; Kazakh and Russian titles are long)."""
    lines: list[str] = []
    for word in title.split():
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "<br>".join(escape(line) for line in lines)


class TitledChartView(QChartView):
    """A chart view whose title wraps to the view's width, again whenever the view is resized."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plain_title = ""

    def set_titled_chart(self, chart: QChart, title: str) -> None:
        self.plain_title = title
        self.setChart(chart)
        self._wrap_title()

    def title_width(self) -> int:
        """The width a title line may take: the view less the chart's margins."""
        m = self.chart().margins()
        return max(80, self.width() - m.left() - m.right() - TITLE_SLACK)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._wrap_title()

    def _wrap_title(self) -> None:
        if self.plain_title:
            chart = self.chart()
            chart.setTitle(wrapped_title(self.plain_title, QFontMetrics(chart.titleFont()), self.title_width()))


class DashboardPane(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboardPane")
        self.results: dict | None = None
        self._stale = True
        self._generation = 0
        outer = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel(self.tr("Period and filter:")))
        self.filters = FilterPanel()
        self.filters.setObjectName("dashboardFilters")
        self.filters.changed.connect(self.refresh)
        lv.addWidget(self.filters)
        top_row = QHBoxLayout()
        top_row.addWidget(QLabel(self.tr("Top N:")))
        self.top = QSpinBox()
        self.top.setObjectName("dashboardTopN")
        self.top.setRange(3, 50)
        self.top.setValue(10)
        self.top.valueChanged.connect(self.refresh)
        top_row.addWidget(self.top)
        lv.addLayout(top_row)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        lv.addWidget(self.refresh_button)
        lv.addStretch(1)
        scroll_left = QScrollArea()
        scroll_left.setWidget(left)
        scroll_left.setWidgetResizable(True)
        scroll_left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_left.setMinimumWidth(250)
        split.addWidget(scroll_left)
        right = QWidget()
        rv = QVBoxLayout(right)
        head = QHBoxLayout()
        self.figures = QLabel()
        self.figures.setObjectName("keyFigures")
        self.figures.setWordWrap(True)
        head.addWidget(self.figures, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("dashboardProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.setVisible(False)
        head.addWidget(self.progress_bar)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("dashboardCancel")
        self.cancel_button.setVisible(False)
        head.addWidget(self.cancel_button)
        rv.addLayout(head)
        self._progress: QtProgress | None = None
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.views: dict[str, TitledChartView] = {}
        specs = self.chart_titles()
        wide = {"year", "month", "type", "source"}   # long axes get the full width
        row, col = 0, 0
        for key in specs:
            view = TitledChartView()
            view.setObjectName(f"chart_{key}")
            view.setAccessibleName(specs[key])
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(420, 300)
            self.views[key] = view
            if key in wide:
                if col:
                    row, col = row + 1, 0
                self.grid.addWidget(view, row, 0, 1, 2)
                row += 1
            else:
                self.grid.addWidget(view, row, col)
                row, col = (row, 1) if col == 0 else (row + 1, 0)
        self.charts_scroll = QScrollArea()
        self.charts_scroll.setWidget(grid_host)
        self.charts_scroll.setWidgetResizable(True)
        rv.addWidget(self.charts_scroll, 1)
        split.addWidget(right)
        split.setSizes([260, 1000])

    def chart_titles(self) -> dict[str, str]:
        return {
            "year": self.tr("Threats by year (unit: threats)"),
            "month": self.tr("Threats by month (unit: threats)"),
            "city": self.tr("Threats by city, top N (unit: threats)"),
            "category": self.tr("Threats by defender category (unit: threats)"),
            "type": self.tr("Threats by type, top N (unit: threats)"),
            "source": self.tr("Threats by source, top N (unit: threats; a threat may have several sources)"),
            "gender": self.tr("Threats by gender (unit: threats)"),
            "persons_year": self.tr("Persons threatened per year (unit: persons)"),
            "per_person": self.tr("Threats per person (unit: persons with N threats)"),
        }

    def set_database(self, cdb) -> None:
        self.filters.set_database(cdb, self.ctx.lang)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def clear(self) -> None:
        self._generation += 1
        self.results = None
        self.filters.clear()
        self.figures.clear()
        for view in self.views.values():
            view.set_titled_chart(QChart(), "")

    def activated(self) -> None:
        if self._stale:
            self.refresh()

    def redisplay(self) -> None:
        """Names or pseudonym codes changed in the settings: read again, keeping the search."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches_incidents():
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        if self.ctx.worker is None:
            return
        self._stale = False
        self._generation += 1
        gen, q, lang, top = self._generation, self.filters.query(""), self.ctx.lang, self.top.value()
        self.figures.setText(self.tr("Counting…"))
        org, none = self.tr("organisation (no gender)"), self.tr("(not recorded)")
        unknown = self.tr("month unknown")
        if self._progress is not None:
            self._progress.cancel()          # a newer question replaces the running one
        progress = self._progress = QtProgress()
        progress.changed.connect(lambda f, _t: self.progress_bar.setValue(int(f * 100)))
        self.cancel_button.clicked.connect(progress.cancel)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.ctx.worker.submit_long(lambda p, cdb: compute(cdb, q, lang, top, org, month_unknown=unknown, progress=p,
                                                                 none_label=none), progress,
                                    on_done=lambda r: self._show(gen, r),
                                    on_error=lambda m, e: self._failed(gen, m, e), write=False)

    def _done_running(self, gen: int) -> bool:
        """Hide the progress of the newest run; False when an older run answered."""
        if gen != self._generation:
            return False
        self._progress = None
        self.progress_bar.setVisible(False)
        self.cancel_button.setVisible(False)
        try:
            self.cancel_button.clicked.disconnect()
        except (RuntimeError, TypeError):
            pass
        return True

    def _failed(self, gen: int, message: str, exc) -> None:
        if self._done_running(gen):
            self.figures.setText(self.tr("Counting cancelled.") if isinstance(exc, Cancelled) else message)
            self._stale = True

    def _show(self, gen: int, results: dict) -> None:
        if not self._done_running(gen):
            return
        self.results = results
        f = results["figures"]
        n = i18n.number
        scope = (self.tr("Verified records only") if results.get("verified_only")
                 else self.tr("All records, verified or not"))
        c = results.get("corroboration") or {"corroborated": 0}
        self.figures.setText(scope + ": " + self.tr(
            "Incidents: %1 · Threats: %2 · Persons: %3 · Organisations: %4 · "
            "Threat types: %5").replace("%1", n(f["incidents"]))
            .replace("%2", n(f["threats"])).replace("%3", n(f["persons"]))
            .replace("%4", n(f["organisations"])).replace("%5", n(f["threat_types"]))
            + " · " + self.tr("Corroborated by two or more sources: %1 incidents").replace(
                "%1", n(c["corroborated"])))
        horizontal = {"city", "type", "source", "category"}
        for key, title in self.chart_titles().items():
            labels, values = results[key]
            self.views[key].set_titled_chart(self._chart(title, labels, values, key in horizontal,
                                                         limit=40 if key in ("type", "source") else 24), title)

    @staticmethod
    def _chart(title: str, labels: list[str], values: list[int], horizontal: bool, limit: int = 38) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocale(i18n.locale())          # bar values and axis numbers: "3 001" in ru and kk
        chart.setLocalizeNumbers(True)
        bars = QBarSet(title)
        bars.append([float(v) for v in values])
        bars.setLabelColor(Qt.GlobalColor.black)
        if horizontal:
            series = QHorizontalBarSeries()
            labels, values = list(reversed(labels)), list(reversed(values))
            bars = QBarSet(title)
            bars.append([float(v) for v in values])
        else:
            series = QBarSeries()
        series.append(bars)
        shown = list(labels)

        def tip(status: bool, index: int, _set=None) -> None:
            """The whole label and the value of the bar under the pointer."""
            if status and 0 <= index < len(shown):
                QToolTip.showText(QCursor.pos(), f"{shown[index]}: {i18n.number(values[index])}")
            else:
                QToolTip.hideText()
        series.hovered.connect(tip)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        cat_axis.append([lbl if len(lbl) <= limit else lbl[:limit - 1] + "…" for lbl in labels] or [""])
        font = cat_axis.labelsFont()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        cat_axis.setLabelsFont(font)
        cat_axis.setTruncateLabels(False)  # Qt elides short labels ("2…") when a chart is replaced
        val_axis = QValueAxis()
        val_axis.setRange(0, max(values or [1]) * 1.12)
        val_axis.applyNiceNumbers()
        val_axis.setLabelFormat("%d")
        if horizontal:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(val_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(val_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(val_axis)
        return chart
